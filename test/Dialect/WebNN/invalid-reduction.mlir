// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid reduction ops (reduce_l1, reduce_l2, reduce_log_sum,
// reduce_log_sum_exp, reduce_max, reduce_mean, reduce_min, reduce_product,
// reduce_sum, reduce_sum_square). A rule of their shape function
// (inferReduction in ShapeInference.cpp) is reported first, then the
// InferTypeOpInterface verifier adds "failed to infer returned types". A
// declared result that differs from the inferred one is reported by that
// verifier. Operand types outside the WebNN data types, and options of the
// wrong attribute type, are rejected earlier, by the ODS constraints.
// argMin and argMax (inferArgMinMax), then cumulativeSum
// (inferCumulativeSum), follow in sections of their own.

// The allowed data types: float32 and float16 for reduceL2, reduceLogSum,
// reduceLogSumExp and reduceMean; those and the 32- and 64-bit integers
// for reduceL1, reduceProduct, reduceSum and reduceSumSquare.
func.func @reduce_l1_int8(%x: tensor<2x3xi8>) {
  // expected-error @+2 {{reduceL1: input data type (int8) must be one of float32, float16, int32, uint32, int64, uint64}}
  // expected-error @+1 {{'webnn.reduce_l1' op failed to infer returned types}}
  %0 = webnn.reduce_l1 %x : (tensor<2x3xi8>) -> tensor<i8>
  return
}

// -----

func.func @reduce_l2_int32(%x: tensor<2x3xi32>) {
  // expected-error @+2 {{reduceL2: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.reduce_l2' op failed to infer returned types}}
  %0 = webnn.reduce_l2 %x : (tensor<2x3xi32>) -> tensor<i32>
  return
}

// -----

func.func @reduce_log_sum_int64(%x: tensor<2x3xi64>) {
  // expected-error @+2 {{reduceLogSum: input data type (int64) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.reduce_log_sum' op failed to infer returned types}}
  %0 = webnn.reduce_log_sum %x : (tensor<2x3xi64>) -> tensor<i64>
  return
}

// -----

func.func @reduce_log_sum_exp_uint32(%x: tensor<2x3xui32>) {
  // expected-error @+2 {{reduceLogSumExp: input data type (uint32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.reduce_log_sum_exp' op failed to infer returned types}}
  %0 = webnn.reduce_log_sum_exp %x : (tensor<2x3xui32>) -> tensor<ui32>
  return
}

// -----

func.func @reduce_mean_int32(%x: tensor<2x3xi32>) {
  // expected-error @+2 {{reduceMean: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.reduce_mean' op failed to infer returned types}}
  %0 = webnn.reduce_mean %x : (tensor<2x3xi32>) -> tensor<i32>
  return
}

// -----

func.func @reduce_mean_uint8(%x: tensor<2x3xui8>) {
  // expected-error @+2 {{reduceMean: input data type (uint8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.reduce_mean' op failed to infer returned types}}
  %0 = webnn.reduce_mean %x : (tensor<2x3xui8>) -> tensor<ui8>
  return
}

// -----

func.func @reduce_product_uint8(%x: tensor<2x3xui8>) {
  // expected-error @+2 {{reduceProduct: input data type (uint8) must be one of float32, float16, int32, uint32, int64, uint64}}
  // expected-error @+1 {{'webnn.reduce_product' op failed to infer returned types}}
  %0 = webnn.reduce_product %x : (tensor<2x3xui8>) -> tensor<ui8>
  return
}

// -----

func.func @reduce_sum_int8(%x: tensor<2x3xi8>) {
  // expected-error @+2 {{reduceSum: input data type (int8) must be one of float32, float16, int32, uint32, int64, uint64}}
  // expected-error @+1 {{'webnn.reduce_sum' op failed to infer returned types}}
  %0 = webnn.reduce_sum %x : (tensor<2x3xi8>) -> tensor<i8>
  return
}

// -----

