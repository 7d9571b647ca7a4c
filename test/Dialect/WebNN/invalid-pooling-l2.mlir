// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid l2_pool2d ops: one case per rule of inferPool2d
// (ShapeInference.cpp), plus stated result types that disagree with the
// inferred ones.

func.func @l2_pool2d_int32(%x: tensor<1x2x8x8xi32>) {
  // expected-error @+2 {{l2Pool2d: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x : (tensor<1x2x8x8xi32>) -> tensor<1x2x1x1xi32>
  return
}

// -----

func.func @l2_pool2d_uint8(%x: tensor<1x2x8x8xui8>) {
  // expected-error @+2 {{l2Pool2d: input data type (uint8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x : (tensor<1x2x8x8xui8>) -> tensor<1x2x1x1xui8>
  return
}

// -----

func.func @l2_pool2d_zero_dimension(%x: tensor<1x0x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x : (tensor<1x0x8x8xf32>) -> tensor<1x0x1x1xf32>
  return
}

// -----

func.func @l2_pool2d_rank_3(%x: tensor<2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: input rank (3) must be 4}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x : (tensor<2x8x8xf32>) -> tensor<2x1x1xf32>
  return
}

// -----

func.func @l2_pool2d_rank_5(%x: tensor<1x1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: input rank (5) must be 4}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {window_dimensions = array<i64: 2, 2>} : (tensor<1x1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_window_dimensions_3_values(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: windowDimensions must have 2 values, got 3 ([2, 2, 2])}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {window_dimensions = array<i64: 2, 2, 2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_window_dimensions_zero(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: windowDimensions [0, 2] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {window_dimensions = array<i64: 0, 2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_window_dimensions_negative(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: windowDimensions [2, -2] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {window_dimensions = array<i64: 2, -2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_padding_2_values(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: padding must have 4 values, got 2 ([1, 1])}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {padding = array<i64: 1, 1>, window_dimensions = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_padding_negative(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: padding [0, 0, 0, -1] must hold values in the range [0, 2147483647]}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {padding = array<i64: 0, 0, 0, -1>, window_dimensions = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_strides_3_values(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: strides must have 2 values, got 3 ([2, 2, 2])}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {strides = array<i64: 2, 2, 2>, window_dimensions = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_strides_zero(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: strides [0, 0] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {strides = array<i64: 0, 0>, window_dimensions = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_dilations_1_value(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: dilations must have 2 values, got 1 ([1])}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {dilations = array<i64: 1>, window_dimensions = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_dilations_zero(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: dilations [1, 0] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {dilations = array<i64: 1, 0>, window_dimensions = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_output_sizes_1_value(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: outputSizes must have 2 values, got 1 ([4])}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {output_sizes = array<i64: 4>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_output_sizes_zero(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: outputSizes [0, 4] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {output_sizes = array<i64: 0, 4>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_output_sizes_not_floor_or_ceil(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: outputSizes [5, 5] must be the rounded-down output size [3, 3] or the rounded-up output size [4, 4]}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {output_sizes = array<i64: 5, 5>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x5x5xf32>
  return
}

// -----

func.func @l2_pool2d_output_sizes_mixed_floor_and_ceil(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: outputSizes [3, 4] must be the rounded-down output size [3, 3] or the rounded-up output size [4, 4]}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {output_sizes = array<i64: 3, 4>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x3x4xf32>
  return
}

// -----

func.func @l2_pool2d_window_taller_than_input(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: the dilated window height (9) is larger than the padded input height (8)}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {window_dimensions = array<i64: 9, 2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_window_wider_than_padded_input(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: the dilated window width (11) is larger than the padded input width (10)}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {padding = array<i64: 0, 0, 1, 1>, window_dimensions = array<i64: 1, 11>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_dilated_window_taller_than_input(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{l2Pool2d: the dilated window height (13) is larger than the padded input height (8)}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {dilations = array<i64: 4, 1>, window_dimensions = array<i64: 4, 2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_window_larger_than_input_nhwc(%x: tensor<1x8x2x3xf32>) {
  // expected-error @+2 {{l2Pool2d: the dilated window width (3) is larger than the padded input width (2)}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {layout = #webnn.layout<nhwc>, window_dimensions = array<i64: 3, 3>} : (tensor<1x8x2x3xf32>) -> tensor<1x1x1x3xf32>
  return
}

// -----

func.func @l2_pool2d_output_height_too_large(%x: tensor<1x1x1x1xf32>) {
  // expected-error @+2 {{l2Pool2d: output height (4294967295) is not a valid dimension}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {padding = array<i64: 2147483647, 2147483647, 0, 0>, window_dimensions = array<i64: 1, 1>} : (tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
  return
}

// -----

func.func @l2_pool2d_output_width_too_large(%x: tensor<1x1x1x1xf32>) {
  // expected-error @+2 {{l2Pool2d: output width (2147483648) is not a valid dimension}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {padding = array<i64: 0, 0, 0, 2147483647>, window_dimensions = array<i64: 1, 1>} : (tensor<1x1x1x1xf32>) -> tensor<1x1x1x2147483647xf32>
  return
}

// -----

func.func @l2_pool2d_encoding(%x: tensor<1x2x8x8xf32, "enc">) {
  // expected-error @+2 {{l2Pool2d: input must be a tensor without an encoding, got tensor<1x2x8x8xf32, "enc">}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x : (tensor<1x2x8x8xf32, "enc">) -> tensor<1x2x1x1xf32>
  return
}

// -----

func.func @l2_pool2d_global_wrong_result_type(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{'webnn.l2_pool2d' op inferred type(s) 'tensor<1x2x1x1xf32>' are incompatible with return type(s) of operation 'tensor<1x2x8x8xf32>'}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x : (tensor<1x2x8x8xf32>) -> tensor<1x2x8x8xf32>
  return
}

// -----

func.func @l2_pool2d_wrong_result_type_floor(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{'webnn.l2_pool2d' op inferred type(s) 'tensor<1x2x3x3xf32>' are incompatible with return type(s) of operation 'tensor<1x2x4x4xf32>'}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_wrong_result_type_ceil(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+2 {{'webnn.l2_pool2d' op inferred type(s) 'tensor<1x2x4x4xf32>' are incompatible with return type(s) of operation 'tensor<1x2x3x3xf32>'}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {output_shape_rounding = #webnn.rounding<ceil>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x3x3xf32>
  return
}

// -----

func.func @l2_pool2d_wrong_result_type_nhwc(%x: tensor<1x8x8x2xf32>) {
  // expected-error @+2 {{'webnn.l2_pool2d' op inferred type(s) 'tensor<1x4x4x2xf32>' are incompatible with return type(s) of operation 'tensor<1x2x4x4xf32>'}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x {layout = #webnn.layout<nhwc>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 2, 2>} : (tensor<1x8x8x2xf32>) -> tensor<1x2x4x4xf32>
  return
}

// -----

func.func @l2_pool2d_wrong_result_data_type(%x: tensor<1x2x8x8xf16>) {
  // expected-error @+2 {{'webnn.l2_pool2d' op inferred type(s) 'tensor<1x2x1x1xf16>' are incompatible with return type(s) of operation 'tensor<1x2x1x1xf32>'}}
  // expected-error @+1 {{'webnn.l2_pool2d' op failed to infer returned types}}
  %0 = webnn.l2_pool2d %x : (tensor<1x2x8x8xf16>) -> tensor<1x2x1x1xf32>
  return
}

// -----

func.func @l2_pool2d_bf16(%x: tensor<1x2x8x8xbf16>) {
  // expected-error-re @+1 {{'webnn.l2_pool2d' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<1x2x8x8xbf16>'}}
  %0 = webnn.l2_pool2d %x : (tensor<1x2x8x8xbf16>) -> tensor<1x2x1x1xbf16>
  return
}

// -----

func.func @l2_pool2d_rounding_wrong_enum(%x: tensor<1x2x8x8xf32>) {
  // expected-error @+1 {{'webnn.l2_pool2d' op attribute 'output_shape_rounding' failed to satisfy constraint: MLRoundingType}}
  %0 = webnn.l2_pool2d %x {output_shape_rounding = #webnn.layout<nchw>, window_dimensions = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return
}
