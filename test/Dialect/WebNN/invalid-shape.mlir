// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid concat, reshape, transpose, slice, expand, reverse, tile,
// triangular and pad ops: one case per rule of inferConcat, inferReshape,
// inferTranspose, inferSlice, inferExpand, inferReverse, inferTile,
// inferTriangular and inferPad (ShapeInference.cpp), plus stated result
// types that disagree with the inferred ones.

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

// -----

func.func @slice_starts_too_short(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: starts [0] must have 2 values, one per input dimension}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0>, sizes = array<i64: 2, 4>} : (tensor<3x5xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_sizes_too_long(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: sizes [2, 4, 1] must have 2 values, one per input dimension}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 2, 4, 1>} : (tensor<3x5xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_strides_too_short(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: strides [1] must have 2 values, one per input dimension}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 2, 4>, strides = array<i64: 1>} : (tensor<3x5xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_lists_of_scalar(%x: tensor<f32>) {
  // expected-error @+2 {{slice: starts [0] must have 0 values, one per input dimension}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0>, sizes = array<i64: 1>} : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @slice_size_zero(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: sizes [2, 0] must hold values of at least 1}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 2, 0>} : (tensor<3x5xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @slice_size_negative(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: sizes [-1, 4] must hold values of at least 1}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: -1, 4>} : (tensor<3x5xf32>) -> tensor<1x4xf32>
  return
}

// -----

func.func @slice_stride_zero(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: strides [0, 1] must hold values of at least 1}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 2, 4>, strides = array<i64: 0, 1>} : (tensor<3x5xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_stride_negative(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: strides [1, -2] must hold values of at least 1}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 2, 4>, strides = array<i64: 1, -2>} : (tensor<3x5xf32>) -> tensor<2x2xf32>
  return
}

// -----

// A start past the end, even with the smallest size.
func.func @slice_start_past_end(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: the window of 1 elements from 6 must lie inside dimension 1 (of size 5)}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 6>, sizes = array<i64: 2, 1>} : (tensor<3x5xf32>) -> tensor<2x1xf32>
  return
}

// -----

// A start at the end leaves no element for a size of at least 1.
func.func @slice_start_at_end(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: the window of 1 elements from 5 must lie inside dimension 1 (of size 5)}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 5>, sizes = array<i64: 2, 1>} : (tensor<3x5xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @slice_window_past_end(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: the window of 4 elements from 2 must lie inside dimension 1 (of size 5)}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 2>, sizes = array<i64: 2, 4>} : (tensor<3x5xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_start_negative(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: the window of 2 elements from -1 must lie inside dimension 0 (of size 3)}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: -1, 0>, sizes = array<i64: 2, 4>} : (tensor<3x5xf32>) -> tensor<2x4xf32>
  return
}

// -----

// The window is checked per dimension, before the strides round anything:
// with a stride of 3, [1, 4) would take only one element, but 4 is past 3.
func.func @slice_strided_window_past_end(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: the window of 3 elements from 1 must lie inside dimension 0 (of size 3)}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 1, 0>, sizes = array<i64: 3, 5>, strides = array<i64: 3, 1>} : (tensor<3x5xf32>) -> tensor<1x5xf32>
  return
}

// -----

// start + size would overflow int64: the check compares without adding.
// The end the message shows is not pinned (the true one is past int64).
func.func @slice_start_int64_max(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: the window of 2 elements from 9223372036854775807 must lie inside dimension 0 (of size 3)}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 9223372036854775807, 0>, sizes = array<i64: 2, 4>} : (tensor<3x5xf32>) -> tensor<1x4xf32>
  return
}

// -----

func.func @slice_size_int64_max(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: the window of 9223372036854775807 elements from 1 must lie inside dimension 0 (of size 3)}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 1, 0>, sizes = array<i64: 9223372036854775807, 4>} : (tensor<3x5xf32>) -> tensor<2x4xf32>
  return
}

// -----