func.func @reduce_sum_square_uint8(%x: tensor<2x3xui8>) {
  // expected-error @+2 {{reduceSumSquare: input data type (uint8) must be one of float32, float16, int32, uint32, int64, uint64}}
  // expected-error @+1 {{'webnn.reduce_sum_square' op failed to infer returned types}}
  %0 = webnn.reduce_sum_square %x : (tensor<2x3xui8>) -> tensor<ui8>
  return
}

// -----

// reduceMax and reduceMin allow every WebNN data type; other element types
// fail the operand constraint.
func.func @reduce_max_bf16(%x: tensor<2x3xbf16>) {
  // expected-error-re @+1 {{'webnn.reduce_max' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2x3xbf16>'}}
  %0 = webnn.reduce_max %x : (tensor<2x3xbf16>) -> tensor<bf16>
  return
}

// -----

func.func @reduce_min_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{reduceMin: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.reduce_min' op failed to infer returned types}}
  %0 = webnn.reduce_min %x {axes = array<i64: 0>} : (tensor<2x0xf32>) -> tensor<0xf32>
  return
}

// -----

// An axis past the rank.
func.func @reduce_sum_axis_out_of_range(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reduceSum: axes [0, 2] must hold values in the range [0, 2)}}
  // expected-error @+1 {{'webnn.reduce_sum' op failed to infer returned types}}
  %0 = webnn.reduce_sum %x {axes = array<i64: 0, 2>} : (tensor<2x3xf32>) -> tensor<f32>
  return
}

// -----

// Negative axes do not count from the end.
func.func @reduce_max_negative_axis(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{reduceMax: axes [-1] must hold values in the range [0, 2)}}
  // expected-error @+1 {{'webnn.reduce_max' op failed to infer returned types}}
  %0 = webnn.reduce_max %x {axes = array<i64: -1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

// A rank-0 input has no axis to name.
func.func @reduce_l1_scalar_axis(%x: tensor<f32>) {
  // expected-error @+2 {{reduceL1: axes [0] must be empty for an input of rank 0}}
  // expected-error @+1 {{'webnn.reduce_l1' op failed to infer returned types}}
  %0 = webnn.reduce_l1 %x {axes = array<i64: 0>} : (tensor<f32>) -> tensor<f32>
  return
}

// -----

// An axis named twice.
func.func @reduce_mean_duplicate_axis(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{reduceMean: axes [2, 0, 2] holds 2 twice}}
  // expected-error @+1 {{'webnn.reduce_mean' op failed to infer returned types}}
  %0 = webnn.reduce_mean %x {axes = array<i64: 2, 0, 2>} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return
}

// -----

// keep_dimensions keeps the reduced dimension as 1: the declared result
// drops it.
func.func @reduce_sum_keep_dimensions_dropped(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.reduce_sum' op inferred type(s) 'tensor<2x1xf32>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{'webnn.reduce_sum' op failed to infer returned types}}
  %0 = webnn.reduce_sum %x {axes = array<i64: 1>, keep_dimensions = true} : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

// Without keep_dimensions the reduced dimension is dropped: the declared
// result keeps it.
func.func @reduce_l2_keep_dimensions_missing(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.reduce_l2' op inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<2x1xf32>'}}
  // expected-error @+1 {{'webnn.reduce_l2' op failed to infer returned types}}
  %0 = webnn.reduce_l2 %x {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return
}

// -----

// Without axes, every dimension is reduced.
func.func @reduce_product_all_axes(%x: tensor<2x3xi32>) {
  // expected-error @+2 {{'webnn.reduce_product' op inferred type(s) 'tensor<i32>' are incompatible with return type(s) of operation 'tensor<2xi32>'}}
  // expected-error @+1 {{'webnn.reduce_product' op failed to infer returned types}}
  %0 = webnn.reduce_product %x : (tensor<2x3xi32>) -> tensor<2xi32>
  return
}

// -----

// Empty axes reduce nothing.
func.func @reduce_min_empty_axes(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.reduce_min' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<f32>'}}
  // expected-error @+1 {{'webnn.reduce_min' op failed to infer returned types}}
  %0 = webnn.reduce_min %x {axes = array<i64>} : (tensor<2x3xf32>) -> tensor<f32>
  return
}

