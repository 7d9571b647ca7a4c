// RUN: webnn-opt --webnn-cpu-copies-to-loops --split-input-file %s | FileCheck %s

// A copy into a strided view of a padded buffer (how bufferization pads an
// activation) becomes linalg.copy, which lowers to loops LLVM vectorizes,
// instead of a call of the runtime's element-by-element copy.
// CHECK-LABEL: func.func @pad_copy
// CHECK-NOT:     memref.copy
// CHECK:         %[[VIEW:.*]] = memref.subview
// CHECK:         linalg.copy ins(%{{.*}} : memref<1x8x8x4xf32>) outs(%[[VIEW]] : memref<1x8x8x4xf32, strided<[400, 40, 4, 1], offset: 44>>)
func.func @pad_copy(%x: memref<1x8x8x4xf32>, %padded: memref<1x10x10x4xf32>) {
  %view = memref.subview %padded[0, 1, 1, 0] [1, 8, 8, 4] [1, 1, 1, 1] : memref<1x10x10x4xf32> to memref<1x8x8x4xf32, strided<[400, 40, 4, 1], offset: 44>>
  memref.copy %x, %view : memref<1x8x8x4xf32> to memref<1x8x8x4xf32, strided<[400, 40, 4, 1], offset: 44>>
  return
}

// -----

// A copy between contiguous buffers (a concat input into its rows of the
// result) stays a memref.copy, which lowers to a memcpy.
// CHECK-LABEL: func.func @contiguous_copy
// CHECK-NOT:     linalg.copy
// CHECK:         memref.copy %{{.*}}, %{{.*}} : memref<2x4xf32> to memref<2x4xf32, strided<[4, 1], offset: 8>>
func.func @contiguous_copy(%x: memref<2x4xf32>, %result: memref<6x4xf32>) {
  %rows = memref.subview %result[2, 0] [2, 4] [1, 1] : memref<6x4xf32> to memref<2x4xf32, strided<[4, 1], offset: 8>>
  memref.copy %x, %rows : memref<2x4xf32> to memref<2x4xf32, strided<[4, 1], offset: 8>>
  return
}

// -----

// Other ops on buffers are left alone.
// CHECK-LABEL: func.func @untouched
// CHECK:         linalg.fill
// CHECK-NEXT:    return
func.func @untouched(%x: memref<4xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%x : memref<4xf32>)
  return
}
