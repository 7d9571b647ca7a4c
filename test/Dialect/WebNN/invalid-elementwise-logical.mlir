// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid element-wise comparison and logical ops (equal, not_equal,
// greater, greater_or_equal, lesser, lesser_or_equal, logical_and,
// logical_or, logical_xor, logical_not, is_nan, is_infinite) and where. A
// rule of an op's shape function (ShapeInference.cpp) is reported first,
// then the InferTypeOpInterface verifier adds "failed to infer returned
// types". Operand types outside the WebNN data types or with a dynamic
// shape are rejected earlier, by the ODS operand constraint. The result of
// the comparison and logical ops is uint8 whatever their operands are.

func.func @equal_data_type_mismatch(%a: tensor<2xf32>, %b: tensor<2xf16>) {
  // expected-error @+2 {{equal: b data type (float16) must match a data type (float32)}}
  // expected-error @+1 {{'webnn.equal' op failed to infer returned types}}
  %0 = webnn.equal %a, %b : (tensor<2xf32>, tensor<2xf16>) -> tensor<2xui8>
  return
}

// -----

func.func @greater_or_equal_int_data_type_mismatch(%a: tensor<2xi32>, %b: tensor<2xui32>) {
  // expected-error @+2 {{greaterOrEqual: b data type (uint32) must match a data type (int32)}}
  // expected-error @+1 {{'webnn.greater_or_equal' op failed to infer returned types}}
  %0 = webnn.greater_or_equal %a, %b : (tensor<2xi32>, tensor<2xui32>) -> tensor<2xui8>
  return
}

// -----

func.func @equal_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{equal: shapes [2, 3] and [2] are not broadcastable}}
  // expected-error @+1 {{'webnn.equal' op failed to infer returned types}}
  %0 = webnn.equal %a, %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xui8>
  return
}

// -----

func.func @lesser_or_equal_not_broadcastable(%a: tensor<4x1xi64>, %b: tensor<3x5xi64>) {
  // expected-error @+2 {{lesserOrEqual: shapes [4, 1] and [3, 5] are not broadcastable}}
  // expected-error @+1 {{'webnn.lesser_or_equal' op failed to infer returned types}}
  %0 = webnn.lesser_or_equal %a, %b : (tensor<4x1xi64>, tensor<3x5xi64>) -> tensor<4x5xui8>
  return
}

// -----

func.func @not_equal_a_zero_dimension(%a: tensor<0x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{notEqual: a dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.not_equal' op failed to infer returned types}}
  %0 = webnn.not_equal %a, %b : (tensor<0x3xf32>, tensor<3xf32>) -> tensor<0x3xui8>
  return
}

// -----

func.func @lesser_b_encoding(%a: tensor<2xf32>, %b: tensor<2xf32, "enc">) {
  // expected-error @+2 {{lesser: b must be a tensor without an encoding, got tensor<2xf32, "enc">}}
  // expected-error @+1 {{'webnn.lesser' op failed to infer returned types}}
  %0 = webnn.lesser %a, %b : (tensor<2xf32>, tensor<2xf32, "enc">) -> tensor<2xui8>
  return
}

// -----

// The result is uint8, not the operands' data type.
func.func @equal_wrong_result_data_type(%a: tensor<2xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{'webnn.equal' op inferred type(s) 'tensor<2xui8>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{'webnn.equal' op failed to infer returned types}}
  %0 = webnn.equal %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @lesser_int8_result(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'webnn.lesser' op inferred type(s) 'tensor<2x3xui8>' are incompatible with return type(s) of operation 'tensor<2x3xi8>'}}
  // expected-error @+1 {{'webnn.lesser' op failed to infer returned types}}
  %0 = webnn.lesser %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi8>
  return
}

// -----

func.func @greater_wrong_result_shape(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'webnn.greater' op inferred type(s) 'tensor<2x3xui8>' are incompatible with return type(s) of operation 'tensor<3xui8>'}}
  // expected-error @+1 {{'webnn.greater' op failed to infer returned types}}
  %0 = webnn.greater %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<3xui8>
  return
}

// -----

// Each operand fits, but their broadcast output does not.
func.func @equal_output_too_large(%a: tensor<65536x1xui8>, %b: tensor<1x65536xui8>) {
  // expected-error @+2 {{equal: output shape [65536, 65536] of uint8 needs 4294967296 elements of 1 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.equal' op failed to infer returned types}}
  %0 = webnn.equal %a, %b : (tensor<65536x1xui8>, tensor<1x65536xui8>) -> tensor<65536x65536xui8>
  return
}

// -----

func.func @not_equal_dynamic_operand(%a: tensor<?xf32>, %b: tensor<2xf32>) {
  // expected-error-re @+1 {{'webnn.not_equal' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<?xf32>'}}
  %0 = webnn.not_equal %a, %b : (tensor<?xf32>, tensor<2xf32>) -> tensor<2xui8>
  return
}

