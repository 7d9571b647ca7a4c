// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid element-wise ops (binary, unary, leaky_relu, clamp) and constants.
// A rule of an op's shape function (ShapeInference.cpp) is reported first,
// then the InferTypeOpInterface verifier adds "failed to infer returned types".
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

func.func @leaky_relu_generic_int8(%x: tensor<2xi8>) {
  // expected-error @+2 {{leakyRelu: input data type (int8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.leaky_relu' op failed to infer returned types}}
  %0 = "webnn.leaky_relu"(%x) <{alpha = 1.000000e-01 : f64}> : (tensor<2xi8>) -> tensor<2xi8>
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

func.func @relu_encoding(%x: tensor<2xf32, "enc">) {
  // expected-error @+2 {{relu: input must be a tensor without an encoding, got tensor<2xf32, "enc">}}
  // expected-error @+1 {{'webnn.relu' op failed to infer returned types}}
  %0 = webnn.relu %x : (tensor<2xf32, "enc">) -> tensor<2xf32, "enc">
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

func.func @sqrt_too_many_elements(%x: tensor<2147483647x2147483647x2147483647xf32>) {
  // expected-error @+2 {{sqrt: input shape [2147483647, 2147483647, 2147483647] has more elements than int64 can count}}
  // expected-error @+1 {{'webnn.sqrt' op failed to infer returned types}}
  %0 = webnn.sqrt %x : (tensor<2147483647x2147483647x2147483647xf32>) -> tensor<2147483647x2147483647x2147483647xf32>
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

func.func @abs_uint32(%x: tensor<2xui32>) {
  // expected-error @+2 {{abs: input data type (uint32) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.abs' op failed to infer returned types}}
  %0 = webnn.abs %x : (tensor<2xui32>) -> tensor<2xui32>
  return
}

// -----

func.func @abs_uint8(%x: tensor<2xui8>) {
  // expected-error @+2 {{abs: input data type (uint8) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.abs' op failed to infer returned types}}
  %0 = webnn.abs %x : (tensor<2xui8>) -> tensor<2xui8>
  return
}

// -----

func.func @abs_uint64(%x: tensor<2xui64>) {
  // expected-error @+2 {{abs: input data type (uint64) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.abs' op failed to infer returned types}}
  %0 = webnn.abs %x : (tensor<2xui64>) -> tensor<2xui64>
  return
}

// -----

func.func @neg_uint32(%x: tensor<2xui32>) {
  // expected-error @+2 {{neg: input data type (uint32) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.neg' op failed to infer returned types}}
  %0 = webnn.neg %x : (tensor<2xui32>) -> tensor<2xui32>
  return
}

// -----

func.func @relu_uint32(%x: tensor<2xui32>) {
  // expected-error @+2 {{relu: input data type (uint32) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.relu' op failed to infer returned types}}
  %0 = webnn.relu %x : (tensor<2xui32>) -> tensor<2xui32>
  return
}

// -----

func.func @ceil_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{ceil: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.ceil' op failed to infer returned types}}
  %0 = webnn.ceil %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @ceil_uint8(%x: tensor<2xui8>) {
  // expected-error @+2 {{ceil: input data type (uint8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.ceil' op failed to infer returned types}}
  %0 = webnn.ceil %x : (tensor<2xui8>) -> tensor<2xui8>
  return
}

// -----

func.func @ceil_int64(%x: tensor<2xi64>) {
  // expected-error @+2 {{ceil: input data type (int64) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.ceil' op failed to infer returned types}}
  %0 = webnn.ceil %x : (tensor<2xi64>) -> tensor<2xi64>
  return
}

// -----

func.func @floor_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{floor: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.floor' op failed to infer returned types}}
  %0 = webnn.floor %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @exp_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{exp: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.exp' op failed to infer returned types}}
  %0 = webnn.exp %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @log_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{log: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.log' op failed to infer returned types}}
  %0 = webnn.log %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @sqrt_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{sqrt: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.sqrt' op failed to infer returned types}}
  %0 = webnn.sqrt %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @reciprocal_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{reciprocal: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.reciprocal' op failed to infer returned types}}
  %0 = webnn.reciprocal %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @sigmoid_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{sigmoid: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.sigmoid' op failed to infer returned types}}
  %0 = webnn.sigmoid %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @tanh_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{tanh: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.tanh' op failed to infer returned types}}
  %0 = webnn.tanh %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @leaky_relu_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{leakyRelu: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.leaky_relu' op failed to infer returned types}}
  %0 = webnn.leaky_relu %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @abs_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{abs: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.abs' op failed to infer returned types}}
  %0 = webnn.abs %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @abs_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.abs' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.abs' op failed to infer returned types}}
  %0 = webnn.abs %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @neg_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{neg: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.neg' op failed to infer returned types}}
  %0 = webnn.neg %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @neg_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.neg' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.neg' op failed to infer returned types}}
  %0 = webnn.neg %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @relu_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{relu: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.relu' op failed to infer returned types}}
  %0 = webnn.relu %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @relu_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.relu' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.relu' op failed to infer returned types}}
  %0 = webnn.relu %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @relu_bf16(%x: tensor<2xbf16>) {
  // expected-error-re @+1 {{'webnn.relu' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xbf16>'}}
  %0 = webnn.relu %x : (tensor<2xbf16>) -> tensor<2xbf16>
  return
}

// -----

func.func @ceil_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{ceil: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.ceil' op failed to infer returned types}}
  %0 = webnn.ceil %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @ceil_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.ceil' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.ceil' op failed to infer returned types}}
  %0 = webnn.ceil %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @floor_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{floor: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.floor' op failed to infer returned types}}
  %0 = webnn.floor %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @floor_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.floor' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.floor' op failed to infer returned types}}
  %0 = webnn.floor %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @exp_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{exp: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.exp' op failed to infer returned types}}
  %0 = webnn.exp %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @exp_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.exp' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.exp' op failed to infer returned types}}
  %0 = webnn.exp %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @log_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{log: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.log' op failed to infer returned types}}
  %0 = webnn.log %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @log_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.log' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.log' op failed to infer returned types}}
  %0 = webnn.log %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @sqrt_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{sqrt: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.sqrt' op failed to infer returned types}}
  %0 = webnn.sqrt %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @sqrt_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.sqrt' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.sqrt' op failed to infer returned types}}
  %0 = webnn.sqrt %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @reciprocal_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{reciprocal: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.reciprocal' op failed to infer returned types}}
  %0 = webnn.reciprocal %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @reciprocal_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.reciprocal' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.reciprocal' op failed to infer returned types}}
  %0 = webnn.reciprocal %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @sigmoid_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{sigmoid: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.sigmoid' op failed to infer returned types}}
  %0 = webnn.sigmoid %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @sigmoid_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.sigmoid' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.sigmoid' op failed to infer returned types}}
  %0 = webnn.sigmoid %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @tanh_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{tanh: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.tanh' op failed to infer returned types}}
  %0 = webnn.tanh %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @tanh_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.tanh' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.tanh' op failed to infer returned types}}
  %0 = webnn.tanh %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @identity_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{identity: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.identity' op failed to infer returned types}}
  %0 = webnn.identity %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @identity_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.identity' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.identity' op failed to infer returned types}}
  %0 = webnn.identity %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @identity_bf16(%x: tensor<2xbf16>) {
  // expected-error-re @+1 {{'webnn.identity' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xbf16>'}}
  %0 = webnn.identity %x : (tensor<2xbf16>) -> tensor<2xbf16>
  return
}

