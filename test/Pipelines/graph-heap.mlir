// RUN: webnn-opt --webnn-cpu-pipeline=threads=2 %s | FileCheck %s
// RUN: webnn-opt --webnn-reference-pipeline %s | FileCheck %s

// Both pipelines allocate intermediate tensors through the generic
// functions the runtime binds to its checked heap (GraphHeap), never
// through malloc and free. (That they do so outside parallel regions, where
// a refused allocation could not be unwound, the Executable checks on every
// compilation.)
// CHECK-NOT:     @malloc
// CHECK-NOT:     @free
// CHECK-DAG:     llvm.func @_mlir_memref_to_llvm_free(!llvm.ptr)
// CHECK-DAG:     llvm.func @_mlir_memref_to_llvm_{{(aligned_)?}}alloc(
// CHECK-LABEL:   llvm.func @matmuls
// CHECK:           llvm.call @_mlir_memref_to_llvm_{{(aligned_)?}}alloc(
// CHECK-NOT:     @malloc
// CHECK-NOT:     @free
func.func @matmuls(%x: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %0 = webnn.matmul %x, %x : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
  %1 = webnn.transpose %0 : (tensor<64x64xf32>) -> tensor<64x64xf32>
  %2 = webnn.matmul %1, %x : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
  return %2 : tensor<64x64xf32>
}
