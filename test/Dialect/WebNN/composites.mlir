// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of webnn.composite.

// A known label: the registry's gemm (version 1, the default, is elided).
// CHECK-LABEL: func @gemm
// CHECK: %[[Y:.*]] = webnn.composite "gemm" %arg0, %arg1, %arg2 {composite_attributes = {alpha = 1.000000e+00 : f64}} : (tensor<2x4xf32>, tensor<4x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> {
// CHECK: ^bb0(%[[X:.*]]: tensor<2x4xf32>, %[[W:.*]]: tensor<4x3xf32>, %[[B:.*]]: tensor<3xf32>):
// CHECK:   %[[P:.*]] = webnn.matmul %[[X]], %[[W]]
// CHECK:   %[[S:.*]] = webnn.add %[[P]], %[[B]]
// CHECK:   webnn.yield %[[S]] : tensor<2x3xf32>
// CHECK: return %[[Y]]
func.func @gemm(%a: tensor<2x4xf32>, %b: tensor<4x3xf32>, %c: tensor<3xf32>) -> tensor<2x3xf32> {
  %y = webnn.composite "gemm" %a, %b, %c {composite_attributes = {alpha = 1.0 : f64}} : (tensor<2x4xf32>, tensor<4x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> {
  ^bb0(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>, %bias: tensor<3xf32>):
    %p = webnn.matmul %x, %w : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
    %s = webnn.add %p, %bias : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    webnn.yield %s : tensor<2x3xf32>
  }
  return %y : tensor<2x3xf32>
}

// An unknown label is an opaque hint: any version, attributes, results.
// CHECK-LABEL: func @unknown_label
// CHECK: webnn.composite "vendor.split_relu" %arg0 {composite_attributes = {anything = "goes"}, version = 7 : i32} : (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>)
// CHECK:   webnn.yield %{{.*}}, %{{.*}} : tensor<4xf32>, tensor<4xf32>
func.func @unknown_label(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %y:2 = webnn.composite "vendor.split_relu" %x {version = 7 : i32, composite_attributes = {anything = "goes"}} : (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  ^bb0(%v: tensor<4xf32>):
    %r = webnn.relu %v : (tensor<4xf32>) -> tensor<4xf32>
    %n = webnn.neg %v : (tensor<4xf32>) -> tensor<4xf32>
    webnn.yield %r, %n : tensor<4xf32>, tensor<4xf32>
  }
  return %y#0, %y#1 : tensor<4xf32>, tensor<4xf32>
}

// conv2d_bias_activation with its activation attribute.
// CHECK-LABEL: func @conv_bias_relu
// CHECK: webnn.composite "conv2d_bias_activation" %arg0, %arg1, %arg2 {composite_attributes = {activation = "relu"}}
func.func @conv_bias_relu(%x: tensor<1x2x5x5xf32>, %w: tensor<4x2x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x3x3xf32> {
  %y = webnn.composite "conv2d_bias_activation" %x, %w, %b {composite_attributes = {activation = "relu"}} : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>, tensor<4xf32>) -> tensor<1x4x3x3xf32> {
  ^bb0(%i: tensor<1x2x5x5xf32>, %f: tensor<4x2x3x3xf32>, %bias: tensor<4xf32>):
    %c = webnn.conv2d %i, %f bias(%bias) : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>, tensor<4xf32>) -> tensor<1x4x3x3xf32>
    %r = webnn.relu %c : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    webnn.yield %r : tensor<1x4x3x3xf32>
  }
  return %y : tensor<1x4x3x3xf32>
}
