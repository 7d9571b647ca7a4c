// RUN: webnn-opt --fold-memref-alias-ops --webnn-cpu-hoist-accumulators %s | FileCheck %s

// The accumulator tile is read once before the reduction loop and written
// once after it, carried in registers by the loop.
// CHECK-LABEL: func.func @accumulate
// CHECK:         %[[INIT:.*]] = vector.transfer_read %[[OUT:.*]][%c0, %c0]
// CHECK:         %[[SUM:.*]] = scf.for {{.*}} iter_args(%[[ACC:.*]] = %[[INIT]]) -> (vector<8x32xf32>)
// CHECK:           %[[X:.*]] = vector.transfer_read %arg0
// CHECK:           %[[NEXT:.*]] = arith.addf %[[ACC]], %[[X]]
// CHECK:           scf.yield %[[NEXT]]
// CHECK:         vector.transfer_write %[[SUM]], %[[OUT]][%c0, %c0]
func.func @accumulate(%in: memref<16x8x32xf32>, %out: memref<8x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %pad = arith.constant 0.0 : f32
  scf.for %k = %c0 to %c16 step %c1 {
    %view = memref.subview %out[0, 0] [8, 32] [1, 1] : memref<8x32xf32> to memref<8x32xf32, strided<[32, 1]>>
    %acc = vector.transfer_read %view[%c0, %c0], %pad {in_bounds = [true, true]} : memref<8x32xf32, strided<[32, 1]>>, vector<8x32xf32>
    %x = vector.transfer_read %in[%k, %c0, %c0], %pad {in_bounds = [true, true]} : memref<16x8x32xf32>, vector<8x32xf32>
    %sum = arith.addf %acc, %x : vector<8x32xf32>
    vector.transfer_write %sum, %view[%c0, %c0] {in_bounds = [true, true]} : vector<8x32xf32>, memref<8x32xf32, strided<[32, 1]>>
  }
  return
}

// A tile whose buffer is also read elsewhere in the loop stays in memory.
// CHECK-LABEL: func.func @aliased
// CHECK:         scf.for
// CHECK-NEXT:      vector.transfer_read %arg1
func.func @aliased(%in: memref<16x8x32xf32>, %out: memref<8x32xf32>, %probe: memref<16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %pad = arith.constant 0.0 : f32
  scf.for %k = %c0 to %c16 step %c1 {
    %acc = vector.transfer_read %out[%c0, %c0], %pad {in_bounds = [true, true]} : memref<8x32xf32>, vector<8x32xf32>
    %x = vector.transfer_read %in[%k, %c0, %c0], %pad {in_bounds = [true, true]} : memref<16x8x32xf32>, vector<8x32xf32>
    %sum = arith.addf %acc, %x : vector<8x32xf32>
    vector.transfer_write %sum, %out[%c0, %c0] {in_bounds = [true, true]} : vector<8x32xf32>, memref<8x32xf32>
    %first = memref.load %out[%c0, %c0] : memref<8x32xf32>
    memref.store %first, %probe[%k] : memref<16xf32>
  }
  return
}
