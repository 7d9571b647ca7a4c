// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of conv2d: each function is parsed, printed, and parsed again,
// once through the custom assembly form and once through the generic form. A
// few functions are written in the generic form to check that it parses too.
// Default-valued options are elided from the custom form.

// Defaults: nchw input, oihw filter, no padding, unit strides and dilations.
// CHECK-LABEL: func @conv2d_default(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x5x5xf32>, %[[W:[^:]+]]: tensor<2x3x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] : (tensor<1x3x5x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x2x3x3xf32>
// CHECK:         return %[[R]] : tensor<1x2x3x3xf32>
func.func @conv2d_default(%x: tensor<1x3x5x5xf32>, %w: tensor<2x3x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %0 = webnn.conv2d %x, %w : (tensor<1x3x5x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// (224 + 1 + 1 - 3) / 2 + 1 = 112.
// CHECK-LABEL: func @conv2d_bias_padding_strides(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x224x224xf32>, %[[W:[^:]+]]: tensor<32x3x3x3xf32>, %[[B:[^:]+]]: tensor<32xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x224x224xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>) -> tensor<1x32x112x112xf32>
// CHECK:         return %[[R]] : tensor<1x32x112x112xf32>
func.func @conv2d_bias_padding_strides(%x: tensor<1x3x224x224xf32>, %w: tensor<32x3x3x3xf32>, %b: tensor<32xf32>) -> tensor<1x32x112x112xf32> {
  %0 = webnn.conv2d %x, %w bias(%b) {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x224x224xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>) -> tensor<1x32x112x112xf32>
  return %0 : tensor<1x32x112x112xf32>
}

// Asymmetric padding and strides: height (7 + 0 + 2 - 3) / 1 + 1 = 7,
// width (9 + 1 + 0 - 3) / 3 + 1 = 3.
// CHECK-LABEL: func @conv2d_asymmetric(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x4x7x9xf32>, %[[W:[^:]+]]: tensor<6x4x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] {padding = array<i64: 0, 2, 1, 0>, strides = array<i64: 1, 3>} : (tensor<2x4x7x9xf32>, tensor<6x4x3x3xf32>) -> tensor<2x6x7x3xf32>
// CHECK:         return %[[R]] : tensor<2x6x7x3xf32>
func.func @conv2d_asymmetric(%x: tensor<2x4x7x9xf32>, %w: tensor<6x4x3x3xf32>) -> tensor<2x6x7x3xf32> {
  %0 = webnn.conv2d %x, %w {padding = array<i64: 0, 2, 1, 0>, strides = array<i64: 1, 3>} : (tensor<2x4x7x9xf32>, tensor<6x4x3x3xf32>) -> tensor<2x6x7x3xf32>
  return %0 : tensor<2x6x7x3xf32>
}

// A dilated 3x3 filter spans 5x5: 32 - 5 + 1 = 28.
// CHECK-LABEL: func @conv2d_dilations(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x8x32x32xf32>, %[[W:[^:]+]]: tensor<16x8x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] {dilations = array<i64: 2, 2>} : (tensor<1x8x32x32xf32>, tensor<16x8x3x3xf32>) -> tensor<1x16x28x28xf32>
// CHECK:         return %[[R]] : tensor<1x16x28x28xf32>
func.func @conv2d_dilations(%x: tensor<1x8x32x32xf32>, %w: tensor<16x8x3x3xf32>) -> tensor<1x16x28x28xf32> {
  %0 = webnn.conv2d %x, %w {dilations = array<i64: 2, 2>} : (tensor<1x8x32x32xf32>, tensor<16x8x3x3xf32>) -> tensor<1x16x28x28xf32>
  return %0 : tensor<1x16x28x28xf32>
}

// Two groups of 4 input channels.
// CHECK-LABEL: func @conv2d_groups(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x8x10x10xf32>, %[[W:[^:]+]]: tensor<12x4x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] {groups = 2 : i32} : (tensor<1x8x10x10xf32>, tensor<12x4x3x3xf32>) -> tensor<1x12x8x8xf32>
// CHECK:         return %[[R]] : tensor<1x12x8x8xf32>
func.func @conv2d_groups(%x: tensor<1x8x10x10xf32>, %w: tensor<12x4x3x3xf32>) -> tensor<1x12x8x8xf32> {
  %0 = webnn.conv2d %x, %w {groups = 2 : i32} : (tensor<1x8x10x10xf32>, tensor<12x4x3x3xf32>) -> tensor<1x12x8x8xf32>
  return %0 : tensor<1x12x8x8xf32>
}

// Depthwise: groups equals the input channels, one filter input channel.
// CHECK-LABEL: func @conv2d_depthwise(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x32x112x112xf32>, %[[W:[^:]+]]: tensor<32x1x3x3xf32>, %[[B:[^:]+]]: tensor<32xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) {groups = 32 : i32, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x32x112x112xf32>, tensor<32x1x3x3xf32>, tensor<32xf32>) -> tensor<1x32x112x112xf32>
// CHECK:         return %[[R]] : tensor<1x32x112x112xf32>
func.func @conv2d_depthwise(%x: tensor<1x32x112x112xf32>, %w: tensor<32x1x3x3xf32>, %b: tensor<32xf32>) -> tensor<1x32x112x112xf32> {
  %0 = webnn.conv2d %x, %w bias(%b) {groups = 32 : i32, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x32x112x112xf32>, tensor<32x1x3x3xf32>, tensor<32xf32>) -> tensor<1x32x112x112xf32>
  return %0 : tensor<1x32x112x112xf32>
}

// The default layouts written out are elided when printed.
// CHECK-LABEL: func @conv2d_nchw_oihw_explicit(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x5x5xf32>, %[[W:[^:]+]]: tensor<2x3x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] : (tensor<1x3x5x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x2x3x3xf32>
// CHECK:         return %[[R]] : tensor<1x2x3x3xf32>
func.func @conv2d_nchw_oihw_explicit(%x: tensor<1x3x5x5xf32>, %w: tensor<2x3x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %0 = webnn.conv2d %x, %w {input_layout = #webnn.layout<nchw>, filter_layout = #webnn.filter_layout<oihw>, groups = 1 : i32} : (tensor<1x3x5x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// nhwc input with an hwio filter (TensorFlow's layouts):
// (224 + 0 + 1 - 3) / 2 + 1 = 112.
// CHECK-LABEL: func @conv2d_nhwc_hwio(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x224x224x3xf32>, %[[W:[^:]+]]: tensor<3x3x3x32xf32>, %[[B:[^:]+]]: tensor<32xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) {filter_layout = #webnn.filter_layout<hwio>, input_layout = #webnn.layout<nhwc>, padding = array<i64: 0, 1, 0, 1>, strides = array<i64: 2, 2>} : (tensor<1x224x224x3xf32>, tensor<3x3x3x32xf32>, tensor<32xf32>) -> tensor<1x112x112x32xf32>
// CHECK:         return %[[R]] : tensor<1x112x112x32xf32>
func.func @conv2d_nhwc_hwio(%x: tensor<1x224x224x3xf32>, %w: tensor<3x3x3x32xf32>, %b: tensor<32xf32>) -> tensor<1x112x112x32xf32> {
  %0 = webnn.conv2d %x, %w bias(%b) {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>, padding = array<i64: 0, 1, 0, 1>, strides = array<i64: 2, 2>} : (tensor<1x224x224x3xf32>, tensor<3x3x3x32xf32>, tensor<32xf32>) -> tensor<1x112x112x32xf32>
  return %0 : tensor<1x112x112x32xf32>
}

// nhwc input with an ohwi filter: a pointwise 64 -> 128 convolution.
// CHECK-LABEL: func @conv2d_nhwc_ohwi(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x56x56x64xf32>, %[[W:[^:]+]]: tensor<128x1x1x64xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] {filter_layout = #webnn.filter_layout<ohwi>, input_layout = #webnn.layout<nhwc>} : (tensor<1x56x56x64xf32>, tensor<128x1x1x64xf32>) -> tensor<1x56x56x128xf32>
// CHECK:         return %[[R]] : tensor<1x56x56x128xf32>
func.func @conv2d_nhwc_ohwi(%x: tensor<1x56x56x64xf32>, %w: tensor<128x1x1x64xf32>) -> tensor<1x56x56x128xf32> {
  %0 = webnn.conv2d %x, %w {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<ohwi>} : (tensor<1x56x56x64xf32>, tensor<128x1x1x64xf32>) -> tensor<1x56x56x128xf32>
  return %0 : tensor<1x56x56x128xf32>
}

// nhwc input with an ihwo filter: a depthwise convolution (TFLite's layout).
// CHECK-LABEL: func @conv2d_nhwc_ihwo_depthwise(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x112x112x32xf32>, %[[W:[^:]+]]: tensor<1x3x3x32xf32>, %[[B:[^:]+]]: tensor<32xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) {filter_layout = #webnn.filter_layout<ihwo>, groups = 32 : i32, input_layout = #webnn.layout<nhwc>, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x112x112x32xf32>, tensor<1x3x3x32xf32>, tensor<32xf32>) -> tensor<1x112x112x32xf32>
// CHECK:         return %[[R]] : tensor<1x112x112x32xf32>
func.func @conv2d_nhwc_ihwo_depthwise(%x: tensor<1x112x112x32xf32>, %w: tensor<1x3x3x32xf32>, %b: tensor<32xf32>) -> tensor<1x112x112x32xf32> {
  %0 = webnn.conv2d %x, %w bias(%b) {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<ihwo>, groups = 32 : i32, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x112x112x32xf32>, tensor<1x3x3x32xf32>, tensor<32xf32>) -> tensor<1x112x112x32xf32>
  return %0 : tensor<1x112x112x32xf32>
}

// nchw input with an hwio filter: the filter layout alone decides which
// filter dimension is which. Non-square filter: 10 - 5 + 1 = 6, 8 - 3 + 1 = 6.
// CHECK-LABEL: func @conv2d_nchw_hwio(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x10x8xf32>, %[[W:[^:]+]]: tensor<5x3x2x4xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] {filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x2x10x8xf32>, tensor<5x3x2x4xf32>) -> tensor<1x4x6x6xf32>
// CHECK:         return %[[R]] : tensor<1x4x6x6xf32>
func.func @conv2d_nchw_hwio(%x: tensor<1x2x10x8xf32>, %w: tensor<5x3x2x4xf32>) -> tensor<1x4x6x6xf32> {
  %0 = webnn.conv2d %x, %w {filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x2x10x8xf32>, tensor<5x3x2x4xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// nhwc input with the default oihw filter, in f16 with every option set:
// height (9 + 1 + 1 - 5) / 2 + 1 = 4, width (9 + 1 + 1 - 5) / 3 + 1 = 3.
// CHECK-LABEL: func @conv2d_nhwc_oihw_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x9x9x4xf16>, %[[W:[^:]+]]: tensor<6x2x3x3xf16>, %[[B:[^:]+]]: tensor<6xf16>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) {dilations = array<i64: 2, 2>, groups = 2 : i32, input_layout = #webnn.layout<nhwc>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 3>} : (tensor<2x9x9x4xf16>, tensor<6x2x3x3xf16>, tensor<6xf16>) -> tensor<2x4x3x6xf16>
// CHECK:         return %[[R]] : tensor<2x4x3x6xf16>
func.func @conv2d_nhwc_oihw_f16(%x: tensor<2x9x9x4xf16>, %w: tensor<6x2x3x3xf16>, %b: tensor<6xf16>) -> tensor<2x4x3x6xf16> {
  %0 = webnn.conv2d %x, %w bias(%b) {input_layout = #webnn.layout<nhwc>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 3>, dilations = array<i64: 2, 2>, groups = 2 : i32} : (tensor<2x9x9x4xf16>, tensor<6x2x3x3xf16>, tensor<6xf16>) -> tensor<2x4x3x6xf16>
  return %0 : tensor<2x4x3x6xf16>
}

// CHECK-LABEL: func @conv2d_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x4x6x6xf32>, %[[W:[^:]+]]: tensor<8x4x3x3xf32>, %[[B:[^:]+]]: tensor<8xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) {strides = array<i64: 3, 3>} : (tensor<1x4x6x6xf32>, tensor<8x4x3x3xf32>, tensor<8xf32>) -> tensor<1x8x2x2xf32>
// CHECK:         return %[[R]] : tensor<1x8x2x2xf32>
func.func @conv2d_generic(%x: tensor<1x4x6x6xf32>, %w: tensor<8x4x3x3xf32>, %b: tensor<8xf32>) -> tensor<1x8x2x2xf32> {
  %0 = "webnn.conv2d"(%x, %w, %b) <{strides = array<i64: 3, 3>}> : (tensor<1x4x6x6xf32>, tensor<8x4x3x3xf32>, tensor<8xf32>) -> tensor<1x8x2x2xf32>
  return %0 : tensor<1x8x2x2xf32>
}
