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

// -----

// conv_transpose2d is lowered through its webnn-decompose rewrite
// (test/Dialect/WebNN/Transforms/decompose.mlir), applied before the layouts
// are normalized: the iohw filter transposed to oihw and flipped (an
// index-reversing linalg.generic), the nchw input with a zero after each
// element (tensor.pad of a [1, 2, 3, 1, 3, 1] view), then the conv2d
// lowering: both moved to nhwc/hwio, padded by 2 before and 1 after, a
// stride-1 linalg.conv_2d_nhwc_hwcf, the bias added. No webnn op is left.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d3)>
// CHECK-LABEL: func @conv_transpose
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x3x3xf32>, %[[W:.*]]: tensor<2x4x3x3xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK-NOT: webnn.
// CHECK: %[[OIHW:.*]] = linalg.transpose ins(%[[W]] : tensor<2x4x3x3xf32>) {{.*}} permutation = [1, 0, 2, 3]
// CHECK-NOT: webnn.
// CHECK: %[[FLIP:.*]] = linalg.generic {indexing_maps = [#[[ID]]], {{.*}}} outs(%{{.*}} : tensor<4x2x3x3xf32>)
// CHECK:   %[[H:.*]] = linalg.index 2 : index
// CHECK:   arith.subi %{{.*}}, %[[H]] : index
// CHECK:   %[[WI:.*]] = linalg.index 3 : index
// CHECK:   arith.subi %{{.*}}, %[[WI]] : index
// CHECK:   tensor.extract %[[OIHW]]
// CHECK-NOT: webnn.
// CHECK: %[[SPLIT:.*]] = tensor.expand_shape %{{.*}} output_shape [1, 2, 3, 1, 3, 1]
// CHECK-NOT: webnn.
// CHECK: %[[ZEROS:.*]] = tensor.pad %[[SPLIT]] low[0, 0, 0, 0, 0, 0] high[0, 0, 0, 1, 0, 1]
// CHECK-NOT: webnn.
// CHECK: : tensor<1x2x3x1x3x1xf32> to tensor<1x2x3x2x3x2xf32>
// CHECK-NOT: webnn.
// CHECK: %[[MERGED:.*]] = tensor.expand_shape %{{.*}} output_shape [1, 2, 6, 6] : tensor<72xf32> into tensor<1x2x6x6xf32>
// CHECK-NOT: webnn.
// CHECK: %[[XT:.*]] = linalg.transpose ins(%[[MERGED]] : tensor<1x2x6x6xf32>) {{.*}} permutation = [0, 2, 3, 1]
// CHECK-NOT: webnn.
// CHECK: %[[HWIO:.*]] = linalg.transpose ins(%[[FLIP]] : tensor<4x2x3x3xf32>) {{.*}} permutation = [2, 3, 1, 0]
// CHECK-NOT: webnn.
// CHECK: %[[PAD:.*]] = tensor.pad %[[XT]] low[0, 2, 2, 0] high[0, 1, 1, 0]
// CHECK-NOT: webnn.
// CHECK: %[[CONV:.*]] = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%[[PAD]], %[[HWIO]] : tensor<1x9x9x2xf32>, tensor<3x3x2x4xf32>) outs(%{{.*}} : tensor<1x7x7x4xf32>)
// CHECK-NOT: webnn.
// CHECK: %[[BIASED:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[CH]], #[[ID]]]{{.*}} ins(%[[CONV]], %[[B]]
// CHECK:   arith.addf
// CHECK-NOT: webnn.
// CHECK: %[[Y:.*]] = linalg.transpose ins(%[[BIASED]] : tensor<1x7x7x4xf32>) {{.*}} permutation = [0, 3, 1, 2]
// CHECK: return %[[Y]] : tensor<1x4x7x7xf32>
// CHECK-NOT: webnn.
func.func @conv_transpose(%x: tensor<1x2x3x3xf32>, %w: tensor<2x4x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x7x7xf32> {
  %0 = webnn.conv_transpose2d %x, %w bias(%b) {strides = array<i64: 2, 2>} : (tensor<1x2x3x3xf32>, tensor<2x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x7x7xf32>
  return %0 : tensor<1x4x7x7xf32>
}

// -----

// A grouped conv_transpose2d in nhwc: the filter's channels swapped within
// each group ([2, 2, 3, 3, 3] transposed by [0, 2, 1, 3, 4]), then the
// grouped conv2d lowering, linalg.conv_2d_nhwgc_gfhwc with 2 groups of 3
// output channels.
// CHECK-LABEL: func @conv_transpose_grouped
// CHECK-NOT: webnn.
// CHECK: linalg.transpose ins(%{{.*}} : tensor<2x2x3x3x3xf32>) outs(%{{.*}} : tensor<2x3x2x3x3xf32>) permutation = [0, 2, 1, 3, 4]
// CHECK-NOT: webnn.
// CHECK: tensor.pad %{{.*}} low[0, 2, 2, 0] high[0, 2, 2, 0]
// CHECK-NOT: webnn.
// CHECK: linalg.conv_2d_nhwgc_gfhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%{{.*}}, %{{.*}} : tensor<1x7x7x2x2xf32>, tensor<2x3x3x3x2xf32>) outs(%{{.*}} : tensor<1x5x5x2x3xf32>)
// CHECK-NOT: webnn.
// CHECK: return %{{.*}} : tensor<1x5x5x6xf32>
// CHECK-NOT: webnn.
func.func @conv_transpose_grouped(%x: tensor<1x3x3x4xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x5x5x6xf32> {
  %0 = webnn.conv_transpose2d %x, %w {groups = 2 : i32, input_layout = #webnn.layout<nhwc>} : (tensor<1x3x3x4xf32>, tensor<4x3x3x3xf32>) -> tensor<1x5x5x6xf32>
  return %0 : tensor<1x5x5x6xf32>
}
