// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid element-wise binary ops (add, sub, mul, div, max, min, pow, and
// prelu, whose operands are named input and slope). A rule of an op's shape
// function (ShapeInference.cpp) is reported first, then the
// InferTypeOpInterface verifier adds "failed to infer returned types".
// Operand types outside the WebNN data types or with a dynamic shape are
// rejected earlier, by the ODS operand constraint.

func.func @add_data_type_mismatch(%a: tensor<2xf32>, %b: tensor<2xf16>) {
  // expected-error @+2 {{add: b data type (float16) must match a data type (float32)}}
  // expected-error @+1 {{'webnn.add' op failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @add_int_data_type_mismatch(%a: tensor<2xi32>, %b: tensor<2xui32>) {
  // expected-error @+2 {{add: b data type (uint32) must match a data type (int32)}}
  // expected-error @+1 {{'webnn.add' op failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<2xi32>, tensor<2xui32>) -> tensor<2xi32>
  return
}

// -----

func.func @add_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{add: shapes [2, 3] and [2] are not broadcastable}}
  // expected-error @+1 {{'webnn.add' op failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @add_a_zero_dimension(%a: tensor<0x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{add: a dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.add' op failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<0x3xf32>, tensor<3xf32>) -> tensor<0x3xf32>
  return
}

// -----

func.func @add_b_zero_dimension(%a: tensor<2x3xf32>, %b: tensor<3x0xf32>) {
  // expected-error @+2 {{add: b dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.add' op failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<2x3xf32>, tensor<3x0xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @add_wrong_result_shape(%a: tensor<2x1xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'webnn.add' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{'webnn.add' op failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @add_wrong_result_data_type(%a: tensor<2xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{'webnn.add' op inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<2xf16>'}}
  // expected-error @+1 {{'webnn.add' op failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf16>
  return
}

// -----