// -----

func.func @lesser_or_equal_dynamic_result(%a: tensor<2xf32>, %b: tensor<2xf32>) {
  // expected-error-re @+1 {{'webnn.lesser_or_equal' op result #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<?xui8>'}}
  %0 = webnn.lesser_or_equal %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<?xui8>
  return
}

// -----

func.func @equal_generic_not_broadcastable(%a: tensor<2xi8>, %b: tensor<3xi8>) {
  // expected-error @+2 {{equal: shapes [2] and [3] are not broadcastable}}
  // expected-error @+1 {{'webnn.equal' op failed to infer returned types}}
  %0 = "webnn.equal"(%a, %b) : (tensor<2xi8>, tensor<3xi8>) -> tensor<3xui8>
  return
}

// -----

func.func @logical_and_float32(%a: tensor<2xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{logicalAnd: a data type (float32) must be uint8}}
  // expected-error @+1 {{'webnn.logical_and' op failed to infer returned types}}
  %0 = webnn.logical_and %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xui8>
  return
}

// -----

// b's data type is checked before it is compared with a's.
func.func @logical_or_b_int8(%a: tensor<2xui8>, %b: tensor<2xi8>) {
  // expected-error @+2 {{logicalOr: b data type (int8) must be uint8}}
  // expected-error @+1 {{'webnn.logical_or' op failed to infer returned types}}
  %0 = webnn.logical_or %a, %b : (tensor<2xui8>, tensor<2xi8>) -> tensor<2xui8>
  return
}

// -----

func.func @logical_xor_int32(%a: tensor<2xi32>, %b: tensor<2xi32>) {
  // expected-error @+2 {{logicalXor: a data type (int32) must be uint8}}
  // expected-error @+1 {{'webnn.logical_xor' op failed to infer returned types}}
  %0 = webnn.logical_xor %a, %b : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xui8>
  return
}

// -----

func.func @logical_and_not_broadcastable(%a: tensor<2x3xui8>, %b: tensor<2xui8>) {
  // expected-error @+2 {{logicalAnd: shapes [2, 3] and [2] are not broadcastable}}
  // expected-error @+1 {{'webnn.logical_and' op failed to infer returned types}}
  %0 = webnn.logical_and %a, %b : (tensor<2x3xui8>, tensor<2xui8>) -> tensor<2x3xui8>
  return
}

// -----

func.func @logical_not_float32(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{logicalNot: a data type (float32) must be uint8}}
  // expected-error @+1 {{'webnn.logical_not' op failed to infer returned types}}
  %0 = webnn.logical_not %a : (tensor<2x3xf32>) -> tensor<2x3xui8>
  return
}

// -----

func.func @logical_not_zero_dimension(%a: tensor<2x0xui8>) {
  // expected-error @+2 {{logicalNot: a dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.logical_not' op failed to infer returned types}}
  %0 = webnn.logical_not %a : (tensor<2x0xui8>) -> tensor<2x0xui8>
  return
}

// -----

func.func @logical_not_wrong_result_shape(%a: tensor<2x3xui8>) {
  // expected-error @+2 {{'webnn.logical_not' op inferred type(s) 'tensor<2x3xui8>' are incompatible with return type(s) of operation 'tensor<3x2xui8>'}}
  // expected-error @+1 {{'webnn.logical_not' op failed to infer returned types}}
  %0 = webnn.logical_not %a : (tensor<2x3xui8>) -> tensor<3x2xui8>
  return
}

// -----

func.func @is_nan_int32(%a: tensor<2xi32>) {
  // expected-error @+2 {{isNaN: a data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.is_nan' op failed to infer returned types}}
  %0 = webnn.is_nan %a : (tensor<2xi32>) -> tensor<2xui8>
  return
}

// -----

func.func @is_infinite_uint8(%a: tensor<2xui8>) {
  // expected-error @+2 {{isInfinite: a data type (uint8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.is_infinite' op failed to infer returned types}}
  %0 = webnn.is_infinite %a : (tensor<2xui8>) -> tensor<2xui8>
  return
}

// -----

