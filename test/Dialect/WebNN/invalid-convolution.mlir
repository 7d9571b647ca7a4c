// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid conv2d and conv_transpose2d ops: one case per rule of inferConv2d
// and inferConvTranspose2d (ShapeInference.cpp), plus stated result types
// that disagree with the inferred ones.

func.func @conv2d_input_int32(%x: tensor<1x3x8x8xi32>, %w: tensor<4x3x3x3xi32>) {
  // expected-error @+2 {{conv2d: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x8x8xi32>, tensor<4x3x3x3xi32>) -> tensor<1x4x6x6xi32>
  return
}

// -----

func.func @conv2d_input_zero_dimension(%x: tensor<0x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: input dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<0x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<0x4x6x6xf32>
  return
}

// -----

func.func @conv2d_input_rank_3(%x: tensor<3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: input rank (3) must be 4}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<4x6x6xf32>
  return
}

// -----

func.func @conv2d_input_rank_5(%x: tensor<1x1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: input rank (5) must be 4}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_filter_uint8(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xui8>) {
  // expected-error @+2 {{conv2d: filter data type (uint8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xui8>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_filter_zero_dimension(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x0x3xf32>) {
  // expected-error @+2 {{conv2d: filter dimension 2 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x0x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_filter_rank_2(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3xf32>) {
  // expected-error @+2 {{conv2d: filter rank (2) must be 4}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_filter_data_type_mismatch(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf16>) {
  // expected-error @+2 {{conv2d: filter data type (float16) must match input data type (float32)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf16>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_padding_3_values(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: padding must have 4 values, got 3 ([1, 1, 1])}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {padding = array<i64: 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_padding_empty(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: padding must have 4 values, got 0 ([])}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {padding = array<i64>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_padding_negative(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: padding [0, -1, 0, 0] must hold values in the range [0, 2147483647]}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {padding = array<i64: 0, -1, 0, 0>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_padding_too_large(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: padding [0, 0, 2147483648, 0] must hold values in the range [0, 2147483647]}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {padding = array<i64: 0, 0, 2147483648, 0>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_strides_1_value(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: strides must have 2 values, got 1 ([2])}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {strides = array<i64: 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_strides_zero(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: strides [1, 0] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {strides = array<i64: 1, 0>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_strides_negative(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: strides [-2, 2] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {strides = array<i64: -2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_dilations_3_values(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: dilations must have 2 values, got 3 ([1, 1, 1])}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {dilations = array<i64: 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_dilations_zero(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: dilations [0, 1] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {dilations = array<i64: 0, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_groups_zero(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: groups (0) must be positive}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {groups = 0 : i32} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_groups_negative(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: groups (-3) must be positive}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {groups = -3 : i32} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_input_channels_not_divisible_by_groups(%x: tensor<1x3x8x8xf32>, %w: tensor<4x1x3x3xf32>) {
  // expected-error @+2 {{conv2d: input channels (3) must be divisible by groups (2)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {groups = 2 : i32} : (tensor<1x3x8x8xf32>, tensor<4x1x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_input_channels_mismatch(%x: tensor<1x3x8x8xf32>, %w: tensor<4x4x3x3xf32>) {
  // expected-error @+2 {{conv2d: input channels (3) must equal filter input channels (4) * groups (1)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_input_channels_mismatch_grouped(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x3x3xf32>) {
  // expected-error @+2 {{conv2d: input channels (4) must equal filter input channels (4) * groups (2)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {groups = 2 : i32} : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_input_channels_mismatch_depthwise(%x: tensor<1x8x8x8xf32>, %w: tensor<8x2x3x3xf32>) {
  // expected-error @+2 {{conv2d: input channels (8) must equal filter input channels (2) * groups (8)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {groups = 8 : i32} : (tensor<1x8x8x8xf32>, tensor<8x2x3x3xf32>) -> tensor<1x8x6x6xf32>
  return
}

// -----

func.func @conv2d_input_channels_mismatch_nhwc(%x: tensor<1x8x8x3xf32>, %w: tensor<4x8x3x3xf32>) {
  // expected-error @+2 {{conv2d: input channels (3) must equal filter input channels (8) * groups (1)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {input_layout = #webnn.layout<nhwc>} : (tensor<1x8x8x3xf32>, tensor<4x8x3x3xf32>) -> tensor<1x6x6x4xf32>
  return
}

