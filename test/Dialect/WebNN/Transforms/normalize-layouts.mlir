// RUN: webnn-opt %s -webnn-normalize-layouts -split-input-file | FileCheck %s
// RUN: webnn-opt %s -webnn-normalize-layouts="input-layout=nchw filter-layout=oihw" -split-input-file | FileCheck %s --check-prefix=NCHW
// RUN: not webnn-opt %s -webnn-normalize-layouts="input-layout=nhcw" 2>&1 | FileCheck %s --check-prefix=BADOPT

// BADOPT: unknown input-layout 'nhcw' (expected nchw or nhwc)

// CHECK-LABEL: func @conv_nchw_oihw
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x8x8xf32>, %[[W:.*]]: tensor<4x3x3x3xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK: %[[XT:.*]] = webnn.transpose %[[X]] {permutation = array<i64: 0, 2, 3, 1>} : (tensor<1x3x8x8xf32>) -> tensor<1x8x8x3xf32>
// CHECK: %[[WT:.*]] = webnn.transpose %[[W]] {permutation = array<i64: 2, 3, 1, 0>} : (tensor<4x3x3x3xf32>) -> tensor<3x3x3x4xf32>
// CHECK: %[[C:.*]] = webnn.conv2d %[[XT]], %[[WT]] bias(%[[B]]) {filter_layout = #webnn.filter_layout<hwio>, input_layout = #webnn.layout<nhwc>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<1x4x4x4xf32>
// CHECK: %[[R:.*]] = webnn.transpose %[[C]] {permutation = array<i64: 0, 3, 1, 2>} : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
// CHECK: return %[[R]]
// NCHW-LABEL: func @conv_nchw_oihw
// NCHW-NOT: webnn.transpose
func.func @conv_nchw_oihw(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x4x4xf32> {
  %0 = webnn.conv2d %x, %w bias(%b) {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

// Depthwise, nhwc input with an ihwo filter [1, kh, kw, channels]: only the
// filter moves.
// CHECK-LABEL: func @depthwise_ihwo
// CHECK-SAME: (%[[X:.*]]: tensor<1x8x8x6xf32>, %[[W:.*]]: tensor<1x3x3x6xf32>)
// CHECK: %[[WT:.*]] = webnn.transpose %[[W]] {permutation = array<i64: 1, 2, 0, 3>} : (tensor<1x3x3x6xf32>) -> tensor<3x3x1x6xf32>
// CHECK: %[[C:.*]] = webnn.conv2d %[[X]], %[[WT]] {filter_layout = #webnn.filter_layout<hwio>, groups = 6 : i32, input_layout = #webnn.layout<nhwc>}
// CHECK-NOT: webnn.transpose
// CHECK: return %[[C]]
// NCHW-LABEL: func @depthwise_ihwo
// NCHW: webnn.transpose %{{.*}} {permutation = array<i64: 0, 3, 1, 2>} : (tensor<1x8x8x6xf32>) -> tensor<1x6x8x8xf32>
// NCHW: webnn.transpose %{{.*}} {permutation = array<i64: 3, 0, 1, 2>} : (tensor<1x3x3x6xf32>) -> tensor<6x1x3x3xf32>
// NCHW: webnn.conv2d {{.*}}groups = 6 : i32{{.*}} -> tensor<1x6x6x6xf32>
// NCHW: webnn.transpose %{{.*}} {permutation = array<i64: 0, 2, 3, 1>}
func.func @depthwise_ihwo(%x: tensor<1x8x8x6xf32>, %w: tensor<1x3x3x6xf32>) -> tensor<1x6x6x6xf32> {
  %0 = webnn.conv2d %x, %w {groups = 6 : i32, input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<ihwo>} : (tensor<1x8x8x6xf32>, tensor<1x3x3x6xf32>) -> tensor<1x6x6x6xf32>
  return %0 : tensor<1x6x6x6xf32>
}

// -----

// A conv2d already in the target layouts is not touched.
// CHECK-LABEL: func @already_nhwc_hwio
// CHECK-NOT: webnn.transpose
// CHECK: webnn.conv2d
// CHECK-NOT: webnn.transpose
func.func @already_nhwc_hwio(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x4xf32>) -> tensor<1x6x6x4xf32> {
  %0 = webnn.conv2d %x, %w {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>) -> tensor<1x6x6x4xf32>
  return %0 : tensor<1x6x6x4xf32>
}

// -----

// Pooling keeps its options, global pooling included.
// CHECK-LABEL: func @pools
// CHECK: %[[XT:.*]] = webnn.transpose %{{.*}} {permutation = array<i64: 0, 2, 3, 1>} : (tensor<1x2x5x5xf32>) -> tensor<1x5x5x2xf32>
// CHECK: %[[M:.*]] = webnn.max_pool2d %[[XT]] {layout = #webnn.layout<nhwc>, output_shape_rounding = #webnn.rounding<ceil>, padding = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x5x5x2xf32>) -> tensor<1x3x3x2xf32>
// CHECK: webnn.transpose %[[M]] {permutation = array<i64: 0, 3, 1, 2>} : (tensor<1x3x3x2xf32>) -> tensor<1x2x3x3xf32>
// CHECK: %[[G:.*]] = webnn.average_pool2d %{{.*}} {layout = #webnn.layout<nhwc>} : (tensor<1x5x5x2xf32>) -> tensor<1x1x1x2xf32>
// CHECK: webnn.transpose %[[G]]
// CHECK: webnn.l2_pool2d {{.*}}layout = #webnn.layout<nhwc>
// NCHW-LABEL: func @pools
// NCHW-NOT: webnn.transpose
func.func @pools(%x: tensor<1x2x5x5xf32>) -> (tensor<1x2x3x3xf32>, tensor<1x2x1x1xf32>, tensor<1x2x4x4xf32>) {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 3, 3>, padding = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 2>, output_shape_rounding = #webnn.rounding<ceil>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  %1 = webnn.average_pool2d %x : (tensor<1x2x5x5xf32>) -> tensor<1x2x1x1xf32>
  %2 = webnn.l2_pool2d %x {window_dimensions = array<i64: 2, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x4x4xf32>
  return %0, %1, %2 : tensor<1x2x3x3xf32>, tensor<1x2x1x1xf32>, tensor<1x2x4x4xf32>
}

// -----

// Other ops are not touched, and nothing is folded by this pass.
// CHECK-LABEL: func @other_ops_untouched
// CHECK: webnn.identity
// CHECK: webnn.relu
// CHECK-NOT: webnn.transpose
func.func @other_ops_untouched(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32> {
  %0 = webnn.identity %x : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
  %1 = webnn.relu %0 : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
  return %1 : tensor<1x2x5x5xf32>
}

// -----

// A constant filter is transposed at compile time into a new constant.
// CHECK-LABEL: func @constant_filter
// CHECK-NOT: webnn.transpose %{{.*}} : (tensor<3x1x2x2xf32>)
// CHECK: %[[W:.*]] = webnn.constant dense_resource<transposed> : tensor<2x2x1x3xf32>
// CHECK: webnn.conv2d %{{.*}}, %[[W]]
// hwio[h][w][0][o] = oihw[o][0][h][w]: 1, 5, 9, 2, 6, 10, ... as f32 bits.
// CHECK: transposed: "0x080000000000803F0000A04000001041000000400000C04000002041
// NCHW-LABEL: func @constant_filter
// NCHW-NOT: webnn.transpose
func.func @constant_filter(%x: tensor<1x1x2x2xf32>) -> tensor<1x3x1x1xf32> {
  %w = webnn.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]], [[[5.0, 6.0], [7.0, 8.0]]], [[[9.0, 10.0], [11.0, 12.0]]]]> : tensor<3x1x2x2xf32>
  %0 = webnn.conv2d %x, %w : (tensor<1x1x2x2xf32>, tensor<3x1x2x2xf32>) -> tensor<1x3x1x1xf32>
  return %0 : tensor<1x3x1x1xf32>
}

// -----

// Transposes sink through element-wise ops and batch normalization (whose
// axis follows), so that the transpose leaving one conv meets the one
// entering the next; canonicalization then cancels the pair.
// CHECK-LABEL: func @sink_between_convs
// CHECK: %[[C1:.*]] = webnn.conv2d
// CHECK-NEXT: %[[BN:.*]] = webnn.batch_normalization %[[C1]], %{{.*}}, %{{.*}} {axis = 3 : i32} : (tensor<1x6x6x4xf32>
// CHECK-NEXT: %[[R6:.*]] = webnn.clamp %[[BN]] {{.*}} : (tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
// CHECK-NEXT: %[[SUM:.*]] = webnn.add %[[R6]], %[[R6]] : (tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
// CHECK-NEXT: webnn.transpose %[[SUM]] {permutation = array<i64: 0, 3, 1, 2>}
// CHECK-NEXT: webnn.transpose %{{.*}} {permutation = array<i64: 0, 2, 3, 1>}
// CHECK: webnn.conv2d
func.func @sink_between_convs(%x: tensor<1x3x8x8xf32>, %w1: tensor<4x3x3x3xf32>, %w2: tensor<4x4x3x3xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) -> tensor<1x4x4x4xf32> {
  %0 = webnn.conv2d %x, %w1 : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  %1 = webnn.batch_normalization %0, %m, %v : (tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x6x6xf32>
  %2 = webnn.clamp %1 {min_value = 0.0 : f64, max_value = 6.0 : f64} : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %3 = webnn.add %2, %2 : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %4 = webnn.conv2d %3, %w2 : (tensor<1x4x6x6xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x4x4xf32>
  return %4 : tensor<1x4x4x4xf32>
}

// -----

// A binary op whose operands are not alike transposes keeps its place.
// CHECK-LABEL: func @no_sink_mixed_operands
// CHECK: %[[T:.*]] = webnn.transpose %{{.*}} {permutation = array<i64: 0, 3, 1, 2>}
// CHECK: webnn.add %[[T]], %{{.*}} : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>)
func.func @no_sink_mixed_operands(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %y: tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32> {
  %0 = webnn.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  %1 = webnn.add %0, %y : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  return %1 : tensor<1x4x6x6xf32>
}

// -----

// gemm's transposed constant weight (ONNX's Gemm with transB) is transposed
// once at compile time; the gemm loses the flag.
// CHECK-LABEL: func @gemm_transposed_constant_b
// NCHW-LABEL: func @gemm_transposed_constant_b
// CHECK-NOT: webnn.transpose
// CHECK: %[[B:.*]] = webnn.constant dense_resource<transposed> : tensor<2x3xf32>
// CHECK: webnn.gemm %{{.*}}, %[[B]] {alpha = 2.000000e+00 : f64} : (tensor<1x2xf32>, tensor<2x3xf32>) -> tensor<1x3xf32>
// b[k][n] = bT[n][k]: 1, 3, 5, 2, 4, 6 as f32 bits.
// CHECK: transposed: "0x080000000000803F000040400000A04000000040000080400000C040"
func.func @gemm_transposed_constant_b(%a: tensor<1x2xf32>) -> tensor<1x3xf32> {
  %b = webnn.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
  %0 = webnn.gemm %a, %b {alpha = 2.0 : f64, b_transpose = true} : (tensor<1x2xf32>, tensor<3x2xf32>) -> tensor<1x3xf32>
  return %0 : tensor<1x3xf32>
}

// -----

// A transposed operand that is not a constant becomes an explicit transpose.
// CHECK-LABEL: func @gemm_transposed_a
// NCHW-LABEL: func @gemm_transposed_a
// CHECK: %[[AT:.*]] = webnn.transpose %arg0 {permutation = array<i64: 1, 0>} : (tensor<4x2xf32>) -> tensor<2x4xf32>
// CHECK: webnn.gemm %[[AT]], %arg1 : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
func.func @gemm_transposed_a(%a: tensor<4x2xf32>, %b: tensor<4x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.gemm %a, %b {a_transpose = true} : (tensor<4x2xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// A gemm without transposed operands is left alone.
// CHECK-LABEL: func @gemm_plain
// NCHW-LABEL: func @gemm_plain
// CHECK-NOT: webnn.transpose
// CHECK: webnn.gemm %arg0, %arg1, %arg2 {beta = 5.000000e-01 : f64}
func.func @gemm_plain(%a: tensor<2x4xf32>, %b: tensor<4x3xf32>, %c: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.gemm %a, %b, %c {beta = 0.5 : f64} : (tensor<2x4xf32>, tensor<4x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// concat of alike transposes concatenates the untransposed inputs along the
// matching axis and transposes once (SqueezeNet's fire modules).
// CHECK-LABEL: func @concat_of_transposes
// NCHW-LABEL: func @concat_of_transposes
// CHECK: %[[C:.*]] = webnn.concat %arg0, %arg1 {axis = 3 : i32} : (tensor<1x4x4x2xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x5xf32>
// CHECK: webnn.transpose %[[C]] {permutation = array<i64: 0, 3, 1, 2>} : (tensor<1x4x4x5xf32>) -> tensor<1x5x4x4xf32>
func.func @concat_of_transposes(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x3xf32>) -> tensor<1x5x4x4xf32> {
  %ta = webnn.transpose %a {permutation = array<i64: 0, 3, 1, 2>} : (tensor<1x4x4x2xf32>) -> tensor<1x2x4x4xf32>
  %tb = webnn.transpose %b {permutation = array<i64: 0, 3, 1, 2>} : (tensor<1x4x4x3xf32>) -> tensor<1x3x4x4xf32>
  %0 = webnn.concat %ta, %tb {axis = 1 : i32} : (tensor<1x2x4x4xf32>, tensor<1x3x4x4xf32>) -> tensor<1x5x4x4xf32>
  return %0 : tensor<1x5x4x4xf32>
}

// -----

// Transposes with different permutations, or an input that is not a
// transpose, stay where they are.
// CHECK-LABEL: func @concat_of_mixed
// NCHW-LABEL: func @concat_of_mixed
// CHECK: %[[T:.*]] = webnn.transpose %arg0
// CHECK: webnn.concat %[[T]], %arg1 {axis = 1 : i32}
func.func @concat_of_mixed(%a: tensor<1x4x4x2xf32>, %b: tensor<1x3x4x4xf32>) -> tensor<1x5x4x4xf32> {
  %ta = webnn.transpose %a {permutation = array<i64: 0, 3, 1, 2>} : (tensor<1x4x4x2xf32>) -> tensor<1x2x4x4xf32>
  %0 = webnn.concat %ta, %b {axis = 1 : i32} : (tensor<1x2x4x4xf32>, tensor<1x3x4x4xf32>) -> tensor<1x5x4x4xf32>
  return %0 : tensor<1x5x4x4xf32>
}
