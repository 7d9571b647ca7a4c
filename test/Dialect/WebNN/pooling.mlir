// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of average_pool2d, l2_pool2d and max_pool2d: each function is
// parsed, printed, and parsed again, once through the custom assembly form
// and once through the generic form. A few functions are written in the
// generic form to check that it parses too. Default-valued options are elided
// from the custom form.

// Without window_dimensions the pool is global.
// CHECK-LABEL: func @average_pool2d_global(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1024x7x7xf32>)
// CHECK:         %[[R:.*]] = webnn.average_pool2d %[[X]] : (tensor<1x1024x7x7xf32>) -> tensor<1x1024x1x1xf32>
// CHECK:         return %[[R]] : tensor<1x1024x1x1xf32>
func.func @average_pool2d_global(%x: tensor<1x1024x7x7xf32>) -> tensor<1x1024x1x1xf32> {
  %0 = webnn.average_pool2d %x : (tensor<1x1024x7x7xf32>) -> tensor<1x1024x1x1xf32>
  return %0 : tensor<1x1024x1x1xf32>
}

// CHECK-LABEL: func @average_pool2d_global_nhwc_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x7x5x16xf16>)
// CHECK:         %[[R:.*]] = webnn.average_pool2d %[[X]] {layout = #webnn.layout<nhwc>} : (tensor<2x7x5x16xf16>) -> tensor<2x1x1x16xf16>
// CHECK:         return %[[R]] : tensor<2x1x1x16xf16>
func.func @average_pool2d_global_nhwc_f16(%x: tensor<2x7x5x16xf16>) -> tensor<2x1x1x16xf16> {
  %0 = webnn.average_pool2d %x {layout = #webnn.layout<nhwc>} : (tensor<2x7x5x16xf16>) -> tensor<2x1x1x16xf16>
  return %0 : tensor<2x1x1x16xf16>
}

// (112 + 1 + 1 - 3) / 2 + 1 = 56.
// CHECK-LABEL: func @average_pool2d_window_padding(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x64x112x112xf32>)
// CHECK:         %[[R:.*]] = webnn.average_pool2d %[[X]] {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32>
// CHECK:         return %[[R]] : tensor<1x64x56x56xf32>
func.func @average_pool2d_window_padding(%x: tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32> {
  %0 = webnn.average_pool2d %x {window_dimensions = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32>
  return %0 : tensor<1x64x56x56xf32>
}

// CHECK-LABEL: func @l2_pool2d_global(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x4x6xf32>)
// CHECK:         %[[R:.*]] = webnn.l2_pool2d %[[X]] : (tensor<1x3x4x6xf32>) -> tensor<1x3x1x1xf32>
// CHECK:         return %[[R]] : tensor<1x3x1x1xf32>
func.func @l2_pool2d_global(%x: tensor<1x3x4x6xf32>) -> tensor<1x3x1x1xf32> {
  %0 = webnn.l2_pool2d %x : (tensor<1x3x4x6xf32>) -> tensor<1x3x1x1xf32>
  return %0 : tensor<1x3x1x1xf32>
}

// A dilated 3x3 window spans 5x5: 7 - 5 + 1 = 3.
// CHECK-LABEL: func @l2_pool2d_nhwc_dilations(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x7x7x16xf16>)
// CHECK:         %[[R:.*]] = webnn.l2_pool2d %[[X]] {dilations = array<i64: 2, 2>, layout = #webnn.layout<nhwc>, window_dimensions = array<i64: 3, 3>} : (tensor<1x7x7x16xf16>) -> tensor<1x3x3x16xf16>
// CHECK:         return %[[R]] : tensor<1x3x3x16xf16>
func.func @l2_pool2d_nhwc_dilations(%x: tensor<1x7x7x16xf16>) -> tensor<1x3x3x16xf16> {
  %0 = webnn.l2_pool2d %x {window_dimensions = array<i64: 3, 3>, dilations = array<i64: 2, 2>, layout = #webnn.layout<nhwc>} : (tensor<1x7x7x16xf16>) -> tensor<1x3x3x16xf16>
  return %0 : tensor<1x3x3x16xf16>
}

// (112 - 3) / 2 + 1 rounds down to 55.
// CHECK-LABEL: func @max_pool2d_floor(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x64x112x112xf32>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x55x55xf32>
// CHECK:         return %[[R]] : tensor<1x64x55x55xf32>
func.func @max_pool2d_floor(%x: tensor<1x64x112x112xf32>) -> tensor<1x64x55x55xf32> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x55x55xf32>
  return %0 : tensor<1x64x55x55xf32>
}

// The same pool with ceil rounding: 56.
// CHECK-LABEL: func @max_pool2d_ceil(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x64x112x112xf32>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {output_shape_rounding = #webnn.rounding<ceil>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32>
// CHECK:         return %[[R]] : tensor<1x64x56x56xf32>
func.func @max_pool2d_ceil(%x: tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>, output_shape_rounding = #webnn.rounding<ceil>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32>
  return %0 : tensor<1x64x56x56xf32>
}

// Explicit floor rounding is the default and is elided.
// CHECK-LABEL: func @max_pool2d_floor_explicit(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x5x5xf32>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {strides = array<i64: 2, 2>, window_dimensions = array<i64: 2, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x2x2xf32>
// CHECK:         return %[[R]] : tensor<1x2x2x2xf32>
func.func @max_pool2d_floor_explicit(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x2x2xf32> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>, output_shape_rounding = #webnn.rounding<floor>, layout = #webnn.layout<nchw>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x2x2xf32>
  return %0 : tensor<1x2x2x2xf32>
}

// output_sizes picks the rounded-up size (3) over the rounding option's
// rounded-down one (2): (6 - 3) / 2 + 1 = 2.5.
// CHECK-LABEL: func @max_pool2d_output_sizes_ceil(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x6x6xf32>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {output_sizes = array<i64: 3, 3>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x3x3xf32>
// CHECK:         return %[[R]] : tensor<1x3x3x3xf32>
func.func @max_pool2d_output_sizes_ceil(%x: tensor<1x3x6x6xf32>) -> tensor<1x3x3x3xf32> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>, output_sizes = array<i64: 3, 3>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x3x3xf32>
  return %0 : tensor<1x3x3x3xf32>
}

// output_sizes can also pick the rounded-down size against ceil rounding.
// CHECK-LABEL: func @average_pool2d_output_sizes_floor(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x6x6xf32>)
// CHECK:         %[[R:.*]] = webnn.average_pool2d %[[X]] {output_shape_rounding = #webnn.rounding<ceil>, output_sizes = array<i64: 2, 2>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x2x2xf32>
// CHECK:         return %[[R]] : tensor<1x3x2x2xf32>
func.func @average_pool2d_output_sizes_floor(%x: tensor<1x3x6x6xf32>) -> tensor<1x3x2x2xf32> {
  %0 = webnn.average_pool2d %x {window_dimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>, output_shape_rounding = #webnn.rounding<ceil>, output_sizes = array<i64: 2, 2>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x2x2xf32>
  return %0 : tensor<1x3x2x2xf32>
}

// The WPT case: output_sizes [3, 3] with padding [1, 0, 0, 1] and strides
// [2, 2] on a 5x5 input with a 3x3 window: (5 + 1 - 3) / 2 + 1 = 2.5.
// CHECK-LABEL: func @l2_pool2d_output_sizes_padding(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x5x5xf32>)
// CHECK:         %[[R:.*]] = webnn.l2_pool2d %[[X]] {output_sizes = array<i64: 3, 3>, padding = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
// CHECK:         return %[[R]] : tensor<1x2x3x3xf32>
func.func @l2_pool2d_output_sizes_padding(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32> {
  %0 = webnn.l2_pool2d %x {window_dimensions = array<i64: 3, 3>, padding = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 2>, output_sizes = array<i64: 3, 3>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// nhwc with ceil rounding: height (8 - 3) / 2 + 1 = 3.5 -> 4,
// width (6 - 2) / 2 + 1 = 3.
// CHECK-LABEL: func @max_pool2d_nhwc_ceil(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x8x6x5xf16>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {layout = #webnn.layout<nhwc>, output_shape_rounding = #webnn.rounding<ceil>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 2>} : (tensor<1x8x6x5xf16>) -> tensor<1x4x3x5xf16>
// CHECK:         return %[[R]] : tensor<1x4x3x5xf16>
func.func @max_pool2d_nhwc_ceil(%x: tensor<1x8x6x5xf16>) -> tensor<1x4x3x5xf16> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 3, 2>, strides = array<i64: 2, 2>, layout = #webnn.layout<nhwc>, output_shape_rounding = #webnn.rounding<ceil>} : (tensor<1x8x6x5xf16>) -> tensor<1x4x3x5xf16>
  return %0 : tensor<1x4x3x5xf16>
}

// max_pool2d takes every data type.
// CHECK-LABEL: func @max_pool2d_i8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1x4x4xi8>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {strides = array<i64: 2, 2>, window_dimensions = array<i64: 2, 2>} : (tensor<1x1x4x4xi8>) -> tensor<1x1x2x2xi8>
// CHECK:         return %[[R]] : tensor<1x1x2x2xi8>
func.func @max_pool2d_i8(%x: tensor<1x1x4x4xi8>) -> tensor<1x1x2x2xi8> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x4x4xi8>) -> tensor<1x1x2x2xi8>
  return %0 : tensor<1x1x2x2xi8>
}

// CHECK-LABEL: func @max_pool2d_global_ui8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x4x4xui8>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] : (tensor<1x3x4x4xui8>) -> tensor<1x3x1x1xui8>
// CHECK:         return %[[R]] : tensor<1x3x1x1xui8>
func.func @max_pool2d_global_ui8(%x: tensor<1x3x4x4xui8>) -> tensor<1x3x1x1xui8> {
  %0 = webnn.max_pool2d %x : (tensor<1x3x4x4xui8>) -> tensor<1x3x1x1xui8>
  return %0 : tensor<1x3x1x1xui8>
}

// CHECK-LABEL: func @max_pool2d_int_types(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<1x1x2x2xi32>, %[[B:[^:]+]]: tensor<1x1x2x2xui32>, %[[C:[^:]+]]: tensor<1x1x2x2xi64>, %[[D:[^:]+]]: tensor<1x1x2x2xui64>)
// CHECK:         %[[RA:.*]] = webnn.max_pool2d %[[A]] : (tensor<1x1x2x2xi32>) -> tensor<1x1x1x1xi32>
// CHECK:         %[[RB:.*]] = webnn.max_pool2d %[[B]] : (tensor<1x1x2x2xui32>) -> tensor<1x1x1x1xui32>
// CHECK:         %[[RC:.*]] = webnn.max_pool2d %[[C]] : (tensor<1x1x2x2xi64>) -> tensor<1x1x1x1xi64>
// CHECK:         %[[RD:.*]] = webnn.max_pool2d %[[D]] : (tensor<1x1x2x2xui64>) -> tensor<1x1x1x1xui64>
// CHECK:         return %[[RA]], %[[RB]], %[[RC]], %[[RD]]
func.func @max_pool2d_int_types(%a: tensor<1x1x2x2xi32>, %b: tensor<1x1x2x2xui32>, %c: tensor<1x1x2x2xi64>, %d: tensor<1x1x2x2xui64>)
    -> (tensor<1x1x1x1xi32>, tensor<1x1x1x1xui32>, tensor<1x1x1x1xi64>, tensor<1x1x1x1xui64>) {
  %0 = webnn.max_pool2d %a : (tensor<1x1x2x2xi32>) -> tensor<1x1x1x1xi32>
  %1 = webnn.max_pool2d %b : (tensor<1x1x2x2xui32>) -> tensor<1x1x1x1xui32>
  %2 = webnn.max_pool2d %c : (tensor<1x1x2x2xi64>) -> tensor<1x1x1x1xi64>
  %3 = webnn.max_pool2d %d : (tensor<1x1x2x2xui64>) -> tensor<1x1x1x1xui64>
  return %0, %1, %2, %3 : tensor<1x1x1x1xi32>, tensor<1x1x1x1xui32>, tensor<1x1x1x1xi64>, tensor<1x1x1x1xui64>
}

// CHECK-LABEL: func @max_pool2d_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x4x4x2xf32>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {layout = #webnn.layout<nhwc>, window_dimensions = array<i64: 2, 2>} : (tensor<1x4x4x2xf32>) -> tensor<1x3x3x2xf32>
// CHECK:         return %[[R]] : tensor<1x3x3x2xf32>
func.func @max_pool2d_generic(%x: tensor<1x4x4x2xf32>) -> tensor<1x3x3x2xf32> {
  %0 = "webnn.max_pool2d"(%x) <{layout = #webnn.layout<nhwc>, window_dimensions = array<i64: 2, 2>}> : (tensor<1x4x4x2xf32>) -> tensor<1x3x3x2xf32>
  return %0 : tensor<1x3x3x2xf32>
}
