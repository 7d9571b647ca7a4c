// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of batch_normalization, instance_normalization,
// layer_normalization and softmax: each function is parsed,
// printed, and parsed again, once through the custom assembly form and once
// through the generic form. A few functions are written in the generic form
// to check that it parses too. Default-valued options are elided from the
// custom form.

// CHECK-LABEL: func @batch_normalization_scale_bias(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x32x8x8xf32>, %[[M:[^:]+]]: tensor<32xf32>, %[[V:[^:]+]]: tensor<32xf32>, %[[S:[^:]+]]: tensor<32xf32>, %[[B:[^:]+]]: tensor<32xf32>)
// CHECK:         %[[R:.*]] = webnn.batch_normalization %[[X]], %[[M]], %[[V]] scale(%[[S]]) bias(%[[B]]) {epsilon = 1.000000e-03 : f64} : (tensor<1x32x8x8xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x32x8x8xf32>
// CHECK:         return %[[R]] : tensor<1x32x8x8xf32>
func.func @batch_normalization_scale_bias(%x: tensor<1x32x8x8xf32>, %m: tensor<32xf32>, %v: tensor<32xf32>, %s: tensor<32xf32>, %b: tensor<32xf32>) -> tensor<1x32x8x8xf32> {
  %0 = webnn.batch_normalization %x, %m, %v scale(%s) bias(%b) {epsilon = 1.0e-03 : f64} : (tensor<1x32x8x8xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x32x8x8xf32>
  return %0 : tensor<1x32x8x8xf32>
}

// Without scale and bias; axis 1 and epsilon 1e-5 are the defaults.
// CHECK-LABEL: func @batch_normalization_plain(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4x5xf32>, %[[M:[^:]+]]: tensor<3xf32>, %[[V:[^:]+]]: tensor<3xf32>)
// CHECK:         %[[R:.*]] = webnn.batch_normalization %[[X]], %[[M]], %[[V]] : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
// CHECK:         return %[[R]] : tensor<2x3x4x5xf32>
func.func @batch_normalization_plain(%x: tensor<2x3x4x5xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// Channels last (nhwc): axis 3, with a scale but no bias.
// CHECK-LABEL: func @batch_normalization_axis3_scale(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x8x8x16xf32>, %[[M:[^:]+]]: tensor<16xf32>, %[[V:[^:]+]]: tensor<16xf32>, %[[S:[^:]+]]: tensor<16xf32>)
// CHECK:         %[[R:.*]] = webnn.batch_normalization %[[X]], %[[M]], %[[V]] scale(%[[S]]) {axis = 3 : i32} : (tensor<1x8x8x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x8x8x16xf32>
// CHECK:         return %[[R]] : tensor<1x8x8x16xf32>
func.func @batch_normalization_axis3_scale(%x: tensor<1x8x8x16xf32>, %m: tensor<16xf32>, %v: tensor<16xf32>, %s: tensor<16xf32>) -> tensor<1x8x8x16xf32> {
  %0 = webnn.batch_normalization %x, %m, %v scale(%s) {axis = 3 : i32} : (tensor<1x8x8x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x8x8x16xf32>
  return %0 : tensor<1x8x8x16xf32>
}

// A bias but no scale, on a 2-D f16 input along axis 0.
// CHECK-LABEL: func @batch_normalization_axis0_bias_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<6x4xf16>, %[[M:[^:]+]]: tensor<6xf16>, %[[V:[^:]+]]: tensor<6xf16>, %[[B:[^:]+]]: tensor<6xf16>)
// CHECK:         %[[R:.*]] = webnn.batch_normalization %[[X]], %[[M]], %[[V]] bias(%[[B]]) {axis = 0 : i32, epsilon = 1.000000e-02 : f64} : (tensor<6x4xf16>, tensor<6xf16>, tensor<6xf16>, tensor<6xf16>) -> tensor<6x4xf16>
// CHECK:         return %[[R]] : tensor<6x4xf16>
func.func @batch_normalization_axis0_bias_f16(%x: tensor<6x4xf16>, %m: tensor<6xf16>, %v: tensor<6xf16>, %b: tensor<6xf16>) -> tensor<6x4xf16> {
  %0 = webnn.batch_normalization %x, %m, %v bias(%b) {axis = 0 : i32, epsilon = 0.01 : f64} : (tensor<6x4xf16>, tensor<6xf16>, tensor<6xf16>, tensor<6xf16>) -> tensor<6x4xf16>
  return %0 : tensor<6x4xf16>
}

// The generic form spells out the sizes of the operand segments
// (input, mean, variance, scale, bias).
// CHECK-LABEL: func @batch_normalization_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x4xf32>, %[[M:[^:]+]]: tensor<4xf32>, %[[V:[^:]+]]: tensor<4xf32>, %[[B:[^:]+]]: tensor<4xf32>)
// CHECK:         %[[R:.*]] = webnn.batch_normalization %[[X]], %[[M]], %[[V]] bias(%[[B]]) : (tensor<1x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4xf32>
// CHECK:         return %[[R]] : tensor<1x4xf32>
func.func @batch_normalization_generic(%x: tensor<1x4xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<1x4xf32> {
  %0 = "webnn.batch_normalization"(%x, %m, %v, %b) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 1>}> : (tensor<1x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}

// CHECK-LABEL: func @instance_normalization_scale_bias(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4x5xf32>, %[[S:[^:]+]]: tensor<3xf32>, %[[B:[^:]+]]: tensor<3xf32>)
// CHECK:         %[[R:.*]] = webnn.instance_normalization %[[X]] scale(%[[S]]) bias(%[[B]]) {epsilon = 1.000000e-03 : f64} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
// CHECK:         return %[[R]] : tensor<2x3x4x5xf32>
func.func @instance_normalization_scale_bias(%x: tensor<2x3x4x5xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  %0 = webnn.instance_normalization %x scale(%s) bias(%b) {epsilon = 1.0e-03 : f64} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// Without scale and bias; epsilon 1e-5 and layout nchw are the defaults, so
// the explicit nchw is elided.
// CHECK-LABEL: func @instance_normalization_plain(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.instance_normalization %[[X]] : (tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
// CHECK:         return %[[R]] : tensor<1x2x3x3xf32>
func.func @instance_normalization_plain(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %0 = webnn.instance_normalization %x {layout = #webnn.layout<nchw>} : (tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// Channels last (nhwc): scale and bias have the size of dimension 3.
// CHECK-LABEL: func @instance_normalization_nhwc(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x4x5x3xf32>, %[[S:[^:]+]]: tensor<3xf32>, %[[B:[^:]+]]: tensor<3xf32>)
// CHECK:         %[[R:.*]] = webnn.instance_normalization %[[X]] scale(%[[S]]) bias(%[[B]]) {layout = #webnn.layout<nhwc>} : (tensor<2x4x5x3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x4x5x3xf32>
// CHECK:         return %[[R]] : tensor<2x4x5x3xf32>
func.func @instance_normalization_nhwc(%x: tensor<2x4x5x3xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<2x4x5x3xf32> {
  %0 = webnn.instance_normalization %x scale(%s) bias(%b) {layout = #webnn.layout<nhwc>} : (tensor<2x4x5x3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x4x5x3xf32>
  return %0 : tensor<2x4x5x3xf32>
}

// A bias but no scale, in f16.
// CHECK-LABEL: func @instance_normalization_bias_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x4x2x2xf16>, %[[B:[^:]+]]: tensor<4xf16>)
// CHECK:         %[[R:.*]] = webnn.instance_normalization %[[X]] bias(%[[B]]) : (tensor<1x4x2x2xf16>, tensor<4xf16>) -> tensor<1x4x2x2xf16>
// CHECK:         return %[[R]] : tensor<1x4x2x2xf16>
func.func @instance_normalization_bias_f16(%x: tensor<1x4x2x2xf16>, %b: tensor<4xf16>) -> tensor<1x4x2x2xf16> {
  %0 = webnn.instance_normalization %x bias(%b) : (tensor<1x4x2x2xf16>, tensor<4xf16>) -> tensor<1x4x2x2xf16>
  return %0 : tensor<1x4x2x2xf16>
}

// The generic form spells out the sizes of the operand segments
// (input, scale, bias).
// CHECK-LABEL: func @instance_normalization_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x2x4xf32>, %[[S:[^:]+]]: tensor<4xf32>)
// CHECK:         %[[R:.*]] = webnn.instance_normalization %[[X]] scale(%[[S]]) {layout = #webnn.layout<nhwc>} : (tensor<1x2x2x4xf32>, tensor<4xf32>) -> tensor<1x2x2x4xf32>
// CHECK:         return %[[R]] : tensor<1x2x2x4xf32>
func.func @instance_normalization_generic(%x: tensor<1x2x2x4xf32>, %s: tensor<4xf32>) -> tensor<1x2x2x4xf32> {
  %0 = "webnn.instance_normalization"(%x, %s) <{layout = #webnn.layout<nhwc>, operandSegmentSizes = array<i32: 1, 1, 0>}> : (tensor<1x2x2x4xf32>, tensor<4xf32>) -> tensor<1x2x2x4xf32>
  return %0 : tensor<1x2x2x4xf32>
}

// Default axes (the attribute absent): every dimension but the first, so
// scale and bias are [3, 4]. The absent attribute stays absent.
// CHECK-LABEL: func @layer_normalization_default_axes(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xf32>, %[[S:[^:]+]]: tensor<3x4xf32>, %[[B:[^:]+]]: tensor<3x4xf32>)
// CHECK:         %[[R:.*]] = webnn.layer_normalization %[[X]] scale(%[[S]]) bias(%[[B]]) : (tensor<2x3x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
// CHECK:         return %[[R]] : tensor<2x3x4xf32>
func.func @layer_normalization_default_axes(%x: tensor<2x3x4xf32>, %s: tensor<3x4xf32>, %b: tensor<3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.layer_normalization %x scale(%s) bias(%b) : (tensor<2x3x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// Without scale and bias, over the last axis, with an epsilon.
// CHECK-LABEL: func @layer_normalization_plain(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x128x768xf32>)
// CHECK:         %[[R:.*]] = webnn.layer_normalization %[[X]] {axes = array<i64: 2>, epsilon = 1.000000e-02 : f64} : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
// CHECK:         return %[[R]] : tensor<1x128x768xf32>
func.func @layer_normalization_plain(%x: tensor<1x128x768xf32>) -> tensor<1x128x768xf32> {
  %0 = webnn.layer_normalization %x {axes = array<i64: 2>, epsilon = 0.01 : f64} : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
  return %0 : tensor<1x128x768xf32>
}

// Unsorted axes [3, 1]: scale and bias list the sizes of dimensions 3 and
// 1 in that order, [5, 3]. The axes keep their order.
// CHECK-LABEL: func @layer_normalization_unsorted_axes(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4x5xf32>, %[[S:[^:]+]]: tensor<5x3xf32>, %[[B:[^:]+]]: tensor<5x3xf32>)
// CHECK:         %[[R:.*]] = webnn.layer_normalization %[[X]] scale(%[[S]]) bias(%[[B]]) {axes = array<i64: 3, 1>} : (tensor<2x3x4x5xf32>, tensor<5x3xf32>, tensor<5x3xf32>) -> tensor<2x3x4x5xf32>
// CHECK:         return %[[R]] : tensor<2x3x4x5xf32>
func.func @layer_normalization_unsorted_axes(%x: tensor<2x3x4x5xf32>, %s: tensor<5x3xf32>, %b: tensor<5x3xf32>) -> tensor<2x3x4x5xf32> {
  %0 = webnn.layer_normalization %x scale(%s) bias(%b) {axes = array<i64: 3, 1>} : (tensor<2x3x4x5xf32>, tensor<5x3xf32>, tensor<5x3xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// Empty axes: nothing is reduced, scale and bias are scalars. The empty
// attribute is kept: it is not the default.
// CHECK-LABEL: func @layer_normalization_empty_axes(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>, %[[S:[^:]+]]: tensor<f32>, %[[B:[^:]+]]: tensor<f32>)
// CHECK:         %[[R:.*]] = webnn.layer_normalization %[[X]] scale(%[[S]]) bias(%[[B]]) {axes = array<i64>} : (tensor<2x3xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @layer_normalization_empty_axes(%x: tensor<2x3xf32>, %s: tensor<f32>, %b: tensor<f32>) -> tensor<2x3xf32> {
  %0 = webnn.layer_normalization %x scale(%s) bias(%b) {axes = array<i64>} : (tensor<2x3xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// A scalar input: the default axes are empty, so the scale is a scalar.
// CHECK-LABEL: func @layer_normalization_rank0(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<f32>, %[[S:[^:]+]]: tensor<f32>)
// CHECK:         %[[R:.*]] = webnn.layer_normalization %[[X]] scale(%[[S]]) : (tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK:         return %[[R]] : tensor<f32>
func.func @layer_normalization_rank0(%x: tensor<f32>, %s: tensor<f32>) -> tensor<f32> {
  %0 = webnn.layer_normalization %x scale(%s) : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// A 1-D input: the default axes are empty too (1 to rank, exclusive), so
// the bias is a scalar; with axes [0] it has the size of the input.
// CHECK-LABEL: func @layer_normalization_rank1(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<5xf32>, %[[B0:[^:]+]]: tensor<f32>, %[[B1:[^:]+]]: tensor<5xf32>)
// CHECK:         %[[R0:.*]] = webnn.layer_normalization %[[X]] bias(%[[B0]]) : (tensor<5xf32>, tensor<f32>) -> tensor<5xf32>
// CHECK:         %[[R1:.*]] = webnn.layer_normalization %[[R0]] bias(%[[B1]]) {axes = array<i64: 0>} : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
// CHECK:         return %[[R1]] : tensor<5xf32>
func.func @layer_normalization_rank1(%x: tensor<5xf32>, %b0: tensor<f32>, %b1: tensor<5xf32>) -> tensor<5xf32> {
  %0 = webnn.layer_normalization %x bias(%b0) : (tensor<5xf32>, tensor<f32>) -> tensor<5xf32>
  %1 = webnn.layer_normalization %0 bias(%b1) {axes = array<i64: 0>} : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
  return %1 : tensor<5xf32>
}

// A scale but no bias, in f16.
// CHECK-LABEL: func @layer_normalization_scale_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x8xf16>, %[[S:[^:]+]]: tensor<8xf16>)
// CHECK:         %[[R:.*]] = webnn.layer_normalization %[[X]] scale(%[[S]]) {axes = array<i64: 1>, epsilon = 1.000000e-03 : f64} : (tensor<2x8xf16>, tensor<8xf16>) -> tensor<2x8xf16>
// CHECK:         return %[[R]] : tensor<2x8xf16>
func.func @layer_normalization_scale_f16(%x: tensor<2x8xf16>, %s: tensor<8xf16>) -> tensor<2x8xf16> {
  %0 = webnn.layer_normalization %x scale(%s) {axes = array<i64: 1>, epsilon = 1.0e-03 : f64} : (tensor<2x8xf16>, tensor<8xf16>) -> tensor<2x8xf16>
  return %0 : tensor<2x8xf16>
}

// The generic form: a bias but no scale.
// CHECK-LABEL: func @layer_normalization_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3x4xf32>, %[[B:[^:]+]]: tensor<3xf32>)
// CHECK:         %[[R:.*]] = webnn.layer_normalization %[[X]] bias(%[[B]]) {axes = array<i64: 0>} : (tensor<3x4xf32>, tensor<3xf32>) -> tensor<3x4xf32>
// CHECK:         return %[[R]] : tensor<3x4xf32>
func.func @layer_normalization_generic(%x: tensor<3x4xf32>, %b: tensor<3xf32>) -> tensor<3x4xf32> {
  %0 = "webnn.layer_normalization"(%x, %b) <{axes = array<i64: 0>, operandSegmentSizes = array<i32: 1, 0, 1>}> : (tensor<3x4xf32>, tensor<3xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// CHECK-LABEL: func @softmax_2d(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1000xf32>)
// CHECK:         %[[R:.*]] = webnn.softmax %[[X]] {axis = 1 : i32} : (tensor<1x1000xf32>) -> tensor<1x1000xf32>
// CHECK:         return %[[R]] : tensor<1x1000xf32>
func.func @softmax_2d(%x: tensor<1x1000xf32>) -> tensor<1x1000xf32> {
  %0 = webnn.softmax %x {axis = 1 : i32} : (tensor<1x1000xf32>) -> tensor<1x1000xf32>
  return %0 : tensor<1x1000xf32>
}

// CHECK-LABEL: func @softmax_1d_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<10xf16>)
// CHECK:         %[[R:.*]] = webnn.softmax %[[X]] {axis = 0 : i32} : (tensor<10xf16>) -> tensor<10xf16>
// CHECK:         return %[[R]] : tensor<10xf16>
func.func @softmax_1d_f16(%x: tensor<10xf16>) -> tensor<10xf16> {
  %0 = webnn.softmax %x {axis = 0 : i32} : (tensor<10xf16>) -> tensor<10xf16>
  return %0 : tensor<10xf16>
}

// CHECK-LABEL: func @softmax_middle_axis(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x5x3xf32>)
// CHECK:         %[[R:.*]] = webnn.softmax %[[X]] {axis = 1 : i32} : (tensor<2x5x3xf32>) -> tensor<2x5x3xf32>
// CHECK:         return %[[R]] : tensor<2x5x3xf32>
func.func @softmax_middle_axis(%x: tensor<2x5x3xf32>) -> tensor<2x5x3xf32> {
  %0 = webnn.softmax %x {axis = 1 : i32} : (tensor<2x5x3xf32>) -> tensor<2x5x3xf32>
  return %0 : tensor<2x5x3xf32>
}