// -----

// The result has the input's element type.
func.func @reduce_log_sum_exp_result_element_type(%x: tensor<2x3xf16>) {
  // expected-error @+2 {{'webnn.reduce_log_sum_exp' op inferred type(s) 'tensor<2xf16>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{'webnn.reduce_log_sum_exp' op failed to infer returned types}}
  %0 = webnn.reduce_log_sum_exp %x {axes = array<i64: 1>} : (tensor<2x3xf16>) -> tensor<2xf32>
  return
}

// -----

// Options of the wrong attribute type.
func.func @reduce_sum_axes_array(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{'webnn.reduce_sum' op attribute 'axes' failed to satisfy constraint: i64 dense array attribute}}
  %0 = webnn.reduce_sum %x {axes = [1]} : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @reduce_sum_square_keep_dimensions_integer(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{'webnn.reduce_sum_square' op attribute 'keep_dimensions' failed to satisfy constraint: bool attribute}}
  %0 = webnn.reduce_sum_square %x {keep_dimensions = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

// argMin and argMax (webnn.arg_min, webnn.arg_max): the rules of
// inferArgMinMax. Every input data type is allowed; the input must have
// rank 1 or more, the axis must name one of its dimensions, and
// output_data_type must be int32 or int64.

// An axis past the rank.
func.func @arg_min_axis_out_of_range(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{argMin: axis (2) must be in the range [0, 2)}}
  // expected-error @+1 {{'webnn.arg_min' op failed to infer returned types}}
  %0 = webnn.arg_min %x {axis = 2 : i32} : (tensor<2x3xf32>) -> tensor<2xi32>
  return
}

// -----

// A negative axis does not count from the end.
func.func @arg_max_negative_axis(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{argMax: axis (-1) must be in the range [0, 2)}}
  // expected-error @+1 {{'webnn.arg_max' op failed to infer returned types}}
  %0 = webnn.arg_max %x {axis = -1 : i32} : (tensor<2x3xf32>) -> tensor<2xi32>
  return
}

// -----

// A rank-0 input has no axis: the rank is reported, not the axis.
func.func @arg_min_scalar(%x: tensor<f32>) {
  // expected-error @+2 {{argMin: input rank (0) must be at least 1}}
  // expected-error @+1 {{'webnn.arg_min' op failed to infer returned types}}
  %0 = webnn.arg_min %x {axis = 0 : i32} : (tensor<f32>) -> tensor<i32>
  return
}

// -----

func.func @arg_max_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{argMax: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.arg_max' op failed to infer returned types}}
  %0 = webnn.arg_max %x {axis = 0 : i32} : (tensor<2x0xf32>) -> tensor<0xi32>
  return
}

// -----

// output_data_type must be int32 or int64: not a float type,
func.func @arg_max_output_f32(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{argMax: outputDataType (float32) must be int32 or int64}}
  // expected-error @+1 {{'webnn.arg_max' op failed to infer returned types}}
  %0 = webnn.arg_max %x {axis = 1 : i32, output_data_type = f32} : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

// nor an unsigned one,
func.func @arg_min_output_ui32(%x: tensor<2x3xi32>) {
  // expected-error @+2 {{argMin: outputDataType (uint32) must be int32 or int64}}
  // expected-error @+1 {{'webnn.arg_min' op failed to infer returned types}}
  %0 = webnn.arg_min %x {axis = 1 : i32, output_data_type = ui32} : (tensor<2x3xi32>) -> tensor<2xui32>
  return
}

// -----

// nor a type that is no WebNN data type (the declared result is valid, so
// that the op reaches inferArgMinMax).
func.func @arg_max_output_index(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{argMax: outputDataType (index) must be int32 or int64}}
  // expected-error @+1 {{'webnn.arg_max' op failed to infer returned types}}
  %0 = webnn.arg_max %x {axis = 1 : i32, output_data_type = index} : (tensor<2x3xf32>) -> tensor<2xi32>
  return
}

