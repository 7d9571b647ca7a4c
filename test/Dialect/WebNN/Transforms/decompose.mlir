// RUN: webnn-opt %s -webnn-decompose -split-input-file | FileCheck %s
// RUN: webnn-opt %s -webnn-decompose="ops=softmax" -split-input-file | FileCheck %s --check-prefix=ONLY
// RUN: not webnn-opt %s -webnn-decompose="ops=conv2d" 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: webnn-opt %s -webnn-decompose="composites=true" -split-input-file | FileCheck %s --check-prefix=COMPOSITE

// UNKNOWN: webnn-decompose: cannot decompose 'conv2d' (it knows relu, leaky_relu, clamp, sigmoid, elu, gelu, hard_sigmoid, hard_swish, linear, prelu, softplus, softsign, max_pool2d, average_pool2d, l2_pool2d, gemm, conv_transpose2d, resample2d, softmax, batch_normalization, instance_normalization, layer_normalization, reduce_l1, reduce_l2, reduce_log_sum, reduce_log_sum_exp, reduce_max, reduce_mean, reduce_min, reduce_product, reduce_sum, reduce_sum_square, arg_min, arg_max, cumulative_sum)

// Ops without a label are decomposed in place, composites or not.
// COMPOSITE-LABEL: func @activations
// COMPOSITE-NOT: webnn.composite
// COMPOSITE: webnn.elementwise
// CHECK-LABEL: func @activations
// CHECK: %[[R:.*]] = webnn.elementwise %arg0 : (tensor<4xf32>) -> tensor<4xf32> {
// CHECK:   arith.maximumf
// CHECK: %[[L:.*]] = webnn.elementwise %[[R]]
// CHECK:   arith.cmpf oge
// CHECK:   arith.select
// CHECK: %[[C:.*]] = webnn.elementwise %[[L]]
// CHECK:   arith.maximumf {{.*}}, %{{.*}} : f32
// CHECK:   arith.minimumf
// CHECK: webnn.elementwise %[[C]]
// CHECK:   math.exp
// CHECK:   arith.divf
// CHECK-NOT: webnn.relu
// ONLY-LABEL: func @activations
// ONLY: webnn.relu
// ONLY: webnn.leaky_relu
// ONLY: webnn.clamp
// ONLY: webnn.sigmoid
func.func @activations(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = webnn.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  %1 = webnn.leaky_relu %0 {alpha = 0.1 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %2 = webnn.clamp %1 {min_value = 0.0 : f64, max_value = 6.0 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %3 = webnn.sigmoid %2 : (tensor<4xf32>) -> tensor<4xf32>
  return %3 : tensor<4xf32>
}

// -----

// The activations added with the second op set: one elementwise each, the
// options as constants of the body.
// CHECK-LABEL: func @more_activations
// CHECK: %[[ELU:.*]] = webnn.elementwise %arg0 : (tensor<4xf32>) -> tensor<4xf32> {
// CHECK:   math.exp
// CHECK:   math.log
// CHECK:   arith.constant 5.000000e-01 : f32
// CHECK: %[[GELU:.*]] = webnn.elementwise %[[ELU]]
// CHECK:   math.erfc
// CHECK: %[[HS:.*]] = webnn.elementwise %[[GELU]]
// CHECK:   arith.constant 2.500000e-01 : f32
// CHECK:   arith.constant 7.500000e-01 : f32
// CHECK:   arith.minimumf
// CHECK:   arith.maximumf
// CHECK: %[[SWISH:.*]] = webnn.elementwise %[[HS]]
// CHECK:   arith.constant 3.000000e+00 : f32
// CHECK:   arith.constant 6.000000e+00 : f32
// CHECK: %[[LIN:.*]] = webnn.elementwise %[[SWISH]]
// CHECK:   arith.constant 2.000000e+00 : f32
// CHECK:   arith.constant -1.000000e+00 : f32
// CHECK: %[[PRELU:.*]] = webnn.elementwise %[[LIN]], %arg1 : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xf32> {
// CHECK:   arith.cmpf oge
// CHECK:   arith.select
// CHECK: %[[PLUS:.*]] = webnn.elementwise %[[PRELU]]
// CHECK:   math.absf
// CHECK:   math.exp
// CHECK: webnn.elementwise %[[PLUS]]
// CHECK:   math.absf
// CHECK:   arith.divf
// CHECK-NOT: webnn.elu
// ONLY-LABEL: func @more_activations
// ONLY: webnn.elu
// ONLY: webnn.softsign
func.func @more_activations(%x: tensor<4xf32>, %slope: tensor<1xf32>) -> tensor<4xf32> {
  %0 = webnn.elu %x {alpha = 0.5 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %1 = webnn.gelu %0 : (tensor<4xf32>) -> tensor<4xf32>
  %2 = webnn.hard_sigmoid %1 {alpha = 0.25 : f64, beta = 0.75 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %3 = webnn.hard_swish %2 : (tensor<4xf32>) -> tensor<4xf32>
  %4 = webnn.linear %3 {alpha = 2.0 : f64, beta = -1.0 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %5 = webnn.prelu %4, %slope : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xf32>
  %6 = webnn.softplus %5 : (tensor<4xf32>) -> tensor<4xf32>
  %7 = webnn.softsign %6 : (tensor<4xf32>) -> tensor<4xf32>
  return %7 : tensor<4xf32>
}

// -----

// float16 activations compute in float32 and round once; integer prelu
// computes in its own type; the prelu result broadcasts both operands.
// CHECK-LABEL: func @activation_types
// CHECK: webnn.elementwise %arg0 : (tensor<4xf16>) -> tensor<4xf16> {
// CHECK: ^bb0(%[[V:.*]]: f16):
// CHECK:   %[[W:.*]] = arith.extf %[[V]] : f16 to f32
// CHECK:   math.erfc
// CHECK:   %[[N:.*]] = arith.truncf %{{.*}} : f32 to f16
// CHECK:   webnn.yield %[[N]] : f16
// CHECK: webnn.elementwise %arg1, %arg2 : (tensor<2x1xi32>, tensor<3xi32>) -> tensor<2x3xi32> {
// CHECK:   arith.cmpi sge
// CHECK:   arith.muli
func.func @activation_types(%h: tensor<4xf16>, %i: tensor<2x1xi32>, %s: tensor<3xi32>) -> (tensor<4xf16>, tensor<2x3xi32>) {
  %0 = webnn.gelu %h : (tensor<4xf16>) -> tensor<4xf16>
  %1 = webnn.prelu %i, %s : (tensor<2x1xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  return %0, %1 : tensor<4xf16>, tensor<2x3xi32>
}

// -----

// What the scalar bodies cannot express stays: an unsigned max pool (no
// unsigned scalar arithmetic), integer clamp (bounds saturate in the
// lowering).
// CHECK-LABEL: func @kept
// CHECK: webnn.max_pool2d
// CHECK: webnn.clamp
func.func @kept(%u: tensor<1x1x2x2xui8>, %i: tensor<4xi32>) -> (tensor<1x1x1x1xui8>, tensor<4xi32>) {
  %0 = webnn.max_pool2d %u : (tensor<1x1x2x2xui8>) -> tensor<1x1x1x1xui8>
  %1 = webnn.clamp %i {min_value = 0.0 : f64} : (tensor<4xi32>) -> tensor<4xi32>
  return %0, %1 : tensor<1x1x1x1xui8>, tensor<4xi32>
}

// -----

// maxPool2d in nhwc with ceil rounding: the end padding grows by one so that
// the last window fits; padding holds -inf.
// CHECK-LABEL: func @max_pool
// CHECK: webnn.reduce_window %arg0 {init_value = 0xFF800000 : f32, padding = array<i64: 0, 0, 0, 1, 0, 1, 0, 0>, window_dilations = array<i64: 1, 1, 1, 1>, window_dimensions = array<i64: 1, 2, 2, 1>, window_strides = array<i64: 1, 2, 2, 1>} : (tensor<1x5x5x3xf32>) -> tensor<1x3x3x3xf32>
// CHECK:   arith.maximumf
func.func @max_pool(%x: tensor<1x5x5x3xf32>) -> tensor<1x3x3x3xf32> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>, layout = #webnn.layout<nhwc>, output_shape_rounding = #webnn.rounding<ceil>} : (tensor<1x5x5x3xf32>) -> tensor<1x3x3x3xf32>
  return %0 : tensor<1x3x3x3xf32>
}

// -----

// A padded average pool divides by the count of real elements: the same
// window over ones.
// CHECK-LABEL: func @average_pool_padded
// CHECK-DAG: %[[ONES:.*]] = webnn.constant dense<1.000000e+00> : tensor<1x1x4x4xf32>
// CHECK-DAG: %[[SUM:.*]] = webnn.reduce_window %arg0 {{.*}}padding = array<i64: 0, 0, 0, 0, 1, 1, 1, 1>{{.*}} : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
// CHECK-DAG: %[[COUNT:.*]] = webnn.reduce_window %[[ONES]] {{.*}} : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
// CHECK: webnn.elementwise %[[SUM]], %[[COUNT]] : (tensor<1x2x4x4xf32>, tensor<1x1x4x4xf32>) -> tensor<1x2x4x4xf32>
// CHECK:   arith.divf
func.func @average_pool_padded(%x: tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %0 = webnn.average_pool2d %x {window_dimensions = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  return %0 : tensor<1x2x4x4xf32>
}

// -----

// A global average pool without padding divides by the window's size.
// CHECK-LABEL: func @global_average_pool
// CHECK-DAG: %[[N:.*]] = webnn.constant dense<4.900000e+01> : tensor<f32>
// CHECK-DAG: %[[SUM:.*]] = webnn.reduce_window %arg0 {{.*}}window_dimensions = array<i64: 1, 1, 7, 7>
// CHECK: webnn.elementwise %[[SUM]], %[[N]]
func.func @global_average_pool(%x: tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32> {
  %0 = webnn.average_pool2d %x : (tensor<1x8x7x7xf32>) -> tensor<1x8x1x1xf32>
  return %0 : tensor<1x8x1x1xf32>
}

// -----

// l2Pool2d: the squares, their windowed sum, the root.
// CHECK-LABEL: func @l2_pool
// CHECK: %[[SQ:.*]] = webnn.elementwise %arg0 : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
// CHECK:   arith.mulf
// CHECK: %[[SS:.*]] = webnn.reduce_window %[[SQ]] {{.*}}window_dimensions = array<i64: 1, 1, 2, 2>
// CHECK:   arith.addf
// CHECK: webnn.elementwise %[[SS]]
// CHECK:   math.sqrt
func.func @l2_pool(%x: tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32> {
  %0 = webnn.l2_pool2d %x {window_dimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}

// -----

// A float16 l2Pool2d squares, sums and takes the root in float32 (300
// squares to 90000, past float16's 65504), then rounds to float16.
// CHECK-LABEL: func @l2_pool_f16
// CHECK: %[[SQ:.*]] = webnn.elementwise %arg0 : (tensor<1x1x4x4xf16>) -> tensor<1x1x4x4xf32>
// CHECK:   arith.extf
// CHECK:   arith.mulf {{.*}} : f32
// CHECK: %[[SS:.*]] = webnn.reduce_window %[[SQ]] {{.*}} : (tensor<1x1x4x4xf32>) -> tensor<1x1x1x1xf32>
// CHECK: webnn.elementwise %[[SS]] : (tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf16>
// CHECK:   math.sqrt
// CHECK:   arith.truncf
func.func @l2_pool_f16(%h: tensor<1x1x4x4xf16>) -> tensor<1x1x1x1xf16> {
  %0 = webnn.l2_pool2d %h : (tensor<1x1x4x4xf16>) -> tensor<1x1x1x1xf16>
  return %0 : tensor<1x1x1x1xf16>
}

// -----

// gemm: explicit transposes, a matmul, and alpha * ab + beta * c.
// CHECK-LABEL: func @gemm
// CHECK: %[[BT:.*]] = webnn.transpose %arg1 {permutation = array<i64: 1, 0>}
// CHECK: %[[AB:.*]] = webnn.matmul %arg0, %[[BT]] : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
// CHECK: webnn.elementwise %[[AB]], %arg2 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK:   arith.mulf
// CHECK:   arith.mulf
// CHECK:   arith.addf
// ONLY-LABEL: func @gemm
// ONLY: webnn.gemm
// With composites=true, the same decomposition inside a gemm composite
// that carries alpha and beta.
// COMPOSITE-LABEL: func @gemm
// COMPOSITE: %[[Y:.*]] = webnn.composite "gemm" %arg0, %arg1, %arg2 {composite_attributes = {alpha = 2.000000e+00 : f64, beta = 5.000000e-01 : f64}}
// COMPOSITE:   webnn.transpose
// COMPOSITE:   webnn.matmul
// COMPOSITE:   %[[E:.*]] = webnn.elementwise
// COMPOSITE:   webnn.yield %[[E]]
// COMPOSITE: return %[[Y]]
func.func @gemm(%a: tensor<2x4xf32>, %b: tensor<3x4xf32>, %c: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.gemm %a, %b, %c {alpha = 2.0 : f64, beta = 0.5 : f64, b_transpose = true} : (tensor<2x4xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// A gemm without c and alpha 1 is just the matmul; inside a composite,
// the region is that matmul. Repeated operands stay one argument each.
// COMPOSITE-LABEL: func @gemm_plain
// COMPOSITE: webnn.composite "gemm" %arg0, %arg1
// COMPOSITE-NEXT: ^bb0(%[[A:.*]]: tensor<2x4xf32>, %[[B:.*]]: tensor<4x3xf32>):
// COMPOSITE-NEXT:   %[[P:.*]] = webnn.matmul %[[A]], %[[B]]
// COMPOSITE-NEXT:   webnn.yield %[[P]]
// COMPOSITE-LABEL: func @gemm_scaled
// COMPOSITE: webnn.composite "gemm" %arg0, %arg0 {composite_attributes = {alpha = 3.000000e+00 : f64, beta = 1.000000e+00 : f64}}
// COMPOSITE-NEXT: ^bb0(%[[A:.*]]: tensor<3x3xf32>, %[[B:.*]]: tensor<3x3xf32>):
// COMPOSITE-NEXT:   webnn.matmul %[[A]], %[[B]]
// COMPOSITE:        webnn.elementwise
// COMPOSITE:          arith.mulf
// CHECK-LABEL: func @gemm_plain
// CHECK: %[[AB:.*]] = webnn.matmul %arg0, %arg1
// CHECK-NEXT: return %[[AB]]
func.func @gemm_plain(%a: tensor<2x4xf32>, %b: tensor<4x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.gemm %a, %b : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

func.func @gemm_scaled(%a: tensor<3x3xf32>) -> tensor<3x3xf32> {
  %0 = webnn.gemm %a, %a {alpha = 3.0 : f64} : (tensor<3x3xf32>, tensor<3x3xf32>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}

// -----

// convTranspose2d as a stride-1 conv2d. The iohw filter [2, 4, 3, 3] becomes
// conv2d's oihw [4, 2, 3, 3] (input and output channels swapped), flipped
// in both spatial dimensions. The input gets stride - 1 zeros after each
// element: a size-1 dimension after height and after width, padded at its
// end to the stride (1 and 2 zeros), then merged: [1, 2, 3 * 2, 4 * 3].
// Each side of the conv2d is padded by (k - 1) * dilation less the op's
// padding: height begin 2 - 0 = 2, width begin 2 - 1 = 1; the end makes
// the output size, less the zeros after the last element: height
// 8 - 5 - 2 + 2 - 1 = 2, width 13 - 10 - 1 + 2 - 2 = 2. The conv2d keeps the
// dilations and the bias, and has unit strides and the default oihw layout
// (both elided).
// CHECK-LABEL: func @conv_transpose2d_strides
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x3x4xf32>, %[[W:.*]]: tensor<2x4x3x3xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK: %[[T:.*]] = webnn.transpose %[[W]] {permutation = array<i64: 1, 0, 2, 3>} : (tensor<2x4x3x3xf32>) -> tensor<4x2x3x3xf32>
// CHECK: %[[F:.*]] = webnn.reverse %[[T]] {axes = array<i64: 2, 3>} : (tensor<4x2x3x3xf32>) -> tensor<4x2x3x3xf32>
// CHECK: %[[SPLIT:.*]] = webnn.reshape %[[X]] {new_shape = array<i64: 1, 2, 3, 1, 4, 1>} : (tensor<1x2x3x4xf32>) -> tensor<1x2x3x1x4x1xf32>
// CHECK: %[[ZEROS:.*]] = webnn.pad %[[SPLIT]] {beginning_padding = array<i64: 0, 0, 0, 0, 0, 0>, ending_padding = array<i64: 0, 0, 0, 1, 0, 2>} : (tensor<1x2x3x1x4x1xf32>) -> tensor<1x2x3x2x4x3xf32>
// CHECK: %[[MERGED:.*]] = webnn.reshape %[[ZEROS]] {new_shape = array<i64: 1, 2, 6, 12>} : (tensor<1x2x3x2x4x3xf32>) -> tensor<1x2x6x12xf32>
// CHECK-NOT: webnn.slice
// CHECK: %[[R:.*]] = webnn.conv2d %[[MERGED]], %[[F]] bias(%[[B]]) {dilations = array<i64: 1, 1>, padding = array<i64: 2, 2, 1, 2>} : (tensor<1x2x6x12xf32>, tensor<4x2x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x13xf32>
// CHECK: return %[[R]]
// CHECK-NOT: webnn.conv_transpose2d
// ONLY-LABEL: func @conv_transpose2d_strides
// ONLY: webnn.conv_transpose2d
// ONLY-NOT: webnn.conv2d
// No fusion label names conv_transpose2d: decomposed in place.
// COMPOSITE-LABEL: func @conv_transpose2d_strides
// COMPOSITE-NOT: webnn.composite
// COMPOSITE: webnn.conv2d
// COMPOSITE-NOT: webnn.conv_transpose2d
func.func @conv_transpose2d_strides(%x: tensor<1x2x3x4xf32>, %w: tensor<2x4x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x8x13xf32> {
  %0 = webnn.conv_transpose2d %x, %w bias(%b) {strides = array<i64: 2, 3>, output_padding = array<i64: 1, 2>, padding = array<i64: 0, 0, 1, 0>} : (tensor<1x2x3x4xf32>, tensor<2x4x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x13xf32>
  return %0 : tensor<1x4x8x13xf32>
}

// -----

// Unit strides insert no zeros: the input goes to the conv2d as it is, with
// (k - 1) = 2 on every side.
// CHECK-LABEL: func @conv_transpose2d_default
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x3x3xf32>, %[[W:.*]]: tensor<2x4x3x3xf32>)
// CHECK: %[[T:.*]] = webnn.transpose %[[W]] {permutation = array<i64: 1, 0, 2, 3>}
// CHECK: %[[F:.*]] = webnn.reverse %[[T]] {axes = array<i64: 2, 3>}
// CHECK-NOT: webnn.reshape
// CHECK-NOT: webnn.pad
// CHECK: %[[R:.*]] = webnn.conv2d %[[X]], %[[F]] {dilations = array<i64: 1, 1>, padding = array<i64: 2, 2, 2, 2>} : (tensor<1x2x3x3xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x5x5xf32>
// CHECK: return %[[R]]
func.func @conv_transpose2d_default(%x: tensor<1x2x3x3xf32>, %w: tensor<2x4x3x3xf32>) -> tensor<1x4x5x5xf32> {
  %0 = webnn.conv_transpose2d %x, %w : (tensor<1x2x3x3xf32>, tensor<2x4x3x3xf32>) -> tensor<1x4x5x5xf32>
  return %0 : tensor<1x4x5x5xf32>
}

// -----

// Two groups: the iohw filter [4, 3, 3, 2] viewed as [groups, in / groups,
// out / groups, h, w], the channels swapped within each group, and merged
// to oihw [6, 2, 3, 2]. The dilated height reaches (3 - 1) * 2 = 4 on each
// side, the width (2 - 1) * 1 = 1; the conv2d keeps dilations and groups.
// CHECK-LABEL: func @conv_transpose2d_groups_dilations
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x3x3xf32>, %[[W:.*]]: tensor<4x3x3x2xf32>)
// CHECK: %[[G:.*]] = webnn.reshape %[[W]] {new_shape = array<i64: 2, 2, 3, 3, 2>} : (tensor<4x3x3x2xf32>) -> tensor<2x2x3x3x2xf32>
// CHECK: %[[T:.*]] = webnn.transpose %[[G]] {permutation = array<i64: 0, 2, 1, 3, 4>} : (tensor<2x2x3x3x2xf32>) -> tensor<2x3x2x3x2xf32>
// CHECK: %[[OIHW:.*]] = webnn.reshape %[[T]] {new_shape = array<i64: 6, 2, 3, 2>} : (tensor<2x3x2x3x2xf32>) -> tensor<6x2x3x2xf32>
// CHECK: %[[F:.*]] = webnn.reverse %[[OIHW]] {axes = array<i64: 2, 3>} : (tensor<6x2x3x2xf32>) -> tensor<6x2x3x2xf32>
// CHECK: %[[R:.*]] = webnn.conv2d %[[X]], %[[F]] {dilations = array<i64: 2, 1>, groups = 2 : i32, padding = array<i64: 4, 4, 1, 1>} : (tensor<1x4x3x3xf32>, tensor<6x2x3x2xf32>) -> tensor<1x6x7x4xf32>
// CHECK: return %[[R]]
func.func @conv_transpose2d_groups_dilations(%x: tensor<1x4x3x3xf32>, %w: tensor<4x3x3x2xf32>) -> tensor<1x6x7x4xf32> {
  %0 = webnn.conv_transpose2d %x, %w {groups = 2 : i32, dilations = array<i64: 2, 1>} : (tensor<1x4x3x3xf32>, tensor<4x3x3x2xf32>) -> tensor<1x6x7x4xf32>
  return %0 : tensor<1x6x7x4xf32>
}

// -----

// An hwoi filter [3, 2, 4, 2] is brought to iohw ([3, 2, 0, 1]) and then to
// oihw ([1, 0, 2, 3]): the two transposes fold into one, [2, 3, 0, 1].
// CHECK-LABEL: func @conv_transpose2d_hwoi
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x3x3xf32>, %[[W:.*]]: tensor<3x2x4x2xf32>)
// CHECK: %[[T:.*]] = webnn.transpose %[[W]] {permutation = array<i64: 2, 3, 0, 1>} : (tensor<3x2x4x2xf32>) -> tensor<4x2x3x2xf32>
// CHECK-NOT: webnn.transpose
// CHECK: %[[F:.*]] = webnn.reverse %[[T]] {axes = array<i64: 2, 3>} : (tensor<4x2x3x2xf32>) -> tensor<4x2x3x2xf32>
// CHECK: %[[R:.*]] = webnn.conv2d %[[X]], %[[F]] {dilations = array<i64: 1, 1>, padding = array<i64: 2, 2, 1, 1>} : (tensor<1x2x3x3xf32>, tensor<4x2x3x2xf32>) -> tensor<1x4x5x4xf32>
// CHECK: return %[[R]]
func.func @conv_transpose2d_hwoi(%x: tensor<1x2x3x3xf32>, %w: tensor<3x2x4x2xf32>) -> tensor<1x4x5x4xf32> {
  %0 = webnn.conv_transpose2d %x, %w {filter_layout = #webnn.transposed_filter_layout<hwoi>} : (tensor<1x2x3x3xf32>, tensor<3x2x4x2xf32>) -> tensor<1x4x5x4xf32>
  return %0 : tensor<1x4x5x4xf32>
}

// -----

// With groups, the hwoi filter [3, 2, 3, 4] goes to iohw [4, 3, 3, 2]
// first, then through the grouped swap.
// CHECK-LABEL: func @conv_transpose2d_hwoi_groups
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x3x3xf32>, %[[W:.*]]: tensor<3x2x3x4xf32>)
// CHECK: %[[IOHW:.*]] = webnn.transpose %[[W]] {permutation = array<i64: 3, 2, 0, 1>} : (tensor<3x2x3x4xf32>) -> tensor<4x3x3x2xf32>
// CHECK: %[[G:.*]] = webnn.reshape %[[IOHW]] {new_shape = array<i64: 2, 2, 3, 3, 2>}
// CHECK: %[[T:.*]] = webnn.transpose %[[G]] {permutation = array<i64: 0, 2, 1, 3, 4>}
// CHECK: %[[OIHW:.*]] = webnn.reshape %[[T]] {new_shape = array<i64: 6, 2, 3, 2>}
// CHECK: %[[F:.*]] = webnn.reverse %[[OIHW]] {axes = array<i64: 2, 3>}
// CHECK: %[[R:.*]] = webnn.conv2d %[[X]], %[[F]] {dilations = array<i64: 1, 1>, groups = 2 : i32, padding = array<i64: 2, 2, 1, 1>} : (tensor<1x4x3x3xf32>, tensor<6x2x3x2xf32>) -> tensor<1x6x5x4xf32>
// CHECK: return %[[R]]
func.func @conv_transpose2d_hwoi_groups(%x: tensor<1x4x3x3xf32>, %w: tensor<3x2x3x4xf32>) -> tensor<1x6x5x4xf32> {
  %0 = webnn.conv_transpose2d %x, %w {groups = 2 : i32, filter_layout = #webnn.transposed_filter_layout<hwoi>} : (tensor<1x4x3x3xf32>, tensor<3x2x3x4xf32>) -> tensor<1x6x5x4xf32>
  return %0 : tensor<1x6x5x4xf32>
}

// -----

// An ohwi filter [3, 3, 2, 4] goes to iohw [4, 3, 3, 2] with [3, 0, 1, 2].
// CHECK-LABEL: func @conv_transpose2d_ohwi_groups
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x3x3xf32>, %[[W:.*]]: tensor<3x3x2x4xf32>)
// CHECK: %[[IOHW:.*]] = webnn.transpose %[[W]] {permutation = array<i64: 3, 0, 1, 2>} : (tensor<3x3x2x4xf32>) -> tensor<4x3x3x2xf32>
// CHECK: %[[G:.*]] = webnn.reshape %[[IOHW]] {new_shape = array<i64: 2, 2, 3, 3, 2>}
// CHECK: %[[T:.*]] = webnn.transpose %[[G]] {permutation = array<i64: 0, 2, 1, 3, 4>}
// CHECK: %[[OIHW:.*]] = webnn.reshape %[[T]] {new_shape = array<i64: 6, 2, 3, 2>}
// CHECK: %[[F:.*]] = webnn.reverse %[[OIHW]] {axes = array<i64: 2, 3>}
// CHECK: %[[R:.*]] = webnn.conv2d %[[X]], %[[F]] {dilations = array<i64: 1, 1>, groups = 2 : i32, padding = array<i64: 2, 2, 1, 1>} : (tensor<1x4x3x3xf32>, tensor<6x2x3x2xf32>) -> tensor<1x6x5x4xf32>
// CHECK: return %[[R]]
func.func @conv_transpose2d_ohwi_groups(%x: tensor<1x4x3x3xf32>, %w: tensor<3x3x2x4xf32>) -> tensor<1x6x5x4xf32> {
  %0 = webnn.conv_transpose2d %x, %w {groups = 2 : i32, filter_layout = #webnn.transposed_filter_layout<ohwi>} : (tensor<1x4x3x3xf32>, tensor<3x3x2x4xf32>) -> tensor<1x6x5x4xf32>
  return %0 : tensor<1x6x5x4xf32>
}

// -----

// Padding beyond (k - 1) * dilation = 2 crops the input instead: the height's
// begin padding 3 leaves 2 - 3 = -1 (the first row is cropped), the width's
// end padding 3 leaves 3 - 4 - 2 + 2 = -1 (the last column is cropped); the
// other sides stay padded, by 3 - 4 + 1 + 2 = 2 and by 2.
// CHECK-LABEL: func @conv_transpose2d_crop
// CHECK-SAME: (%[[X:.*]]: tensor<1x1x4x4xf32>, %[[W:.*]]: tensor<1x1x3x3xf32>)
// CHECK: %[[F:.*]] = webnn.reverse
// CHECK: %[[C:.*]] = webnn.slice %[[X]] {sizes = array<i64: 1, 1, 3, 3>, starts = array<i64: 0, 0, 1, 0>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x3x3xf32>
// CHECK: %[[R:.*]] = webnn.conv2d %[[C]], %[[F]] {dilations = array<i64: 1, 1>, padding = array<i64: 0, 2, 2, 0>} : (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32>
// CHECK: return %[[R]]
func.func @conv_transpose2d_crop(%x: tensor<1x1x4x4xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32> {
  %0 = webnn.conv_transpose2d %x, %w {padding = array<i64: 3, 0, 0, 3>} : (tensor<1x1x4x4xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

// nhwc: the size-1 dimensions follow height and width (dimensions 2 and 4
// of [1, 3, 1, 3, 1, 2]) and the conv2d stays nhwc. The height's end
// padding 3 with output_sizes 5 (the calculated 4 plus 1) leaves
// 5 - 5 - 2 + 2 - 1 = -1: the zero after the last row is cropped. The width
// (output_sizes 7, the calculated size) is padded by 2 and 7 - 5 - 2 + 2 - 1 = 1.
// CHECK-LABEL: func @conv_transpose2d_nhwc_output_sizes
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x3x2xf32>, %[[W:.*]]: tensor<2x4x3x3xf32>)
// CHECK: %[[T:.*]] = webnn.transpose %[[W]] {permutation = array<i64: 1, 0, 2, 3>}
// CHECK: %[[F:.*]] = webnn.reverse %[[T]] {axes = array<i64: 2, 3>}
// CHECK: %[[SPLIT:.*]] = webnn.reshape %[[X]] {new_shape = array<i64: 1, 3, 1, 3, 1, 2>} : (tensor<1x3x3x2xf32>) -> tensor<1x3x1x3x1x2xf32>
// CHECK: %[[ZEROS:.*]] = webnn.pad %[[SPLIT]] {beginning_padding = array<i64: 0, 0, 0, 0, 0, 0>, ending_padding = array<i64: 0, 0, 1, 0, 1, 0>} : (tensor<1x3x1x3x1x2xf32>) -> tensor<1x3x2x3x2x2xf32>
// CHECK: %[[MERGED:.*]] = webnn.reshape %[[ZEROS]] {new_shape = array<i64: 1, 6, 6, 2>} : (tensor<1x3x2x3x2x2xf32>) -> tensor<1x6x6x2xf32>
// CHECK: %[[C:.*]] = webnn.slice %[[MERGED]] {sizes = array<i64: 1, 5, 6, 2>, starts = array<i64: 0, 0, 0, 0>} : (tensor<1x6x6x2xf32>) -> tensor<1x5x6x2xf32>
// CHECK: %[[R:.*]] = webnn.conv2d %[[C]], %[[F]] {dilations = array<i64: 1, 1>, input_layout = #webnn.layout<nhwc>, padding = array<i64: 2, 0, 2, 1>} : (tensor<1x5x6x2xf32>, tensor<4x2x3x3xf32>) -> tensor<1x5x7x4xf32>
// CHECK: return %[[R]]
func.func @conv_transpose2d_nhwc_output_sizes(%x: tensor<1x3x3x2xf32>, %w: tensor<2x4x3x3xf32>) -> tensor<1x5x7x4xf32> {
  %0 = webnn.conv_transpose2d %x, %w {input_layout = #webnn.layout<nhwc>, strides = array<i64: 2, 2>, padding = array<i64: 0, 3, 0, 0>, output_sizes = array<i64: 5, 7>} : (tensor<1x3x3x2xf32>, tensor<2x4x3x3xf32>) -> tensor<1x5x7x4xf32>
  return %0 : tensor<1x5x7x4xf32>
}

// -----

// float16: the zeros are inserted in the input's type.
// CHECK-LABEL: func @conv_transpose2d_f16
// CHECK: webnn.pad %{{.*}} {beginning_padding = array<i64: 0, 0, 0, 0, 0, 0>, ending_padding = array<i64: 0, 0, 0, 1, 0, 1>} : (tensor<1x1x2x1x2x1xf16>) -> tensor<1x1x2x2x2x2xf16>
// CHECK: webnn.conv2d %{{.*}}, %{{.*}} {dilations = array<i64: 1, 1>, padding = array<i64: 1, 0, 1, 0>} : (tensor<1x1x4x4xf16>, tensor<1x1x2x2xf16>) -> tensor<1x1x4x4xf16>
func.func @conv_transpose2d_f16(%x: tensor<1x1x2x2xf16>, %w: tensor<1x1x2x2xf16>) -> tensor<1x1x4x4xf16> {
  %0 = webnn.conv_transpose2d %x, %w {strides = array<i64: 2, 2>} : (tensor<1x1x2x2xf16>, tensor<1x1x2x2xf16>) -> tensor<1x1x4x4xf16>
  return %0 : tensor<1x1x4x4xf16>
}

// -----

// softmax: max over the whole axis (kept as size 1 to broadcast back),
// exp(x - max), sum, divide.
// CHECK-LABEL: func @softmax
// CHECK: %[[MAX:.*]] = webnn.reduce_window %arg0 {init_value = 0xFF800000 : f32, {{.*}}window_dimensions = array<i64: 1, 10>{{.*}}} : (tensor<2x10xf32>) -> tensor<2x1xf32>
// CHECK: %[[EXP:.*]] = webnn.elementwise %arg0, %[[MAX]]
// CHECK:   arith.subf
// CHECK:   math.exp
// CHECK: %[[SUM:.*]] = webnn.reduce_window %[[EXP]] {init_value = 0.000000e+00 : f32
// CHECK: webnn.elementwise %[[EXP]], %[[SUM]]
// CHECK:   arith.divf
// ONLY-LABEL: func @softmax
// ONLY-NOT: webnn.softmax
// COMPOSITE-LABEL: func @softmax
// COMPOSITE: webnn.composite "softmax" %arg0 : (tensor<2x10xf32>) -> tensor<2x10xf32>
// COMPOSITE:   webnn.reduce_window
// COMPOSITE:   webnn.elementwise
// COMPOSITE:   webnn.reduce_window
// COMPOSITE:   webnn.elementwise
// COMPOSITE-NOT: webnn.softmax
func.func @softmax(%x: tensor<2x10xf32>) -> tensor<2x10xf32> {
  %0 = webnn.softmax %x {axis = 1 : i32} : (tensor<2x10xf32>) -> tensor<2x10xf32>
  return %0 : tensor<2x10xf32>
}

// -----

// batchNormalization: the factor per channel, the parameters reshaped to
// [C, 1, 1] to broadcast along axis 1, one element-wise op over the input.
// CHECK-LABEL: func @batch_normalization
// CHECK: %[[F:.*]] = webnn.elementwise %arg2, %arg3 : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK:   math.sqrt
// CHECK:   arith.divf
// CHECK: %[[M:.*]] = webnn.reshape %arg1 {new_shape = array<i64: 3, 1, 1>}
// CHECK: %[[FR:.*]] = webnn.reshape %[[F]] {new_shape = array<i64: 3, 1, 1>}
// CHECK: %[[B:.*]] = webnn.reshape %arg4 {new_shape = array<i64: 3, 1, 1>}
// CHECK: webnn.elementwise %arg0, %[[M]], %[[FR]], %[[B]] : (tensor<1x3x2x2xf32>, tensor<3x1x1xf32>, tensor<3x1x1xf32>, tensor<3x1x1xf32>) -> tensor<1x3x2x2xf32>
// CHECK:   arith.subf
// CHECK:   arith.mulf
// CHECK:   arith.addf
func.func @batch_normalization(%x: tensor<1x3x2x2xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<1x3x2x2xf32> {
  %0 = webnn.batch_normalization %x, %m, %v scale(%s) bias(%b) : (tensor<1x3x2x2xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<1x3x2x2xf32>
  return %0 : tensor<1x3x2x2xf32>
}

// -----

// instanceNormalization (nchw): the mean and the variance over the spatial
// dimensions 2 and 3, each a sum from 0 divided by the count 4 * 5 = 20,
// reshaped to keep the reduced dimensions (size 1) so they broadcast back;
// the variance from the squared distances to the mean; the divisor
// sqrt(variance + epsilon) once per sample and channel (epsilon 1e-5 cast to
// f32); scale and bias reshaped to [1, C, 1, 1]; one element-wise op over
// the input for ((x - mean) / divisor) * scale + bias.
// CHECK-LABEL: func @instance_normalization
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4x5xf32>, %[[S:.*]]: tensor<3xf32>, %[[B:.*]]: tensor<3xf32>)
// CHECK: %[[SR:.*]] = webnn.reshape %[[S]] {new_shape = array<i64: 1, 3, 1, 1>} : (tensor<3xf32>) -> tensor<1x3x1x1xf32>
// CHECK: %[[BR:.*]] = webnn.reshape %[[B]] {new_shape = array<i64: 1, 3, 1, 1>} : (tensor<3xf32>) -> tensor<1x3x1x1xf32>
// CHECK: %[[SUM:.*]] = webnn.reduce %[[X]] {axes = array<i64: 2, 3>, init_value = 0.000000e+00 : f32} : (tensor<2x3x4x5xf32>) -> tensor<2x3xf32> {
// CHECK:   arith.addf
// CHECK: %[[MEAN:.*]] = webnn.elementwise %[[SUM]] : (tensor<2x3xf32>) -> tensor<2x3xf32> {
// CHECK:   %[[N:.*]] = arith.constant 2.000000e+01 : f32
// CHECK:   arith.divf %{{.*}}, %[[N]] : f32
// CHECK: %[[MEANK:.*]] = webnn.reshape %[[MEAN]] {new_shape = array<i64: 2, 3, 1, 1>} : (tensor<2x3xf32>) -> tensor<2x3x1x1xf32>
// CHECK: %[[SQ:.*]] = webnn.elementwise %[[X]], %[[MEANK]] : (tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>) -> tensor<2x3x4x5xf32> {
// CHECK:   %[[DIST:.*]] = arith.subf
// CHECK:   arith.mulf %[[DIST]], %[[DIST]] : f32
// CHECK: %[[SQSUM:.*]] = webnn.reduce %[[SQ]] {axes = array<i64: 2, 3>, init_value = 0.000000e+00 : f32} : (tensor<2x3x4x5xf32>) -> tensor<2x3xf32> {
// CHECK:   arith.addf
// CHECK: %[[DEV:.*]] = webnn.elementwise %[[SQSUM]] : (tensor<2x3xf32>) -> tensor<2x3xf32> {
// CHECK:   %[[N2:.*]] = arith.constant 2.000000e+01 : f32
// CHECK:   %[[VAR:.*]] = arith.divf %{{.*}}, %[[N2]] : f32
// CHECK:   %[[EPS:.*]] = arith.constant 9.99999974E-6 : f32
// CHECK:   %[[VAREPS:.*]] = arith.addf %[[VAR]], %[[EPS]] : f32
// CHECK:   %[[ROOT:.*]] = math.sqrt %[[VAREPS]] : f32
// CHECK:   webnn.yield %[[ROOT]] : f32
// CHECK: %[[DEVK:.*]] = webnn.reshape %[[DEV]] {new_shape = array<i64: 2, 3, 1, 1>} : (tensor<2x3xf32>) -> tensor<2x3x1x1xf32>
// CHECK: %[[Y:.*]] = webnn.elementwise %[[X]], %[[MEANK]], %[[DEVK]], %[[SR]], %[[BR]] : (tensor<2x3x4x5xf32>, tensor<2x3x1x1xf32>, tensor<2x3x1x1xf32>, tensor<1x3x1x1xf32>, tensor<1x3x1x1xf32>) -> tensor<2x3x4x5xf32> {
// CHECK: ^bb0(%[[XV:.*]]: f32, %[[MV:.*]]: f32, %[[DV:.*]]: f32, %[[SV:.*]]: f32, %[[BV:.*]]: f32):
// CHECK:   %[[CENTERED:.*]] = arith.subf %[[XV]], %[[MV]] : f32
// CHECK:   %[[NORM:.*]] = arith.divf %[[CENTERED]], %[[DV]] : f32
// CHECK:   %[[SCALED:.*]] = arith.mulf %[[NORM]], %[[SV]] : f32
// CHECK:   %[[OUT:.*]] = arith.addf %[[SCALED]], %[[BV]] : f32
// CHECK:   webnn.yield %[[OUT]] : f32
// CHECK: return %[[Y]]
func.func @instance_normalization(%x: tensor<2x3x4x5xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  %0 = webnn.instance_normalization %x scale(%s) bias(%b) : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// -----

// instanceNormalization in nhwc: the spatial dimensions are 1 and 2, the
// channels dimension 3: the scale is reshaped to [1, 1, 1, C] and the
// statistics to [N, 1, 1, C]. Without a bias there is no addition.
// CHECK-LABEL: func @instance_normalization_nhwc
// CHECK-SAME: (%[[X:.*]]: tensor<2x4x5x3xf32>, %[[S:.*]]: tensor<3xf32>)
// CHECK: %[[SR:.*]] = webnn.reshape %[[S]] {new_shape = array<i64: 1, 1, 1, 3>} : (tensor<3xf32>) -> tensor<1x1x1x3xf32>
// CHECK: %[[SUM:.*]] = webnn.reduce %[[X]] {axes = array<i64: 1, 2>, init_value = 0.000000e+00 : f32} : (tensor<2x4x5x3xf32>) -> tensor<2x3xf32>
// CHECK: %[[MEAN:.*]] = webnn.elementwise %[[SUM]]
// CHECK:   arith.constant 2.000000e+01 : f32
// CHECK:   arith.divf
// CHECK: %[[MEANK:.*]] = webnn.reshape %[[MEAN]] {new_shape = array<i64: 2, 1, 1, 3>} : (tensor<2x3xf32>) -> tensor<2x1x1x3xf32>
// CHECK: %[[SQ:.*]] = webnn.elementwise %[[X]], %[[MEANK]]
// CHECK: %[[SQSUM:.*]] = webnn.reduce %[[SQ]] {axes = array<i64: 1, 2>, init_value = 0.000000e+00 : f32} : (tensor<2x4x5x3xf32>) -> tensor<2x3xf32>
// CHECK: %[[DEV:.*]] = webnn.elementwise %[[SQSUM]]
// CHECK:   math.sqrt
// CHECK: %[[DEVK:.*]] = webnn.reshape %[[DEV]] {new_shape = array<i64: 2, 1, 1, 3>}
// CHECK: %[[Y:.*]] = webnn.elementwise %[[X]], %[[MEANK]], %[[DEVK]], %[[SR]] : (tensor<2x4x5x3xf32>, tensor<2x1x1x3xf32>, tensor<2x1x1x3xf32>, tensor<1x1x1x3xf32>) -> tensor<2x4x5x3xf32> {
// CHECK:   arith.subf
// CHECK:   arith.divf
// CHECK:   %[[SCALED:.*]] = arith.mulf
// CHECK-NOT: arith.addf
// CHECK:   webnn.yield %[[SCALED]] : f32
// CHECK: return %[[Y]]
func.func @instance_normalization_nhwc(%x: tensor<2x4x5x3xf32>, %s: tensor<3xf32>) -> tensor<2x4x5x3xf32> {
  %0 = webnn.instance_normalization %x scale(%s) {layout = #webnn.layout<nhwc>} : (tensor<2x4x5x3xf32>, tensor<3xf32>) -> tensor<2x4x5x3xf32>
  return %0 : tensor<2x4x5x3xf32>
}

// -----

// layerNormalization with the default axes (every dimension but the first,
// [1, 2]): the count is 3 * 4 = 12 and the statistics are reshaped to
// [N, 1, 1]. Without scale and bias the last op only centers and divides.
// CHECK-LABEL: func @layer_normalization_default_axes
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK-NOT: webnn.reshape %[[X]]
// CHECK: %[[SUM:.*]] = webnn.reduce %[[X]] {axes = array<i64: 1, 2>, init_value = 0.000000e+00 : f32} : (tensor<2x3x4xf32>) -> tensor<2xf32>
// CHECK: %[[MEAN:.*]] = webnn.elementwise %[[SUM]]
// CHECK:   arith.constant 1.200000e+01 : f32
// CHECK:   arith.divf
// CHECK: %[[MEANK:.*]] = webnn.reshape %[[MEAN]] {new_shape = array<i64: 2, 1, 1>} : (tensor<2xf32>) -> tensor<2x1x1xf32>
// CHECK: %[[SQ:.*]] = webnn.elementwise %[[X]], %[[MEANK]]
// CHECK: %[[SQSUM:.*]] = webnn.reduce %[[SQ]] {axes = array<i64: 1, 2>, init_value = 0.000000e+00 : f32}
// CHECK: %[[DEV:.*]] = webnn.elementwise %[[SQSUM]]
// CHECK:   arith.constant 1.200000e+01 : f32
// CHECK:   arith.divf
// CHECK:   arith.constant 9.99999974E-6 : f32
// CHECK:   arith.addf
// CHECK:   math.sqrt
// CHECK: %[[DEVK:.*]] = webnn.reshape %[[DEV]] {new_shape = array<i64: 2, 1, 1>}
// CHECK: %[[Y:.*]] = webnn.elementwise %[[X]], %[[MEANK]], %[[DEVK]] : (tensor<2x3x4xf32>, tensor<2x1x1xf32>, tensor<2x1x1xf32>) -> tensor<2x3x4xf32> {
// CHECK:   %[[CENTERED:.*]] = arith.subf
// CHECK:   %[[NORM:.*]] = arith.divf %[[CENTERED]], %{{.*}} : f32
// CHECK-NEXT: webnn.yield %[[NORM]] : f32
// CHECK: return %[[Y]]
func.func @layer_normalization_default_axes(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.layer_normalization %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// layerNormalization with unsorted axes [2, 0]: scale and bias list the
// sizes of dimensions 2 and 0 ([4, 2]); they are transposed to the input's
// order ([2, 4], permutation [1, 0]) and reshaped to [2, 1, 4]. The
// reductions run over the sorted axes [0, 2] (count 2 * 4 = 8) and the
// statistics are reshaped to [1, 3, 1].
// CHECK-LABEL: func @layer_normalization_unsorted_axes
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>, %[[S:.*]]: tensor<4x2xf32>, %[[B:.*]]: tensor<4x2xf32>)
// CHECK: %[[ST:.*]] = webnn.transpose %[[S]] {permutation = array<i64: 1, 0>} : (tensor<4x2xf32>) -> tensor<2x4xf32>
// CHECK: %[[SR:.*]] = webnn.reshape %[[ST]] {new_shape = array<i64: 2, 1, 4>} : (tensor<2x4xf32>) -> tensor<2x1x4xf32>
// CHECK: %[[BT:.*]] = webnn.transpose %[[B]] {permutation = array<i64: 1, 0>} : (tensor<4x2xf32>) -> tensor<2x4xf32>
// CHECK: %[[BR:.*]] = webnn.reshape %[[BT]] {new_shape = array<i64: 2, 1, 4>} : (tensor<2x4xf32>) -> tensor<2x1x4xf32>
// CHECK: %[[SUM:.*]] = webnn.reduce %[[X]] {axes = array<i64: 0, 2>, init_value = 0.000000e+00 : f32} : (tensor<2x3x4xf32>) -> tensor<3xf32>
// CHECK: %[[MEAN:.*]] = webnn.elementwise %[[SUM]]
// CHECK:   arith.constant 8.000000e+00 : f32
// CHECK:   arith.divf
// CHECK: %[[MEANK:.*]] = webnn.reshape %[[MEAN]] {new_shape = array<i64: 1, 3, 1>} : (tensor<3xf32>) -> tensor<1x3x1xf32>
// CHECK: %[[SQ:.*]] = webnn.elementwise %[[X]], %[[MEANK]]
// CHECK: %[[SQSUM:.*]] = webnn.reduce %[[SQ]] {axes = array<i64: 0, 2>, init_value = 0.000000e+00 : f32}
// CHECK: %[[DEV:.*]] = webnn.elementwise %[[SQSUM]]
// CHECK:   arith.constant 8.000000e+00 : f32
// CHECK:   math.sqrt
// CHECK: %[[DEVK:.*]] = webnn.reshape %[[DEV]] {new_shape = array<i64: 1, 3, 1>}
// CHECK: %[[Y:.*]] = webnn.elementwise %[[X]], %[[MEANK]], %[[DEVK]], %[[SR]], %[[BR]] : (tensor<2x3x4xf32>, tensor<1x3x1xf32>, tensor<1x3x1xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>) -> tensor<2x3x4xf32> {
// CHECK: ^bb0(%[[XV:.*]]: f32, %[[MV:.*]]: f32, %[[DV:.*]]: f32, %[[SV:.*]]: f32, %[[BV:.*]]: f32):
// CHECK:   %[[CENTERED:.*]] = arith.subf %[[XV]], %[[MV]] : f32
// CHECK:   %[[NORM:.*]] = arith.divf %[[CENTERED]], %[[DV]] : f32
// CHECK:   %[[SCALED:.*]] = arith.mulf %[[NORM]], %[[SV]] : f32
// CHECK:   %[[OUT:.*]] = arith.addf %[[SCALED]], %[[BV]] : f32
// CHECK:   webnn.yield %[[OUT]] : f32
// CHECK: return %[[Y]]
func.func @layer_normalization_unsorted_axes(%x: tensor<2x3x4xf32>, %s: tensor<4x2xf32>, %b: tensor<4x2xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.layer_normalization %x scale(%s) bias(%b) {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>, tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// float16 computes in float32 and rounds once (here with the default axes
// of a 2-D input, [1]): the input is widened once for the statistics, which
// stay f32 (epsilon 1e-3 first cast to f16, 1.00040436e-3, then widened);
// the last op widens x, scale and bias and truncates its result.
// CHECK-LABEL: func @layer_normalization_f16
// CHECK-SAME: (%[[X:.*]]: tensor<2x8xf16>, %[[S:.*]]: tensor<8xf16>, %[[B:.*]]: tensor<8xf16>)
// CHECK: %[[SR:.*]] = webnn.reshape %[[S]] {new_shape = array<i64: 1, 8>} : (tensor<8xf16>) -> tensor<1x8xf16>
// CHECK: %[[BR:.*]] = webnn.reshape %[[B]] {new_shape = array<i64: 1, 8>} : (tensor<8xf16>) -> tensor<1x8xf16>
// CHECK: %[[WIDE:.*]] = webnn.elementwise %[[X]] : (tensor<2x8xf16>) -> tensor<2x8xf32> {
// CHECK:   arith.extf %{{.*}} : f16 to f32
// CHECK: %[[SUM:.*]] = webnn.reduce %[[WIDE]] {axes = array<i64: 1>, init_value = 0.000000e+00 : f32} : (tensor<2x8xf32>) -> tensor<2xf32>
// CHECK: %[[MEAN:.*]] = webnn.elementwise %[[SUM]] : (tensor<2xf32>) -> tensor<2xf32>
// CHECK:   arith.constant 8.000000e+00 : f32
// CHECK: %[[MEANK:.*]] = webnn.reshape %[[MEAN]] {new_shape = array<i64: 2, 1>} : (tensor<2xf32>) -> tensor<2x1xf32>
// CHECK: %[[SQ:.*]] = webnn.elementwise %[[WIDE]], %[[MEANK]] : (tensor<2x8xf32>, tensor<2x1xf32>) -> tensor<2x8xf32>
// CHECK: %[[SQSUM:.*]] = webnn.reduce %[[SQ]] {axes = array<i64: 1>, init_value = 0.000000e+00 : f32} : (tensor<2x8xf32>) -> tensor<2xf32>
// CHECK: %[[DEV:.*]] = webnn.elementwise %[[SQSUM]] : (tensor<2xf32>) -> tensor<2xf32>
// CHECK:   arith.constant 0.00100040436 : f32
// CHECK:   math.sqrt
// CHECK: %[[DEVK:.*]] = webnn.reshape %[[DEV]] {new_shape = array<i64: 2, 1>}
// CHECK: %[[Y:.*]] = webnn.elementwise %[[X]], %[[MEANK]], %[[DEVK]], %[[SR]], %[[BR]] : (tensor<2x8xf16>, tensor<2x1xf32>, tensor<2x1xf32>, tensor<1x8xf16>, tensor<1x8xf16>) -> tensor<2x8xf16> {
// CHECK: ^bb0(%[[XV:.*]]: f16, %[[MV:.*]]: f32, %[[DV:.*]]: f32, %[[SV:.*]]: f16, %[[BV:.*]]: f16):
// CHECK:   %[[XW:.*]] = arith.extf %[[XV]] : f16 to f32
// CHECK:   %[[CENTERED:.*]] = arith.subf %[[XW]], %[[MV]] : f32
// CHECK:   %[[NORM:.*]] = arith.divf %[[CENTERED]], %[[DV]] : f32
// CHECK:   %[[SW:.*]] = arith.extf %[[SV]] : f16 to f32
// CHECK:   %[[SCALED:.*]] = arith.mulf %[[NORM]], %[[SW]] : f32
// CHECK:   %[[BW:.*]] = arith.extf %[[BV]] : f16 to f32
// CHECK:   %[[OUT:.*]] = arith.addf %[[SCALED]], %[[BW]] : f32
// CHECK:   %[[NARROW:.*]] = arith.truncf %[[OUT]] : f32 to f16
// CHECK:   webnn.yield %[[NARROW]] : f16
// CHECK: return %[[Y]] : tensor<2x8xf16>
func.func @layer_normalization_f16(%x: tensor<2x8xf16>, %s: tensor<8xf16>, %b: tensor<8xf16>) -> tensor<2x8xf16> {
  %0 = webnn.layer_normalization %x scale(%s) bias(%b) {epsilon = 1.0e-03 : f64} : (tensor<2x8xf16>, tensor<8xf16>, tensor<8xf16>) -> tensor<2x8xf16>
  return %0 : tensor<2x8xf16>
}

// -----

// Ops inside a composite belong to its region: decomposing them could make
// it an invalid decomposition of its label, so they stay.
// CHECK-LABEL: func @inside_composite
// CHECK: webnn.composite "conv2d_batchnorm"
// CHECK:   webnn.batch_normalization
// CHECK: webnn.elementwise
func.func @inside_composite(%x: tensor<1x1x4x4xf32>, %w: tensor<2x1x1x1xf32>, %m: tensor<2xf32>, %v: tensor<2xf32>) -> tensor<1x2x4x4xf32> {
  %y = webnn.composite "conv2d_batchnorm" %x, %w, %m, %v : (tensor<1x1x4x4xf32>, tensor<2x1x1x1xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32> {
  ^bb0(%i: tensor<1x1x4x4xf32>, %f: tensor<2x1x1x1xf32>, %mean: tensor<2xf32>, %var: tensor<2xf32>):
    %c = webnn.conv2d %i, %f : (tensor<1x1x4x4xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x4x4xf32>
    %n = webnn.batch_normalization %c, %mean, %var : (tensor<1x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
    webnn.yield %n : tensor<1x2x4x4xf32>
  }
  %r = webnn.relu %y : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  return %r : tensor<1x2x4x4xf32>
}

// -----

// reduceL2: the squares, their sum from 0 over the axes, the root.
// CHECK-LABEL: func @reduce_l2
// CHECK: %[[SQ:.*]] = webnn.elementwise %arg0 : (tensor<2x3xf32>) -> tensor<2x3xf32> {
// CHECK: ^bb0(%[[V:.*]]: f32):
// CHECK:   %[[M:.*]] = arith.mulf %[[V]], %[[V]] : f32
// CHECK:   webnn.yield %[[M]] : f32
// CHECK: %[[SUM:.*]] = webnn.reduce %[[SQ]] {axes = array<i64: 1>, init_value = 0.000000e+00 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
// CHECK: ^bb0(%[[ACC:.*]]: f32, %[[E:.*]]: f32):
// CHECK:   %[[S:.*]] = arith.addf %[[ACC]], %[[E]] : f32
// CHECK:   webnn.yield %[[S]] : f32
// CHECK: %[[R:.*]] = webnn.elementwise %[[SUM]] : (tensor<2xf32>) -> tensor<2xf32> {
// CHECK:   math.sqrt
// CHECK: return %[[R]] : tensor<2xf32>
// ONLY-LABEL: func @reduce_l2
// ONLY: webnn.reduce_l2 %arg0
// ONLY-NOT: webnn.reduce {{.*}}init_value
func.func @reduce_l2(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = webnn.reduce_l2 %x {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// reduceLogSumExp: the max from -inf, reshaped to the size-1 dimension to
// broadcast against the input; exp(x - shift), where the shift is the max,
// or 0 where the max is infinite; their sum; log(sum) + shift.
// CHECK-LABEL: func @reduce_log_sum_exp
// CHECK: %[[MAX:.*]] = webnn.reduce %arg0 {axes = array<i64: 1>, init_value = 0xFF800000 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
// CHECK:   arith.maximumf
// CHECK: %[[KEPT:.*]] = webnn.reshape %[[MAX]] {new_shape = array<i64: 2, 1>} : (tensor<2xf32>) -> tensor<2x1xf32>
// CHECK: %[[EXP:.*]] = webnn.elementwise %arg0, %[[KEPT]] : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32> {
// CHECK: ^bb0(%[[V:.*]]: f32, %[[M:.*]]: f32):
// CHECK:   %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK:   %[[ABS:.*]] = math.absf %[[M]] : f32
// CHECK:   %[[IS_INF:.*]] = arith.cmpf oeq, %[[ABS]], %[[INF]] : f32
// CHECK:   %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:   %[[SHIFT:.*]] = arith.select %[[IS_INF]], %[[ZERO]], %[[M]] : f32
// CHECK:   %[[D:.*]] = arith.subf %[[V]], %[[SHIFT]] : f32
// CHECK:   %[[E:.*]] = math.exp %[[D]] : f32
// CHECK:   webnn.yield %[[E]] : f32
// CHECK: %[[SUM:.*]] = webnn.reduce %[[EXP]] {axes = array<i64: 1>, init_value = 0.000000e+00 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
// CHECK:   arith.addf
// CHECK: %[[R:.*]] = webnn.elementwise %[[SUM]], %[[MAX]] : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> {
// CHECK: ^bb0(%[[S:.*]]: f32, %[[M2:.*]]: f32):
// CHECK:   %[[L:.*]] = math.log %[[S]] : f32
// CHECK:   math.absf %[[M2]] : f32
// CHECK:   %[[SHIFT2:.*]] = arith.select %{{.*}}, %{{.*}}, %[[M2]] : f32
// CHECK:   %[[Y:.*]] = arith.addf %[[L]], %[[SHIFT2]] : f32
// CHECK:   webnn.yield %[[Y]] : f32
// CHECK: return %[[R]] : tensor<2xf32>
// ONLY-LABEL: func @reduce_log_sum_exp
// ONLY: webnn.reduce_log_sum_exp %arg0
func.func @reduce_log_sum_exp(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = webnn.reduce_log_sum_exp %x {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// A float16 mean: widened to float32, summed in float32, divided by the
// count in float32, then rounded once.
// CHECK-LABEL: func @reduce_mean_f16
// CHECK: %[[WIDE:.*]] = webnn.elementwise %arg0 : (tensor<2x3xf16>) -> tensor<2x3xf32> {
// CHECK: ^bb0(%[[H:.*]]: f16):
// CHECK:   %[[W:.*]] = arith.extf %[[H]] : f16 to f32
// CHECK:   webnn.yield %[[W]] : f32
// CHECK: %[[SUM:.*]] = webnn.reduce %[[WIDE]] {axes = array<i64: 1>, init_value = 0.000000e+00 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
// CHECK:   arith.addf {{.*}} : f32
// CHECK: %[[R:.*]] = webnn.elementwise %[[SUM]] : (tensor<2xf32>) -> tensor<2xf16> {
// CHECK: ^bb0(%[[S:.*]]: f32):
// CHECK:   %[[COUNT:.*]] = arith.constant 3.000000e+00 : f32
// CHECK:   %[[M:.*]] = arith.divf %[[S]], %[[COUNT]] : f32
// CHECK:   %[[N:.*]] = arith.truncf %[[M]] : f32 to f16
// CHECK:   webnn.yield %[[N]] : f16
// CHECK: return %[[R]] : tensor<2xf16>
func.func @reduce_mean_f16(%x: tensor<2x3xf16>) -> tensor<2xf16> {
  %0 = webnn.reduce_mean %x {axes = array<i64: 1>} : (tensor<2x3xf16>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

// keep_dimensions: the reduce drops the (sorted) axes, a webnn.reshape puts
// them back as size-1 dimensions. An integer sum needs no element-wise
// step.
// CHECK-LABEL: func @reduce_sum_keep_dimensions
// CHECK-NOT: webnn.elementwise
// CHECK: %[[SUM:.*]] = webnn.reduce %arg0 {axes = array<i64: 0, 2>, init_value = 0 : i32} : (tensor<2x3x4xi32>) -> tensor<3xi32> {
// CHECK:   arith.addi
// CHECK: %[[R:.*]] = webnn.reshape %[[SUM]] {new_shape = array<i64: 1, 3, 1>} : (tensor<3xi32>) -> tensor<1x3x1xi32>
// CHECK-NEXT: return %[[R]] : tensor<1x3x1xi32>
func.func @reduce_sum_keep_dimensions(%x: tensor<2x3x4xi32>) -> tensor<1x3x1xi32> {
  %0 = webnn.reduce_sum %x {axes = array<i64: 2, 0>, keep_dimensions = true} : (tensor<2x3x4xi32>) -> tensor<1x3x1xi32>
  return %0 : tensor<1x3x1xi32>
}

// -----

// The other reductions: reduceLogSum (sum, log), reduceMin of int64 (from
// the largest int64), a float16 reduceProduct over every axis (in float32,
// from 1), reduceSumSquare (squares, sum), reduceL1 of int64 (absi, sum).
// CHECK-LABEL: func @more_reductions
// CHECK: %[[LS:.*]] = webnn.reduce %arg0 {axes = array<i64: 1>, init_value = 0.000000e+00 : f32}
// CHECK: webnn.elementwise %[[LS]] : (tensor<2xf32>) -> tensor<2xf32> {
// CHECK:   math.log
// CHECK: webnn.reduce %arg1 {axes = array<i64: 0>, init_value = 9223372036854775807 : i64} : (tensor<2x3xi64>) -> tensor<3xi64> {
// CHECK:   arith.minsi
// CHECK: %[[WIDE:.*]] = webnn.elementwise %arg2 : (tensor<2x3xf16>) -> tensor<2x3xf32> {
// CHECK:   arith.extf
// CHECK: %[[P:.*]] = webnn.reduce %[[WIDE]] {axes = array<i64: 0, 1>, init_value = 1.000000e+00 : f32} : (tensor<2x3xf32>) -> tensor<f32> {
// CHECK:   arith.mulf
// CHECK: webnn.elementwise %[[P]] : (tensor<f32>) -> tensor<f16> {
// CHECK:   arith.truncf
// CHECK: %[[SQ:.*]] = webnn.elementwise %arg0 : (tensor<2x3xf32>) -> tensor<2x3xf32> {
// CHECK:   arith.mulf
// CHECK: webnn.reduce %[[SQ]] {axes = array<i64: 1>, init_value = 0.000000e+00 : f32}
// CHECK:   arith.addf
// CHECK: %[[ABS:.*]] = webnn.elementwise %arg1 : (tensor<2x3xi64>) -> tensor<2x3xi64> {
// CHECK:   math.absi
// CHECK: webnn.reduce %[[ABS]] {axes = array<i64: 1>, init_value = 0 : i64}
// CHECK:   arith.addi
// CHECK-NOT: webnn.reduce_
func.func @more_reductions(%x: tensor<2x3xf32>, %i: tensor<2x3xi64>, %h: tensor<2x3xf16>) -> (tensor<2xf32>, tensor<3xi64>, tensor<f16>, tensor<2xf32>, tensor<2xi64>) {
  %0 = webnn.reduce_log_sum %x {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  %1 = webnn.reduce_min %i {axes = array<i64: 0>} : (tensor<2x3xi64>) -> tensor<3xi64>
  %2 = webnn.reduce_product %h : (tensor<2x3xf16>) -> tensor<f16>
  %3 = webnn.reduce_sum_square %x {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  %4 = webnn.reduce_l1 %i {axes = array<i64: 1>} : (tensor<2x3xi64>) -> tensor<2xi64>
  return %0, %1, %2, %3, %4 : tensor<2xf32>, tensor<3xi64>, tensor<f16>, tensor<2xf32>, tensor<2xi64>
}

// -----

// argMax: the maximum along the axis (maximumf: NaN wherever there is
// one), kept as a size-1 dimension; then the minimum along the axis of the
// index (an iota in the output type, i64 here) where the element equals
// the maximum, or both are NaN, and of the axis' length (3) elsewhere. The
// index result is reshaped for keep_dimensions.
// CHECK-LABEL: func @arg_max
// CHECK: %[[MAX:.*]] = webnn.reduce %arg0 {axes = array<i64: 1>, init_value = 0xFF800000 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
// CHECK:   arith.maximumf
// CHECK: %[[KEPT:.*]] = webnn.reshape %[[MAX]] {new_shape = array<i64: 2, 1>} : (tensor<2xf32>) -> tensor<2x1xf32>
// CHECK: %[[IOTA:.*]] = webnn.iota {dimension = 1 : i64} : tensor<2x3xi64>
// CHECK: %[[CANDIDATES:.*]] = webnn.elementwise %arg0, %[[KEPT]], %[[IOTA]] : (tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x3xi64>) -> tensor<2x3xi64> {
// CHECK: ^bb0(%[[V:.*]]: f32, %[[BEST:.*]]: f32, %[[I:.*]]: i64):
// CHECK:   %[[V_NAN:.*]] = arith.cmpf uno, %[[V]], %[[V]] : f32
// CHECK:   %[[BEST_NAN:.*]] = arith.cmpf uno, %[[BEST]], %[[BEST]] : f32
// CHECK:   %[[BOTH_NAN:.*]] = arith.andi %[[V_NAN]], %[[BEST_NAN]] : i1
// CHECK:   %[[EQUAL:.*]] = arith.cmpf oeq, %[[V]], %[[BEST]] : f32
// CHECK:   %[[MATCH:.*]] = arith.ori %[[EQUAL]], %[[BOTH_NAN]] : i1
// CHECK:   %[[LENGTH:.*]] = arith.constant 3 : i64
// CHECK:   %[[C:.*]] = arith.select %[[MATCH]], %[[I]], %[[LENGTH]] : i64
// CHECK:   webnn.yield %[[C]] : i64
// CHECK: %[[FIRST:.*]] = webnn.reduce %[[CANDIDATES]] {axes = array<i64: 1>, init_value = 3 : i64} : (tensor<2x3xi64>) -> tensor<2xi64> {
// CHECK:   arith.minsi
// CHECK: webnn.reshape %[[FIRST]] {new_shape = array<i64: 2, 1>} : (tensor<2xi64>) -> tensor<2x1xi64>
// argMin of int32 over the first axis: the minimum from the largest int32,
// compared signed; equality without NaN checks; indices from 4.
// CHECK: webnn.reduce %arg1 {axes = array<i64: 0>, init_value = 2147483647 : i32} : (tensor<4x2xi32>) -> tensor<2xi32> {
// CHECK:   arith.minsi
// CHECK: webnn.iota {dimension = 0 : i64} : tensor<4x2xi32>
// CHECK: webnn.elementwise
// CHECK-NOT: arith.cmpf
// CHECK:   arith.cmpi eq
// CHECK: webnn.reduce %{{.*}} {axes = array<i64: 0>, init_value = 4 : i32} : (tensor<4x2xi32>) -> tensor<2xi32> {
// CHECK-NOT: webnn.arg_
func.func @arg_max(%x: tensor<2x3xf32>, %i: tensor<4x2xi32>) -> (tensor<2x1xi64>, tensor<2xi32>) {
  %0 = webnn.arg_max %x {axis = 1 : i32, keep_dimensions = true, output_data_type = i64} : (tensor<2x3xf32>) -> tensor<2x1xi64>
  %1 = webnn.arg_min %i {axis = 0 : i32} : (tensor<4x2xi32>) -> tensor<2xi32>
  return %0, %1 : tensor<2x1xi64>, tensor<2xi32>
}

// -----

// cumulativeSum: a reduce_window summing a window as long as the axis,
// from 0, with the axis padded so that output i sees elements 0..i:
// length - 1 zeros before it (after it when reversed, which reads i..end). Exclusive sums pad
// one more zero and slice off the extra output (the last one forward, the
// first one reversed). float16 sums in float32. Nothing else is padded or
// windowed.
// CHECK-LABEL: func @cumulative_sum
// CHECK: %[[INCLUSIVE:.*]] = webnn.reduce_window %arg0 {init_value = 0.000000e+00 : f32, padding = array<i64: 0, 0, 2, 0>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 3>, window_strides = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32> {
// CHECK:   arith.addf
// CHECK: %[[REVERSED:.*]] = webnn.reduce_window %arg0 {{.*}}padding = array<i64: 0, 1, 0, 0>, {{.*}}window_dimensions = array<i64: 2, 1>{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xf32> {
// CHECK-NOT: webnn.slice
// CHECK: %[[WIDE:.*]] = webnn.elementwise %arg1 : (tensor<4xf16>) -> tensor<4xf32> {
// CHECK:   arith.extf
// CHECK: %[[SUMS:.*]] = webnn.reduce_window %[[WIDE]] {init_value = 0.000000e+00 : f32, padding = array<i64: 0, 4>, {{.*}}window_dimensions = array<i64: 4>{{.*}}} : (tensor<4xf32>) -> tensor<5xf32> {
// CHECK: %[[TAIL:.*]] = webnn.slice %[[SUMS]] {sizes = array<i64: 4>, starts = array<i64: 1>} : (tensor<5xf32>) -> tensor<4xf32>
// CHECK: webnn.elementwise %[[TAIL]] : (tensor<4xf32>) -> tensor<4xf16> {
// CHECK:   arith.truncf
// CHECK: %[[ISUMS:.*]] = webnn.reduce_window %arg2 {init_value = 0 : i32, padding = array<i64: 3, 0>, {{.*}}window_dimensions = array<i64: 3>{{.*}}} : (tensor<3xi32>) -> tensor<4xi32> {
// CHECK:   arith.addi
// CHECK: webnn.slice %[[ISUMS]] {sizes = array<i64: 3>, starts = array<i64: 0>} : (tensor<4xi32>) -> tensor<3xi32>
// CHECK-NOT: webnn.cumulative_sum
func.func @cumulative_sum(%x: tensor<2x3xf32>, %h: tensor<4xf16>, %i: tensor<3xi32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<4xf16>, tensor<3xi32>) {
  %0 = webnn.cumulative_sum %x {axis = 1 : i32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = webnn.cumulative_sum %x {axis = 0 : i32, reversed = true} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = webnn.cumulative_sum %h {axis = 0 : i32, exclusive = true, reversed = true} : (tensor<4xf16>) -> tensor<4xf16>
  %3 = webnn.cumulative_sum %i {axis = 0 : i32, exclusive = true} : (tensor<3xi32>) -> tensor<3xi32>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<4xf16>, tensor<3xi32>
}

// -----

// Unsigned reductions stay: the scalar bodies have no unsigned types, and
// the lowering converts them to signless types first.
// CHECK-LABEL: func @unsigned_reductions_kept
// CHECK-NEXT: %[[MAX:.*]] = webnn.reduce_max %arg0 {axes = array<i64: 1>} : (tensor<4x5xui8>) -> tensor<4xui8>
// CHECK-NEXT: %[[SUM:.*]] = webnn.reduce_sum %arg1 : (tensor<4x5xui32>) -> tensor<ui32>
// CHECK-NEXT: %[[ARG:.*]] = webnn.arg_min %arg2 {axis = 0 : i32} : (tensor<4xui32>) -> tensor<i32>
// CHECK-NEXT: %[[CUMSUM:.*]] = webnn.cumulative_sum %arg3 {axis = 0 : i32} : (tensor<4xui64>) -> tensor<4xui64>
// CHECK-NEXT: return %[[MAX]], %[[SUM]], %[[ARG]], %[[CUMSUM]]
func.func @unsigned_reductions_kept(%u: tensor<4x5xui8>, %w: tensor<4x5xui32>, %a: tensor<4xui32>, %c: tensor<4xui64>) -> (tensor<4xui8>, tensor<ui32>, tensor<i32>, tensor<4xui64>) {
  %0 = webnn.reduce_max %u {axes = array<i64: 1>} : (tensor<4x5xui8>) -> tensor<4xui8>
  %1 = webnn.reduce_sum %w : (tensor<4x5xui32>) -> tensor<ui32>
  %2 = webnn.arg_min %a {axis = 0 : i32} : (tensor<4xui32>) -> tensor<i32>
  %3 = webnn.cumulative_sum %c {axis = 0 : i32} : (tensor<4xui64>) -> tensor<4xui64>
  return %0, %1, %2, %3 : tensor<4xui8>, tensor<ui32>, tensor<i32>, tensor<4xui64>
}

// -----

// resample2d: nearest gathers each resized axis at compile-time indices
// (upsampling 2 -> 4 reads 0, 0, 1, 1); linear gathers the two neighbours
// along each resized axis and blends them with constant float32 weights
// (2 -> 3: coordinates clamped to [0, 1], weights 0, 0.5, 0), float16
// blended in float32 and rounded once; uint8 cast to float32, blended,
// rounded half to even and cast back; an op that resizes nothing is its
// input.
// CHECK-LABEL: func @resample2d
// CHECK: %[[ROWS:.*]] = webnn.constant dense<[0, 0, 1, 1]> : tensor<4xi32>
// CHECK: %[[G0:.*]] = webnn.gather %arg0, %[[ROWS]] {axis = 2 : i32} : (tensor<1x1x2x3xf32>, tensor<4xi32>) -> tensor<1x1x4x3xf32>
// CHECK: %[[COLS:.*]] = webnn.constant dense<[0, 0, 1, 1, 2, 2]> : tensor<6xi32>
// CHECK: %[[NEAREST:.*]] = webnn.gather %[[G0]], %[[COLS]] {axis = 3 : i32} : (tensor<1x1x4x3xf32>, tensor<6xi32>) -> tensor<1x1x4x6xf32>
// CHECK: %[[W:.*]] = webnn.constant dense<{{\[\[\[\[}}0.000000e+00]], {{\[\[}}5.000000e-01]], {{\[\[}}0.000000e+00]]]]> : tensor<1x3x1x1xf32>
// CHECK: %[[LOW:.*]] = webnn.constant dense<[0, 0, 1]> : tensor<3xi32>
// CHECK: %[[A:.*]] = webnn.gather %arg1, %[[LOW]] {axis = 1 : i32}
// CHECK: %[[HIGH:.*]] = webnn.constant dense<[0, 1, 1]> : tensor<3xi32>
// CHECK: %[[B:.*]] = webnn.gather %arg1, %[[HIGH]] {axis = 1 : i32}
// CHECK: %[[BLEND:.*]] = webnn.elementwise %[[A]], %[[B]], %[[W]] : (tensor<1x3x2x1xf16>, tensor<1x3x2x1xf16>, tensor<1x3x1x1xf32>) -> tensor<1x3x2x1xf32> {
// CHECK:   arith.extf
// CHECK:   arith.extf
// CHECK:   %[[ONE_MINUS_T:.*]] = arith.subf
// CHECK:   arith.mulf %{{.*}}, %[[ONE_MINUS_T]] : f32
// CHECK:   arith.mulf
// CHECK:   arith.addf
// CHECK: %[[HALF:.*]] = webnn.elementwise %[[BLEND]] : (tensor<1x3x2x1xf32>) -> tensor<1x3x2x1xf16> {
// CHECK:   arith.truncf
// CHECK: %[[WIDE:.*]] = webnn.cast %arg2 {data_type = f32} : (tensor<1x1x2x2xui8>) -> tensor<1x1x2x2xf32>
// CHECK: webnn.gather %[[WIDE]], %{{.*}} {axis = 3 : i32}
// CHECK: webnn.gather %[[WIDE]], %{{.*}} {axis = 3 : i32}
// CHECK: webnn.elementwise
// CHECK: %[[ROUNDED:.*]] = webnn.elementwise %{{.*}} : (tensor<1x1x2x3xf32>) -> tensor<1x1x2x3xf32> {
// CHECK:   math.roundeven
// CHECK: %[[BYTES:.*]] = webnn.cast %[[ROUNDED]] {data_type = ui8} : (tensor<1x1x2x3xf32>) -> tensor<1x1x2x3xui8>
// CHECK-NOT: webnn.resample2d
// CHECK: return %[[NEAREST]], %[[HALF]], %[[BYTES]], %arg0
func.func @resample2d(%x: tensor<1x1x2x3xf32>, %h: tensor<1x2x2x1xf16>, %u: tensor<1x1x2x2xui8>) -> (tensor<1x1x4x6xf32>, tensor<1x3x2x1xf16>, tensor<1x1x2x3xui8>, tensor<1x1x2x3xf32>) {
  %0 = webnn.resample2d %x {scales = array<f32: 2.0, 2.0>} : (tensor<1x1x2x3xf32>) -> tensor<1x1x4x6xf32>
  %1 = webnn.resample2d %h {axes = array<i64: 1, 2>, mode = #webnn.interpolation<linear>, sizes = array<i64: 3, 2>} : (tensor<1x2x2x1xf16>) -> tensor<1x3x2x1xf16>
  %2 = webnn.resample2d %u {mode = #webnn.interpolation<linear>, sizes = array<i64: 2, 3>} : (tensor<1x1x2x2xui8>) -> tensor<1x1x2x3xui8>
  %3 = webnn.resample2d %x {mode = #webnn.interpolation<linear>} : (tensor<1x1x2x3xf32>) -> tensor<1x1x2x3xf32>
  return %0, %1, %2, %3 : tensor<1x1x4x6xf32>, tensor<1x3x2x1xf16>, tensor<1x1x2x3xui8>, tensor<1x1x2x3xf32>
}
