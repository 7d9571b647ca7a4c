// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of conv2d and conv_transpose2d: each function is parsed,
// printed, and parsed again, once through the custom assembly form and once
// through the generic form. A few functions are written in the generic form
// to check that it parses too. Default-valued options are elided from the
// custom form.

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

// conv_transpose2d: each spatial output size is
// (in - 1) * stride + (k - 1) * dilation + 1 - padBegin - padEnd, plus
// output_padding, or output_sizes when given.

// Defaults: nchw input, iohw filter ([in, out / groups, h, w]), no padding,
// unit strides and dilations: (3 - 1) * 1 + 3 = 5.
// CHECK-LABEL: func @conv_transpose2d_default(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x3x3xf32>, %[[W:[^:]+]]: tensor<2x4x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] : (tensor<1x2x3x3xf32>, tensor<2x4x3x3xf32>) -> tensor<1x4x5x5xf32>
// CHECK:         return %[[R]] : tensor<1x4x5x5xf32>
func.func @conv_transpose2d_default(%x: tensor<1x2x3x3xf32>, %w: tensor<2x4x3x3xf32>) -> tensor<1x4x5x5xf32> {
  %0 = webnn.conv_transpose2d %x, %w : (tensor<1x2x3x3xf32>, tensor<2x4x3x3xf32>) -> tensor<1x4x5x5xf32>
  return %0 : tensor<1x4x5x5xf32>
}

