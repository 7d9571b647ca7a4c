// RUN: webnn-opt %s -webnn-fold-conv-batchnorm -split-input-file | FileCheck %s

// factor = scale / sqrt(variance + epsilon) = [4, 6] / sqrt([3, 8] + 1)
// = [2, 2]; the filter [2, 3] becomes [4, 6], and the bias
// (0 - mean) * factor + bias = [-1 * 2 + 0.5, -2 * 2 - 1] = [-1.5, -5].
// CHECK-LABEL: func @constant_parameters
// CHECK-NOT: webnn.composite
// CHECK: %[[W:.*]] = webnn.constant dense_resource<folded_filter> : tensor<2x1x1x1xf32>
// CHECK: %[[B:.*]] = webnn.constant dense_resource<folded_bias> : tensor<2xf32>
// CHECK: %[[C:.*]] = webnn.conv2d %arg0, %[[W]] bias(%[[B]])
// CHECK: return %[[C]]
// CHECK: folded_filter: "0x08000000000080400000C040"
// CHECK: folded_bias: "0x080000000000C0BF0000A0C0"
func.func @constant_parameters(%x: tensor<1x1x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %w = webnn.constant dense<[[[[2.0]]], [[[3.0]]]]> : tensor<2x1x1x1xf32>
  %m = webnn.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %v = webnn.constant dense<[3.0, 8.0]> : tensor<2xf32>
  %s = webnn.constant dense<[4.0, 6.0]> : tensor<2xf32>
  %b = webnn.constant dense<[0.5, -1.0]> : tensor<2xf32>
  %y = webnn.composite "conv2d_batchnorm" %x, %w, %m, %v, %s, %b : (tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32> {
  ^bb0(%i: tensor<1x1x2x2xf32>, %f: tensor<2x1x1x1xf32>, %mean: tensor<2xf32>, %var: tensor<2xf32>, %scale: tensor<2xf32>, %bias: tensor<2xf32>):
    %c = webnn.conv2d %i, %f : (tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x2x2xf32>
    %n = webnn.batch_normalization %c, %mean, %var scale(%scale) bias(%bias) {epsilon = 1.0 : f64} : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
    webnn.yield %n : tensor<1x2x2x2xf32>
  }
  return %y : tensor<1x2x2x2xf32>
}

// -----

// Parameters that are graph inputs cannot be folded: the composite stays
// (and is inlined later).
// CHECK-LABEL: func @runtime_parameters
// CHECK: webnn.composite "conv2d_batchnorm"
func.func @runtime_parameters(%x: tensor<1x1x2x2xf32>, %w: tensor<2x1x1x1xf32>, %m: tensor<2xf32>, %v: tensor<2xf32>) -> tensor<1x2x2x2xf32> {
  %y = webnn.composite "conv2d_batchnorm" %x, %w, %m, %v : (tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32> {
  ^bb0(%i: tensor<1x1x2x2xf32>, %f: tensor<2x1x1x1xf32>, %mean: tensor<2xf32>, %var: tensor<2xf32>):
    %c = webnn.conv2d %i, %f : (tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x2x2xf32>
    %n = webnn.batch_normalization %c, %mean, %var : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
    webnn.yield %n : tensor<1x2x2x2xf32>
  }
  return %y : tensor<1x2x2x2xf32>
}

// -----

// A normalization along another axis than the conv's output channels is not
// a conv2d_batchnorm the filter can absorb: the composite stays.
// CHECK-LABEL: func @other_axis
// CHECK: webnn.composite "conv2d_batchnorm"
func.func @other_axis(%x: tensor<1x1x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %w = webnn.constant dense<[[[[2.0]]], [[[3.0]]]]> : tensor<2x1x1x1xf32>
  %m = webnn.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %v = webnn.constant dense<[1.0, 1.0, 1.0, 1.0]> : tensor<4xf32>
  %y = webnn.composite "conv2d_batchnorm" %x, %w, %m, %v : (tensor<1x1x4x4xf32>, tensor<2x1x1x1xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x2x4x4xf32> {
  ^bb0(%i: tensor<1x1x4x4xf32>, %f: tensor<2x1x1x1xf32>, %mean: tensor<4xf32>, %var: tensor<4xf32>):
    %c = webnn.conv2d %i, %f : (tensor<1x1x4x4xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x4x4xf32>
    %n = webnn.batch_normalization %c, %mean, %var {axis = 2 : i32} : (tensor<1x2x4x4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x2x4x4xf32>
    webnn.yield %n : tensor<1x2x4x4xf32>
  }
  return %y : tensor<1x2x4x4xf32>
}
