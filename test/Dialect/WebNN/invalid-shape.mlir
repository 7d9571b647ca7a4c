// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid concat, reshape and transpose ops: one case per rule of
// inferConcat, inferReshape and inferTranspose (ShapeInference.cpp), plus
// stated result types that disagree with the inferred ones.

func.func @concat_no_inputs() {
  // expected-error @+2 {{concat: needs at least one input}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat {axis = 0 : i32} : () -> tensor<2xf32>
  return
}

// -----

func.func @concat_generic_no_inputs() {
  // expected-error @+2 {{concat: needs at least one input}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = "webnn.concat"() {axis = 0 : i32} : () -> tensor<2xf32>
  return
}

// -----

func.func @concat_input0_zero_dimension(%a: tensor<0x2xf32>, %b: tensor<1x2xf32>) {
  // expected-error @+2 {{concat: input 0 dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 0 : i32} : (tensor<0x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
  return
}

// -----

func.func @concat_input0_scalar(%a: tensor<f32>, %b: tensor<f32>) {
  // expected-error @+2 {{concat: input 0 rank (0) must be at least 1}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 0 : i32} : (tensor<f32>, tensor<f32>) -> tensor<2xf32>
  return
}

// -----

func.func @concat_axis_too_large(%a: tensor<1x2xf32>, %b: tensor<1x2xf32>) {
  // expected-error @+2 {{concat: axis (2) must be in the range [0, 2)}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 2 : i32} : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x4xf32>
  return
}

// -----

func.func @concat_axis_negative(%a: tensor<1x2xf32>, %b: tensor<1x2xf32>) {
  // expected-error @+2 {{concat: axis (-1) must be in the range [0, 2)}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = -1 : i32} : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x4xf32>
  return
}

// -----

func.func @concat_single_input_axis_out_of_range(%a: tensor<3xf32>) {
  // expected-error @+2 {{concat: axis (1) must be in the range [0, 1)}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a {axis = 1 : i32} : (tensor<3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @concat_input1_zero_dimension(%a: tensor<1x2xf32>, %b: tensor<1x0xf32>) {
  // expected-error @+2 {{concat: input 1 dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 1 : i32} : (tensor<1x2xf32>, tensor<1x0xf32>) -> tensor<1x2xf32>
  return
}

// -----

func.func @concat_input1_data_type_mismatch(%a: tensor<1x2xf32>, %b: tensor<1x2xf16>) {
  // expected-error @+2 {{concat: input 1 data type (float16) must match input 0 data type (float32)}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 1 : i32} : (tensor<1x2xf32>, tensor<1x2xf16>) -> tensor<1x4xf32>
  return
}

// -----

func.func @concat_input2_data_type_mismatch(%a: tensor<2xi32>, %b: tensor<2xi32>, %c: tensor<2xi64>) {
  // expected-error @+2 {{concat: input 2 data type (int64) must match input 0 data type (int32)}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b, %c {axis = 0 : i32} : (tensor<2xi32>, tensor<2xi32>, tensor<2xi64>) -> tensor<6xi32>
  return
}

// -----

func.func @concat_input1_rank_mismatch(%a: tensor<1x2xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{concat: input 1 rank (1) must equal input 0 rank (2)}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 1 : i32} : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x4xf32>
  return
}

// -----

func.func @concat_input1_dimension_mismatch(%a: tensor<1x2x3xf32>, %b: tensor<1x5x4xf32>) {
  // expected-error @+2 {{concat: input 1 dimension 2 (4) must equal input 0 dimension 2 (3)}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 1 : i32} : (tensor<1x2x3xf32>, tensor<1x5x4xf32>) -> tensor<1x7x3xf32>
  return
}

// -----

func.func @concat_input2_dimension_mismatch(%a: tensor<2x3xf32>, %b: tensor<1x3xf32>, %c: tensor<1x4xf32>) {
  // expected-error @+2 {{concat: input 2 dimension 1 (4) must equal input 0 dimension 1 (3)}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b, %c {axis = 0 : i32} : (tensor<2x3xf32>, tensor<1x3xf32>, tensor<1x4xf32>) -> tensor<4x3xf32>
  return
}

// -----

// uint8, so that the largest valid dimension is within maxTensorByteLength.
func.func @concat_dimension_too_large(%a: tensor<2147483647xui8>, %b: tensor<1xui8>) {
  // expected-error @+2 {{concat: the concatenated dimension (2147483648) is larger than 2147483647}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 0 : i32} : (tensor<2147483647xui8>, tensor<1xui8>) -> tensor<2147483648xui8>
  return
}

// -----

func.func @concat_input1_too_many_elements(%a: tensor<1x1x1xf32>, %b: tensor<2147483647x2147483647x2147483647xf32>) {
  // expected-error @+2 {{concat: input 1 shape [2147483647, 2147483647, 2147483647] has more elements than int64 can count}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 0 : i32} : (tensor<1x1x1xf32>, tensor<2147483647x2147483647x2147483647xf32>) -> tensor<1x1x1xf32>
  return
}