// -----

func.func @conv2d_input_channels_mismatch_hwio(%x: tensor<1x3x8x8xf32>, %w: tensor<3x3x4x5xf32>) {
  // expected-error @+2 {{conv2d: input channels (3) must equal filter input channels (4) * groups (1)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x3x8x8xf32>, tensor<3x3x4x5xf32>) -> tensor<1x5x6x6xf32>
  return
}

// -----

func.func @conv2d_input_channels_mismatch_ohwi(%x: tensor<1x3x8x8xf32>, %w: tensor<5x3x3x2xf32>) {
  // expected-error @+2 {{conv2d: input channels (3) must equal filter input channels (2) * groups (1)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {filter_layout = #webnn.filter_layout<ohwi>} : (tensor<1x3x8x8xf32>, tensor<5x3x3x2xf32>) -> tensor<1x5x6x6xf32>
  return
}

// -----

func.func @conv2d_input_channels_mismatch_ihwo(%x: tensor<1x3x8x8xf32>, %w: tensor<1x3x3x5xf32>) {
  // expected-error @+2 {{conv2d: input channels (3) must equal filter input channels (1) * groups (1)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {filter_layout = #webnn.filter_layout<ihwo>} : (tensor<1x3x8x8xf32>, tensor<1x3x3x5xf32>) -> tensor<1x5x6x6xf32>
  return
}

// -----

func.func @conv2d_output_channels_not_divisible_by_groups(%x: tensor<1x4x8x8xf32>, %w: tensor<3x2x3x3xf32>) {
  // expected-error @+2 {{conv2d: output channels (3) must be divisible by groups (2)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {groups = 2 : i32} : (tensor<1x4x8x8xf32>, tensor<3x2x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv2d_bias_int32(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xi32>) {
  // expected-error @+2 {{conv2d: bias data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xi32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_bias_zero_dimension(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<0xf32>) {
  // expected-error @+2 {{conv2d: bias dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<0xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_bias_data_type_mismatch(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf16>) {
  // expected-error @+2 {{conv2d: bias data type (float16) must match input data type (float32)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf16>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_bias_wrong_size(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{conv2d: bias shape [3] must be [4] (the output channels)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_bias_rank_2(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<1x4xf32>) {
  // expected-error @+2 {{conv2d: bias shape [1, 4] must be [4] (the output channels)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<1x4xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_bias_scalar(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<f32>) {
  // expected-error @+2 {{conv2d: bias shape [] must be [4] (the output channels)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<f32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_bias_wrong_size_hwio(%x: tensor<1x3x8x8xf32>, %w: tensor<3x3x3x4xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{conv2d: bias shape [3] must be [4] (the output channels)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w bias(%b) {filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x3x8x8xf32>, tensor<3x3x3x4xf32>, tensor<3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_bias_encoding(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32, "enc">) {
  // expected-error @+2 {{conv2d: bias must be a tensor without an encoding, got tensor<4xf32, "enc">}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32, "enc">) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_filter_too_many_elements(%x: tensor<1x3x8x8xf32>, %w: tensor<2147483647x2147483647x2147483647x1xf32>) {
  // expected-error @+2 {{conv2d: filter shape [2147483647, 2147483647, 2147483647, 1] has more elements than int64 can count}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<2147483647x2147483647x2147483647x1xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_filter_taller_than_input(%x: tensor<1x3x2x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: the dilated filter height (3) is larger than the padded input height (2)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x2x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_filter_wider_than_input(%x: tensor<1x3x8x2xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: the dilated filter width (3) is larger than the padded input width (2)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x8x2xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_dilated_filter_taller_than_padded_input(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: the dilated filter height (9) is larger than the padded input height (8)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {dilations = array<i64: 4, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_dilated_filter_wider_than_padded_input(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: the dilated filter width (11) is larger than the padded input width (10)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {dilations = array<i64: 1, 5>, padding = array<i64: 0, 0, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_filter_larger_than_input_nhwc(%x: tensor<1x2x2x3xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{conv2d: the dilated filter height (3) is larger than the padded input height (2)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {input_layout = #webnn.layout<nhwc>} : (tensor<1x2x2x3xf32>, tensor<4x3x3x3xf32>) -> tensor<1x1x1x4xf32>
  return
}

// -----

