// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file | FileCheck %s

// The reduction ops are lowered through their decomposition (element-wise
// steps around webnn.reduce), built on the converted input. webnn.reduce
// is a linalg.generic whose loops are the input's dimensions, the reduced
// axes as "reduction" iterators (in any order) and the others "parallel",
// reading the input through the identity map and the output through a map
// dropping the reduced dimensions, into a linalg.fill of the combiner's
// identity; its body (element, accumulator) applies the combiner to the
// accumulator first. No linalg.reduce. The steps before and after it are
// element-wise linalg.generic ops. Unsigned inputs become signless, with
// unsigned comparisons. argMin, argMax and cumulativeSum have patterns of
// their own, in the sections after these.

// reduceSum: a sum from 0, nothing around it.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func @reduce_sum_f32
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>) -> tensor<2xf32>
// CHECK-NOT: linalg.generic
// CHECK-NOT: linalg.reduce
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<2xf32>
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY]] : tensor<2xf32>) -> tensor<2xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["parallel", "reduction"]} ins(%[[X]] : tensor<2x3xf32>) outs(%[[INIT]] : tensor<2xf32>)
// CHECK: ^bb0(%[[V:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK:   %[[S:.*]] = arith.addf %[[ACC]], %[[V]] : f32
// CHECK:   linalg.yield %[[S]] : f32
// CHECK: } -> tensor<2xf32>
// CHECK-NOT: linalg.generic
// CHECK-NOT: linalg.reduce
// CHECK: return %[[R]] : tensor<2xf32>
func.func @reduce_sum_f32(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = webnn.reduce_sum %x {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// An unsigned max starts from 0 and compares unsigned; the signature is
// converted to signless types.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func @reduce_max_ui8
// CHECK-SAME: (%[[X:.*]]: tensor<4x5xi8>) -> tensor<4xi8>
// CHECK: %[[ZERO:.*]] = arith.constant 0 : i8
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : i8) outs(%{{.*}} : tensor<4xi8>) -> tensor<4xi8>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["parallel", "reduction"]} ins(%[[X]] : tensor<4x5xi8>) outs(%[[INIT]] : tensor<4xi8>)
// CHECK: ^bb0(%[[V:.*]]: i8, %[[ACC:.*]]: i8):
// CHECK:   %[[M:.*]] = arith.maxui %[[ACC]], %[[V]] : i8
// CHECK:   linalg.yield %[[M]] : i8
// CHECK: return %[[R]] : tensor<4xi8>
func.func @reduce_max_ui8(%x: tensor<4x5xui8>) -> tensor<4xui8> {
  %0 = webnn.reduce_max %x {axes = array<i64: 1>} : (tensor<4x5xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// -----

// An unsigned min starts from the largest uint32, all ones (-1 as a
// signless i32), and compares unsigned. The reduced axis is the first.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func @reduce_min_ui32
// CHECK-SAME: (%[[X:.*]]: tensor<4x5xi32>) -> tensor<5xi32>
// CHECK: %[[ONES:.*]] = arith.constant -1 : i32
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ONES]] : i32) outs(%{{.*}} : tensor<5xi32>) -> tensor<5xi32>
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["reduction", "parallel"]} ins(%[[X]] : tensor<4x5xi32>) outs(%[[INIT]] : tensor<5xi32>)
// CHECK: ^bb0(%[[V:.*]]: i32, %[[ACC:.*]]: i32):
// CHECK:   arith.minui %[[ACC]], %[[V]] : i32
func.func @reduce_min_ui32(%x: tensor<4x5xui32>) -> tensor<5xui32> {
  %0 = webnn.reduce_min %x {axes = array<i64: 0>} : (tensor<4x5xui32>) -> tensor<5xui32>
  return %0 : tensor<5xui32>
}

// -----

