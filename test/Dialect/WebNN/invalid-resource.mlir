// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// A resource blob must hold exactly the bytes its type needs.
func.func @short_blob() -> tensor<4xf32> {
  // expected-error @+1 {{constant: resource 'short' holds 4 bytes but 'tensor<4xf32>' needs 16}}
  %0 = webnn.constant dense_resource<short> : tensor<4xf32>
  return %0 : tensor<4xf32>
}
{-#
  dialect_resources: {
    builtin: {
      short: "0x040000000000803F"
    }
  }
#-}

// -----

func.func @missing_blob() -> tensor<4xf32> {
  // expected-error @+1 {{constant: resource 'nope' has no data}}
  %0 = webnn.constant dense_resource<nope> : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @encoded_tensor(%a: tensor<2xf32, "enc">) -> tensor<2xf32, "enc"> {
  // expected-error @+2 {{relu: input must be a tensor without an encoding, got tensor<2xf32, "enc">}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = webnn.relu %a : (tensor<2xf32, "enc">) -> tensor<2xf32, "enc">
  return %0 : tensor<2xf32, "enc">
}
