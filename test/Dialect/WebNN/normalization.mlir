// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of batch_normalization and softmax: each function is parsed,
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