// A start of -2^63 with a size of 2^63 - 1 ends at -1: still outside.
func.func @slice_start_int64_min(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: the window of 9223372036854775807 elements from -9223372036854775808 must lie inside dimension 0 (of size 3)}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: -9223372036854775808, 0>, sizes = array<i64: 9223372036854775807, 4>} : (tensor<3x5xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_input_encoding(%x: tensor<3x5xf32, "enc">) {
  // expected-error @+2 {{slice: input must be a tensor without an encoding, got tensor<3x5xf32, "enc">}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 2, 4>} : (tensor<3x5xf32, "enc">) -> tensor<2x4xf32>
  return
}

// -----

// ceil(3 / 2) x ceil(5 / 2), not floor.
func.func @slice_wrong_result_type(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{'webnn.slice' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<1x2xf32>'}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 3, 5>, strides = array<i64: 2, 2>} : (tensor<3x5xf32>) -> tensor<1x2xf32>
  return
}

// -----

func.func @slice_wrong_result_data_type(%x: tensor<3x5xi32>) {
  // expected-error @+2 {{'webnn.slice' op inferred type(s) 'tensor<2x4xi32>' are incompatible with return type(s) of operation 'tensor<2x4xui32>'}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = webnn.slice %x {starts = array<i64: 1, 1>, sizes = array<i64: 2, 4>} : (tensor<3x5xi32>) -> tensor<2x4xui32>
  return
}

// -----

func.func @slice_generic_sizes_too_short(%x: tensor<3x5xf32>) {
  // expected-error @+2 {{slice: sizes [2] must have 2 values, one per input dimension}}
  // expected-error @+1 {{'webnn.slice' op failed to infer returned types}}
  %0 = "webnn.slice"(%x) <{starts = array<i64: 0, 0>, sizes = array<i64: 2>}> : (tensor<3x5xf32>) -> tensor<2x5xf32>
  return
}

// -----

func.func @slice_missing_sizes(%x: tensor<3x5xf32>) {
  // expected-error @+1 {{'webnn.slice' op requires attribute 'sizes'}}
  %0 = webnn.slice %x {starts = array<i64: 0, 0>} : (tensor<3x5xf32>) -> tensor<3x5xf32>
  return
}

// -----

func.func @expand_not_broadcastable(%x: tensor<3x2xf32>) {
  // expected-error @+2 {{expand: input shape [3, 2] does not broadcast to newShape [3, 4]}}
  // expected-error @+1 {{'webnn.expand' op failed to infer returned types}}
  %0 = webnn.expand %x {new_shape = array<i64: 3, 4>} : (tensor<3x2xf32>) -> tensor<3x4xf32>
  return
}

// -----

// new_shape may add dimensions, never drop them, even ones of 1.
func.func @expand_fewer_dimensions(%x: tensor<2x3x1xf32>) {
  // expected-error @+2 {{expand: input shape [2, 3, 1] does not broadcast to newShape [3, 4]}}
  // expected-error @+1 {{'webnn.expand' op failed to infer returned types}}
  %0 = webnn.expand %x {new_shape = array<i64: 3, 4>} : (tensor<2x3x1xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @expand_drop_leading_one(%x: tensor<1x4xf32>) {
  // expected-error @+2 {{expand: input shape [1, 4] does not broadcast to newShape [4]}}
  // expected-error @+1 {{'webnn.expand' op failed to infer returned types}}
  %0 = webnn.expand %x {new_shape = array<i64: 4>} : (tensor<1x4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @expand_new_shape_zero(%x: tensor<3x1xf32>) {
  // expected-error @+2 {{expand: newShape [3, 0] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.expand' op failed to infer returned types}}
  %0 = webnn.expand %x {new_shape = array<i64: 3, 0>} : (tensor<3x1xf32>) -> tensor<3x0xf32>
  return
}

// -----

func.func @expand_new_shape_negative(%x: tensor<3x1xf32>) {
  // expected-error @+2 {{expand: newShape [-1, 3, 1] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.expand' op failed to infer returned types}}
  %0 = webnn.expand %x {new_shape = array<i64: -1, 3, 1>} : (tensor<3x1xf32>) -> tensor<3x1xf32>
  return
}

// -----

// uint8, so that the largest valid dimension is within maxTensorByteLength.
func.func @expand_new_shape_too_large(%x: tensor<1xui8>) {
  // expected-error @+2 {{expand: newShape [2147483648] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.expand' op failed to infer returned types}}
  %0 = webnn.expand %x {new_shape = array<i64: 2147483648>} : (tensor<1xui8>) -> tensor<2147483648xui8>
  return
}

// -----

// Each dimension valid, their product past int64.
func.func @expand_too_many_elements(%x: tensor<1xui8>) {
  // expected-error @+2 {{expand: output shape [2147483647, 2147483647, 2147483647] has more elements than int64 can count}}
  // expected-error @+1 {{'webnn.expand' op failed to infer returned types}}
  %0 = webnn.expand %x {new_shape = array<i64: 2147483647, 2147483647, 2147483647>} : (tensor<1xui8>) -> tensor<2147483647x2147483647x2147483647xui8>
  return
}

// -----

func.func @expand_input_zero_dimension(%x: tensor<0x1xf32>) {
  // expected-error @+2 {{expand: input dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.expand' op failed to infer returned types}}
  %0 = webnn.expand %x {new_shape = array<i64: 2, 1>} : (tensor<0x1xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @expand_wrong_result_type(%x: tensor<3x1xf32>) {
  // expected-error @+2 {{'webnn.expand' op inferred type(s) 'tensor<2x3x4xf32>' are incompatible with return type(s) of operation 'tensor<3x4xf32>'}}
  // expected-error @+1 {{'webnn.expand' op failed to infer returned types}}
  %0 = webnn.expand %x {new_shape = array<i64: 2, 3, 4>} : (tensor<3x1xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @expand_wrong_result_data_type(%x: tensor<1xi8>) {
  // expected-error @+2 {{'webnn.expand' op inferred type(s) 'tensor<4xi8>' are incompatible with return type(s) of operation 'tensor<4xui8>'}}
  // expected-error @+1 {{'webnn.expand' op failed to infer returned types}}
  %0 = webnn.expand %x {new_shape = array<i64: 4>} : (tensor<1xi8>) -> tensor<4xui8>
  return
}

// -----

func.func @expand_missing_new_shape(%x: tensor<3x1xf32>) {
  // expected-error @+1 {{'webnn.expand' op requires attribute 'new_shape'}}
  %0 = webnn.expand %x : (tensor<3x1xf32>) -> tensor<3x1xf32>
  return
}

// -----

func.func @reverse_axis_too_large(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reverse: axes [0, 2] must hold values in the range [0, 2)}}
  // expected-error @+1 {{'webnn.reverse' op failed to infer returned types}}
  %0 = webnn.reverse %x {axes = array<i64: 0, 2>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @reverse_axis_negative(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reverse: axes [-1] must hold values in the range [0, 2)}}
  // expected-error @+1 {{'webnn.reverse' op failed to infer returned types}}
  %0 = webnn.reverse %x {axes = array<i64: -1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @reverse_axis_of_scalar(%x: tensor<f32>) {
  // expected-error @+2 {{reverse: axes [0] must be empty for an input of rank 0}}
  // expected-error @+1 {{'webnn.reverse' op failed to infer returned types}}
  %0 = webnn.reverse %x {axes = array<i64: 0>} : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @reverse_axis_duplicate(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reverse: axes [1, 0, 1] holds 1 twice}}
  // expected-error @+1 {{'webnn.reverse' op failed to infer returned types}}
  %0 = webnn.reverse %x {axes = array<i64: 1, 0, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @reverse_input_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{reverse: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.reverse' op failed to infer returned types}}
  %0 = webnn.reverse %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

// reverse keeps the shape: it does not transpose.
func.func @reverse_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.reverse' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.reverse' op failed to infer returned types}}
  %0 = webnn.reverse %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @reverse_wrong_result_data_type(%x: tensor<2x3xf16>) {
  // expected-error @+2 {{'webnn.reverse' op inferred type(s) 'tensor<2x3xf16>' are incompatible with return type(s) of operation 'tensor<2x3xf32>'}}
  // expected-error @+1 {{'webnn.reverse' op failed to infer returned types}}
  %0 = webnn.reverse %x {axes = array<i64: 0>} : (tensor<2x3xf16>) -> tensor<2x3xf32>
  return
}

// -----

func.func @reverse_axes_wrong_kind(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{'webnn.reverse' op attribute 'axes' failed to satisfy constraint: i64 dense array attribute}}
  %0 = webnn.reverse %x {axes = [0]} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @tile_repetitions_too_short(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{tile: repetitions [2] must have 2 values, one per input dimension}}
  // expected-error @+1 {{'webnn.tile' op failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @tile_repetitions_of_scalar(%x: tensor<f32>) {
  // expected-error @+2 {{tile: repetitions [2] must have 0 values, one per input dimension}}
  // expected-error @+1 {{'webnn.tile' op failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: 2>} : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @tile_repetition_zero(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{tile: repetitions [2, 0] must hold values of at least 1}}
  // expected-error @+1 {{'webnn.tile' op failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: 2, 0>} : (tensor<2x3xf32>) -> tensor<4x0xf32>
  return
}

// -----

func.func @tile_repetition_negative(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{tile: repetitions [-1, 1] must hold values of at least 1}}
  // expected-error @+1 {{'webnn.tile' op failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: -1, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

// 2 * 1073741824 is one past the largest dimension.
func.func @tile_dimension_too_large(%x: tensor<2x3xui8>) {
  // expected-error @+2 {{tile: repetitions [1073741824, 1] make dimension 0 larger than 2147483647}}
  // expected-error @+1 {{'webnn.tile' op failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: 1073741824, 1>} : (tensor<2x3xui8>) -> tensor<2147483648x3xui8>
  return
}

// -----

// 3 * 2^62 overflows int64: refused, not wrapped.
func.func @tile_repetition_overflow(%x: tensor<2x3xui8>) {
  // expected-error @+2 {{tile: repetitions [1, 4611686018427387904] make dimension 1 larger than 2147483647}}
  // expected-error @+1 {{'webnn.tile' op failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: 1, 4611686018427387904>} : (tensor<2x3xui8>) -> tensor<2x3xui8>
  return
}

// -----

func.func @tile_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.tile' op inferred type(s) 'tensor<4x9xf32>' are incompatible with return type(s) of operation 'tensor<6x6xf32>'}}
  // expected-error @+1 {{'webnn.tile' op failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: 2, 3>} : (tensor<2x3xf32>) -> tensor<6x6xf32>
  return
}

// -----

func.func @tile_wrong_result_data_type(%x: tensor<2xi64>) {
  // expected-error @+2 {{'webnn.tile' op inferred type(s) 'tensor<4xi64>' are incompatible with return type(s) of operation 'tensor<4xi32>'}}
  // expected-error @+1 {{'webnn.tile' op failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: 2>} : (tensor<2xi64>) -> tensor<4xi32>
  return
}

// -----

func.func @tile_missing_repetitions(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{'webnn.tile' op requires attribute 'repetitions'}}
  %0 = webnn.tile %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @triangular_rank1(%x: tensor<3xf32>) {
  // expected-error @+2 {{triangular: input rank (1) must be at least 2}}
  // expected-error @+1 {{'webnn.triangular' op failed to infer returned types}}
  %0 = webnn.triangular %x : (tensor<3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @triangular_scalar(%x: tensor<f32>) {
  // expected-error @+2 {{triangular: input rank (0) must be at least 2}}
  // expected-error @+1 {{'webnn.triangular' op failed to infer returned types}}
  %0 = webnn.triangular %x {upper = false} : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @triangular_input_zero_dimension(%x: tensor<3x0xf32>) {
  // expected-error @+2 {{triangular: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.triangular' op failed to infer returned types}}
  %0 = webnn.triangular %x : (tensor<3x0xf32>) -> tensor<3x0xf32>
  return
}

// -----

func.func @triangular_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.triangular' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x3xf32>'}}
  // expected-error @+1 {{'webnn.triangular' op failed to infer returned types}}
  %0 = webnn.triangular %x {diagonal = 1 : i64} : (tensor<2x3xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @triangular_wrong_result_data_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.triangular' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf16>'}}
  // expected-error @+1 {{'webnn.triangular' op failed to infer returned types}}
  %0 = webnn.triangular %x : (tensor<2x3xf32>) -> tensor<2x3xf16>
  return
}

// -----

func.func @triangular_i32_diagonal(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{'webnn.triangular' op attribute 'diagonal' failed to satisfy constraint: 64-bit signless integer attribute}}
  %0 = webnn.triangular %x {diagonal = 1 : i32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @pad_beginning_too_short(%x: tensor<3x3xf32>) {
  // expected-error @+2 {{pad: beginningPadding [1] must have 2 values, one per input dimension}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 1>, ending_padding = array<i64: 0, 2>} : (tensor<3x3xf32>) -> tensor<4x5xf32>
  return
}

// -----

func.func @pad_ending_too_long(%x: tensor<3x3xf32>) {
  // expected-error @+2 {{pad: endingPadding [0, 2, 0] must have 2 values, one per input dimension}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 1, 1>, ending_padding = array<i64: 0, 2, 0>} : (tensor<3x3xf32>) -> tensor<4x6xf32>
  return
}

// -----

func.func @pad_lists_of_scalar(%x: tensor<f32>) {
  // expected-error @+2 {{pad: beginningPadding [1] must have 0 values, one per input dimension}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 1>, ending_padding = array<i64>} : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @pad_beginning_negative(%x: tensor<3x3xf32>) {
  // expected-error @+2 {{pad: beginningPadding [1, -1] must hold values in the range [0, 2147483647]}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 1, -1>, ending_padding = array<i64: 0, 2>} : (tensor<3x3xf32>) -> tensor<4x4xf32>
  return
}

// -----

func.func @pad_ending_negative(%x: tensor<3x3xf32>) {
  // expected-error @+2 {{pad: endingPadding [0, -2] must hold values in the range [0, 2147483647]}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 1, 1>, ending_padding = array<i64: 0, -2>, mode = #webnn.padding_mode<edge>} : (tensor<3x3xf32>) -> tensor<4x2xf32>
  return
}

// -----

// Reflection mirrors at the edge without repeating it: a padding equal to
// the dimension has nothing left to mirror.
func.func @pad_reflection_beginning_equal_to_dimension(%x: tensor<3x4xf32>) {
  // expected-error @+2 {{pad: beginningPadding [3, 1] must be smaller than each dimension for reflection (dimension 0 is 3)}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 3, 1>, ending_padding = array<i64: 0, 2>, mode = #webnn.padding_mode<reflection>} : (tensor<3x4xf32>) -> tensor<6x7xf32>
  return
}

// -----

func.func @pad_reflection_ending_larger_than_dimension(%x: tensor<3x4xf32>) {
  // expected-error @+2 {{pad: endingPadding [0, 5] must be smaller than each dimension for reflection (dimension 1 is 4)}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 2, 1>, ending_padding = array<i64: 0, 5>, mode = #webnn.padding_mode<reflection>} : (tensor<3x4xf32>) -> tensor<5x10xf32>
  return
}

// -----

// A dimension of 1 can only be reflection padded by 0.
func.func @pad_reflection_dimension_one(%x: tensor<1x4xf32>) {
  // expected-error @+2 {{pad: endingPadding [1, 0] must be smaller than each dimension for reflection (dimension 0 is 1)}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 0, 0>, ending_padding = array<i64: 1, 0>, mode = #webnn.padding_mode<reflection>} : (tensor<1x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @pad_padding_too_large(%x: tensor<1x1xui8>) {
  // expected-error @+2 {{pad: beginningPadding [0, 2147483648] must hold values in the range [0, 2147483647]}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 0, 2147483648>, ending_padding = array<i64: 0, 0>} : (tensor<1x1xui8>) -> tensor<1x2147483649xui8>
  return
}

// -----

// Each padding valid, dimension + beginning one past the largest dimension.
func.func @pad_dimension_too_large(%x: tensor<1x1xui8>) {
  // expected-error @+2 {{pad: the padded dimension 1 (2147483648) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 0, 2147483647>, ending_padding = array<i64: 0, 0>} : (tensor<1x1xui8>) -> tensor<1x2147483648xui8>
  return
}

// -----

// Both paddings at their largest: the sum is computed without overflow.
func.func @pad_both_sides_too_large(%x: tensor<1x1xui8>) {
  // expected-error @+2 {{pad: the padded dimension 1 (4294967295) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 0, 2147483647>, ending_padding = array<i64: 0, 2147483647>, mode = #webnn.padding_mode<edge>} : (tensor<1x1xui8>) -> tensor<1x1xui8>
  return
}

// -----

// Paddings of 2^63 - 1 would overflow when summed: refused first.
func.func @pad_padding_int64_max(%x: tensor<1x1xui8>) {
  // expected-error @+2 {{pad: endingPadding [9223372036854775807, 0] must hold values in the range [0, 2147483647]}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 0, 0>, ending_padding = array<i64: 9223372036854775807, 0>} : (tensor<1x1xui8>) -> tensor<1x1xui8>
  return
}

// -----

func.func @pad_input_encoding(%x: tensor<3xf32, "enc">) {
  // expected-error @+2 {{pad: input must be a tensor without an encoding, got tensor<3xf32, "enc">}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 1>, ending_padding = array<i64: 1>} : (tensor<3xf32, "enc">) -> tensor<5xf32>
  return
}

// -----

func.func @pad_wrong_result_type(%x: tensor<3x3xf32>) {
  // expected-error @+2 {{'webnn.pad' op inferred type(s) 'tensor<4x6xf32>' are incompatible with return type(s) of operation 'tensor<4x5xf32>'}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 1, 1>, ending_padding = array<i64: 0, 2>} : (tensor<3x3xf32>) -> tensor<4x5xf32>
  return
}

// -----

func.func @pad_wrong_result_data_type(%x: tensor<3xui8>) {
  // expected-error @+2 {{'webnn.pad' op inferred type(s) 'tensor<5xui8>' are incompatible with return type(s) of operation 'tensor<5xi8>'}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 1>, ending_padding = array<i64: 1>, value = -1.0} : (tensor<3xui8>) -> tensor<5xi8>
  return
}

// -----

func.func @pad_unknown_mode(%x: tensor<3xf32>) {
  // expected-error @+2 {{expected ::mlir::webnn::PaddingMode to be one of: constant, edge, reflection}}
  // expected-error @+1 {{failed to parse WebNN_PaddingModeAttr parameter 'value' which is to be a `::mlir::webnn::PaddingMode`}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 1>, ending_padding = array<i64: 1>, mode = #webnn.padding_mode<symmetric>} : (tensor<3xf32>) -> tensor<5xf32>
  return
}

// -----

func.func @pad_f32_value(%x: tensor<3xf32>) {
  // expected-error @+1 {{'webnn.pad' op attribute 'value' failed to satisfy constraint: 64-bit float attribute}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 1>, ending_padding = array<i64: 1>, value = 1.0 : f32} : (tensor<3xf32>) -> tensor<5xf32>
  return
}

// -----

func.func @pad_missing_ending_padding(%x: tensor<3xf32>) {
  // expected-error @+1 {{'webnn.pad' op requires attribute 'ending_padding'}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 1>} : (tensor<3xf32>) -> tensor<4xf32>
  return
}

// -----

// expand broadcasts one way: a dimension of the input other than 1 must
// equal the new shape's.
func.func @expand_shrinks_dimension(%x: tensor<3x1xf32>) {
  // expected-error @+2 {{expand: input shape [3, 1] does not broadcast to newShape [1, 4]}}
  // expected-error @+1 {{'webnn.expand' op failed to infer returned types}}
  %0 = webnn.expand %x {new_shape = array<i64: 1, 4>} : (tensor<3x1xf32>) -> tensor<3x4xf32>
  return
}