// -----

func.func @concat_input0_encoding(%a: tensor<2xf32, "enc">, %b: tensor<2xf32>) {
  // expected-error @+2 {{concat: input 0 must be a tensor without an encoding, got tensor<2xf32, "enc">}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 0 : i32} : (tensor<2xf32, "enc">, tensor<2xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @concat_wrong_result_type(%a: tensor<1x2xf32>, %b: tensor<1x3xf32>) {
  // expected-error @+2 {{'webnn.concat' op inferred type(s) 'tensor<1x5xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf32>'}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 1 : i32} : (tensor<1x2xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @concat_wrong_result_data_type(%a: tensor<2xui8>, %b: tensor<3xui8>) {
  // expected-error @+2 {{'webnn.concat' op inferred type(s) 'tensor<5xui8>' are incompatible with return type(s) of operation 'tensor<5xi8>'}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 0 : i32} : (tensor<2xui8>, tensor<3xui8>) -> tensor<5xi8>
  return
}

// -----

func.func @concat_dynamic_input(%a: tensor<2xf32>, %b: tensor<?xf32>) {
  // expected-error-re @+1 {{'webnn.concat' op operand #1 must be variadic of statically shaped tensor of {{.*}} values, but got 'tensor<?xf32>'}}
  %0 = webnn.concat %a, %b {axis = 0 : i32} : (tensor<2xf32>, tensor<?xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @concat_i64_axis(%a: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.concat' op attribute 'axis' failed to satisfy constraint: 32-bit signless integer attribute}}
  %0 = webnn.concat %a {axis = 0 : i64} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @concat_missing_axis(%a: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.concat' op requires attribute 'axis'}}
  %0 = webnn.concat %a : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @reshape_input_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{reshape: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.reshape' op failed to infer returned types}}
  %0 = webnn.reshape %x {new_shape = array<i64: 2>} : (tensor<2x0xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @reshape_new_shape_zero(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reshape: newShape [0, 6] dimension 0 (0) is not a valid dimension}}
  // expected-error @+1 {{'webnn.reshape' op failed to infer returned types}}
  %0 = webnn.reshape %x {new_shape = array<i64: 0, 6>} : (tensor<2x3xf32>) -> tensor<0x6xf32>
  return
}

// -----

func.func @reshape_new_shape_minus_one(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reshape: newShape [2, -1] dimension 1 (-1) is not a valid dimension}}
  // expected-error @+1 {{'webnn.reshape' op failed to infer returned types}}
  %0 = webnn.reshape %x {new_shape = array<i64: 2, -1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @reshape_new_shape_too_large(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reshape: newShape [2147483648] dimension 0 (2147483648) is not a valid dimension}}
  // expected-error @+1 {{'webnn.reshape' op failed to infer returned types}}
  %0 = webnn.reshape %x {new_shape = array<i64: 2147483648>} : (tensor<2x3xf32>) -> tensor<6xf32>
  return
}

// -----

func.func @reshape_element_count_mismatch(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reshape: newShape [4, 2] has 8 elements but the input [2, 3] has 6}}
  // expected-error @+1 {{'webnn.reshape' op failed to infer returned types}}
  %0 = webnn.reshape %x {new_shape = array<i64: 4, 2>} : (tensor<2x3xf32>) -> tensor<4x2xf32>
  return
}

// -----

func.func @reshape_scalar_of_two_elements(%x: tensor<2xf32>) {
  // expected-error @+2 {{reshape: newShape [] has 1 elements but the input [2] has 2}}
  // expected-error @+1 {{'webnn.reshape' op failed to infer returned types}}
  %0 = webnn.reshape %x {new_shape = array<i64>} : (tensor<2xf32>) -> tensor<f32>
  return
}

// -----

func.func @reshape_element_count_overflow(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reshape: newShape [2147483647, 2147483647, 2147483647] has too many elements but the input [2, 3] has 6}}
  // expected-error @+1 {{'webnn.reshape' op failed to infer returned types}}
  %0 = webnn.reshape %x {new_shape = array<i64: 2147483647, 2147483647, 2147483647>} : (tensor<2x3xf32>) -> tensor<6xf32>
  return
}

// -----

func.func @reshape_input_encoding(%x: tensor<2x3xf32, "enc">) {
  // expected-error @+2 {{reshape: input must be a tensor without an encoding, got tensor<2x3xf32, "enc">}}
  // expected-error @+1 {{'webnn.reshape' op failed to infer returned types}}
  %0 = webnn.reshape %x {new_shape = array<i64: 6>} : (tensor<2x3xf32, "enc">) -> tensor<6xf32>
  return
}

// -----

func.func @reshape_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.reshape' op inferred type(s) 'tensor<3x2xf32>' are incompatible with return type(s) of operation 'tensor<6xf32>'}}
  // expected-error @+1 {{'webnn.reshape' op failed to infer returned types}}
  %0 = webnn.reshape %x {new_shape = array<i64: 3, 2>} : (tensor<2x3xf32>) -> tensor<6xf32>
  return
}