// The default options written out are elided when printed.
// CHECK-LABEL: func @conv_transpose2d_defaults_explicit(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x3x3xf32>, %[[W:[^:]+]]: tensor<2x4x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] : (tensor<1x2x3x3xf32>, tensor<2x4x3x3xf32>) -> tensor<1x4x5x5xf32>
// CHECK:         return %[[R]] : tensor<1x4x5x5xf32>
func.func @conv_transpose2d_defaults_explicit(%x: tensor<1x2x3x3xf32>, %w: tensor<2x4x3x3xf32>) -> tensor<1x4x5x5xf32> {
  %0 = webnn.conv_transpose2d %x, %w {input_layout = #webnn.layout<nchw>, filter_layout = #webnn.transposed_filter_layout<iohw>, groups = 1 : i32} : (tensor<1x2x3x3xf32>, tensor<2x4x3x3xf32>) -> tensor<1x4x5x5xf32>
  return %0 : tensor<1x4x5x5xf32>
}

// Strides with output padding: height (4 - 1) * 2 + 3 + 1 = 10,
// width (5 - 1) * 3 + 3 + 2 = 17.
// CHECK-LABEL: func @conv_transpose2d_strides_output_padding(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x4x5xf32>, %[[W:[^:]+]]: tensor<2x3x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] {output_padding = array<i64: 1, 2>, strides = array<i64: 2, 3>} : (tensor<1x2x4x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x10x17xf32>
// CHECK:         return %[[R]] : tensor<1x3x10x17xf32>
func.func @conv_transpose2d_strides_output_padding(%x: tensor<1x2x4x5xf32>, %w: tensor<2x3x3x3xf32>) -> tensor<1x3x10x17xf32> {
  %0 = webnn.conv_transpose2d %x, %w {strides = array<i64: 2, 3>, output_padding = array<i64: 1, 2>} : (tensor<1x2x4x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x10x17xf32>
  return %0 : tensor<1x3x10x17xf32>
}

// The example of the op's description: (16 - 1) * 2 + 3 + 1 = 34.
// CHECK-LABEL: func @conv_transpose2d_upsample(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x8x16x16xf32>, %[[W:[^:]+]]: tensor<8x4x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] {output_padding = array<i64: 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x8x16x16xf32>, tensor<8x4x3x3xf32>) -> tensor<1x4x34x34xf32>
// CHECK:         return %[[R]] : tensor<1x4x34x34xf32>
func.func @conv_transpose2d_upsample(%x: tensor<1x8x16x16xf32>, %w: tensor<8x4x3x3xf32>) -> tensor<1x4x34x34xf32> {
  %0 = webnn.conv_transpose2d %x, %w {strides = array<i64: 2, 2>, output_padding = array<i64: 1, 1>} : (tensor<1x8x16x16xf32>, tensor<8x4x3x3xf32>) -> tensor<1x4x34x34xf32>
  return %0 : tensor<1x4x34x34xf32>
}

// output_sizes picks a size in [calculated, calculated + stride): the
// calculated size is (4 - 1) * 2 + 3 - 1 - 1 = 7, so 8 and 7 are allowed.
// The output_padding is ignored (it may even reach the strides).
// CHECK-LABEL: func @conv_transpose2d_output_sizes(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x4x4xf32>, %[[W:[^:]+]]: tensor<2x3x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] {output_padding = array<i64: 5, 5>, output_sizes = array<i64: 8, 7>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x8x7xf32>
// CHECK:         return %[[R]] : tensor<1x3x8x7xf32>
func.func @conv_transpose2d_output_sizes(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) -> tensor<1x3x8x7xf32> {
  %0 = webnn.conv_transpose2d %x, %w {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>, output_padding = array<i64: 5, 5>, output_sizes = array<i64: 8, 7>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x8x7xf32>
  return %0 : tensor<1x3x8x7xf32>
}

// Dilations: height (5 - 1) + (3 - 1) * 2 + 1 = 9,
// width (5 - 1) + (3 - 1) * 3 + 1 = 11.
// CHECK-LABEL: func @conv_transpose2d_dilations(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x5x5xf32>, %[[W:[^:]+]]: tensor<2x3x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] {dilations = array<i64: 2, 3>} : (tensor<1x2x5x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x9x11xf32>
// CHECK:         return %[[R]] : tensor<1x3x9x11xf32>
func.func @conv_transpose2d_dilations(%x: tensor<1x2x5x5xf32>, %w: tensor<2x3x3x3xf32>) -> tensor<1x3x9x11xf32> {
  %0 = webnn.conv_transpose2d %x, %w {dilations = array<i64: 2, 3>} : (tensor<1x2x5x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x9x11xf32>
  return %0 : tensor<1x3x9x11xf32>
}

// Padding crops the full output: height 7 - 0 - 1 = 6, width 7 - 2 - 2 = 3.
// CHECK-LABEL: func @conv_transpose2d_padding(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x5x5xf32>, %[[W:[^:]+]]: tensor<2x3x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] {padding = array<i64: 0, 1, 2, 2>} : (tensor<1x2x5x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x3xf32>
// CHECK:         return %[[R]] : tensor<1x3x6x3xf32>
func.func @conv_transpose2d_padding(%x: tensor<1x2x5x5xf32>, %w: tensor<2x3x3x3xf32>) -> tensor<1x3x6x3xf32> {
  %0 = webnn.conv_transpose2d %x, %w {padding = array<i64: 0, 1, 2, 2>} : (tensor<1x2x5x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x6x3xf32>
  return %0 : tensor<1x3x6x3xf32>
}

// Two groups: the iohw filter holds all 4 input channels and 3 output
// channels per group, so there are 2 * 3 = 6 output channels.
// CHECK-LABEL: func @conv_transpose2d_groups(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x4x5x5xf32>, %[[W:[^:]+]]: tensor<4x3x3x3xf32>, %[[B:[^:]+]]: tensor<6xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] bias(%[[B]]) {groups = 2 : i32} : (tensor<1x4x5x5xf32>, tensor<4x3x3x3xf32>, tensor<6xf32>) -> tensor<1x6x7x7xf32>
// CHECK:         return %[[R]] : tensor<1x6x7x7xf32>
func.func @conv_transpose2d_groups(%x: tensor<1x4x5x5xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<6xf32>) -> tensor<1x6x7x7xf32> {
  %0 = webnn.conv_transpose2d %x, %w bias(%b) {groups = 2 : i32} : (tensor<1x4x5x5xf32>, tensor<4x3x3x3xf32>, tensor<6xf32>) -> tensor<1x6x7x7xf32>
  return %0 : tensor<1x6x7x7xf32>
}

// Depthwise: groups equals the input channels, one output channel each.
// CHECK-LABEL: func @conv_transpose2d_depthwise(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x4x5x5xf32>, %[[W:[^:]+]]: tensor<4x1x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] {groups = 4 : i32} : (tensor<1x4x5x5xf32>, tensor<4x1x3x3xf32>) -> tensor<1x4x7x7xf32>
// CHECK:         return %[[R]] : tensor<1x4x7x7xf32>
func.func @conv_transpose2d_depthwise(%x: tensor<1x4x5x5xf32>, %w: tensor<4x1x3x3xf32>) -> tensor<1x4x7x7xf32> {
  %0 = webnn.conv_transpose2d %x, %w {groups = 4 : i32} : (tensor<1x4x5x5xf32>, tensor<4x1x3x3xf32>) -> tensor<1x4x7x7xf32>
  return %0 : tensor<1x4x7x7xf32>
}

// nhwc input: the output is nhwc too.
// CHECK-LABEL: func @conv_transpose2d_nhwc(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x5x5x2xf32>, %[[W:[^:]+]]: tensor<2x3x3x3xf32>, %[[B:[^:]+]]: tensor<3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] bias(%[[B]]) {input_layout = #webnn.layout<nhwc>} : (tensor<1x5x5x2xf32>, tensor<2x3x3x3xf32>, tensor<3xf32>) -> tensor<1x7x7x3xf32>
// CHECK:         return %[[R]] : tensor<1x7x7x3xf32>
func.func @conv_transpose2d_nhwc(%x: tensor<1x5x5x2xf32>, %w: tensor<2x3x3x3xf32>, %b: tensor<3xf32>) -> tensor<1x7x7x3xf32> {
  %0 = webnn.conv_transpose2d %x, %w bias(%b) {input_layout = #webnn.layout<nhwc>} : (tensor<1x5x5x2xf32>, tensor<2x3x3x3xf32>, tensor<3xf32>) -> tensor<1x7x7x3xf32>
  return %0 : tensor<1x7x7x3xf32>
}

// An iohw filter that is not square: height 5 - 1 + 3 = 7, width 5 - 1 + 2 = 6.
// CHECK-LABEL: func @conv_transpose2d_iohw(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x5x5xf32>, %[[W:[^:]+]]: tensor<2x4x3x2xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] : (tensor<1x2x5x5xf32>, tensor<2x4x3x2xf32>) -> tensor<1x4x7x6xf32>
// CHECK:         return %[[R]] : tensor<1x4x7x6xf32>
func.func @conv_transpose2d_iohw(%x: tensor<1x2x5x5xf32>, %w: tensor<2x4x3x2xf32>) -> tensor<1x4x7x6xf32> {
  %0 = webnn.conv_transpose2d %x, %w : (tensor<1x2x5x5xf32>, tensor<2x4x3x2xf32>) -> tensor<1x4x7x6xf32>
  return %0 : tensor<1x4x7x6xf32>
}

// The same filter as hwoi: [h, w, out / groups, in].
// CHECK-LABEL: func @conv_transpose2d_hwoi(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x5x5xf32>, %[[W:[^:]+]]: tensor<3x2x4x2xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] {filter_layout = #webnn.transposed_filter_layout<hwoi>} : (tensor<1x2x5x5xf32>, tensor<3x2x4x2xf32>) -> tensor<1x4x7x6xf32>
// CHECK:         return %[[R]] : tensor<1x4x7x6xf32>
func.func @conv_transpose2d_hwoi(%x: tensor<1x2x5x5xf32>, %w: tensor<3x2x4x2xf32>) -> tensor<1x4x7x6xf32> {
  %0 = webnn.conv_transpose2d %x, %w {filter_layout = #webnn.transposed_filter_layout<hwoi>} : (tensor<1x2x5x5xf32>, tensor<3x2x4x2xf32>) -> tensor<1x4x7x6xf32>
  return %0 : tensor<1x4x7x6xf32>
}

// The same filter as ohwi: [out / groups, h, w, in].
// CHECK-LABEL: func @conv_transpose2d_ohwi(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x5x5xf32>, %[[W:[^:]+]]: tensor<4x3x2x2xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] {filter_layout = #webnn.transposed_filter_layout<ohwi>} : (tensor<1x2x5x5xf32>, tensor<4x3x2x2xf32>) -> tensor<1x4x7x6xf32>
// CHECK:         return %[[R]] : tensor<1x4x7x6xf32>
func.func @conv_transpose2d_ohwi(%x: tensor<1x2x5x5xf32>, %w: tensor<4x3x2x2xf32>) -> tensor<1x4x7x6xf32> {
  %0 = webnn.conv_transpose2d %x, %w {filter_layout = #webnn.transposed_filter_layout<ohwi>} : (tensor<1x2x5x5xf32>, tensor<4x3x2x2xf32>) -> tensor<1x4x7x6xf32>
  return %0 : tensor<1x4x7x6xf32>
}

// nhwc input with an ohwi filter and two groups, in f16 with every option
// set: height (4 - 1) * 2 + (3 - 1) * 2 + 1 - 1 - 0 + 1 = 11,
// width (3 - 1) * 3 + (2 - 1) * 1 + 1 - 0 - 2 + 2 = 8.
// CHECK-LABEL: func @conv_transpose2d_nhwc_ohwi_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x4x3x4xf16>, %[[W:[^:]+]]: tensor<3x3x2x4xf16>, %[[B:[^:]+]]: tensor<6xf16>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] bias(%[[B]]) {dilations = array<i64: 2, 1>, filter_layout = #webnn.transposed_filter_layout<ohwi>, groups = 2 : i32, input_layout = #webnn.layout<nhwc>, output_padding = array<i64: 1, 2>, padding = array<i64: 1, 0, 0, 2>, strides = array<i64: 2, 3>} : (tensor<2x4x3x4xf16>, tensor<3x3x2x4xf16>, tensor<6xf16>) -> tensor<2x11x8x6xf16>
// CHECK:         return %[[R]] : tensor<2x11x8x6xf16>
func.func @conv_transpose2d_nhwc_ohwi_f16(%x: tensor<2x4x3x4xf16>, %w: tensor<3x3x2x4xf16>, %b: tensor<6xf16>) -> tensor<2x11x8x6xf16> {
  %0 = webnn.conv_transpose2d %x, %w bias(%b) {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.transposed_filter_layout<ohwi>, padding = array<i64: 1, 0, 0, 2>, strides = array<i64: 2, 3>, dilations = array<i64: 2, 1>, output_padding = array<i64: 1, 2>, groups = 2 : i32} : (tensor<2x4x3x4xf16>, tensor<3x3x2x4xf16>, tensor<6xf16>) -> tensor<2x11x8x6xf16>
  return %0 : tensor<2x11x8x6xf16>
}

// CHECK-LABEL: func @conv_transpose2d_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x4x2x2xf32>, %[[W:[^:]+]]: tensor<3x3x2x4xf32>, %[[B:[^:]+]]: tensor<2xf32>)
// CHECK:         %[[R:.*]] = webnn.conv_transpose2d %[[X]], %[[W]] bias(%[[B]]) {filter_layout = #webnn.transposed_filter_layout<hwoi>, strides = array<i64: 3, 3>} : (tensor<1x4x2x2xf32>, tensor<3x3x2x4xf32>, tensor<2xf32>) -> tensor<1x2x6x6xf32>
// CHECK:         return %[[R]] : tensor<1x2x6x6xf32>
func.func @conv_transpose2d_generic(%x: tensor<1x4x2x2xf32>, %w: tensor<3x3x2x4xf32>, %b: tensor<2xf32>) -> tensor<1x2x6x6xf32> {
  %0 = "webnn.conv_transpose2d"(%x, %w, %b) <{filter_layout = #webnn.transposed_filter_layout<hwoi>, strides = array<i64: 3, 3>}> : (tensor<1x4x2x2xf32>, tensor<3x3x2x4xf32>, tensor<2xf32>) -> tensor<1x2x6x6xf32>
  return %0 : tensor<1x2x6x6xf32>
}
