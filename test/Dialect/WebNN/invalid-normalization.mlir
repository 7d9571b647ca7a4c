// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid batch_normalization, instance_normalization, layer_normalization
// and softmax ops: one case per rule of inferBatchNormalization,
// inferInstanceNormalization, inferLayerNormalization and inferSoftmax
// (ShapeInference.cpp), plus stated result types that disagree with the
// inferred ones.

func.func @batch_normalization_input_int32(%x: tensor<1x4xi32>, %m: tensor<4xi32>, %v: tensor<4xi32>) {
  // expected-error @+2 {{batchNormalization: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x4xi32>
  return
}

// -----

func.func @batch_normalization_input_zero_dimension(%x: tensor<0x4xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) {
  // expected-error @+2 {{batchNormalization: input dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<0x4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<0x4xf32>
  return
}

// -----

func.func @batch_normalization_input_scalar(%x: tensor<f32>, %m: tensor<4xf32>, %v: tensor<4xf32>) {
  // expected-error @+2 {{batchNormalization: input rank (0) must be at least 1}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<f32>, tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
  return
}

// -----

func.func @batch_normalization_axis_out_of_range(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) {
  // expected-error @+2 {{batchNormalization: axis (4) must be in the range [0, 4)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v {axis = 4 : i32} : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_axis_negative(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) {
  // expected-error @+2 {{batchNormalization: axis (-1) must be in the range [0, 4)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v {axis = -1 : i32} : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_default_axis_of_1d_input(%x: tensor<4xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) {
  // expected-error @+2 {{batchNormalization: axis (1) must be in the range [0, 1)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @batch_normalization_mean_uint32(%x: tensor<1x4x2x2xf32>, %m: tensor<4xui32>, %v: tensor<4xf32>) {
  // expected-error @+2 {{batchNormalization: mean data type (uint32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4x2x2xf32>, tensor<4xui32>, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_mean_zero_dimension(%x: tensor<1x4x2x2xf32>, %m: tensor<0xf32>, %v: tensor<4xf32>) {
  // expected-error @+2 {{batchNormalization: mean dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4x2x2xf32>, tensor<0xf32>, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_mean_data_type_mismatch(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf16>, %v: tensor<4xf32>) {
  // expected-error @+2 {{batchNormalization: mean data type (float16) must match input data type (float32)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4x2x2xf32>, tensor<4xf16>, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_mean_wrong_size(%x: tensor<1x4x2x2xf32>, %m: tensor<2xf32>, %v: tensor<4xf32>) {
  // expected-error @+2 {{batchNormalization: mean shape [2] must be [4] (input dimension 1)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4x2x2xf32>, tensor<2xf32>, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_mean_rank_2(%x: tensor<1x4x2x2xf32>, %m: tensor<1x4xf32>, %v: tensor<4xf32>) {
  // expected-error @+2 {{batchNormalization: mean shape [1, 4] must be [4] (input dimension 1)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4x2x2xf32>, tensor<1x4xf32>, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_variance_uint32(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xui32>) {
  // expected-error @+2 {{batchNormalization: variance data type (uint32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xui32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_variance_zero_dimension(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<0xf32>) {
  // expected-error @+2 {{batchNormalization: variance dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<0xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_variance_data_type_mismatch(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf16>) {
  // expected-error @+2 {{batchNormalization: variance data type (float16) must match input data type (float32)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf16>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_variance_wrong_size(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<2xf32>) {
  // expected-error @+2 {{batchNormalization: variance shape [2] must be [4] (input dimension 1)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<2xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_variance_rank_2(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<1x4xf32>) {
  // expected-error @+2 {{batchNormalization: variance shape [1, 4] must be [4] (input dimension 1)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<1x4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_scale_uint32(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %s: tensor<4xui32>) {
  // expected-error @+2 {{batchNormalization: scale data type (uint32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v scale(%s) : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xui32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_scale_zero_dimension(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %s: tensor<0xf32>) {
  // expected-error @+2 {{batchNormalization: scale dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v scale(%s) : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<0xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_scale_data_type_mismatch(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %s: tensor<4xf16>) {
  // expected-error @+2 {{batchNormalization: scale data type (float16) must match input data type (float32)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v scale(%s) : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf16>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_scale_wrong_size(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %s: tensor<2xf32>) {
  // expected-error @+2 {{batchNormalization: scale shape [2] must be [4] (input dimension 1)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v scale(%s) : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<2xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_scale_rank_2(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %s: tensor<1x4xf32>) {
  // expected-error @+2 {{batchNormalization: scale shape [1, 4] must be [4] (input dimension 1)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v scale(%s) : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<1x4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_bias_uint32(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %b: tensor<4xui32>) {
  // expected-error @+2 {{batchNormalization: bias data type (uint32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v bias(%b) : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xui32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_bias_zero_dimension(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %b: tensor<0xf32>) {
  // expected-error @+2 {{batchNormalization: bias dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v bias(%b) : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<0xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_bias_data_type_mismatch(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %b: tensor<4xf16>) {
  // expected-error @+2 {{batchNormalization: bias data type (float16) must match input data type (float32)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v bias(%b) : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf16>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_bias_wrong_size(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{batchNormalization: bias shape [2] must be [4] (input dimension 1)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v bias(%b) : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<2xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_bias_rank_2(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %b: tensor<1x4xf32>) {
  // expected-error @+2 {{batchNormalization: bias shape [1, 4] must be [4] (input dimension 1)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v bias(%b) : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<1x4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_mean_encoding(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32, "enc">, %v: tensor<4xf32>) {
  // expected-error @+2 {{batchNormalization: mean must be a tensor without an encoding, got tensor<4xf32, "enc">}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4x2x2xf32>, tensor<4xf32, "enc">, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_bias_wrong_size_with_scale(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %s: tensor<4xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{batchNormalization: bias shape [3] must be [4] (input dimension 1)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v scale(%s) bias(%b) : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<3xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_mean_scalar(%x: tensor<1x4x2x2xf32>, %m: tensor<f32>, %v: tensor<4xf32>) {
  // expected-error @+2 {{batchNormalization: mean shape [] must be [4] (input dimension 1)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4x2x2xf32>, tensor<f32>, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_mean_wrong_size_axis_3(%x: tensor<1x2x2x4xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) {
  // expected-error @+2 {{batchNormalization: mean shape [4] must be [2] (input dimension 2)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v {axis = 2 : i32} : (tensor<1x2x2x4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x2x2x4xf32>
  return
}