// -----

func.func @reshape_wrong_result_data_type(%x: tensor<2x3xi64>) {
  // expected-error @+2 {{'webnn.reshape' op inferred type(s) 'tensor<6xi64>' are incompatible with return type(s) of operation 'tensor<6xui64>'}}
  // expected-error @+1 {{'webnn.reshape' op failed to infer returned types}}
  %0 = webnn.reshape %x {new_shape = array<i64: 6>} : (tensor<2x3xi64>) -> tensor<6xui64>
  return
}

// -----

func.func @reshape_missing_new_shape(%x: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.reshape' op requires attribute 'new_shape'}}
  %0 = webnn.reshape %x : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @reshape_unranked_input(%x: tensor<*xf32>) {
  // expected-error-re @+1 {{'webnn.reshape' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<*xf32>'}}
  %0 = webnn.reshape %x {new_shape = array<i64: 2>} : (tensor<*xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @transpose_input_zero_dimension(%x: tensor<0x3xf32>) {
  // expected-error @+2 {{transpose: input dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.transpose' op failed to infer returned types}}
  %0 = webnn.transpose %x : (tensor<0x3xf32>) -> tensor<3x0xf32>
  return
}

// -----

func.func @transpose_permutation_too_short(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{transpose: permutation [1, 0] must have 3 values, one per input dimension}}
  // expected-error @+1 {{'webnn.transpose' op failed to infer returned types}}
  %0 = webnn.transpose %x {permutation = array<i64: 1, 0>} : (tensor<2x3x4xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @transpose_permutation_too_long(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{transpose: permutation [1, 0, 2] must have 2 values, one per input dimension}}
  // expected-error @+1 {{'webnn.transpose' op failed to infer returned types}}
  %0 = webnn.transpose %x {permutation = array<i64: 1, 0, 2>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @transpose_permutation_of_scalar(%x: tensor<f32>) {
  // expected-error @+2 {{transpose: permutation [0] must have 0 values, one per input dimension}}
  // expected-error @+1 {{'webnn.transpose' op failed to infer returned types}}
  %0 = webnn.transpose %x {permutation = array<i64: 0>} : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @transpose_permutation_out_of_range(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{transpose: permutation [0, 3, 1] value 3 is not in the range [0, 3)}}
  // expected-error @+1 {{'webnn.transpose' op failed to infer returned types}}
  %0 = webnn.transpose %x {permutation = array<i64: 0, 3, 1>} : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>
  return
}

// -----

func.func @transpose_permutation_negative(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{transpose: permutation [-1, 0] value -1 is not in the range [0, 2)}}
  // expected-error @+1 {{'webnn.transpose' op failed to infer returned types}}
  %0 = webnn.transpose %x {permutation = array<i64: -1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @transpose_permutation_duplicate(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{transpose: permutation [0, 2, 0] holds the value 0 twice}}
  // expected-error @+1 {{'webnn.transpose' op failed to infer returned types}}
  %0 = webnn.transpose %x {permutation = array<i64: 0, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<2x4x2xf32>
  return
}

// -----

func.func @transpose_default_permutation_wrong_result(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{'webnn.transpose' op inferred type(s) 'tensor<4x3x2xf32>' are incompatible with return type(s) of operation 'tensor<2x3x4xf32>'}}
  // expected-error @+1 {{'webnn.transpose' op failed to infer returned types}}
  %0 = webnn.transpose %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @transpose_input_encoding(%x: tensor<2x3xf32, "enc">) {
  // expected-error @+2 {{transpose: input must be a tensor without an encoding, got tensor<2x3xf32, "enc">}}
  // expected-error @+1 {{'webnn.transpose' op failed to infer returned types}}
  %0 = webnn.transpose %x : (tensor<2x3xf32, "enc">) -> tensor<3x2xf32, "enc">
  return
}

// -----

func.func @transpose_wrong_result_type(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{'webnn.transpose' op inferred type(s) 'tensor<2x4x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2x4xf32>'}}
  // expected-error @+1 {{'webnn.transpose' op failed to infer returned types}}
  %0 = webnn.transpose %x {permutation = array<i64: 0, 2, 1>} : (tensor<2x3x4xf32>) -> tensor<3x2x4xf32>
  return
}

// -----

func.func @transpose_wrong_result_data_type(%x: tensor<2x3xf16>) {
  // expected-error @+2 {{'webnn.transpose' op inferred type(s) 'tensor<3x2xf16>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.transpose' op failed to infer returned types}}
  %0 = webnn.transpose %x {permutation = array<i64: 1, 0>} : (tensor<2x3xf16>) -> tensor<3x2xf32>
  return
}

// -----

func.func @transpose_permutation_wrong_kind(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{'webnn.transpose' op attribute 'permutation' failed to satisfy constraint: i64 dense array attribute}}
  %0 = webnn.transpose %x {permutation = [1, 0]} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}