func.func @conv2d_output_height_too_large(%x: tensor<1x1x1x1xf32>, %w: tensor<1x1x1x1xf32>) {
  // expected-error @+2 {{conv2d: output height (4294967295) is not a valid dimension}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {padding = array<i64: 2147483647, 2147483647, 0, 0>} : (tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
  return
}

// -----

func.func @conv2d_output_width_too_large(%x: tensor<1x1x1x1xf32>, %w: tensor<1x1x1x1xf32>) {
  // expected-error @+2 {{conv2d: output width (2147483648) is not a valid dimension}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {padding = array<i64: 0, 0, 2147483647, 0>} : (tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x1x2147483647xf32>
  return
}

// -----

func.func @conv2d_wrong_result_type(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{'webnn.conv2d' op inferred type(s) 'tensor<1x4x6x6xf32>' are incompatible with return type(s) of operation 'tensor<1x4x8x8xf32>'}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return
}

// -----

func.func @conv2d_wrong_result_type_strides(%x: tensor<1x3x224x224xf32>, %w: tensor<32x3x3x3xf32>, %b: tensor<32xf32>) {
  // expected-error @+2 {{'webnn.conv2d' op inferred type(s) 'tensor<1x32x112x112xf32>' are incompatible with return type(s) of operation 'tensor<1x32x111x111xf32>'}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w bias(%b) {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x224x224xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>) -> tensor<1x32x111x111xf32>
  return
}

// -----

