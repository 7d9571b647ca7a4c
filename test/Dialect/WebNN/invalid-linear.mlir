// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid matmul and gemm ops: one case per rule of inferMatmul and
// inferGemm (ShapeInference.cpp), plus stated result types that disagree
// with the inferred ones.

func.func @matmul_a_int32(%a: tensor<2x3xi32>, %b: tensor<3x4xi32>) {
  // expected-error @+2 {{matmul: a data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xi32>, tensor<3x4xi32>) -> tensor<2x4xi32>
  return
}

// -----

func.func @matmul_a_zero_dimension(%a: tensor<2x0xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{matmul: a dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x0xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_a_rank_1(%a: tensor<3xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{matmul: a rank (1) must be at least 2}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<3xf32>, tensor<3x4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @matmul_a_scalar(%a: tensor<f32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{matmul: a rank (0) must be at least 2}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<f32>, tensor<3x4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @matmul_b_uint8(%a: tensor<2x3xf32>, %b: tensor<3x4xui8>) {
  // expected-error @+2 {{matmul: b data type (uint8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xf32>, tensor<3x4xui8>) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_b_zero_dimension(%a: tensor<2x3xf32>, %b: tensor<0x3x4xf32>) {
  // expected-error @+2 {{matmul: b dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xf32>, tensor<0x3x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_b_rank_1(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{matmul: b rank (1) must be at least 2}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @matmul_data_type_mismatch(%a: tensor<2x3xf32>, %b: tensor<3x4xf16>) {
  // expected-error @+2 {{matmul: b data type (float16) must match a data type (float32)}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xf32>, tensor<3x4xf16>) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_inner_dimension_mismatch(%a: tensor<2x3xf32>, %b: tensor<4x5xf32>) {
  // expected-error @+2 {{matmul: a's last dimension (3) must equal b's second-to-last dimension (4)}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xf32>, tensor<4x5xf32>) -> tensor<2x5xf32>
  return
}

// -----

func.func @matmul_batched_inner_dimension_mismatch(%a: tensor<8x2x3xf32>, %b: tensor<8x2x5xf32>) {
  // expected-error @+2 {{matmul: a's last dimension (3) must equal b's second-to-last dimension (2)}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<8x2x3xf32>, tensor<8x2x5xf32>) -> tensor<8x2x5xf32>
  return
}

// -----

func.func @matmul_batch_not_broadcastable(%a: tensor<2x4x3xf32>, %b: tensor<5x3x6xf32>) {
  // expected-error @+2 {{matmul: batch dimensions [2] and [5] are not broadcastable}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x4x3xf32>, tensor<5x3x6xf32>) -> tensor<2x4x6xf32>
  return
}

// -----

func.func @matmul_batch_rank_not_broadcastable(%a: tensor<2x3x4x3xf16>, %b: tensor<4x3x6xf16>) {
  // expected-error @+2 {{matmul: batch dimensions [2, 3] and [4] are not broadcastable}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x3x4x3xf16>, tensor<4x3x6xf16>) -> tensor<2x3x4x6xf16>
  return
}

// -----

func.func @matmul_b_encoding(%a: tensor<2x3xf32>, %b: tensor<3x4xf32, "enc">) {
  // expected-error @+2 {{matmul: b must be a tensor without an encoding, got tensor<3x4xf32, "enc">}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xf32>, tensor<3x4xf32, "enc">) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_wrong_result_type(%a: tensor<2x1x4x3xf32>, %b: tensor<5x3x6xf32>) {
  // expected-error @+2 {{'webnn.matmul' op inferred type(s) 'tensor<2x5x4x6xf32>' are incompatible with return type(s) of operation 'tensor<2x4x6xf32>'}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x1x4x3xf32>, tensor<5x3x6xf32>) -> tensor<2x4x6xf32>
  return
}

// -----

func.func @matmul_wrong_result_data_type(%a: tensor<2x3xf16>, %b: tensor<3x4xf16>) {
  // expected-error @+2 {{'webnn.matmul' op inferred type(s) 'tensor<2x4xf16>' are incompatible with return type(s) of operation 'tensor<2x4xf32>'}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xf16>, tensor<3x4xf16>) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_dynamic_operand(%a: tensor<2x3xf32>, %b: tensor<3x?xf32>) {
  // expected-error-re @+1 {{'webnn.matmul' op operand #1 must be statically shaped tensor of {{.*}} values, but got 'tensor<3x?xf32>'}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xf32>, tensor<3x?xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_a_int64(%a: tensor<2x3xi64>, %b: tensor<3x4xi64>) {
  // expected-error @+2 {{gemm: a data type (int64) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<2x3xi64>, tensor<3x4xi64>) -> tensor<2x4xi64>
  return
}

// -----

func.func @gemm_a_zero_dimension(%a: tensor<0x3xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{gemm: a dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<0x3xf32>, tensor<3x4xf32>) -> tensor<0x4xf32>
  return
}

// -----

func.func @gemm_a_rank_3(%a: tensor<1x2x3xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{gemm: a rank (3) must be 2}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<1x2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_a_rank_1(%a: tensor<3xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{gemm: a rank (1) must be 2}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<3xf32>, tensor<3x4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @gemm_b_int8(%a: tensor<2x3xf32>, %b: tensor<3x4xi8>) {
  // expected-error @+2 {{gemm: b data type (int8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<2x3xf32>, tensor<3x4xi8>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_b_zero_dimension(%a: tensor<2x3xf32>, %b: tensor<3x0xf32>) {
  // expected-error @+2 {{gemm: b dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<2x3xf32>, tensor<3x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @gemm_b_rank_1(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{gemm: b rank (1) must be 2}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @gemm_data_type_mismatch(%a: tensor<2x3xf16>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{gemm: b data type (float32) must match a data type (float16)}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<2x3xf16>, tensor<3x4xf32>) -> tensor<2x4xf16>
  return
}

// -----

func.func @gemm_inner_dimension_mismatch(%a: tensor<2x3xf32>, %b: tensor<4x5xf32>) {
  // expected-error @+2 {{gemm: a's inner dimension (3) must equal b's inner dimension (4) (aTranspose = false, bTranspose = false)}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<2x3xf32>, tensor<4x5xf32>) -> tensor<2x5xf32>
  return
}

// -----

func.func @gemm_inner_dimension_mismatch_a_transpose(%a: tensor<2x3xf32>, %b: tensor<3x5xf32>) {
  // expected-error @+2 {{gemm: a's inner dimension (2) must equal b's inner dimension (3) (aTranspose = true, bTranspose = false)}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b {a_transpose = true} : (tensor<2x3xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return
}

// -----

func.func @gemm_inner_dimension_mismatch_b_transpose(%a: tensor<2x3xf32>, %b: tensor<3x5xf32>) {
  // expected-error @+2 {{gemm: a's inner dimension (3) must equal b's inner dimension (5) (aTranspose = false, bTranspose = true)}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b {b_transpose = true} : (tensor<2x3xf32>, tensor<3x5xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @gemm_c_uint32(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<4xui32>) {
  // expected-error @+2 {{gemm: c data type (uint32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b, %c : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<4xui32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_c_zero_dimension(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<0xf32>) {
  // expected-error @+2 {{gemm: c dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b, %c : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<0xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_c_rank_3(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<1x2x4xf32>) {
  // expected-error @+2 {{gemm: c rank (3) must be in the range [0, 2]}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b, %c : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<1x2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_c_data_type_mismatch(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<4xf16>) {
  // expected-error @+2 {{gemm: c data type (float16) must match a data type (float32)}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b, %c : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<4xf16>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_c_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<3xf32>) {
  // expected-error @+2 {{gemm: c shape [3] is not broadcastable to the output shape [2, 4]}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b, %c : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_c_not_unidirectionally_broadcastable(%a: tensor<1x3xf32>, %b: tensor<3x4xf32>, %c: tensor<2x4xf32>) {
  // expected-error @+2 {{gemm: c shape [2, 4] is not broadcastable to the output shape [1, 4]}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b, %c : (tensor<1x3xf32>, tensor<3x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_c_not_broadcastable_b_transpose(%a: tensor<1x1024xf32>, %b: tensor<1000x1024xf32>, %c: tensor<1024xf32>) {
  // expected-error @+2 {{gemm: c shape [1024] is not broadcastable to the output shape [1, 1000]}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b, %c {b_transpose = true} : (tensor<1x1024xf32>, tensor<1000x1024xf32>, tensor<1024xf32>) -> tensor<1x1000xf32>
  return
}

// -----

func.func @gemm_c_encoding(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<4xf32, "enc">) {
  // expected-error @+2 {{gemm: c must be a tensor without an encoding, got tensor<4xf32, "enc">}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b, %c : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<4xf32, "enc">) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_wrong_result_type(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{'webnn.gemm' op inferred type(s) 'tensor<2x4xf32>' are incompatible with return type(s) of operation 'tensor<3x4xf32>'}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @gemm_wrong_result_type_transposed(%a: tensor<3x2xf32>, %b: tensor<4x3xf32>) {
  // expected-error @+2 {{'webnn.gemm' op inferred type(s) 'tensor<2x4xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf32>'}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b {a_transpose = true, b_transpose = true} : (tensor<3x2xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @gemm_wrong_result_data_type(%a: tensor<2x3xf16>, %b: tensor<3x4xf16>) {
  // expected-error @+2 {{'webnn.gemm' op inferred type(s) 'tensor<2x4xf16>' are incompatible with return type(s) of operation 'tensor<2x4xf32>'}}
  // expected-error @+1 {{'webnn.gemm' op failed to infer returned types}}
  %0 = webnn.gemm %a, %b : (tensor<2x3xf16>, tensor<3x4xf16>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_alpha_wrong_kind(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+1 {{'webnn.gemm' op attribute 'alpha' failed to satisfy constraint: 64-bit float attribute}}
  %0 = webnn.gemm %a, %b {alpha = 2.0 : f32} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_a_transpose_wrong_kind(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+1 {{'webnn.gemm' op attribute 'a_transpose' failed to satisfy constraint: bool attribute}}
  %0 = webnn.gemm %a, %b {a_transpose = 1 : i32} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return
}
