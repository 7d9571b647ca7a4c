// RUN: webnn-opt %s -webnn-expand-math | FileCheck %s

// The approximations are written for scalars and vectors: erf and erfc on
// tensors (before bufferization) are left as they are, not rewritten into
// invalid IR.
// CHECK-LABEL: func @erf_tensor
// CHECK-NEXT:    %[[E:.*]] = math.erf %{{.*}} : tensor<4xf32>
// CHECK-NEXT:    %[[C:.*]] = math.erfc %{{.*}} : tensor<4xf16>
// CHECK-NEXT:    return %[[E]], %[[C]]
func.func @erf_tensor(%x: tensor<4xf32>, %h: tensor<4xf16>) -> (tensor<4xf32>, tensor<4xf16>) {
  %0 = math.erf %x : tensor<4xf32>
  %1 = math.erfc %h : tensor<4xf16>
  return %0, %1 : tensor<4xf32>, tensor<4xf16>
}