// A signed max starts from the lowest int32; without axes, every dimension
// is reduced to a rank-0 result (an output map with no results).
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func @reduce_max_i32
// CHECK: %[[LOWEST:.*]] = arith.constant -2147483648 : i32
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<i32>
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[LOWEST]] : i32) outs(%[[EMPTY]] : tensor<i32>) -> tensor<i32>
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["reduction", "reduction"]} ins(%arg0 : tensor<4x5xi32>) outs(%[[INIT]] : tensor<i32>)
// CHECK: ^bb0(%[[V:.*]]: i32, %[[ACC:.*]]: i32):
// CHECK:   arith.maxsi %[[ACC]], %[[V]] : i32
func.func @reduce_max_i32(%x: tensor<4x5xi32>) -> tensor<i32> {
  %0 = webnn.reduce_max %x : (tensor<4x5xi32>) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

// A float max starts from -inf (maximumf propagates NaN); float16 max is
// exact and stays in float16.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func @reduce_max_f16
// CHECK: %[[NEG_INF:.*]] = arith.constant 0xFC00 : f16
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[NEG_INF]] : f16)
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["reduction", "parallel"]} ins(%arg0 : tensor<2x3xf16>) outs(%[[INIT]] : tensor<3xf16>)
// CHECK-NEXT: ^bb0(%[[V:.*]]: f16, %[[ACC:.*]]: f16):
// CHECK-NEXT:   %[[M:.*]] = arith.maximumf %[[ACC]], %[[V]] : f16
// CHECK-NEXT:   linalg.yield %[[M]] : f16
// CHECK-NEXT: } -> tensor<3xf16>
// CHECK-NEXT: return %[[R]] : tensor<3xf16>
func.func @reduce_max_f16(%x: tensor<2x3xf16>) -> tensor<3xf16> {
  %0 = webnn.reduce_max %x {axes = array<i64: 0>} : (tensor<2x3xf16>) -> tensor<3xf16>
  return %0 : tensor<3xf16>
}

// -----

// Unordered axes need no sorting: each dimension is a reduction iterator or
// a parallel one, and the output map keeps the parallel ones in order.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d1)>
// CHECK-LABEL: func @reduce_max_unordered_axes
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["reduction", "parallel", "reduction"]} ins(%arg0 : tensor<2x3x4xi8>) outs(%{{.*}} : tensor<3xi8>)
// CHECK: ^bb0(%[[V:.*]]: i8, %[[ACC:.*]]: i8):
// CHECK:   arith.maxui %[[ACC]], %[[V]] : i8
func.func @reduce_max_unordered_axes(%x: tensor<2x3x4xui8>) -> tensor<3xui8> {
  %0 = webnn.reduce_max %x {axes = array<i64: 2, 0>} : (tensor<2x3x4xui8>) -> tensor<3xui8>
  return %0 : tensor<3xui8>
}

// -----

