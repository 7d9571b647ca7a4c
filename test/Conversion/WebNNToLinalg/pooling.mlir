// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file | FileCheck %s

// Pools are lowered through their webnn-decompose rewrites into
// webnn.reduce_window, whose lowering picks linalg's named pooling ops.

// Max pooling pads with -inf; ceil rounding adds end padding so that the
// last window fits (H: 5 + 1 -> 7, W: 5 + 1 -> 7).
// CHECK-LABEL: func @max_ceil
// CHECK: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: tensor.pad %{{.*}} low[0, 1, 0, 0] high[0, 1, 2, 0]
// CHECK: tensor.yield %[[NEGINF]]
// CHECK: %[[WINDOW:.*]] = tensor.empty() : tensor<3x3xf32>
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[NEGINF]] : f32)
// CHECK: linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%{{.*}}, %[[WINDOW]] : tensor<1x7x7x2xf32>, tensor<3x3xf32>) outs(%[[INIT]] : tensor<1x3x3x2xf32>)
func.func @max_ceil(%x: tensor<1x5x5x2xf32>) -> tensor<1x3x3x2xf32> {
  %0 = webnn.max_pool2d %x {layout = #webnn.layout<nhwc>, window_dimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 0, 0, 1>, output_shape_rounding = #webnn.rounding<ceil>} : (tensor<1x5x5x2xf32>) -> tensor<1x3x3x2xf32>
  return %0 : tensor<1x3x3x2xf32>
}

// -----

// Unsigned max pooling starts from 0 and compares unsigned.
// CHECK-LABEL: func @max_unsigned
// CHECK: arith.constant 0 : i8
// CHECK: linalg.pooling_nhwc_max_unsigned
func.func @max_unsigned(%x: tensor<1x4x4x1xui8>) -> tensor<1x2x2x1xui8> {
  %0 = webnn.max_pool2d %x {layout = #webnn.layout<nhwc>, window_dimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x4x4x1xui8>) -> tensor<1x2x2x1xui8>
  return %0 : tensor<1x2x2x1xui8>
}

// -----

// Global average pooling (no padding) divides by the window size.
// CHECK-LABEL: func @global_average
// CHECK: linalg.pooling_nhwc_sum {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x7x7x8xf32>, tensor<7x7xf32>)
// CHECK: arith.constant dense<4.900000e+01> : tensor<f32>
// CHECK: arith.divf
func.func @global_average(%x: tensor<1x7x7x8xf32>) -> tensor<1x1x1x8xf32> {
  %0 = webnn.average_pool2d %x {layout = #webnn.layout<nhwc>} : (tensor<1x7x7x8xf32>) -> tensor<1x1x1x8xf32>
  return %0 : tensor<1x1x1x8xf32>
}

// -----

// With padding, the divisor is the count of real elements: the same sum
// pool over ones padded with zeros.
// CHECK-LABEL: func @average_padded
// CHECK: linalg.pooling_nhwc_sum {{.*}} outs(%{{.*}} : tensor<1x2x2x3xf32>)
// CHECK: %[[ONES:.*]] = arith.constant dense<1.000000e+00> : tensor<1x3x3x1xf32>
// CHECK: tensor.pad %[[ONES]] low[0, 1, 1, 0] high[0, 1, 1, 0]
// CHECK: linalg.pooling_nhwc_sum {{.*}} outs(%{{.*}} : tensor<1x2x2x1xf32>)
// CHECK: arith.divf
func.func @average_padded(%x: tensor<1x3x3x3xf32>) -> tensor<1x2x2x3xf32> {
  %0 = webnn.average_pool2d %x {layout = #webnn.layout<nhwc>, window_dimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x3x3x3xf32>) -> tensor<1x2x2x3xf32>
  return %0 : tensor<1x2x2x3xf32>
}

// -----

// l2 pooling: square, sum-pool, square root.
// CHECK-LABEL: func @l2
// CHECK: arith.mulf %[[V:.*]], %[[V]] : f32
// CHECK: linalg.pooling_nhwc_sum
// CHECK: math.sqrt
func.func @l2(%x: tensor<1x4x4x1xf32>) -> tensor<1x2x2x1xf32> {
  %0 = webnn.l2_pool2d %x {layout = #webnn.layout<nhwc>, window_dimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x4x4x1xf32>) -> tensor<1x2x2x1xf32>
  return %0 : tensor<1x2x2x1xf32>
}

// -----

// float16 l2 pooling squares and sums in float32 (300^2 already overflows
// float16) and rounds the root back.
// CHECK-LABEL: func @l2_half
// CHECK: %[[WIDE:.*]] = arith.extf %{{.*}} : f16 to f32
// CHECK: arith.mulf %[[WIDE]], %[[WIDE]] : f32
// CHECK: linalg.pooling_nhwc_sum {{.*}} outs(%{{.*}} : tensor<1x2x2x1xf32>)
// CHECK: %[[ROOT:.*]] = math.sqrt %{{.*}} : f32
// CHECK: arith.truncf %[[ROOT]] : f32 to f16
func.func @l2_half(%x: tensor<1x4x4x1xf16>) -> tensor<1x2x2x1xf16> {
  %0 = webnn.l2_pool2d %x {layout = #webnn.layout<nhwc>, window_dimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x4x4x1xf16>) -> tensor<1x2x2x1xf16>
  return %0 : tensor<1x2x2x1xf16>
}
