// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of the reduction ops (reduce_l1, reduce_l2, reduce_log_sum,
// reduce_log_sum_exp, reduce_max, reduce_mean, reduce_min, reduce_product,
// reduce_sum, reduce_sum_square): each function is parsed, printed, and
// parsed again, once through the custom assembly form and once through the
// generic form. The declared result type is checked against the inferred
// one, so each case also tests the shape function: `axes` absent reduces
// every dimension, empty `axes` none, and `keep_dimensions` keeps the
// reduced dimensions with size 1. A few functions are written in the
// generic form to check that it parses too. keep_dimensions = false, the
// default, is elided from the custom form. argMin, argMax and cumulativeSum
// follow, in sections of their own.

// CHECK-LABEL: func @reduce_l1_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.reduce_l1 %[[X]] {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
// CHECK:         return %[[R]] : tensor<2xf32>
func.func @reduce_l1_f32(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = webnn.reduce_l1 %x {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// CHECK-LABEL: func @reduce_l1_i32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xi32>)
// CHECK:         %[[R:.*]] = webnn.reduce_l1 %[[X]] {axes = array<i64: 0>} : (tensor<2x3xi32>) -> tensor<3xi32>
// CHECK:         return %[[R]] : tensor<3xi32>
func.func @reduce_l1_i32(%x: tensor<2x3xi32>) -> tensor<3xi32> {
  %0 = webnn.reduce_l1 %x {axes = array<i64: 0>} : (tensor<2x3xi32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// Without axes, every dimension is reduced: a rank-0 result.
// CHECK-LABEL: func @reduce_l2_all(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xf32>)
// CHECK:         %[[R:.*]] = webnn.reduce_l2 %[[X]] : (tensor<2x3x4xf32>) -> tensor<f32>
// CHECK:         return %[[R]] : tensor<f32>
func.func @reduce_l2_all(%x: tensor<2x3x4xf32>) -> tensor<f32> {
  %0 = webnn.reduce_l2 %x : (tensor<2x3x4xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// Several axes; the dimensions left keep their order.
// CHECK-LABEL: func @reduce_log_sum_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xf16>)
// CHECK:         %[[R:.*]] = webnn.reduce_log_sum %[[X]] {axes = array<i64: 0, 2>} : (tensor<2x3x4xf16>) -> tensor<3xf16>
// CHECK:         return %[[R]] : tensor<3xf16>
func.func @reduce_log_sum_f16(%x: tensor<2x3x4xf16>) -> tensor<3xf16> {
  %0 = webnn.reduce_log_sum %x {axes = array<i64: 0, 2>} : (tensor<2x3x4xf16>) -> tensor<3xf16>
  return %0 : tensor<3xf16>
}

// keep_dimensions keeps the reduced dimension with size 1.
// CHECK-LABEL: func @reduce_log_sum_exp_keep(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.reduce_log_sum_exp %[[X]] {axes = array<i64: 1>, keep_dimensions = true} : (tensor<2x3xf32>) -> tensor<2x1xf32>
// CHECK:         return %[[R]] : tensor<2x1xf32>
func.func @reduce_log_sum_exp_keep(%x: tensor<2x3xf32>) -> tensor<2x1xf32> {
  %0 = webnn.reduce_log_sum_exp %x {axes = array<i64: 1>, keep_dimensions = true} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// reduceMax and reduceMin allow every data type, the 8-bit ones too.
// CHECK-LABEL: func @reduce_max_ui8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x5xui8>)
// CHECK:         %[[R:.*]] = webnn.reduce_max %[[X]] {axes = array<i64: 1>} : (tensor<4x5xui8>) -> tensor<4xui8>
// CHECK:         return %[[R]] : tensor<4xui8>
func.func @reduce_max_ui8(%x: tensor<4x5xui8>) -> tensor<4xui8> {
  %0 = webnn.reduce_max %x {axes = array<i64: 1>} : (tensor<4x5xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// CHECK-LABEL: func @reduce_max_i8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x5xi8>)
// CHECK:         %[[R:.*]] = webnn.reduce_max %[[X]] : (tensor<4x5xi8>) -> tensor<i8>
// CHECK:         return %[[R]] : tensor<i8>
func.func @reduce_max_i8(%x: tensor<4x5xi8>) -> tensor<i8> {
  %0 = webnn.reduce_max %x : (tensor<4x5xi8>) -> tensor<i8>
  return %0 : tensor<i8>
}

// CHECK-LABEL: func @reduce_mean_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x8xf16>)
// CHECK:         %[[R:.*]] = webnn.reduce_mean %[[X]] {axes = array<i64: 1>} : (tensor<2x8xf16>) -> tensor<2xf16>
// CHECK:         return %[[R]] : tensor<2xf16>
func.func @reduce_mean_f16(%x: tensor<2x8xf16>) -> tensor<2xf16> {
  %0 = webnn.reduce_mean %x {axes = array<i64: 1>} : (tensor<2x8xf16>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// The axes need not be in order; they are printed as given.
// CHECK-LABEL: func @reduce_min_i64_unordered(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xi64>)
// CHECK:         %[[R:.*]] = webnn.reduce_min %[[X]] {axes = array<i64: 2, 0>} : (tensor<2x3x4xi64>) -> tensor<3xi64>
// CHECK:         return %[[R]] : tensor<3xi64>
func.func @reduce_min_i64_unordered(%x: tensor<2x3x4xi64>) -> tensor<3xi64> {
  %0 = webnn.reduce_min %x {axes = array<i64: 2, 0>} : (tensor<2x3x4xi64>) -> tensor<3xi64>
  return %0 : tensor<3xi64>
}

// CHECK-LABEL: func @reduce_min_ui64(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<6xui64>)
// CHECK:         %[[R:.*]] = webnn.reduce_min %[[X]] {axes = array<i64: 0>} : (tensor<6xui64>) -> tensor<ui64>
// CHECK:         return %[[R]] : tensor<ui64>
func.func @reduce_min_ui64(%x: tensor<6xui64>) -> tensor<ui64> {
  %0 = webnn.reduce_min %x {axes = array<i64: 0>} : (tensor<6xui64>) -> tensor<ui64>
  return %0 : tensor<ui64>
}

// CHECK-LABEL: func @reduce_product_ui32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3x2xui32>)
// CHECK:         %[[R:.*]] = webnn.reduce_product %[[X]] {axes = array<i64: 0>} : (tensor<3x2xui32>) -> tensor<2xui32>
// CHECK:         return %[[R]] : tensor<2xui32>
func.func @reduce_product_ui32(%x: tensor<3x2xui32>) -> tensor<2xui32> {
  %0 = webnn.reduce_product %x {axes = array<i64: 0>} : (tensor<3x2xui32>) -> tensor<2xui32>
  return %0 : tensor<2xui32>
}

// CHECK-LABEL: func @reduce_sum_ui64(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xui64>)
// CHECK:         %[[R:.*]] = webnn.reduce_sum %[[X]] {axes = array<i64: 0, 1>} : (tensor<2x3xui64>) -> tensor<ui64>
// CHECK:         return %[[R]] : tensor<ui64>
func.func @reduce_sum_ui64(%x: tensor<2x3xui64>) -> tensor<ui64> {
  %0 = webnn.reduce_sum %x {axes = array<i64: 0, 1>} : (tensor<2x3xui64>) -> tensor<ui64>
  return %0 : tensor<ui64>
}

// Empty axes reduce nothing: the shape is the input's, with
// keep_dimensions or not.
// CHECK-LABEL: func @reduce_sum_empty_axes(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.reduce_sum %[[X]] {axes = array<i64>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         %[[K:.*]] = webnn.reduce_sum %[[X]] {axes = array<i64>, keep_dimensions = true} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]], %[[K]] : tensor<2x3xf32>, tensor<2x3xf32>
func.func @reduce_sum_empty_axes(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = webnn.reduce_sum %x {axes = array<i64>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = webnn.reduce_sum %x {axes = array<i64>, keep_dimensions = true} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}

// Without axes and with keep_dimensions, every dimension becomes 1.
// CHECK-LABEL: func @reduce_sum_square_all_keep(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xi64>)
// CHECK:         %[[R:.*]] = webnn.reduce_sum_square %[[X]] {keep_dimensions = true} : (tensor<2x3x4xi64>) -> tensor<1x1x1xi64>
// CHECK:         return %[[R]] : tensor<1x1x1xi64>
func.func @reduce_sum_square_all_keep(%x: tensor<2x3x4xi64>) -> tensor<1x1x1xi64> {
  %0 = webnn.reduce_sum_square %x {keep_dimensions = true} : (tensor<2x3x4xi64>) -> tensor<1x1x1xi64>
  return %0 : tensor<1x1x1xi64>
}

// keep_dimensions with several axes of a rank-4 input.
// CHECK-LABEL: func @reduce_mean_keep_spatial(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x8x7x7xf32>)
// CHECK:         %[[R:.*]] = webnn.reduce_mean %[[X]] {axes = array<i64: 2, 3>, keep_dimensions = true} : (tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32>
// CHECK:         return %[[R]] : tensor<1x8x1x1xf32>
func.func @reduce_mean_keep_spatial(%x: tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32> {
  %0 = webnn.reduce_mean %x {axes = array<i64: 2, 3>, keep_dimensions = true} : (tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32>
  return %0 : tensor<1x8x1x1xf32>
}

// A rank-0 input: nothing to reduce, a rank-0 result.
// CHECK-LABEL: func @reduce_product_scalar(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<f32>)
// CHECK:         %[[R:.*]] = webnn.reduce_product %[[X]] {keep_dimensions = true} : (tensor<f32>) -> tensor<f32>
// CHECK:         return %[[R]] : tensor<f32>
func.func @reduce_product_scalar(%x: tensor<f32>) -> tensor<f32> {
  %0 = webnn.reduce_product %x {keep_dimensions = true} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// keep_dimensions = false is the default and is elided.
// CHECK-LABEL: func @reduce_sum_default_elided(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xi32>)
// CHECK:         %[[R:.*]] = webnn.reduce_sum %[[X]] {axes = array<i64: 1>} : (tensor<2x3xi32>) -> tensor<2xi32>
// CHECK:         return %[[R]] : tensor<2xi32>
func.func @reduce_sum_default_elided(%x: tensor<2x3xi32>) -> tensor<2xi32> {
  %0 = webnn.reduce_sum %x {axes = array<i64: 1>, keep_dimensions = false} : (tensor<2x3xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// The generic form parses, with the properties spelled out or not.
// CHECK-LABEL: func @reduce_l2_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.reduce_l2 %[[X]] {axes = array<i64: 0>, keep_dimensions = true} : (tensor<2x3xf16>) -> tensor<1x3xf16>
// CHECK:         return %[[R]] : tensor<1x3xf16>
func.func @reduce_l2_generic(%x: tensor<2x3xf16>) -> tensor<1x3xf16> {
  %0 = "webnn.reduce_l2"(%x) <{axes = array<i64: 0>, keep_dimensions = true}> : (tensor<2x3xf16>) -> tensor<1x3xf16>
  return %0 : tensor<1x3xf16>
}

// CHECK-LABEL: func @reduce_sum_square_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.reduce_sum_square %[[X]] : (tensor<2x3xf32>) -> tensor<f32>
// CHECK:         return %[[R]] : tensor<f32>
func.func @reduce_sum_square_generic(%x: tensor<2x3xf32>) -> tensor<f32> {
  %0 = "webnn.reduce_sum_square"(%x) : (tensor<2x3xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// CHECK-LABEL: func @reduce_min_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x5xf32>)
// CHECK:         %[[R:.*]] = webnn.reduce_min %[[X]] {axes = array<i64: 1>} : (tensor<4x5xf32>) -> tensor<4xf32>
// CHECK:         return %[[R]] : tensor<4xf32>
func.func @reduce_min_generic(%x: tensor<4x5xf32>) -> tensor<4xf32> {
  %0 = "webnn.reduce_min"(%x) <{axes = array<i64: 1>, keep_dimensions = false}> : (tensor<4x5xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// argMin and argMax (webnn.arg_min, webnn.arg_max): the index along `axis`
// of the smallest or largest element. The axis is dropped, or kept with
// size 1 with keep_dimensions; the result is int32 when output_data_type
// is absent, or output_data_type (int32 or int64). Any input data type is
// allowed. keep_dimensions = false is elided, and an absent
// output_data_type stays absent.

// The defaults: the axis is dropped, the result is int32, and neither
// keep_dimensions nor output_data_type is printed.
// CHECK-LABEL: func @arg_min_defaults(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.arg_min %[[X]] {axis = 1 : i32} : (tensor<2x3xf32>) -> tensor<2xi32>
// CHECK:         return %[[R]] : tensor<2xi32>
func.func @arg_min_defaults(%x: tensor<2x3xf32>) -> tensor<2xi32> {
  %0 = webnn.arg_min %x {axis = 1 : i32} : (tensor<2x3xf32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// keep_dimensions = false, written out, is elided.
// CHECK-LABEL: func @arg_max_default_elided(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xi32>)
// CHECK:         %[[R:.*]] = webnn.arg_max %[[X]] {axis = 1 : i32} : (tensor<2x3x4xi32>) -> tensor<2x4xi32>
// CHECK:         return %[[R]] : tensor<2x4xi32>
func.func @arg_max_default_elided(%x: tensor<2x3x4xi32>) -> tensor<2x4xi32> {
  %0 = webnn.arg_max %x {axis = 1 : i32, keep_dimensions = false} : (tensor<2x3x4xi32>) -> tensor<2x4xi32>
  return %0 : tensor<2x4xi32>
}

// keep_dimensions keeps the axis with size 1; output_data_type = i64 gives
// an int64 result.
// CHECK-LABEL: func @arg_max_f16_keep_i64(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.arg_max %[[X]] {axis = 0 : i32, keep_dimensions = true, output_data_type = i64} : (tensor<2x3xf16>) -> tensor<1x3xi64>
// CHECK:         return %[[R]] : tensor<1x3xi64>
func.func @arg_max_f16_keep_i64(%x: tensor<2x3xf16>) -> tensor<1x3xi64> {
  %0 = webnn.arg_max %x {axis = 0 : i32, keep_dimensions = true, output_data_type = i64} : (tensor<2x3xf16>) -> tensor<1x3xi64>
  return %0 : tensor<1x3xi64>
}

// The 8-bit types are allowed; the result is int32 whatever the input's
// data type.
// CHECK-LABEL: func @arg_min_i8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x5xi8>)
// CHECK:         %[[R:.*]] = webnn.arg_min %[[X]] {axis = 1 : i32} : (tensor<4x5xi8>) -> tensor<4xi32>
// CHECK:         return %[[R]] : tensor<4xi32>
func.func @arg_min_i8(%x: tensor<4x5xi8>) -> tensor<4xi32> {
  %0 = webnn.arg_min %x {axis = 1 : i32} : (tensor<4x5xi8>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// A rank-1 input: a rank-0 result, or [1] with keep_dimensions.
// CHECK-LABEL: func @arg_max_ui64(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<6xui64>)
// CHECK:         %[[R:.*]] = webnn.arg_max %[[X]] {axis = 0 : i32, output_data_type = i64} : (tensor<6xui64>) -> tensor<i64>
// CHECK:         %[[K:.*]] = webnn.arg_min %[[X]] {axis = 0 : i32, keep_dimensions = true} : (tensor<6xui64>) -> tensor<1xi32>
// CHECK:         return %[[R]], %[[K]] : tensor<i64>, tensor<1xi32>
func.func @arg_max_ui64(%x: tensor<6xui64>) -> (tensor<i64>, tensor<1xi32>) {
  %0 = webnn.arg_max %x {axis = 0 : i32, output_data_type = i64} : (tensor<6xui64>) -> tensor<i64>
  %1 = webnn.arg_min %x {axis = 0 : i32, keep_dimensions = true} : (tensor<6xui64>) -> tensor<1xi32>
  return %0, %1 : tensor<i64>, tensor<1xi32>
}

// output_data_type = i32, written out, is the default's type but is kept
// as written: it is not normalized to absent.
// CHECK-LABEL: func @arg_min_explicit_i32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3x2xui8>)
// CHECK:         %[[R:.*]] = webnn.arg_min %[[X]] {axis = 1 : i32, output_data_type = i32} : (tensor<3x2xui8>) -> tensor<3xi32>
// CHECK:         return %[[R]] : tensor<3xi32>
func.func @arg_min_explicit_i32(%x: tensor<3x2xui8>) -> tensor<3xi32> {
  %0 = webnn.arg_min %x {axis = 1 : i32, output_data_type = i32} : (tensor<3x2xui8>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// The generic form parses, with the properties spelled out or not.
// CHECK-LABEL: func @arg_max_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.arg_max %[[X]] {axis = 1 : i32, keep_dimensions = true, output_data_type = i64} : (tensor<2x3xf32>) -> tensor<2x1xi64>
// CHECK:         return %[[R]] : tensor<2x1xi64>
func.func @arg_max_generic(%x: tensor<2x3xf32>) -> tensor<2x1xi64> {
  %0 = "webnn.arg_max"(%x) <{axis = 1 : i32, keep_dimensions = true, output_data_type = i64}> : (tensor<2x3xf32>) -> tensor<2x1xi64>
  return %0 : tensor<2x1xi64>
}

// CHECK-LABEL: func @arg_min_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xi64>)
// CHECK:         %[[R:.*]] = webnn.arg_min %[[X]] {axis = 0 : i32} : (tensor<2x3xi64>) -> tensor<3xi32>
// CHECK:         return %[[R]] : tensor<3xi32>
func.func @arg_min_generic(%x: tensor<2x3xi64>) -> tensor<3xi32> {
  %0 = "webnn.arg_min"(%x) <{axis = 0 : i32}> : (tensor<2x3xi64>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// cumulativeSum (webnn.cumulative_sum): running sums along `axis`, of the
// input's shape and data type. exclusive = false and reversed = false, the
// defaults, are elided.

// CHECK-LABEL: func @cumulative_sum_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.cumulative_sum %[[X]] {axis = 1 : i32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @cumulative_sum_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.cumulative_sum %x {axis = 1 : i32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @cumulative_sum_exclusive(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x2xi32>)
// CHECK:         %[[R:.*]] = webnn.cumulative_sum %[[X]] {axis = 0 : i32, exclusive = true} : (tensor<4x2xi32>) -> tensor<4x2xi32>
// CHECK:         return %[[R]] : tensor<4x2xi32>
func.func @cumulative_sum_exclusive(%x: tensor<4x2xi32>) -> tensor<4x2xi32> {
  %0 = webnn.cumulative_sum %x {axis = 0 : i32, exclusive = true} : (tensor<4x2xi32>) -> tensor<4x2xi32>
  return %0 : tensor<4x2xi32>
}

// CHECK-LABEL: func @cumulative_sum_reversed_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<5xf16>)
// CHECK:         %[[R:.*]] = webnn.cumulative_sum %[[X]] {axis = 0 : i32, reversed = true} : (tensor<5xf16>) -> tensor<5xf16>
// CHECK:         return %[[R]] : tensor<5xf16>
func.func @cumulative_sum_reversed_f16(%x: tensor<5xf16>) -> tensor<5xf16> {
  %0 = webnn.cumulative_sum %x {axis = 0 : i32, reversed = true} : (tensor<5xf16>) -> tensor<5xf16>
  return %0 : tensor<5xf16>
}

// Both options, on the last axis of a rank-3 input.
// CHECK-LABEL: func @cumulative_sum_exclusive_reversed(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xui64>)
// CHECK:         %[[R:.*]] = webnn.cumulative_sum %[[X]] {axis = 2 : i32, exclusive = true, reversed = true} : (tensor<2x3x4xui64>) -> tensor<2x3x4xui64>
// CHECK:         return %[[R]] : tensor<2x3x4xui64>
func.func @cumulative_sum_exclusive_reversed(%x: tensor<2x3x4xui64>) -> tensor<2x3x4xui64> {
  %0 = webnn.cumulative_sum %x {axis = 2 : i32, exclusive = true, reversed = true} : (tensor<2x3x4xui64>) -> tensor<2x3x4xui64>
  return %0 : tensor<2x3x4xui64>
}

// exclusive = false and reversed = false, written out, are elided.
// CHECK-LABEL: func @cumulative_sum_defaults_elided(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3xui32>)
// CHECK:         %[[R:.*]] = webnn.cumulative_sum %[[X]] {axis = 0 : i32} : (tensor<3xui32>) -> tensor<3xui32>
// CHECK:         return %[[R]] : tensor<3xui32>
func.func @cumulative_sum_defaults_elided(%x: tensor<3xui32>) -> tensor<3xui32> {
  %0 = webnn.cumulative_sum %x {axis = 0 : i32, exclusive = false, reversed = false} : (tensor<3xui32>) -> tensor<3xui32>
  return %0 : tensor<3xui32>
}

// The generic form parses.
// CHECK-LABEL: func @cumulative_sum_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xi64>)
// CHECK:         %[[R:.*]] = webnn.cumulative_sum %[[X]] {axis = 1 : i32, exclusive = true} : (tensor<2x3xi64>) -> tensor<2x3xi64>
// CHECK:         return %[[R]] : tensor<2x3xi64>
func.func @cumulative_sum_generic(%x: tensor<2x3xi64>) -> tensor<2x3xi64> {
  %0 = "webnn.cumulative_sum"(%x) <{axis = 1 : i32, exclusive = true, reversed = false}> : (tensor<2x3xi64>) -> tensor<2x3xi64>
  return %0 : tensor<2x3xi64>
}
