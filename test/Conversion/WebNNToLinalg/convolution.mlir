// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file | FileCheck %s

// groups = 1 in nhwc/hwio: zero padding, linalg.conv_2d_nhwc_hwcf, bias as
// an element-wise add along the channel dimension.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d3)>
// CHECK-LABEL: func @conv_bias
// CHECK-SAME: (%[[X:.*]]: tensor<1x8x8x4xf32>, %[[W:.*]]: tensor<3x3x4x6xf32>, %[[B:.*]]: tensor<6xf32>)
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[PAD:.*]] = tensor.pad %[[X]] low[0, 1, 1, 0] high[0, 1, 1, 0]
// CHECK: tensor.yield %[[ZERO]]
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : f32)
// CHECK: %[[CONV:.*]] = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%[[PAD]], %[[W]] : tensor<1x10x10x4xf32>, tensor<3x3x4x6xf32>) outs(%[[INIT]] : tensor<1x4x4x6xf32>)
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[CH]], #[[ID]]]{{.*}} ins(%[[CONV]], %[[B]]
// CHECK: arith.addf
func.func @conv_bias(%x: tensor<1x8x8x4xf32>, %w: tensor<3x3x4x6xf32>, %b: tensor<6xf32>) -> tensor<1x4x4x6xf32> {
  %0 = webnn.conv2d %x, %w bias(%b) {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x8x8x4xf32>, tensor<3x3x4x6xf32>, tensor<6xf32>) -> tensor<1x4x4x6xf32>
  return %0 : tensor<1x4x4x6xf32>
}

// -----

// nchw/oihw is moved to nhwc/hwio first; no padding means no tensor.pad.
// CHECK-LABEL: func @conv_nchw
// CHECK: linalg.transpose ins(%{{.*}} : tensor<1x3x8x8xf32>) {{.*}} permutation = [0, 2, 3, 1]
// CHECK: linalg.transpose ins(%{{.*}} : tensor<4x3x3x3xf32>) {{.*}} permutation = [2, 3, 1, 0]
// CHECK-NOT: tensor.pad
// CHECK: linalg.conv_2d_nhwc_hwcf {dilations = dense<2> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
// CHECK: linalg.transpose ins(%{{.*}} : tensor<1x4x4x4xf32>) {{.*}} permutation = [0, 3, 1, 2]
func.func @conv_nchw(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32> {
  %0 = webnn.conv2d %x, %w {dilations = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

// Depthwise with a channel multiplier of 2: the hwio filter [3, 3, 1, 8]
// is viewed as [3, 3, 4, 2] and the [.., 4, 2] result as [.., 8].
// CHECK-LABEL: func @depthwise
// CHECK: tensor.expand_shape {{.*}} : tensor<72xf32> into tensor<3x3x4x2xf32>
// CHECK: linalg.depthwise_conv_2d_nhwc_hwcm {{.*}} outs(%{{.*}} : tensor<1x6x6x4x2xf32>)
// CHECK: tensor.collapse_shape {{.*}} : tensor<1x6x6x4x2xf32> into tensor<288xf32>
// CHECK: tensor.expand_shape {{.*}} : tensor<288xf32> into tensor<1x6x6x8xf32>
func.func @depthwise(%x: tensor<1x8x8x4xf32>, %w: tensor<3x3x1x8xf32>) -> tensor<1x6x6x8xf32> {
  %0 = webnn.conv2d %x, %w {groups = 4 : i32, input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x8x8x4xf32>, tensor<3x3x1x8xf32>) -> tensor<1x6x6x8xf32>
  return %0 : tensor<1x6x6x8xf32>
}

// -----

// Other groups: grouped views and linalg.conv_2d_nhwgc_gfhwc.
// CHECK-LABEL: func @grouped
// CHECK: tensor.expand_shape {{.*}} into tensor<1x5x5x2x2xf32>
// CHECK: linalg.transpose ins(%{{.*}} : tensor<1x1x2x2x3xf32>) outs(%{{.*}} : tensor<2x3x1x1x2xf32>) permutation = [3, 4, 0, 1, 2]
// CHECK: linalg.conv_2d_nhwgc_gfhwc {{.*}} outs(%{{.*}} : tensor<1x5x5x2x3xf32>)
func.func @grouped(%x: tensor<1x5x5x4xf32>, %w: tensor<1x1x2x6xf32>) -> tensor<1x5x5x6xf32> {
  %0 = webnn.conv2d %x, %w {groups = 2 : i32, input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x5x5x4xf32>, tensor<1x1x2x6xf32>) -> tensor<1x5x5x6xf32>
  return %0 : tensor<1x5x5x6xf32>
}