func.func @sub_data_type_mismatch(%a: tensor<2xf32>, %b: tensor<2xf16>) {
  // expected-error @+2 {{sub: b data type (float16) must match a data type (float32)}}
  // expected-error @+1 {{'webnn.sub' op failed to infer returned types}}
  %0 = webnn.sub %a, %b : (tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @sub_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{sub: shapes [2, 3] and [2] are not broadcastable}}
  // expected-error @+1 {{'webnn.sub' op failed to infer returned types}}
  %0 = webnn.sub %a, %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @sub_a_zero_dimension(%a: tensor<0x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{sub: a dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.sub' op failed to infer returned types}}
  %0 = webnn.sub %a, %b : (tensor<0x3xf32>, tensor<3xf32>) -> tensor<0x3xf32>
  return
}

// -----

func.func @sub_b_zero_dimension(%a: tensor<2x3xf32>, %b: tensor<3x0xf32>) {
  // expected-error @+2 {{sub: b dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.sub' op failed to infer returned types}}
  %0 = webnn.sub %a, %b : (tensor<2x3xf32>, tensor<3x0xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @sub_wrong_result_shape(%a: tensor<2x1xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'webnn.sub' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{'webnn.sub' op failed to infer returned types}}
  %0 = webnn.sub %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @mul_data_type_mismatch(%a: tensor<2xf32>, %b: tensor<2xf16>) {
  // expected-error @+2 {{mul: b data type (float16) must match a data type (float32)}}
  // expected-error @+1 {{'webnn.mul' op failed to infer returned types}}
  %0 = webnn.mul %a, %b : (tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @mul_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{mul: shapes [2, 3] and [2] are not broadcastable}}
  // expected-error @+1 {{'webnn.mul' op failed to infer returned types}}
  %0 = webnn.mul %a, %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @mul_a_zero_dimension(%a: tensor<0x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{mul: a dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.mul' op failed to infer returned types}}
  %0 = webnn.mul %a, %b : (tensor<0x3xf32>, tensor<3xf32>) -> tensor<0x3xf32>
  return
}

// -----

func.func @mul_b_zero_dimension(%a: tensor<2x3xf32>, %b: tensor<3x0xf32>) {
  // expected-error @+2 {{mul: b dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.mul' op failed to infer returned types}}
  %0 = webnn.mul %a, %b : (tensor<2x3xf32>, tensor<3x0xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @mul_wrong_result_shape(%a: tensor<2x1xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'webnn.mul' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{'webnn.mul' op failed to infer returned types}}
  %0 = webnn.mul %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @div_data_type_mismatch(%a: tensor<2xf32>, %b: tensor<2xf16>) {
  // expected-error @+2 {{div: b data type (float16) must match a data type (float32)}}
  // expected-error @+1 {{'webnn.div' op failed to infer returned types}}
  %0 = webnn.div %a, %b : (tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @div_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{div: shapes [2, 3] and [2] are not broadcastable}}
  // expected-error @+1 {{'webnn.div' op failed to infer returned types}}
  %0 = webnn.div %a, %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @div_a_zero_dimension(%a: tensor<0x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{div: a dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.div' op failed to infer returned types}}
  %0 = webnn.div %a, %b : (tensor<0x3xf32>, tensor<3xf32>) -> tensor<0x3xf32>
  return
}

// -----

func.func @div_b_zero_dimension(%a: tensor<2x3xf32>, %b: tensor<3x0xf32>) {
  // expected-error @+2 {{div: b dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.div' op failed to infer returned types}}
  %0 = webnn.div %a, %b : (tensor<2x3xf32>, tensor<3x0xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @div_wrong_result_shape(%a: tensor<2x1xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'webnn.div' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{'webnn.div' op failed to infer returned types}}
  %0 = webnn.div %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @max_data_type_mismatch(%a: tensor<2xf32>, %b: tensor<2xf16>) {
  // expected-error @+2 {{max: b data type (float16) must match a data type (float32)}}
  // expected-error @+1 {{'webnn.max' op failed to infer returned types}}
  %0 = webnn.max %a, %b : (tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @max_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{max: shapes [2, 3] and [2] are not broadcastable}}
  // expected-error @+1 {{'webnn.max' op failed to infer returned types}}
  %0 = webnn.max %a, %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @max_a_zero_dimension(%a: tensor<0x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{max: a dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.max' op failed to infer returned types}}
  %0 = webnn.max %a, %b : (tensor<0x3xf32>, tensor<3xf32>) -> tensor<0x3xf32>
  return
}

// -----

func.func @max_b_zero_dimension(%a: tensor<2x3xf32>, %b: tensor<3x0xf32>) {
  // expected-error @+2 {{max: b dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.max' op failed to infer returned types}}
  %0 = webnn.max %a, %b : (tensor<2x3xf32>, tensor<3x0xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @max_wrong_result_shape(%a: tensor<2x1xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'webnn.max' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{'webnn.max' op failed to infer returned types}}
  %0 = webnn.max %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @min_data_type_mismatch(%a: tensor<2xf32>, %b: tensor<2xf16>) {
  // expected-error @+2 {{min: b data type (float16) must match a data type (float32)}}
  // expected-error @+1 {{'webnn.min' op failed to infer returned types}}
  %0 = webnn.min %a, %b : (tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @min_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{min: shapes [2, 3] and [2] are not broadcastable}}
  // expected-error @+1 {{'webnn.min' op failed to infer returned types}}
  %0 = webnn.min %a, %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @min_a_zero_dimension(%a: tensor<0x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{min: a dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.min' op failed to infer returned types}}
  %0 = webnn.min %a, %b : (tensor<0x3xf32>, tensor<3xf32>) -> tensor<0x3xf32>
  return
}

// -----

func.func @min_b_zero_dimension(%a: tensor<2x3xf32>, %b: tensor<3x0xf32>) {
  // expected-error @+2 {{min: b dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.min' op failed to infer returned types}}
  %0 = webnn.min %a, %b : (tensor<2x3xf32>, tensor<3x0xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @min_wrong_result_shape(%a: tensor<2x1xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'webnn.min' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{'webnn.min' op failed to infer returned types}}
  %0 = webnn.min %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @pow_data_type_mismatch(%a: tensor<2xf32>, %b: tensor<2xf16>) {
  // expected-error @+2 {{pow: b data type (float16) must match a data type (float32)}}
  // expected-error @+1 {{'webnn.pow' op failed to infer returned types}}
  %0 = webnn.pow %a, %b : (tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @pow_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{pow: shapes [2, 3] and [2] are not broadcastable}}
  // expected-error @+1 {{'webnn.pow' op failed to infer returned types}}
  %0 = webnn.pow %a, %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @pow_a_zero_dimension(%a: tensor<0x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{pow: a dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.pow' op failed to infer returned types}}
  %0 = webnn.pow %a, %b : (tensor<0x3xf32>, tensor<3xf32>) -> tensor<0x3xf32>
  return
}

// -----

func.func @pow_b_zero_dimension(%a: tensor<2x3xf32>, %b: tensor<3x0xf32>) {
  // expected-error @+2 {{pow: b dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.pow' op failed to infer returned types}}
  %0 = webnn.pow %a, %b : (tensor<2x3xf32>, tensor<3x0xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @pow_wrong_result_shape(%a: tensor<2x1xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'webnn.pow' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{'webnn.pow' op failed to infer returned types}}
  %0 = webnn.pow %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @pow_wrong_result_data_type(%a: tensor<2xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{'webnn.pow' op inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<2xf16>'}}
  // expected-error @+1 {{'webnn.pow' op failed to infer returned types}}
  %0 = webnn.pow %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf16>
  return
}

// -----

func.func @add_generic_not_broadcastable(%a: tensor<2xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{add: shapes [2] and [3] are not broadcastable}}
  // expected-error @+1 {{'webnn.add' op failed to infer returned types}}
  %0 = "webnn.add"(%a, %b) : (tensor<2xf32>, tensor<3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @pow_generic_data_type_mismatch(%a: tensor<2xf16>, %b: tensor<2xf32>) {
  // expected-error @+2 {{pow: b data type (float32) must match a data type (float16)}}
  // expected-error @+1 {{'webnn.pow' op failed to infer returned types}}
  %0 = "webnn.pow"(%a, %b) : (tensor<2xf16>, tensor<2xf32>) -> tensor<2xf16>
  return
}

// -----

func.func @add_dimension_too_large(%a: tensor<2147483648xf32>, %b: tensor<1xf32>) {
  // expected-error @+2 {{add: a dimension 0 (2147483648) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.add' op failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<2147483648xf32>, tensor<1xf32>) -> tensor<2147483648xf32>
  return
}

// -----

func.func @add_a_encoding(%a: tensor<2xf32, "enc">, %b: tensor<2xf32>) {
  // expected-error @+2 {{add: a must be a tensor without an encoding, got tensor<2xf32, "enc">}}
  // expected-error @+1 {{'webnn.add' op failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<2xf32, "enc">, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @min_b_encoding(%a: tensor<2xf32>, %b: tensor<2xf32, "enc">) {
  // expected-error @+2 {{min: b must be a tensor without an encoding, got tensor<2xf32, "enc">}}
  // expected-error @+1 {{'webnn.min' op failed to infer returned types}}
  %0 = webnn.min %a, %b : (tensor<2xf32>, tensor<2xf32, "enc">) -> tensor<2xf32>
  return
}

// -----

func.func @add_too_many_elements(%a: tensor<2147483647x2147483647x2147483647xf32>, %b: tensor<1xf32>) {
  // expected-error @+2 {{add: a shape [2147483647, 2147483647, 2147483647] has more elements than int64 can count}}
  // expected-error @+1 {{'webnn.add' op failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<2147483647x2147483647x2147483647xf32>, tensor<1xf32>) -> tensor<2147483647x2147483647x2147483647xf32>
  return
}

// -----

func.func @add_dynamic_shape_operand(%a: tensor<?xf32>, %b: tensor<2xf32>) {
  // expected-error-re @+1 {{'webnn.add' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<?xf32>'}}
  %0 = webnn.add %a, %b : (tensor<?xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @add_unranked_operand(%a: tensor<*xf32>, %b: tensor<2xf32>) {
  // expected-error-re @+1 {{'webnn.add' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<*xf32>'}}
  %0 = webnn.add %a, %b : (tensor<*xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @add_bf16_operand(%a: tensor<2xbf16>, %b: tensor<2xf32>) {
  // expected-error-re @+1 {{'webnn.add' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xbf16>'}}
  %0 = webnn.add %a, %b : (tensor<2xbf16>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @add_si32_operand(%a: tensor<2xsi32>, %b: tensor<2xf32>) {
  // expected-error-re @+1 {{'webnn.add' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xsi32>'}}
  %0 = webnn.add %a, %b : (tensor<2xsi32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @add_f64_operand(%a: tensor<2xf64>, %b: tensor<2xf32>) {
  // expected-error-re @+1 {{'webnn.add' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xf64>'}}
  %0 = webnn.add %a, %b : (tensor<2xf64>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @add_i1_operand(%a: tensor<2xi1>, %b: tensor<2xf32>) {
  // expected-error-re @+1 {{'webnn.add' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xi1>'}}
  %0 = webnn.add %a, %b : (tensor<2xi1>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @add_ui16_operand(%a: tensor<2xui16>, %b: tensor<2xf32>) {
  // expected-error-re @+1 {{'webnn.add' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xui16>'}}
  %0 = webnn.add %a, %b : (tensor<2xui16>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @add_vector_operand(%a: vector<2xf32>, %b: tensor<2xf32>) {
  // expected-error-re @+1 {{'webnn.add' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'vector<2xf32>'}}
  %0 = webnn.add %a, %b : (vector<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @sub_si8_operand_b(%a: tensor<2xi8>, %b: tensor<2xsi8>) {
  // expected-error-re @+1 {{'webnn.sub' op operand #1 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xsi8>'}}
  %0 = webnn.sub %a, %b : (tensor<2xi8>, tensor<2xsi8>) -> tensor<2xi8>
  return
}

// -----

func.func @mul_bf16_result(%a: tensor<2xf32>, %b: tensor<2xf32>) {
  // expected-error-re @+1 {{'webnn.mul' op result #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xbf16>'}}
  %0 = webnn.mul %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xbf16>
  return
}

// -----

func.func @div_dynamic_result(%a: tensor<2xf32>, %b: tensor<2xf32>) {
  // expected-error-re @+1 {{'webnn.div' op result #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<?xf32>'}}
  %0 = webnn.div %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<?xf32>
  return
}

// -----

func.func @prelu_uint32(%x: tensor<2xui32>, %slope: tensor<2xui32>) {
  // expected-error @+2 {{prelu: input data type (uint32) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.prelu' op failed to infer returned types}}
  %0 = webnn.prelu %x, %slope : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
  return
}

// -----

func.func @prelu_slope_uint8(%x: tensor<2xi8>, %slope: tensor<2xui8>) {
  // expected-error @+2 {{prelu: slope data type (uint8) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.prelu' op failed to infer returned types}}
  %0 = webnn.prelu %x, %slope : (tensor<2xi8>, tensor<2xui8>) -> tensor<2xi8>
  return
}

// -----

func.func @prelu_data_type_mismatch(%x: tensor<2xf32>, %slope: tensor<2xf16>) {
  // expected-error @+2 {{prelu: slope data type (float16) must match input data type (float32)}}
  // expected-error @+1 {{'webnn.prelu' op failed to infer returned types}}
  %0 = webnn.prelu %x, %slope : (tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @prelu_int_data_type_mismatch(%x: tensor<2xi32>, %slope: tensor<2xi64>) {
  // expected-error @+2 {{prelu: slope data type (int64) must match input data type (int32)}}
  // expected-error @+1 {{'webnn.prelu' op failed to infer returned types}}
  %0 = webnn.prelu %x, %slope : (tensor<2xi32>, tensor<2xi64>) -> tensor<2xi32>
  return
}

// -----

func.func @prelu_not_broadcastable(%x: tensor<1x8x4x4xf32>, %slope: tensor<8xf32>) {
  // expected-error @+2 {{prelu: input shape [1, 8, 4, 4] and slope shape [8] are not broadcastable}}
  // expected-error @+1 {{'webnn.prelu' op failed to infer returned types}}
  %0 = webnn.prelu %x, %slope : (tensor<1x8x4x4xf32>, tensor<8xf32>) -> tensor<1x8x4x4xf32>
  return
}

// -----

func.func @prelu_slope_zero_dimension(%x: tensor<2xi32>, %slope: tensor<2x0xi32>) {
  // expected-error @+2 {{prelu: slope dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.prelu' op failed to infer returned types}}
  %0 = webnn.prelu %x, %slope : (tensor<2xi32>, tensor<2x0xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @prelu_wrong_result_shape(%x: tensor<2x1xf32>, %slope: tensor<3xf32>) {
  // expected-error @+2 {{'webnn.prelu' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{'webnn.prelu' op failed to infer returned types}}
  %0 = webnn.prelu %x, %slope : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @prelu_wrong_result_data_type(%x: tensor<2xf16>, %slope: tensor<2xf16>) {
  // expected-error @+2 {{'webnn.prelu' op inferred type(s) 'tensor<2xf16>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{'webnn.prelu' op failed to infer returned types}}
  %0 = webnn.prelu %x, %slope : (tensor<2xf16>, tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

// Each operand fits, but their broadcast output does not.
func.func @prelu_output_too_large(%x: tensor<65536x1xf32>, %slope: tensor<1x65536xf32>) {
  // expected-error @+2 {{prelu: output shape [65536, 65536] of float32 needs 4294967296 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.prelu' op failed to infer returned types}}
  %0 = webnn.prelu %x, %slope : (tensor<65536x1xf32>, tensor<1x65536xf32>) -> tensor<65536x65536xf32>
  return
}

// -----

func.func @prelu_generic_data_type_mismatch(%x: tensor<2xi8>, %slope: tensor<2xi32>) {
  // expected-error @+2 {{prelu: slope data type (int32) must match input data type (int8)}}
  // expected-error @+1 {{'webnn.prelu' op failed to infer returned types}}
  %0 = "webnn.prelu"(%x, %slope) : (tensor<2xi8>, tensor<2xi32>) -> tensor<2xi8>
  return
}

// -----

func.func @prelu_dynamic_slope(%x: tensor<2xf32>, %slope: tensor<?xf32>) {
  // expected-error-re @+1 {{'webnn.prelu' op operand #1 must be statically shaped tensor of {{.*}} values, but got 'tensor<?xf32>'}}
  %0 = webnn.prelu %x, %slope : (tensor<2xf32>, tensor<?xf32>) -> tensor<2xf32>
  return
}