func.func @is_nan_wrong_result_data_type(%a: tensor<2xf32>) {
  // expected-error @+2 {{'webnn.is_nan' op inferred type(s) 'tensor<2xui8>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{'webnn.is_nan' op failed to infer returned types}}
  %0 = webnn.is_nan %a : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @is_infinite_encoding(%a: tensor<2xf32, "enc">) {
  // expected-error @+2 {{isInfinite: a must be a tensor without an encoding, got tensor<2xf32, "enc">}}
  // expected-error @+1 {{'webnn.is_infinite' op failed to infer returned types}}
  %0 = webnn.is_infinite %a : (tensor<2xf32, "enc">) -> tensor<2xui8>
  return
}

// -----

func.func @is_nan_generic_uint8(%a: tensor<2xui8>) {
  // expected-error @+2 {{isNaN: a data type (uint8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.is_nan' op failed to infer returned types}}
  %0 = "webnn.is_nan"(%a) : (tensor<2xui8>) -> tensor<2xui8>
  return
}

// -----

func.func @where_condition_int8(%c: tensor<3xi8>, %t: tensor<2x3xf32>, %f: tensor<3xf32>) {
  // expected-error @+2 {{where: condition data type (int8) must be uint8}}
  // expected-error @+1 {{'webnn.where' op failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<3xi8>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @where_condition_float32(%c: tensor<2x3xf32>, %t: tensor<2x3xf32>, %f: tensor<2x3xf32>) {
  // expected-error @+2 {{where: condition data type (float32) must be uint8}}
  // expected-error @+1 {{'webnn.where' op failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

// i1 is not a WebNN data type: the ODS constraint rejects it.
func.func @where_condition_i1(%c: tensor<2x3xi1>, %t: tensor<2x3xf32>, %f: tensor<2x3xf32>) {
  // expected-error-re @+1 {{'webnn.where' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2x3xi1>'}}
  %0 = webnn.where %c, %t, %f : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @where_values_data_type_mismatch(%c: tensor<2xui8>, %t: tensor<2xf32>, %f: tensor<2xf16>) {
  // expected-error @+2 {{where: falseValue data type (float16) must match trueValue data type (float32)}}
  // expected-error @+1 {{'webnn.where' op failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<2xui8>, tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @where_values_not_broadcastable(%c: tensor<2x3xui8>, %t: tensor<2x3xf32>, %f: tensor<2xf32>) {
  // expected-error @+2 {{where: trueValue shape [2, 3] and falseValue shape [2] are not broadcastable}}
  // expected-error @+1 {{'webnn.where' op failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<2x3xui8>, tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @where_condition_not_broadcastable(%c: tensor<4xui8>, %t: tensor<2x3xf32>, %f: tensor<3xf32>) {
  // expected-error @+2 {{where: condition shape [4] and the values' broadcast shape [2, 3] are not broadcastable}}
  // expected-error @+1 {{'webnn.where' op failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<4xui8>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return
}

// -----

// The values broadcast to [2, 3] and only then meet the condition.
func.func @where_condition_not_broadcastable_with_values(%c: tensor<2xui8>, %t: tensor<2x1xf32>, %f: tensor<3xf32>) {
  // expected-error @+2 {{where: condition shape [2] and the values' broadcast shape [2, 3] are not broadcastable}}
  // expected-error @+1 {{'webnn.where' op failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<2xui8>, tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @where_true_value_zero_dimension(%c: tensor<2x3xui8>, %t: tensor<2x0xf32>, %f: tensor<2x3xf32>) {
  // expected-error @+2 {{where: trueValue dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.where' op failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<2x3xui8>, tensor<2x0xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @where_condition_encoding(%c: tensor<2x3xui8, "enc">, %t: tensor<2x3xf32>, %f: tensor<2x3xf32>) {
  // expected-error @+2 {{where: condition must be a tensor without an encoding, got tensor<2x3xui8, "enc">}}
  // expected-error @+1 {{'webnn.where' op failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<2x3xui8, "enc">, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

// The result has the values' data type, not the condition's.
func.func @where_wrong_result_data_type(%c: tensor<2x3xui8>, %t: tensor<2x3xf32>, %f: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.where' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x3xui8>'}}
  // expected-error @+1 {{'webnn.where' op failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<2x3xui8>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xui8>
  return
}

// -----

// The condition's shape takes part in the result's.
func.func @where_wrong_result_shape(%c: tensor<4x1x1xui8>, %t: tensor<3x1xf32>, %f: tensor<2xf32>) {
  // expected-error @+2 {{'webnn.where' op inferred type(s) 'tensor<4x3x2xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.where' op failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<4x1x1xui8>, tensor<3x1xf32>, tensor<2xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @where_output_too_large(%c: tensor<65536x1xui8>, %t: tensor<1x65536xui8>, %f: tensor<ui8>) {
  // expected-error @+2 {{where: output shape [65536, 65536] of uint8 needs 4294967296 elements of 1 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.where' op failed to infer returned types}}
  %0 = webnn.where %c, %t, %f : (tensor<65536x1xui8>, tensor<1x65536xui8>, tensor<ui8>) -> tensor<65536x65536xui8>
  return
}

// -----

func.func @where_generic_missing_operand(%c: tensor<2xui8>, %t: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.where' op expected 3 operands, but found 2}}
  %0 = "webnn.where"(%c, %t) : (tensor<2xui8>, tensor<2xf32>) -> tensor<2xf32>
  return
}