// -----

// Without output_data_type the result is int32.
func.func @arg_max_default_result_i32(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.arg_max' op inferred type(s) 'tensor<2xi32>' are incompatible with return type(s) of operation 'tensor<2xi64>'}}
  // expected-error @+1 {{'webnn.arg_max' op failed to infer returned types}}
  %0 = webnn.arg_max %x {axis = 1 : i32} : (tensor<2x3xf32>) -> tensor<2xi64>
  return
}

// -----

// With output_data_type = i64 the result is int64.
func.func @arg_min_result_not_output_data_type(%x: tensor<2x3xf16>) {
  // expected-error @+2 {{'webnn.arg_min' op inferred type(s) 'tensor<2xi64>' are incompatible with return type(s) of operation 'tensor<2xi32>'}}
  // expected-error @+1 {{'webnn.arg_min' op failed to infer returned types}}
  %0 = webnn.arg_min %x {axis = 1 : i32, output_data_type = i64} : (tensor<2x3xf16>) -> tensor<2xi32>
  return
}

// -----

// The result is the index type, not the input's.
func.func @arg_max_result_input_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.arg_max' op inferred type(s) 'tensor<3xi32>' are incompatible with return type(s) of operation 'tensor<3xf32>'}}
  // expected-error @+1 {{'webnn.arg_max' op failed to infer returned types}}
  %0 = webnn.arg_max %x {axis = 0 : i32} : (tensor<2x3xf32>) -> tensor<3xf32>
  return
}

// -----

// Without keep_dimensions the axis is dropped: the declared result keeps
// it.
func.func @arg_max_keep_dimensions_missing(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.arg_max' op inferred type(s) 'tensor<2xi32>' are incompatible with return type(s) of operation 'tensor<2x1xi32>'}}
  // expected-error @+1 {{'webnn.arg_max' op failed to infer returned types}}
  %0 = webnn.arg_max %x {axis = 1 : i32} : (tensor<2x3xf32>) -> tensor<2x1xi32>
  return
}

// -----

// With keep_dimensions the axis is kept as 1: the declared result drops it.
func.func @arg_min_keep_dimensions_dropped(%x: tensor<2x3x4xi8>) {
  // expected-error @+2 {{'webnn.arg_min' op inferred type(s) 'tensor<2x1x4xi32>' are incompatible with return type(s) of operation 'tensor<2x4xi32>'}}
  // expected-error @+1 {{'webnn.arg_min' op failed to infer returned types}}
  %0 = webnn.arg_min %x {axis = 1 : i32, keep_dimensions = true} : (tensor<2x3x4xi8>) -> tensor<2x4xi32>
  return
}

// -----

// The reduced axis is the one named, not another of the same size.
func.func @arg_max_wrong_axis_dropped(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.arg_max' op inferred type(s) 'tensor<3xi32>' are incompatible with return type(s) of operation 'tensor<2xi32>'}}
  // expected-error @+1 {{'webnn.arg_max' op failed to infer returned types}}
  %0 = webnn.arg_max %x {axis = 0 : i32} : (tensor<2x3xf32>) -> tensor<2xi32>
  return
}

// -----

// The axis is required, and is an i32 attribute; output_data_type is a
// type attribute.
func.func @arg_min_axis_missing(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{'webnn.arg_min' op requires attribute 'axis'}}
  %0 = webnn.arg_min %x : (tensor<2x3xf32>) -> tensor<2xi32>
  return
}

// -----

func.func @arg_max_axis_i64(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{'webnn.arg_max' op attribute 'axis' failed to satisfy constraint: 32-bit signless integer attribute}}
  %0 = webnn.arg_max %x {axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2xi32>
  return
}

// -----

func.func @arg_min_output_data_type_integer(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{'webnn.arg_min' op attribute 'output_data_type' failed to satisfy constraint: any type attribute}}
  %0 = webnn.arg_min %x {axis = 1 : i32, output_data_type = 1 : i32} : (tensor<2x3xf32>) -> tensor<2xi32>
  return
}