// -----

func.func @batch_normalization_wrong_result_type(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) {
  // expected-error @+2 {{'webnn.batch_normalization' op inferred type(s) 'tensor<1x4x2x2xf32>' are incompatible with return type(s) of operation 'tensor<1x4x2x1xf32>'}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x2x1xf32>
  return
}

// -----

func.func @batch_normalization_wrong_result_data_type(%x: tensor<1x4xf16>, %m: tensor<4xf16>, %v: tensor<4xf16>) {
  // expected-error @+2 {{'webnn.batch_normalization' op inferred type(s) 'tensor<1x4xf16>' are incompatible with return type(s) of operation 'tensor<1x4xf32>'}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<1x4xf16>, tensor<4xf16>, tensor<4xf16>) -> tensor<1x4xf32>
  return
}

// -----

func.func @batch_normalization_generic_bias_only(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{batchNormalization: bias shape [2] must be [4] (input dimension 1)}}
  // expected-error @+1 {{'webnn.batch_normalization' op failed to infer returned types}}
  %0 = "webnn.batch_normalization"(%x, %m, %v, %b) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 1>}> : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<2xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_generic_wrong_segment_sizes(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) {
  // expected-error @+1 {{'webnn.batch_normalization' op operand count (3) does not match with the total size (5) specified in attribute 'operandSegmentSizes'}}
  %0 = "webnn.batch_normalization"(%x, %m, %v) <{operandSegmentSizes = array<i32: 1, 1, 1, 1, 1>}> : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_generic_two_scales(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) {
  // expected-error @+1 {{'webnn.batch_normalization' op operand group starting at #3 requires 0 or 1 element, but found 2}}
  %0 = "webnn.batch_normalization"(%x, %m, %v, %m, %v) <{operandSegmentSizes = array<i32: 1, 1, 1, 2, 0>}> : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @batch_normalization_epsilon_wrong_kind(%x: tensor<1x4x2x2xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) {
  // expected-error @+1 {{'webnn.batch_normalization' op attribute 'epsilon' failed to satisfy constraint: 64-bit float attribute}}
  %0 = webnn.batch_normalization %x, %m, %v {epsilon = 1} : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @instance_normalization_input_int32(%x: tensor<1x2x3x3xi32>) {
  // expected-error @+2 {{instanceNormalization: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = webnn.instance_normalization %x : (tensor<1x2x3x3xi32>) -> tensor<1x2x3x3xi32>
  return
}

// -----

func.func @instance_normalization_input_rank_3(%x: tensor<2x3x3xf32>) {
  // expected-error @+2 {{instanceNormalization: input rank (3) must be 4}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = webnn.instance_normalization %x : (tensor<2x3x3xf32>) -> tensor<2x3x3xf32>
  return
}

// -----

func.func @instance_normalization_input_rank_5(%x: tensor<1x2x3x3x3xf32>) {
  // expected-error @+2 {{instanceNormalization: input rank (5) must be 4}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = webnn.instance_normalization %x : (tensor<1x2x3x3x3xf32>) -> tensor<1x2x3x3x3xf32>
  return
}

// -----

func.func @instance_normalization_input_zero_dimension(%x: tensor<1x2x0x3xf32>) {
  // expected-error @+2 {{instanceNormalization: input dimension 2 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = webnn.instance_normalization %x : (tensor<1x2x0x3xf32>) -> tensor<1x2x0x3xf32>
  return
}

// -----

func.func @instance_normalization_scale_int32(%x: tensor<1x4x2x2xf32>, %s: tensor<4xi32>) {
  // expected-error @+2 {{instanceNormalization: scale data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = webnn.instance_normalization %x scale(%s) : (tensor<1x4x2x2xf32>, tensor<4xi32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @instance_normalization_bias_uint32(%x: tensor<1x4x2x2xf32>, %b: tensor<4xui32>) {
  // expected-error @+2 {{instanceNormalization: bias data type (uint32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = webnn.instance_normalization %x bias(%b) : (tensor<1x4x2x2xf32>, tensor<4xui32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @instance_normalization_scale_data_type_mismatch(%x: tensor<1x4x2x2xf32>, %s: tensor<4xf16>) {
  // expected-error @+2 {{instanceNormalization: scale data type (float16) must match input data type (float32)}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = webnn.instance_normalization %x scale(%s) : (tensor<1x4x2x2xf32>, tensor<4xf16>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @instance_normalization_bias_data_type_mismatch(%x: tensor<1x4x2x2xf16>, %b: tensor<4xf32>) {
  // expected-error @+2 {{instanceNormalization: bias data type (float32) must match input data type (float16)}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = webnn.instance_normalization %x bias(%b) : (tensor<1x4x2x2xf16>, tensor<4xf32>) -> tensor<1x4x2x2xf16>
  return
}

// -----

func.func @instance_normalization_scale_wrong_size(%x: tensor<1x4x2x3xf32>, %s: tensor<3xf32>) {
  // expected-error @+2 {{instanceNormalization: scale shape [3] must be [4] (input dimension 1, the channels in nchw)}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = webnn.instance_normalization %x scale(%s) : (tensor<1x4x2x3xf32>, tensor<3xf32>) -> tensor<1x4x2x3xf32>
  return
}

// -----

func.func @instance_normalization_scale_rank_2(%x: tensor<1x4x2x2xf32>, %s: tensor<1x4xf32>) {
  // expected-error @+2 {{instanceNormalization: scale shape [1, 4] must be [4] (input dimension 1, the channels in nchw)}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = webnn.instance_normalization %x scale(%s) : (tensor<1x4x2x2xf32>, tensor<1x4xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

// In nhwc the channels are dimension 3: a bias sized like dimension 1 is
// rejected.
func.func @instance_normalization_bias_wrong_size_nhwc(%x: tensor<1x4x4x3xf32>, %b: tensor<4xf32>) {
  // expected-error @+2 {{instanceNormalization: bias shape [4] must be [3] (input dimension 3, the channels in nhwc)}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = webnn.instance_normalization %x bias(%b) {layout = #webnn.layout<nhwc>} : (tensor<1x4x4x3xf32>, tensor<4xf32>) -> tensor<1x4x4x3xf32>
  return
}

// -----

func.func @instance_normalization_bias_wrong_size_with_scale(%x: tensor<1x4x2x2xf32>, %s: tensor<4xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{instanceNormalization: bias shape [2] must be [4] (input dimension 1, the channels in nchw)}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = webnn.instance_normalization %x scale(%s) bias(%b) : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<2xf32>) -> tensor<1x4x2x2xf32>
  return
}

// -----

func.func @instance_normalization_wrong_result_type(%x: tensor<1x4x2x2xf32>) {
  // expected-error @+2 {{'webnn.instance_normalization' op inferred type(s) 'tensor<1x4x2x2xf32>' are incompatible with return type(s) of operation 'tensor<1x4xf32>'}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = webnn.instance_normalization %x : (tensor<1x4x2x2xf32>) -> tensor<1x4xf32>
  return
}

// -----

func.func @instance_normalization_generic_scale_only(%x: tensor<1x2x2x4xf32>, %s: tensor<2xf32>) {
  // expected-error @+2 {{instanceNormalization: scale shape [2] must be [4] (input dimension 3, the channels in nhwc)}}
  // expected-error @+1 {{'webnn.instance_normalization' op failed to infer returned types}}
  %0 = "webnn.instance_normalization"(%x, %s) <{layout = #webnn.layout<nhwc>, operandSegmentSizes = array<i32: 1, 1, 0>}> : (tensor<1x2x2x4xf32>, tensor<2xf32>) -> tensor<1x2x2x4xf32>
  return
}

// -----

func.func @layer_normalization_input_int32(%x: tensor<2x3xi32>) {
  // expected-error @+2 {{layerNormalization: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x : (tensor<2x3xi32>) -> tensor<2x3xi32>
  return
}

// -----

func.func @layer_normalization_input_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{layerNormalization: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @layer_normalization_axis_out_of_range(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{layerNormalization: axes [0, 3] must hold values in the range [0, 3)}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x {axes = array<i64: 0, 3>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @layer_normalization_axis_negative(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{layerNormalization: axes [-1] must hold values in the range [0, 3)}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x {axes = array<i64: -1>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @layer_normalization_axes_duplicated(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{layerNormalization: axes [2, 1, 2] holds 2 twice}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x {axes = array<i64: 2, 1, 2>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @layer_normalization_axes_of_scalar(%x: tensor<f32>) {
  // expected-error @+2 {{layerNormalization: axes [0] must be empty for an input of rank 0}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x {axes = array<i64: 0>} : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @layer_normalization_scale_int32(%x: tensor<2x3xf32>, %s: tensor<3xi32>) {
  // expected-error @+2 {{layerNormalization: scale data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x scale(%s) : (tensor<2x3xf32>, tensor<3xi32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @layer_normalization_bias_uint32(%x: tensor<2x3xf32>, %b: tensor<3xui32>) {
  // expected-error @+2 {{layerNormalization: bias data type (uint32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x bias(%b) : (tensor<2x3xf32>, tensor<3xui32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @layer_normalization_scale_data_type_mismatch(%x: tensor<2x3xf32>, %s: tensor<3xf16>) {
  // expected-error @+2 {{layerNormalization: scale data type (float16) must match input data type (float32)}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x scale(%s) : (tensor<2x3xf32>, tensor<3xf16>) -> tensor<2x3xf32>
  return
}

// -----

func.func @layer_normalization_bias_data_type_mismatch(%x: tensor<2x3xf16>, %b: tensor<3xf32>) {
  // expected-error @+2 {{layerNormalization: bias data type (float32) must match input data type (float16)}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x bias(%b) : (tensor<2x3xf16>, tensor<3xf32>) -> tensor<2x3xf16>
  return
}

// -----

// The default axes of a 3-D input are [1, 2]: the scale needs rank 2.
func.func @layer_normalization_scale_rank_default_axes(%x: tensor<2x3x4xf32>, %s: tensor<4xf32>) {
  // expected-error @+2 {{layerNormalization: scale rank (1) must equal the number of axes (2)}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x scale(%s) : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

func.func @layer_normalization_bias_rank(%x: tensor<2x3x4xf32>, %b: tensor<3x4xf32>) {
  // expected-error @+2 {{layerNormalization: bias rank (2) must equal the number of axes (1)}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x bias(%b) {axes = array<i64: 2>} : (tensor<2x3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
  return
}

// -----

// Empty axes take scalar parameters.
func.func @layer_normalization_scale_rank_empty_axes(%x: tensor<2x3xf32>, %s: tensor<3xf32>) {
  // expected-error @+2 {{layerNormalization: scale rank (1) must equal the number of axes (0)}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x scale(%s) {axes = array<i64>} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return
}

// -----

// The default axes of a 1-D input are empty: a scale sized like the input
// is rejected.
func.func @layer_normalization_scale_rank_1d_default_axes(%x: tensor<5xf32>, %s: tensor<5xf32>) {
  // expected-error @+2 {{layerNormalization: scale rank (1) must equal the number of axes (0)}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x scale(%s) : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
  return
}

// -----

// scale lists the sizes in the order of axes, [3, 1] -> [5, 3], not in the
// order of the input's dimensions.
func.func @layer_normalization_scale_wrong_shape_unsorted_axes(%x: tensor<2x3x4x5xf32>, %s: tensor<3x5xf32>) {
  // expected-error @+2 {{layerNormalization: scale shape [3, 5] must be [5, 3] (the input dimensions at axes [3, 1])}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x scale(%s) {axes = array<i64: 3, 1>} : (tensor<2x3x4x5xf32>, tensor<3x5xf32>) -> tensor<2x3x4x5xf32>
  return
}

// -----

func.func @layer_normalization_bias_wrong_shape_with_scale(%x: tensor<2x3x4x5xf32>, %s: tensor<5x3xf32>, %b: tensor<5x4xf32>) {
  // expected-error @+2 {{layerNormalization: bias shape [5, 4] must be [5, 3] (the input dimensions at axes [3, 1])}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x scale(%s) bias(%b) {axes = array<i64: 3, 1>} : (tensor<2x3x4x5xf32>, tensor<5x3xf32>, tensor<5x4xf32>) -> tensor<2x3x4x5xf32>
  return
}

// -----

func.func @layer_normalization_wrong_result_data_type(%x: tensor<2x3xf16>) {
  // expected-error @+2 {{'webnn.layer_normalization' op inferred type(s) 'tensor<2x3xf16>' are incompatible with return type(s) of operation 'tensor<2x3xf32>'}}
  // expected-error @+1 {{'webnn.layer_normalization' op failed to infer returned types}}
  %0 = webnn.layer_normalization %x : (tensor<2x3xf16>) -> tensor<2x3xf32>
  return
}

// -----

func.func @layer_normalization_axes_wrong_kind(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{'webnn.layer_normalization' op attribute 'axes' failed to satisfy constraint: i64 dense array attribute}}
  %0 = webnn.layer_normalization %x {axes = [1]} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @softmax_int32(%x: tensor<2x3xi32>) {
  // expected-error @+2 {{softmax: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.softmax' op failed to infer returned types}}
  %0 = webnn.softmax %x {axis = 1 : i32} : (tensor<2x3xi32>) -> tensor<2x3xi32>
  return
}

// -----

func.func @softmax_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{softmax: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.softmax' op failed to infer returned types}}
  %0 = webnn.softmax %x {axis = 1 : i32} : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @softmax_scalar(%x: tensor<f32>) {
  // expected-error @+2 {{softmax: input rank (0) must be at least 1}}
  // expected-error @+1 {{'webnn.softmax' op failed to infer returned types}}
  %0 = webnn.softmax %x {axis = 0 : i32} : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @softmax_axis_out_of_range(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{softmax: axis (2) must be in the range [0, 2)}}
  // expected-error @+1 {{'webnn.softmax' op failed to infer returned types}}
  %0 = webnn.softmax %x {axis = 2 : i32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @softmax_axis_negative(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{softmax: axis (-1) must be in the range [0, 2)}}
  // expected-error @+1 {{'webnn.softmax' op failed to infer returned types}}
  %0 = webnn.softmax %x {axis = -1 : i32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @softmax_too_many_elements(%x: tensor<2147483647x2147483647x2147483647xf32>) {
  // expected-error @+2 {{softmax: input shape [2147483647, 2147483647, 2147483647] has more elements than int64 can count}}
  // expected-error @+1 {{'webnn.softmax' op failed to infer returned types}}
  %0 = webnn.softmax %x {axis = 0 : i32} : (tensor<2147483647x2147483647x2147483647xf32>) -> tensor<2147483647x2147483647x2147483647xf32>
  return
}

// -----

func.func @softmax_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.softmax' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.softmax' op failed to infer returned types}}
  %0 = webnn.softmax %x {axis = 1 : i32} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @softmax_wrong_result_data_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.softmax' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf16>'}}
  // expected-error @+1 {{'webnn.softmax' op failed to infer returned types}}
  %0 = webnn.softmax %x {axis = 1 : i32} : (tensor<2x3xf32>) -> tensor<2x3xf16>
  return
}

// -----

func.func @softmax_missing_axis(%x: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.softmax' op requires attribute 'axis'}}
  %0 = webnn.softmax %x : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @softmax_i64_axis(%x: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.softmax' op attribute 'axis' failed to satisfy constraint: 32-bit signless integer attribute}}
  %0 = webnn.softmax %x {axis = 0 : i64} : (tensor<2xf32>) -> tensor<2xf32>
  return
}