// A float16 sum is widened to float32 first, summed in float32, and
// rounded to float16 at the end.
// CHECK-DAG: #[[ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROWS:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-DAG: #[[ID1:.*]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func @reduce_sum_f16
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf16>) -> tensor<2xf16>
// CHECK: %[[WIDE_INIT:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK: %[[WIDE:.*]] = linalg.generic {indexing_maps = [#[[ID2]], #[[ID2]]], iterator_types = ["parallel", "parallel"]} ins(%[[X]] : tensor<2x3xf16>) outs(%[[WIDE_INIT]] : tensor<2x3xf32>)
// CHECK: ^bb0(%[[H:.*]]: f16, %{{.*}}: f32):
// CHECK:   %[[E:.*]] = arith.extf %[[H]] : f16 to f32
// CHECK:   linalg.yield %[[E]] : f32
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%{{.*}} : tensor<2xf32>)
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[ID2]], #[[ROWS]]], iterator_types = ["parallel", "reduction"]} ins(%[[WIDE]] : tensor<2x3xf32>) outs(%[[INIT]] : tensor<2xf32>)
// CHECK: ^bb0(%[[V:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK:   %[[A:.*]] = arith.addf %[[ACC]], %[[V]] : f32
// CHECK:   linalg.yield %[[A]] : f32
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID1]], #[[ID1]]], iterator_types = ["parallel"]} ins(%[[SUM]] : tensor<2xf32>) outs(%{{.*}} : tensor<2xf16>)
// CHECK: ^bb0(%[[S:.*]]: f32, %{{.*}}: f16):
// CHECK:   %[[N:.*]] = arith.truncf %[[S]] : f32 to f16
// CHECK:   linalg.yield %[[N]] : f16
// CHECK: return %[[R]] : tensor<2xf16>
func.func @reduce_sum_f16(%x: tensor<2x3xf16>) -> tensor<2xf16> {
  %0 = webnn.reduce_sum %x {axes = array<i64: 1>} : (tensor<2x3xf16>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

// reduceMean divides the sum by the number of reduced elements (2 * 4).
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d1)>
// CHECK-LABEL: func @reduce_mean
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["reduction", "parallel", "reduction"]} ins(%arg0 : tensor<2x3x4xf32>) outs(%{{.*}} : tensor<3xf32>)
// CHECK: ^bb0(%[[V:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK:   arith.addf %[[ACC]], %[[V]] : f32
// CHECK: linalg.generic {{.*}} ins(%[[SUM]] : tensor<3xf32>) outs(%{{.*}} : tensor<3xf32>)
// CHECK: ^bb0(%[[S:.*]]: f32, %{{.*}}: f32):
// CHECK:   %[[COUNT:.*]] = arith.constant 8.000000e+00 : f32
// CHECK:   %[[M:.*]] = arith.divf %[[S]], %[[COUNT]] : f32
// CHECK:   linalg.yield %[[M]] : f32
func.func @reduce_mean(%x: tensor<2x3x4xf32>) -> tensor<3xf32> {
  %0 = webnn.reduce_mean %x {axes = array<i64: 0, 2>} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// A float16 mean: the sum in float32, divided in float32, then rounded;
// keep_dimensions reshapes the result to the size-1 dimension at the end.
// CHECK-LABEL: func @reduce_mean_f16_keep
// CHECK: arith.extf %{{.*}} : f16 to f32
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%{{.*}} : tensor<2x3xf32>) outs(%{{.*}} : tensor<2xf32>)
// CHECK: ^bb0(%[[V:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK:   arith.addf %[[ACC]], %[[V]] : f32
// CHECK: %[[MEAN:.*]] = linalg.generic {{.*}} ins(%[[SUM]] : tensor<2xf32>) outs(%{{.*}} : tensor<2xf16>)
// CHECK:   %[[COUNT:.*]] = arith.constant 3.000000e+00 : f32
// CHECK:   %[[M:.*]] = arith.divf %{{.*}}, %[[COUNT]] : f32
// CHECK:   %[[N:.*]] = arith.truncf %[[M]] : f32 to f16
// CHECK:   linalg.yield %[[N]] : f16
// CHECK: %[[R:.*]] = tensor.expand_shape %[[MEAN]] {{\[}}[0, 1]] output_shape [2, 1] : tensor<2xf16> into tensor<2x1xf16>
// CHECK: return %[[R]] : tensor<2x1xf16>
func.func @reduce_mean_f16_keep(%x: tensor<2x3xf16>) -> tensor<2x1xf16> {
  %0 = webnn.reduce_mean %x {axes = array<i64: 1>, keep_dimensions = true} : (tensor<2x3xf16>) -> tensor<2x1xf16>
  return %0 : tensor<2x1xf16>
}

// -----

// keep_dimensions over a middle axis: the reshape back to [2, 1, 4] is a
// collapse to one dimension and an expand (webnn.reshape's lowering).
// reduceL1 takes the absolute values first.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func @reduce_l1_keep_middle
// CHECK: %[[ABS:.*]] = linalg.generic {{.*}} ins(%arg0 : tensor<2x3x4xf32>) outs(%{{.*}} : tensor<2x3x4xf32>)
// CHECK:   math.absf
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["parallel", "reduction", "parallel"]} ins(%[[ABS]] : tensor<2x3x4xf32>) outs(%{{.*}} : tensor<2x4xf32>)
// CHECK: ^bb0(%[[V:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK:   arith.addf %[[ACC]], %[[V]] : f32
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[SUM]] {{\[}}[0, 1]] : tensor<2x4xf32> into tensor<8xf32>
// CHECK: %[[R:.*]] = tensor.expand_shape %[[FLAT]] {{\[}}[0, 1, 2]] output_shape [2, 1, 4] : tensor<8xf32> into tensor<2x1x4xf32>
// CHECK: return %[[R]] : tensor<2x1x4xf32>
func.func @reduce_l1_keep_middle(%x: tensor<2x3x4xf32>) -> tensor<2x1x4xf32> {
  %0 = webnn.reduce_l1 %x {axes = array<i64: 1>, keep_dimensions = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  return %0 : tensor<2x1x4xf32>
}

// -----

// An unsigned product: a wrapping integer product from 1.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func @reduce_product_ui64
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xi64>) -> tensor<i64>
// CHECK: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ONE]] : i64)
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["reduction", "reduction"]} ins(%[[X]] : tensor<2x3xi64>) outs(%[[INIT]] : tensor<i64>)
// CHECK: ^bb0(%[[V:.*]]: i64, %[[ACC:.*]]: i64):
// CHECK:   arith.muli %[[ACC]], %[[V]] {{.*}}: i64
func.func @reduce_product_ui64(%x: tensor<2x3xui64>) -> tensor<ui64> {
  %0 = webnn.reduce_product %x : (tensor<2x3xui64>) -> tensor<ui64>
  return %0 : tensor<ui64>
}