// -----

// cumulativeSum (webnn.cumulative_sum): the rules of inferCumulativeSum.
// The allowed data types are float32, float16 and the 32- and 64-bit
// integers; the input must have rank 1 or more, and the axis must name one
// of its dimensions. The result is the input's type.

func.func @cumulative_sum_int8(%x: tensor<2x3xi8>) {
  // expected-error @+2 {{cumulativeSum: input data type (int8) must be one of float32, float16, int32, uint32, int64, uint64}}
  // expected-error @+1 {{'webnn.cumulative_sum' op failed to infer returned types}}
  %0 = webnn.cumulative_sum %x {axis = 1 : i32} : (tensor<2x3xi8>) -> tensor<2x3xi8>
  return
}

// -----

func.func @cumulative_sum_uint8(%x: tensor<2x3xui8>) {
  // expected-error @+2 {{cumulativeSum: input data type (uint8) must be one of float32, float16, int32, uint32, int64, uint64}}
  // expected-error @+1 {{'webnn.cumulative_sum' op failed to infer returned types}}
  %0 = webnn.cumulative_sum %x {axis = 0 : i32} : (tensor<2x3xui8>) -> tensor<2x3xui8>
  return
}

// -----

// A rank-0 input has no axis: the rank is reported, not the axis.
func.func @cumulative_sum_scalar(%x: tensor<f32>) {
  // expected-error @+2 {{cumulativeSum: input rank (0) must be at least 1}}
  // expected-error @+1 {{'webnn.cumulative_sum' op failed to infer returned types}}
  %0 = webnn.cumulative_sum %x {axis = 0 : i32} : (tensor<f32>) -> tensor<f32>
  return
}

// -----

// An axis past the rank.
func.func @cumulative_sum_axis_out_of_range(%x: tensor<2x3xi32>) {
  // expected-error @+2 {{cumulativeSum: axis (2) must be in the range [0, 2)}}
  // expected-error @+1 {{'webnn.cumulative_sum' op failed to infer returned types}}
  %0 = webnn.cumulative_sum %x {axis = 2 : i32} : (tensor<2x3xi32>) -> tensor<2x3xi32>
  return
}

// -----

// A negative axis does not count from the end.
func.func @cumulative_sum_negative_axis(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{cumulativeSum: axis (-1) must be in the range [0, 2)}}
  // expected-error @+1 {{'webnn.cumulative_sum' op failed to infer returned types}}
  %0 = webnn.cumulative_sum %x {axis = -1 : i32, reversed = true} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

// The result has the input's element type: a float16 sum is not widened.
func.func @cumulative_sum_result_element_type(%x: tensor<2x3xf16>) {
  // expected-error @+2 {{'webnn.cumulative_sum' op inferred type(s) 'tensor<2x3xf16>' are incompatible with return type(s) of operation 'tensor<2x3xf32>'}}
  // expected-error @+1 {{'webnn.cumulative_sum' op failed to infer returned types}}
  %0 = webnn.cumulative_sum %x {axis = 1 : i32} : (tensor<2x3xf16>) -> tensor<2x3xf32>
  return
}

// -----

// The result has the input's shape: the axis is not reduced.
func.func @cumulative_sum_result_shape(%x: tensor<2x3xi64>) {
  // expected-error @+2 {{'webnn.cumulative_sum' op inferred type(s) 'tensor<2x3xi64>' are incompatible with return type(s) of operation 'tensor<2xi64>'}}
  // expected-error @+1 {{'webnn.cumulative_sum' op failed to infer returned types}}
  %0 = webnn.cumulative_sum %x {axis = 1 : i32, exclusive = true} : (tensor<2x3xi64>) -> tensor<2xi64>
  return
}

// -----

// Options of the wrong attribute type.
func.func @cumulative_sum_exclusive_integer(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{'webnn.cumulative_sum' op attribute 'exclusive' failed to satisfy constraint: bool attribute}}
  %0 = webnn.cumulative_sum %x {axis = 0 : i32, exclusive = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}
