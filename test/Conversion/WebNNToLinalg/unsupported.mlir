// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file -verify-diagnostics

// An op without a lowering fails the pass at the op.
func.func @not_lowered_yet(%x: tensor<1x1x3x3xf32>, %w: tensor<1x1x1x1xf32>) -> tensor<1x1x3x3xf32> {
  // expected-error @+1 {{failed to legalize operation 'webnn.conv2d'}}
  %0 = webnn.conv2d %x, %w : (tensor<1x1x3x3xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

// pow has no unsigned integer lowering (math.ipowi is signed).
func.func @unsigned_pow(%a: tensor<4xui32>) -> tensor<4xui32> {
  // expected-error @+1 {{failed to legalize operation 'webnn.pow'}}
  %0 = webnn.pow %a, %a : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
  return %0 : tensor<4xui32>
}