// -----

func.func @leaky_relu_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{leakyRelu: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.leaky_relu' op failed to infer returned types}}
  %0 = webnn.leaky_relu %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @leaky_relu_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.leaky_relu' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.leaky_relu' op failed to infer returned types}}
  %0 = webnn.leaky_relu %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @clamp_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{clamp: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.clamp' op failed to infer returned types}}
  %0 = webnn.clamp %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @clamp_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.clamp' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.clamp' op failed to infer returned types}}
  %0 = webnn.clamp %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @clamp_bf16(%x: tensor<2xbf16>) {
  // expected-error-re @+1 {{'webnn.clamp' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xbf16>'}}
  %0 = webnn.clamp %x : (tensor<2xbf16>) -> tensor<2xbf16>
  return
}

// -----

func.func @identity_wrong_result_data_type(%x: tensor<2xui8>) {
  // expected-error @+2 {{'webnn.identity' op inferred type(s) 'tensor<2xui8>' are incompatible with return type(s) of operation 'tensor<2xi8>'}}
  // expected-error @+1 {{'webnn.identity' op failed to infer returned types}}
  %0 = webnn.identity %x : (tensor<2xui8>) -> tensor<2xi8>
  return
}

// -----

func.func @leaky_relu_f16_wrong_result_data_type(%x: tensor<2xf16>) {
  // expected-error @+2 {{'webnn.leaky_relu' op inferred type(s) 'tensor<2xf16>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{'webnn.leaky_relu' op failed to infer returned types}}
  %0 = webnn.leaky_relu %x {alpha = 2.0e-01 : f64} : (tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @clamp_min_greater_than_max(%x: tensor<2xf32>) {
  // expected-error @+2 {{clamp: minValue (6.000000e+00) must not be greater than maxValue (1.000000e+00)}}
  // expected-error @+1 {{'webnn.clamp' op failed to infer returned types}}
  %0 = webnn.clamp %x {max_value = 1.0 : f64, min_value = 6.0 : f64} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @clamp_int_min_greater_than_max(%x: tensor<4xi8>) {
  // expected-error @+2 {{clamp: minValue (0.000000e+00) must not be greater than maxValue (-1.000000e+00)}}
  // expected-error @+1 {{'webnn.clamp' op failed to infer returned types}}
  %0 = webnn.clamp %x {max_value = -1.0 : f64, min_value = 0.0 : f64} : (tensor<4xi8>) -> tensor<4xi8>
  return
}

// -----

func.func @clamp_infinite_min_greater_than_max(%x: tensor<2xf32>) {
  // expected-error @+2 {{clamp: minValue (0.000000e+00) must not be greater than maxValue (-INF)}}
  // expected-error @+1 {{'webnn.clamp' op failed to infer returned types}}
  %0 = webnn.clamp %x {max_value = 0xFFF0000000000000 : f64, min_value = 0.0 : f64} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @constant_bf16() {
  // expected-error @+1 {{constant: value element type bf16 is not a WebNN data type}}
  %0 = webnn.constant dense<1.0> : tensor<2xbf16>
  return
}

// -----

func.func @constant_si32() {
  // expected-error @+1 {{constant: value element type si32 is not a WebNN data type}}
  %0 = webnn.constant dense<1> : tensor<2xsi32>
  return
}

// -----

func.func @constant_f64() {
  // expected-error @+1 {{constant: value element type f64 is not a WebNN data type}}
  %0 = webnn.constant dense<1.0> : tensor<2xf64>
  return
}

// -----

func.func @constant_i1() {
  // expected-error @+1 {{constant: value element type i1 is not a WebNN data type}}
  %0 = webnn.constant dense<true> : tensor<2xi1>
  return
}

// -----

func.func @constant_i16() {
  // expected-error @+1 {{constant: value element type i16 is not a WebNN data type}}
  %0 = webnn.constant dense<1> : tensor<2xi16>
  return
}

// -----

func.func @constant_index() {
  // expected-error @+1 {{constant: value element type index is not a WebNN data type}}
  %0 = webnn.constant dense<1> : tensor<2xindex>
  return
}

// -----

func.func @constant_complex() {
  // expected-error @+1 {{constant: value element type complex<f32> is not a WebNN data type}}
  %0 = webnn.constant dense<(1.0, 2.0)> : tensor<2xcomplex<f32>>
  return
}

// -----

func.func @constant_encoding() {
  // expected-error @+1 {{constant: value must be a tensor without an encoding, got tensor<2xf32, "enc">}}
  %0 = webnn.constant dense<1.0> : tensor<2xf32, "enc">
  return
}

// -----

func.func @constant_too_many_elements() {
  // expected-error @+1 {{constant: value shape [2147483647, 2147483647, 2147483647] has more elements than int64 can count}}
  %0 = webnn.constant dense<1.0> : tensor<2147483647x2147483647x2147483647xf32>
  return
}

// -----

func.func @constant_vector() {
  // expected-error @+1 {{constant: value must be a ranked tensor, got vector<2xf32>}}
  %0 = webnn.constant dense<1.0> : vector<2xf32>
  return
}

// -----

func.func @constant_zero_dimension() {
  // expected-error @+1 {{constant: value dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  %0 = webnn.constant dense<> : tensor<2x0xf32>
  return
}

// -----

func.func @constant_generic_bf16() {
  // expected-error @+2 {{constant: value element type bf16 is not a WebNN data type}}
  // expected-error @+1 {{'webnn.constant' op failed to infer returned types}}
  %0 = "webnn.constant"() {value = dense<1.0> : tensor<2xbf16>} : () -> tensor<2xf32>
  return
}

// -----

func.func @constant_generic_wrong_result_shape() {
  // expected-error @+2 {{'webnn.constant' op inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<3xf32>'}}
  // expected-error @+1 {{'webnn.constant' op failed to infer returned types}}
  %0 = "webnn.constant"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<3xf32>
  return
}

// -----

func.func @constant_generic_wrong_result_data_type() {
  // expected-error @+2 {{'webnn.constant' op inferred type(s) 'tensor<2xi32>' are incompatible with return type(s) of operation 'tensor<2xui32>'}}
  // expected-error @+1 {{'webnn.constant' op failed to infer returned types}}
  %0 = "webnn.constant"() {value = dense<1> : tensor<2xi32>} : () -> tensor<2xui32>
  return
}

// -----

func.func @constant_generic_si8_result() {
  // expected-error-re @+1 {{'webnn.constant' op result #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xsi8>'}}
  %0 = "webnn.constant"() {value = dense<1> : tensor<2xi8>} : () -> tensor<2xsi8>
  return
}