// -----

// reduceLogSumExp: a max, expanded to the size-1 dimension to broadcast
// against the input, exp(x - shift) (the shift is 0 where the max is
// infinite), a sum, then log(sum) + shift.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROWS:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-DAG: #[[COL:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-LABEL: func @reduce_log_sum_exp
// CHECK: %[[NEG_INF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: %[[MAX_INIT:.*]] = linalg.fill ins(%[[NEG_INF]] : f32)
// CHECK: %[[MAX:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROWS]]], iterator_types = ["parallel", "reduction"]} ins(%arg0 : tensor<2x3xf32>) outs(%[[MAX_INIT]] : tensor<2xf32>)
// CHECK: ^bb0(%[[V0:.*]]: f32, %[[ACC0:.*]]: f32):
// CHECK:   arith.maximumf %[[ACC0]], %[[V0]] : f32
// CHECK: %[[KEPT:.*]] = tensor.expand_shape %[[MAX]] {{\[}}[0, 1]] output_shape [2, 1] : tensor<2xf32> into tensor<2x1xf32>
// CHECK: %[[EXP:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[COL]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%arg0, %[[KEPT]] : tensor<2x3xf32>, tensor<2x1xf32>)
// CHECK: ^bb0(%[[V:.*]]: f32, %[[M:.*]]: f32, %{{.*}}: f32):
// CHECK:   %[[ABS:.*]] = math.absf %[[M]] : f32
// CHECK:   %[[INF:.*]] = arith.cmpf oeq, %[[ABS]], %{{.*}} : f32
// CHECK:   %[[SHIFT:.*]] = arith.select %[[INF]], %{{.*}}, %[[M]] : f32
// CHECK:   %[[D:.*]] = arith.subf %[[V]], %[[SHIFT]] : f32
// CHECK:   %[[E:.*]] = math.exp %[[D]] : f32
// CHECK:   linalg.yield %[[E]] : f32
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[SUM_INIT:.*]] = linalg.fill ins(%[[ZERO]] : f32)
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROWS]]], iterator_types = ["parallel", "reduction"]} ins(%[[EXP]] : tensor<2x3xf32>) outs(%[[SUM_INIT]] : tensor<2xf32>)
// CHECK: ^bb0(%[[V1:.*]]: f32, %[[ACC1:.*]]: f32):
// CHECK:   arith.addf %[[ACC1]], %[[V1]] : f32
// CHECK: linalg.generic {{.*}} ins(%[[SUM]], %[[MAX]] : tensor<2xf32>, tensor<2xf32>)
// CHECK:   %[[L:.*]] = math.log
// CHECK:   math.absf
// CHECK:   %[[SHIFT2:.*]] = arith.select
// CHECK:   %[[Y:.*]] = arith.addf %[[L]], %[[SHIFT2]] : f32
// CHECK:   linalg.yield %[[Y]] : f32
func.func @reduce_log_sum_exp(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = webnn.reduce_log_sum_exp %x {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// Empty axes reduce nothing: the squares, then a linalg.generic with only
// parallel iterators and identity maps, from a linalg.fill of the init
// value, whose body applies the combiner to it and each element (0 + x);
// no linalg.reduce.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @reduce_sum_square_empty_axes
// CHECK-NOT: linalg.reduce
// CHECK: %[[SQ:.*]] = linalg.generic {{.*}} ins(%arg0 : tensor<2x3xi32>)
// CHECK:   arith.muli
// CHECK-NOT: linalg.reduce
// CHECK: %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : i32) outs(%{{.*}} : tensor<2x3xi32>) -> tensor<2x3xi32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[SQ]] : tensor<2x3xi32>) outs(%[[INIT]] : tensor<2x3xi32>)
// CHECK: ^bb0(%[[V:.*]]: i32, %[[ACC:.*]]: i32):
// CHECK:   %[[S:.*]] = arith.addi %[[ACC]], %[[V]] : i32
// CHECK:   linalg.yield %[[S]] : i32
// CHECK-NOT: linalg.reduce
// CHECK: return %[[R]] : tensor<2x3xi32>
func.func @reduce_sum_square_empty_axes(%x: tensor<2x3xi32>) -> tensor<2x3xi32> {
  %0 = webnn.reduce_sum_square %x {axes = array<i64>} : (tensor<2x3xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

// reduceL1 of unsigned integers needs no absolute value: no math.absi.
// CHECK-LABEL: func @reduce_l1_ui32
// CHECK-NOT: math.absi
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%{{.*}} : tensor<2x3xi32>) outs(%{{.*}} : tensor<2xi32>)
// CHECK: ^bb0(%[[V:.*]]: i32, %[[ACC:.*]]: i32):
// CHECK:   arith.addi %[[ACC]], %[[V]] {{.*}}: i32
// CHECK-NOT: math.absi
func.func @reduce_l1_ui32(%x: tensor<2x3xui32>) -> tensor<2xui32> {
  %0 = webnn.reduce_l1 %x {axes = array<i64: 1>} : (tensor<2x3xui32>) -> tensor<2xui32>
  return %0 : tensor<2xui32>
}

// -----

// reduceL1 of signed integers takes math.absi first.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func @reduce_l1_i64
// CHECK: %[[ABS:.*]] = linalg.generic
// CHECK:   math.absi %{{.*}} : i64
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["reduction"]} ins(%[[ABS]] : tensor<6xi64>) outs(%{{.*}} : tensor<i64>)
// CHECK: ^bb0(%[[V:.*]]: i64, %[[ACC:.*]]: i64):
// CHECK:   arith.addi %[[ACC]], %[[V]] {{.*}}: i64
func.func @reduce_l1_i64(%x: tensor<6xi64>) -> tensor<i64> {
  %0 = webnn.reduce_l1 %x : (tensor<6xi64>) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

// argMin and argMax: their decomposition (decompose.mlir), built on the
// converted input. The best value is a reduction from the value every
// element beats or equals; an element-wise step over the input, that value
// (broadcast along the axis) and an iota (a linalg.generic with no inputs
// yielding linalg.index along the axis) gives each element's index where it
// equals the best value and the axis' length elsewhere; a minimum over the
// axis, from the length, is the first such index. The op's result is that
// minimum, reshaped when keep_dimensions is set.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-DAG: #[[KEPT:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-LABEL: func @arg_max_f32
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>) -> tensor<2xi32>
// CHECK: %[[NEG_INF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: %[[MAX_INIT:.*]] = linalg.fill ins(%[[NEG_INF]] : f32) outs(%{{.*}} : tensor<2xf32>) -> tensor<2xf32>
// CHECK: %[[MAX:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "reduction"]} ins(%[[X]] : tensor<2x3xf32>) outs(%[[MAX_INIT]] : tensor<2xf32>)
// CHECK:   arith.maximumf
// CHECK: %[[KEPT_MAX:.*]] = tensor.expand_shape %[[MAX]] {{\[}}[0, 1]] output_shape [2, 1]
// CHECK: %[[IOTA:.*]] = linalg.generic {indexing_maps = [#[[ID]]], iterator_types = ["parallel", "parallel"]} outs(%{{.*}} : tensor<2x3xi32>)
// CHECK:   %[[I:.*]] = linalg.index 1 : index
// CHECK:   %[[INDEX:.*]] = arith.index_cast %[[I]] : index to i32
// CHECK:   linalg.yield %[[INDEX]] : i32
// CHECK: %[[CANDIDATES:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[KEPT]], #[[ID]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[X]], %[[KEPT_MAX]], %[[IOTA]] : tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x3xi32>)
// CHECK:   arith.cmpf oeq
// CHECK:   %[[LENGTH:.*]] = arith.constant 3 : i32
// CHECK:   arith.select %{{.*}}, %{{.*}}, %[[LENGTH]] : i32
// CHECK: %[[FIRST_INIT:.*]] = linalg.fill ins(%{{.*}} : i32) outs(%{{.*}} : tensor<2xi32>) -> tensor<2xi32>
// CHECK: %[[FIRST:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "reduction"]} ins(%[[CANDIDATES]] : tensor<2x3xi32>) outs(%[[FIRST_INIT]] : tensor<2xi32>)
// CHECK:   arith.minsi
// CHECK: return %[[FIRST]] : tensor<2xi32>
func.func @arg_max_f32(%x: tensor<2x3xf32>) -> tensor<2xi32> {
  %0 = webnn.arg_max %x {axis = 1 : i32} : (tensor<2x3xf32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// An unsigned min starts from the largest uint8, all ones (-1 as a
// signless i8), and compares unsigned (minui); the equality needs no NaN
// check. The reduced axis is the first.
// CHECK-LABEL: func @arg_min_ui8
// CHECK-SAME: (%[[X:.*]]: tensor<4x5xi8>) -> tensor<5xi32>
// CHECK: %[[ONES:.*]] = arith.constant -1 : i8
// CHECK: linalg.fill ins(%[[ONES]] : i8) outs(%{{.*}} : tensor<5xi8>) -> tensor<5xi8>
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction", "parallel"]} ins(%[[X]] : tensor<4x5xi8>)
// CHECK:   arith.minui
// CHECK: linalg.index 0 : index
// CHECK-NOT: arith.cmpf
// CHECK: arith.cmpi eq, %{{.*}}, %{{.*}} : i8
// CHECK: arith.constant 4 : i32
func.func @arg_min_ui8(%x: tensor<4x5xui8>) -> tensor<5xi32> {
  %0 = webnn.arg_min %x {axis = 0 : i32} : (tensor<4x5xui8>) -> tensor<5xi32>
  return %0 : tensor<5xi32>
}

// -----

// A signed min starts from the largest int64 and compares signed.
// CHECK-LABEL: func @arg_min_i64
// CHECK: %[[HIGHEST:.*]] = arith.constant 9223372036854775807 : i64
// CHECK: linalg.fill ins(%[[HIGHEST]] : i64) outs(%{{.*}} : tensor<i64>) -> tensor<i64>
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction"]} ins(%arg0 : tensor<6xi64>)
// CHECK:   arith.minsi %{{.*}}, %{{.*}} : i64
func.func @arg_min_i64(%x: tensor<6xi64>) -> tensor<i32> {
  %0 = webnn.arg_min %x {axis = 0 : i32} : (tensor<6xi64>) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

// A float16 min starts from +inf and compares in float16.
// CHECK-LABEL: func @arg_min_f16
// CHECK: %[[INF:.*]] = arith.constant 0x7C00 : f16
// CHECK: linalg.fill ins(%[[INF]] : f16) outs(%{{.*}} : tensor<3xf16>) -> tensor<3xf16>
// CHECK:   arith.minimumf %{{.*}}, %{{.*}} : f16
// CHECK:   arith.cmpf oeq, %{{.*}}, %{{.*}} : f16
func.func @arg_min_f16(%x: tensor<3x4xf16>) -> tensor<3xi32> {
  %0 = webnn.arg_min %x {axis = 1 : i32} : (tensor<3x4xf16>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// -----

// output_data_type = i64: the iota and the indices are i64, from an i64 3.
// A signed max starts from the lowest int32. keep_dimensions over a middle
// axis reshapes the index result to [2, 1, 4] at the end (a collapse and an
// expand, webnn.reshape's lowering).
// CHECK-LABEL: func @arg_max_keep_i64
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xi32>) -> tensor<2x1x4xi64>
// CHECK: %[[LOWEST:.*]] = arith.constant -2147483648 : i32
// CHECK: linalg.fill ins(%[[LOWEST]] : i32) outs(%{{.*}} : tensor<2x4xi32>) -> tensor<2x4xi32>
// CHECK:   arith.maxsi
// CHECK: linalg.index 1 : index
// CHECK: arith.index_cast %{{.*}} : index to i64
// CHECK: } -> tensor<2x3x4xi64>
// CHECK: arith.select %{{.*}}, %{{.*}}, %{{.*}} : i64
// CHECK: %[[FIRST_INIT:.*]] = linalg.fill ins(%{{.*}} : i64) outs(%{{.*}} : tensor<2x4xi64>) -> tensor<2x4xi64>
// CHECK: %[[FIRST:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction", "parallel"]} ins(%{{.*}} : tensor<2x3x4xi64>) outs(%[[FIRST_INIT]] : tensor<2x4xi64>)
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[FIRST]] {{\[}}[0, 1]] : tensor<2x4xi64> into tensor<8xi64>
// CHECK: %[[KEPT:.*]] = tensor.expand_shape %[[FLAT]] {{\[}}[0, 1, 2]] output_shape [2, 1, 4] : tensor<8xi64> into tensor<2x1x4xi64>
// CHECK: return %[[KEPT]] : tensor<2x1x4xi64>
func.func @arg_max_keep_i64(%x: tensor<2x3x4xi32>) -> tensor<2x1x4xi64> {
  %0 = webnn.arg_max %x {axis = 1 : i32, keep_dimensions = true, output_data_type = i64} : (tensor<2x3x4xi32>) -> tensor<2x1x4xi64>
  return %0 : tensor<2x1x4xi64>
}

// -----

// cumulativeSum: an scf.for over the axis carrying the running sum (one
// slice, from a linalg.fill of 0) and the output (from a tensor.empty).
// Each step extracts the input's slice at the position, adds it into the
// running sum with a linalg.generic whose init is the carried sum (in
// place), and inserts the sum into the output at the same position.

// CHECK-DAG: #[[ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func @cumulative_sum_f32
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[SUM_INIT:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%{{.*}} : tensor<2xf32>) -> tensor<2xf32>
// CHECK: %[[OUT_INIT:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[C3:.*]] = arith.constant 3 : index
// CHECK: %[[C1:.*]] = arith.constant 1 : index
// CHECK: %[[R:.*]]:2 = scf.for %[[I:.*]] = %[[C0]] to %[[C3]] step %[[C1]] iter_args(%[[SUM:.*]] = %[[SUM_INIT]], %[[OUT:.*]] = %[[OUT_INIT]]) -> (tensor<2xf32>, tensor<2x3xf32>) {
// CHECK:   %[[SLICE:.*]] = tensor.extract_slice %[[X]][0, %[[I]]] [2, 1] [1, 1] : tensor<2x3xf32> to tensor<2xf32>
// CHECK-NOT: tensor.insert_slice
// CHECK:   %[[NEXT:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ID]]], iterator_types = ["parallel"]} ins(%[[SLICE]] : tensor<2xf32>) outs(%[[SUM]] : tensor<2xf32>)
// CHECK:   ^bb0(%[[V:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK:     %[[ADD:.*]] = arith.addf %[[ACC]], %[[V]] : f32
// CHECK:     linalg.yield %[[ADD]] : f32
// CHECK:   %[[NEW_OUT:.*]] = tensor.insert_slice %[[NEXT]] into %[[OUT]][0, %[[I]]] [2, 1] [1, 1] : tensor<2xf32> into tensor<2x3xf32>
// CHECK:   scf.yield %[[NEXT]], %[[NEW_OUT]] : tensor<2xf32>, tensor<2x3xf32>
// CHECK: return %[[R]]#1 : tensor<2x3xf32>
func.func @cumulative_sum_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.cumulative_sum %x {axis = 1 : i32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// exclusive: the sum so far is inserted before the slice is added; an
// integer sum uses arith.addi.
// CHECK-LABEL: func @cumulative_sum_exclusive
// CHECK-SAME: (%[[X:.*]]: tensor<4x2xi32>) -> tensor<4x2xi32>
// CHECK: %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK: %[[SUM_INIT:.*]] = linalg.fill ins(%[[ZERO]] : i32) outs(%{{.*}} : tensor<2xi32>) -> tensor<2xi32>
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[SUM:.*]] = %[[SUM_INIT]], %[[OUT:.*]] = %{{.*}}) -> (tensor<2xi32>, tensor<4x2xi32>) {
// CHECK:   %[[SLICE:.*]] = tensor.extract_slice %[[X]][%[[I]], 0] [1, 2] [1, 1] : tensor<4x2xi32> to tensor<2xi32>
// CHECK:   %[[NEW_OUT:.*]] = tensor.insert_slice %[[SUM]] into %[[OUT]][%[[I]], 0] [1, 2] [1, 1] : tensor<2xi32> into tensor<4x2xi32>
// CHECK:   %[[NEXT:.*]] = linalg.generic {{.*}} ins(%[[SLICE]] : tensor<2xi32>) outs(%[[SUM]] : tensor<2xi32>)
// CHECK:     arith.addi %{{.*}}, %{{.*}} : i32
// CHECK-NOT: tensor.insert_slice
// CHECK:   scf.yield %[[NEXT]], %[[NEW_OUT]] : tensor<2xi32>, tensor<4x2xi32>
func.func @cumulative_sum_exclusive(%x: tensor<4x2xi32>) -> tensor<4x2xi32> {
  %0 = webnn.cumulative_sum %x {axis = 0 : i32, exclusive = true} : (tensor<4x2xi32>) -> tensor<4x2xi32>
  return %0 : tensor<4x2xi32>
}

// -----

// reversed: the loop still counts up, and the position is length - 1 - i
// (4 - i), for the slice read and the slice written. A rank-1 input has
// rank-0 slices, added by a linalg.generic with no iterators.
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<() -> ()>
// CHECK-LABEL: func @cumulative_sum_reversed
// CHECK-SAME: (%[[X:.*]]: tensor<5xf32>) -> tensor<5xf32>
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[C5:.*]] = arith.constant 5 : index
// CHECK: scf.for %[[I:.*]] = %[[C0]] to %[[C5]] step %{{.*}} iter_args(%[[SUM:.*]] = %{{.*}}, %[[OUT:.*]] = %{{.*}}) -> (tensor<f32>, tensor<5xf32>) {
// CHECK:   %[[LAST:.*]] = arith.constant 4 : index
// CHECK:   %[[POS:.*]] = arith.subi %[[LAST]], %[[I]] : index
// CHECK:   %[[SLICE:.*]] = tensor.extract_slice %[[X]][%[[POS]]] [1] [1] : tensor<5xf32> to tensor<f32>
// CHECK:   %[[NEXT:.*]] = linalg.generic {indexing_maps = [#[[SCALAR]], #[[SCALAR]]], iterator_types = []} ins(%[[SLICE]] : tensor<f32>) outs(%[[SUM]] : tensor<f32>)
// CHECK:     arith.addf
// CHECK:   %[[NEW_OUT:.*]] = tensor.insert_slice %[[NEXT]] into %[[OUT]][%[[POS]]] [1] [1] : tensor<f32> into tensor<5xf32>
// CHECK:   scf.yield %[[NEXT]], %[[NEW_OUT]] : tensor<f32>, tensor<5xf32>
func.func @cumulative_sum_reversed(%x: tensor<5xf32>) -> tensor<5xf32> {
  %0 = webnn.cumulative_sum %x {axis = 0 : i32, reversed = true} : (tensor<5xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// A float16 sum runs in float32: the running sum is f32 (from an f32 0),
// each element is widened in the add, and the sum is rounded to float16
// before it is inserted; the loop carries the f32 sum, not the rounded one.
// CHECK-LABEL: func @cumulative_sum_f16
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[SUM_INIT:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%{{.*}} : tensor<2xf32>) -> tensor<2xf32>
// CHECK: %[[OUT_INIT:.*]] = tensor.empty() : tensor<2x3xf16>
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[SUM:.*]] = %[[SUM_INIT]], %[[OUT:.*]] = %[[OUT_INIT]]) -> (tensor<2xf32>, tensor<2x3xf16>) {
// CHECK:   %[[SLICE:.*]] = tensor.extract_slice %[[X]][0, %[[I]]] [2, 1] [1, 1] : tensor<2x3xf16> to tensor<2xf16>
// CHECK:   %[[NEXT:.*]] = linalg.generic {{.*}} ins(%[[SLICE]] : tensor<2xf16>) outs(%[[SUM]] : tensor<2xf32>)
// CHECK:   ^bb0(%[[V:.*]]: f16, %[[ACC:.*]]: f32):
// CHECK:     %[[WIDE:.*]] = arith.extf %[[V]] : f16 to f32
// CHECK:     %[[ADD:.*]] = arith.addf %[[ACC]], %[[WIDE]] : f32
// CHECK:     linalg.yield %[[ADD]] : f32
// CHECK:   %[[NARROW:.*]] = linalg.generic {{.*}} ins(%[[NEXT]] : tensor<2xf32>) outs(%{{.*}} : tensor<2xf16>)
// CHECK:     %[[N:.*]] = arith.truncf %{{.*}} : f32 to f16
// CHECK:     linalg.yield %[[N]] : f16
// CHECK:   %[[NEW_OUT:.*]] = tensor.insert_slice %[[NARROW]] into %[[OUT]][0, %[[I]]] [2, 1] [1, 1] : tensor<2xf16> into tensor<2x3xf16>
// CHECK:   scf.yield %[[NEXT]], %[[NEW_OUT]] : tensor<2xf32>, tensor<2x3xf16>
func.func @cumulative_sum_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.cumulative_sum %x {axis = 1 : i32} : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}