func.func @conv2d_wrong_result_type_nhwc(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x4xf32>) {
  // expected-error @+2 {{'webnn.conv2d' op inferred type(s) 'tensor<1x6x6x4xf32>' are incompatible with return type(s) of operation 'tensor<1x4x6x6xf32>'}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {filter_layout = #webnn.filter_layout<hwio>, input_layout = #webnn.layout<nhwc>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_wrong_result_data_type(%x: tensor<1x3x8x8xf16>, %w: tensor<4x3x3x3xf16>) {
  // expected-error @+2 {{'webnn.conv2d' op inferred type(s) 'tensor<1x4x6x6xf16>' are incompatible with return type(s) of operation 'tensor<1x4x6x6xf32>'}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x8x8xf16>, tensor<4x3x3x3xf16>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_groups_i64(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+1 {{'webnn.conv2d' op attribute 'groups' failed to satisfy constraint: 32-bit signless integer attribute}}
  %0 = webnn.conv2d %x, %w {groups = 1 : i64} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_input_layout_wrong_enum(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+1 {{'webnn.conv2d' op attribute 'input_layout' failed to satisfy constraint: MLInputOperandLayout}}
  %0 = webnn.conv2d %x, %w {input_layout = #webnn.filter_layout<oihw>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_dynamic_filter(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x?x3xf32>) {
  // expected-error-re @+1 {{'webnn.conv2d' op operand #1 must be statically shaped tensor of {{.*}} values, but got 'tensor<4x3x?x3xf32>'}}
  %0 = webnn.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x?x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

// conv_transpose2d. Most cases start from a valid op: a 1x2x4x4 input and a
// 2x3x3x3 iohw filter give a 1x3x6x6 output ((4 - 1) * 1 + 3 = 6).
func.func @conv_transpose2d_input_int32(%x: tensor<1x2x4x4xi32>, %w: tensor<2x3x3x3xi32>) {
  // expected-error @+2 {{convTranspose2d: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w : (tensor<1x2x4x4xi32>, tensor<2x3x3x3xi32>) -> tensor<1x3x6x6xi32>
  return
}

// -----

func.func @conv_transpose2d_input_rank_3(%x: tensor<2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: input rank (3) must be 4}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w : (tensor<2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_input_rank_5(%x: tensor<1x1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: input rank (5) must be 4}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w : (tensor<1x1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_filter_uint8(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xui8>) {
  // expected-error @+2 {{convTranspose2d: filter data type (uint8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xui8>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_filter_rank_2(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3xf32>) {
  // expected-error @+2 {{convTranspose2d: filter rank (2) must be 4}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w : (tensor<1x2x4x4xf32>, tensor<2x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_filter_data_type_mismatch(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf16>) {
  // expected-error @+2 {{convTranspose2d: filter data type (float16) must match input data type (float32)}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf16>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_padding_3_values(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: padding must have 4 values, got 3 ([1, 1, 1])}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {padding = array<i64: 1, 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_padding_negative(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: padding [0, 0, -1, 0] must hold values in the range [0, 2147483647]}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {padding = array<i64: 0, 0, -1, 0>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_strides_1_value(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: strides must have 2 values, got 1 ([2])}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {strides = array<i64: 2>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_strides_zero(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: strides [1, 0] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {strides = array<i64: 1, 0>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_dilations_3_values(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: dilations must have 2 values, got 3 ([1, 1, 1])}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {dilations = array<i64: 1, 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_dilations_zero(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: dilations [0, 1] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {dilations = array<i64: 0, 1>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_output_padding_1_value(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: outputPadding must have 2 values, got 1 ([1])}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {output_padding = array<i64: 1>, strides = array<i64: 2, 2>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_output_padding_negative(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: outputPadding [-1, 0] must hold values in the range [0, 2147483647]}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {output_padding = array<i64: -1, 0>, strides = array<i64: 2, 2>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

// Without output_sizes the output padding must be below the strides (the
// default strides are [1, 1]).
func.func @conv_transpose2d_output_padding_not_below_unit_strides(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: outputPadding [1, 0] must be smaller than the strides [1, 1]}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {output_padding = array<i64: 1, 0>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_output_padding_equal_to_stride_width(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: outputPadding [1, 2] must be smaller than the strides [2, 2]}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {output_padding = array<i64: 1, 2>, strides = array<i64: 2, 2>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_output_sizes_3_values(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: outputSizes must have 2 values, got 3 ([6, 6, 6])}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {output_sizes = array<i64: 6, 6, 6>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_output_sizes_zero(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: outputSizes [0, 6] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {output_sizes = array<i64: 0, 6>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_groups_zero(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: groups (0) must be positive}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {groups = 0 : i32} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_groups_negative(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: groups (-2) must be positive}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {groups = -2 : i32} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

// The filter holds every input channel, whatever the groups.
func.func @conv_transpose2d_input_channels_mismatch(%x: tensor<1x2x4x4xf32>, %w: tensor<3x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: input channels (2) must equal filter input channels (3)}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w : (tensor<1x2x4x4xf32>, tensor<3x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_input_channels_mismatch_nhwc(%x: tensor<1x4x4x2xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: input channels (2) must equal filter input channels (4)}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {input_layout = #webnn.layout<nhwc>} : (tensor<1x4x4x2xf32>, tensor<4x3x3x3xf32>) -> tensor<1x6x6x3xf32>
  return
}

// -----

func.func @conv_transpose2d_input_channels_mismatch_hwoi(%x: tensor<1x2x4x4xf32>, %w: tensor<3x3x2x3xf32>) {
  // expected-error @+2 {{convTranspose2d: input channels (2) must equal filter input channels (3)}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {filter_layout = #webnn.transposed_filter_layout<hwoi>} : (tensor<1x2x4x4xf32>, tensor<3x3x2x3xf32>) -> tensor<1x2x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_input_channels_mismatch_ohwi(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x4xf32>) {
  // expected-error @+2 {{convTranspose2d: input channels (2) must equal filter input channels (4)}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {filter_layout = #webnn.transposed_filter_layout<ohwi>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x4xf32>) -> tensor<1x2x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_input_channels_not_divisible_by_groups(%x: tensor<1x3x4x4xf32>, %w: tensor<3x2x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: input channels (3) must be divisible by groups (2)}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {groups = 2 : i32} : (tensor<1x3x4x4xf32>, tensor<3x2x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_bias_int32(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>, %b: tensor<3xi32>) {
  // expected-error @+2 {{convTranspose2d: bias data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w bias(%b) : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>, tensor<3xi32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_bias_data_type_mismatch(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>, %b: tensor<3xf16>) {
  // expected-error @+2 {{convTranspose2d: bias data type (float16) must match input data type (float32)}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w bias(%b) : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>, tensor<3xf16>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_bias_wrong_size(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{convTranspose2d: bias shape [2] must be [3] (the output channels)}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w bias(%b) : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>, tensor<2xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

// There are groups * filter output channels = 2 * 3 output channels.
func.func @conv_transpose2d_bias_wrong_size_grouped(%x: tensor<1x4x4x4xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{convTranspose2d: bias shape [3] must be [6] (the output channels)}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w bias(%b) {groups = 2 : i32} : (tensor<1x4x4x4xf32>, tensor<4x3x3x3xf32>, tensor<3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_bias_rank_2(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>, %b: tensor<1x3xf32>) {
  // expected-error @+2 {{convTranspose2d: bias shape [1, 3] must be [3] (the output channels)}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w bias(%b) : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>, tensor<1x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

// The calculated size is (4 - 1) * 2 + 3 - 1 - 1 = 7: output_sizes must be in
// [7, 7 + stride), along each dimension.
func.func @conv_transpose2d_output_sizes_height_too_small(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: outputSizes [6, 7]: the output height must be in the range [7, 9) for these padding, strides and dilations}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {output_sizes = array<i64: 6, 7>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x7xf32>
  return
}

// -----

func.func @conv_transpose2d_output_sizes_height_too_large(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: outputSizes [9, 7]: the output height must be in the range [7, 9) for these padding, strides and dilations}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {output_sizes = array<i64: 9, 7>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x9x7xf32>
  return
}

// -----

func.func @conv_transpose2d_output_sizes_width_too_small(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: outputSizes [8, 6]: the output width must be in the range [7, 9) for these padding, strides and dilations}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {output_sizes = array<i64: 8, 6>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x8x6xf32>
  return
}

// -----

func.func @conv_transpose2d_output_sizes_width_too_large(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: outputSizes [8, 9]: the output width must be in the range [7, 9) for these padding, strides and dilations}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {output_sizes = array<i64: 8, 9>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x8x9xf32>
  return
}

// -----

// With unit strides only the calculated size itself is allowed.
func.func @conv_transpose2d_output_sizes_unit_strides(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: outputSizes [6, 7]: the output width must be in the range [6, 7) for these padding, strides and dilations}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {output_sizes = array<i64: 6, 7>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x7xf32>
  return
}

// -----

// Padding larger than the full output (6): 6 - 3 - 3 = 0, 6 - 4 - 5 = -3.
func.func @conv_transpose2d_output_height_zero(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: output height (0) is not a valid dimension}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {padding = array<i64: 3, 3, 0, 0>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x0x6xf32>
  return
}

// -----

func.func @conv_transpose2d_output_width_negative(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{convTranspose2d: output width (-3) is not a valid dimension}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {padding = array<i64: 0, 0, 4, 5>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x1xf32>
  return
}

// -----

// (2 - 1) * 2147483647 + 1 = 2147483648.
func.func @conv_transpose2d_output_height_too_large(%x: tensor<1x1x2x1xf32>, %w: tensor<1x1x1x1xf32>) {
  // expected-error @+2 {{convTranspose2d: output height (2147483648) is not a valid dimension}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {strides = array<i64: 2147483647, 1>} : (tensor<1x1x2x1xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
  return
}

// -----

func.func @conv_transpose2d_wrong_result_type(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{'webnn.conv_transpose2d' op inferred type(s) 'tensor<1x3x6x6xf32>' are incompatible with return type(s) of operation 'tensor<1x3x4x4xf32>'}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x4x4xf32>
  return
}

// -----

func.func @conv_transpose2d_wrong_result_type_nhwc(%x: tensor<1x4x4x2xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+2 {{'webnn.conv_transpose2d' op inferred type(s) 'tensor<1x6x6x3xf32>' are incompatible with return type(s) of operation 'tensor<1x3x6x6xf32>'}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {input_layout = #webnn.layout<nhwc>} : (tensor<1x4x4x2xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_groups_i64(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+1 {{'webnn.conv_transpose2d' op attribute 'groups' failed to satisfy constraint: 32-bit signless integer attribute}}
  %0 = webnn.conv_transpose2d %x, %w {groups = 1 : i64} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

// conv2d's filter layouts are not conv_transpose2d's.
func.func @conv_transpose2d_filter_layout_wrong_enum(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error @+1 {{'webnn.conv_transpose2d' op attribute 'filter_layout' failed to satisfy constraint: MLConvTranspose2dFilterOperandLayout: the dimension order of a convTranspose2d filter}}
  %0 = webnn.conv_transpose2d %x, %w {filter_layout = #webnn.filter_layout<oihw>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_transpose2d_dynamic_input(%x: tensor<1x2x?x4xf32>, %w: tensor<2x3x3x3xf32>) {
  // expected-error-re @+1 {{'webnn.conv_transpose2d' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<1x2x?x4xf32>'}}
  %0 = webnn.conv_transpose2d %x, %w : (tensor<1x2x?x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}
