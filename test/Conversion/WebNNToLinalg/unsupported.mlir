// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file -verify-diagnostics

// An op/type combination without a lowering fails the pass at the op:
// pow has no unsigned integer lowering (math.ipowi is signed).
func.func @unsigned_pow(%a: tensor<4xui32>) -> tensor<4xui32> {
  // expected-error @+1 {{failed to legalize operation 'webnn.pow'}}
  %0 = webnn.pow %a, %a : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
  return %0 : tensor<4xui32>
}
