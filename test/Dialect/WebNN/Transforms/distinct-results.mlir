// RUN: webnn-opt %s -webnn-distinct-results -split-input-file | FileCheck %s

// A tensor returned three times: the first occurrence stays, each repeat is
// a copy of its own.
// CHECK-LABEL: func @repeated
// CHECK: %[[V:.*]] = arith.addf
// CHECK: %[[COPY1:.*]] = bufferization.alloc_tensor() copy(%[[V]]) : tensor<2x3xf32>
// CHECK: %[[COPY2:.*]] = bufferization.alloc_tensor() copy(%[[V]]) : tensor<2x3xf32>
// CHECK: return %[[V]], %[[COPY1]], %arg0, %[[COPY2]]
func.func @repeated(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = arith.addf %x, %x : tensor<2x3xf32>
  return %0, %0, %x, %0 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// Distinct values, an argument among them, and a scalar: left alone.
// CHECK-LABEL: func @distinct
// CHECK-NOT: bufferization.alloc_tensor
// CHECK: return %{{.*}}, %arg0, %{{.*}} : tensor<2xf32>, tensor<2xf32>, i32
func.func @distinct(%x: tensor<2xf32>, %n: i32) -> (tensor<2xf32>, tensor<2xf32>, i32) {
  %0 = arith.mulf %x, %x : tensor<2xf32>
  return %0, %x, %n : tensor<2xf32>, tensor<2xf32>, i32
}
