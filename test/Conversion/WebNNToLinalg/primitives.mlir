// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file | FileCheck %s

// webnn.elementwise is one linalg.generic: the operands are read through
// broadcasting maps and the scalar body becomes the generic's body.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func @bias_leaky_relu
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<3xf32>)
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[X]], %[[B]] : tensor<2x3xf32>, tensor<3xf32>) outs(%[[INIT]] : tensor<2x3xf32>)
// CHECK: ^bb0(%[[V:.*]]: f32, %[[W:.*]]: f32, %{{.*}}: f32):
// CHECK:   %[[S:.*]] = arith.addf %[[V]], %[[W]] : f32
// CHECK:   %[[SCALED:.*]] = arith.mulf %[[S]], %{{.*}} : f32
// CHECK:   %[[POS:.*]] = arith.cmpf ogt, %[[S]], %{{.*}} : f32
// CHECK:   %[[Y:.*]] = arith.select %[[POS]], %[[S]], %[[SCALED]] : f32
// CHECK:   linalg.yield %[[Y]] : f32
// CHECK-NOT: webnn.
func.func @bias_leaky_relu(%x: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %r = webnn.elementwise %x, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> {
  ^bb0(%v: f32, %w: f32):
    %zero = arith.constant 0.0 : f32
    %alpha = arith.constant 0.1 : f32
    %s = arith.addf %v, %w : f32
    %scaled = arith.mulf %s, %alpha : f32
    %positive = arith.cmpf ogt, %s, %zero : f32
    %y = arith.select %positive, %s, %scaled : f32
    webnn.yield %y : f32
  }
  return %r : tensor<2x3xf32>
}

// -----

// The result element type comes from the body (int32 compare -> int8).
// CHECK-LABEL: func @compare
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<4xi8>)
// CHECK:   arith.cmpi slt
// CHECK:   arith.extui {{.*}} : i1 to i8
func.func @compare(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi8> {
  %r = webnn.elementwise %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi8> {
  ^bb0(%x: i32, %y: i32):
    %less = arith.cmpi slt, %x, %y : i32
    %byte = arith.extui %less : i1 to i8
    webnn.yield %byte : i8
  }
  return %r : tensor<4xi8>
}

// -----

// A max over the spatial window of a 4-D input is the named pooling op, on
// the input padded with the init value.
// CHECK-LABEL: func @reduce_window_max_pool
// CHECK: %[[NEG_INF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: %[[PADDED:.*]] = tensor.pad %arg0 low[0, 1, 1, 0] high[0, 1, 1, 0]
// CHECK:   tensor.yield %[[NEG_INF]] : f32
// CHECK: %[[WINDOW:.*]] = tensor.empty() : tensor<3x3xf32>
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[NEG_INF]] : f32) outs(%{{.*}} : tensor<1x5x5x8xf32>)
// CHECK: linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%[[PADDED]], %[[WINDOW]] : tensor<1x11x11x8xf32>, tensor<3x3xf32>) outs(%[[INIT]] : tensor<1x5x5x8xf32>)
func.func @reduce_window_max_pool(%x: tensor<1x9x9x8xf32>) -> tensor<1x5x5x8xf32> {
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 1, 3, 3, 1>, window_strides = array<i64: 1, 2, 2, 1>, padding = array<i64: 0, 0, 1, 1, 1, 1, 0, 0>, init_value = 0xFF800000 : f32} : (tensor<1x9x9x8xf32>) -> tensor<1x5x5x8xf32> {
  ^bb0(%acc: f32, %v: f32):
    %m = arith.maximumf %v, %acc : f32
    webnn.yield %m : f32
  }
  return %r : tensor<1x5x5x8xf32>
}

// -----

// An add is the named sum pooling op.
// CHECK-LABEL: func @reduce_window_sum_pool
// CHECK: linalg.pooling_nhwc_sum
func.func @reduce_window_sum_pool(%x: tensor<1x4x4x2xf32>) -> tensor<1x2x2x2xf32> {
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 1, 3, 3, 1>, init_value = 0.0 : f32} : (tensor<1x4x4x2xf32>) -> tensor<1x2x2x2xf32> {
  ^bb0(%acc: f32, %v: f32):
    %s = arith.addf %acc, %v : f32
    webnn.yield %s : f32
  }
  return %r : tensor<1x2x2x2xf32>
}

// -----

// Any other body, or a window over other dimensions, is a linalg.generic
// with the window's dimensions as reduction loops: the input is read at
// out * stride + w * dilation.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3) -> (d0 + d2, d1 * 3 + d3 * 2)>
// CHECK-DAG: #[[WIN:.*]] = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
// CHECK-LABEL: func @reduce_window_generic
// CHECK: %[[PADDED:.*]] = tensor.pad %arg0 low[0, 1] high[0, 2]
// CHECK: %[[WINDOW:.*]] = tensor.empty() : tensor<1x2xi32>
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[WIN]], #[[OUT]]], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%[[PADDED]], %[[WINDOW]] : tensor<2x10xi32>, tensor<1x2xi32>)
// CHECK: ^bb0(%[[V:.*]]: i32, %{{.*}}: i32, %[[ACC:.*]]: i32):
// CHECK:   %[[SQ:.*]] = arith.muli %[[V]], %[[V]] : i32
// CHECK:   %[[S:.*]] = arith.addi %[[ACC]], %[[SQ]] : i32
// CHECK:   linalg.yield %[[S]] : i32
func.func @reduce_window_generic(%x: tensor<2x7xi32>) -> tensor<2x3xi32> {
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 1, 2>, window_strides = array<i64: 1, 3>, window_dilations = array<i64: 1, 2>, padding = array<i64: 0, 0, 1, 2>, init_value = 0 : i32} : (tensor<2x7xi32>) -> tensor<2x3xi32> {
  ^bb0(%acc: i32, %v: i32):
    %sq = arith.muli %v, %v : i32
    %s = arith.addi %acc, %sq : i32
    webnn.yield %s : i32
  }
  return %r : tensor<2x3xi32>
}

// -----

// Windows over whole dimensions, one per output (softmax's reductions):
// a linalg.reduce over those dimensions, with the accumulator as the body's
// first argument, reshaped back to the size-1 dimensions.
// CHECK-LABEL: func @reduce_window_whole_dimensions
// CHECK: %[[INIT:.*]] = linalg.fill ins(%{{.*}} : i32) outs(%{{.*}} : tensor<3xi32>)
// CHECK: %[[R:.*]] = linalg.reduce ins(%arg0 : tensor<2x3x4xi32>) outs(%[[INIT]] : tensor<3xi32>) dimensions = [0, 2]
// CHECK: (%[[V:.*]]: i32, %[[ACC:.*]]: i32) {
// CHECK:   %[[D:.*]] = arith.subi %[[ACC]], %[[V]] : i32
// CHECK:   arith.maxsi %[[D]], %[[ACC]] : i32
// CHECK: tensor.expand_shape %[[R]] {{\[}}[0, 1, 2]] output_shape [1, 3, 1] : tensor<3xi32> into tensor<1x3x1xi32>
func.func @reduce_window_whole_dimensions(%x: tensor<2x3x4xi32>) -> tensor<1x3x1xi32> {
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 2, 1, 4>, init_value = 0 : i32} : (tensor<2x3x4xi32>) -> tensor<1x3x1xi32> {
  ^bb0(%acc: i32, %v: i32):
    %d = arith.subi %acc, %v : i32
    %m = arith.maxsi %d, %acc : i32
    webnn.yield %m : i32
  }
  return %r : tensor<1x3x1xi32>
}

// -----

// A window that spans a dimension but strides past it is still one window
// per output; a window shorter than its dimension is not a whole-dimension
// reduction: it keeps the window loops.
// CHECK-LABEL: func @reduce_window_partial_dimension
// CHECK-NOT: linalg.reduce
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction", "reduction"]
func.func @reduce_window_partial_dimension(%x: tensor<2x5xf32>) -> tensor<2x1xf32> {
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 1, 4>, window_strides = array<i64: 1, 4>, init_value = 0.0 : f32} : (tensor<2x5xf32>) -> tensor<2x1xf32> {
  ^bb0(%acc: f32, %v: f32):
    %s = arith.addf %acc, %v : f32
    webnn.yield %s : f32
  }
  return %r : tensor<2x1xf32>
}

// -----

// webnn.reduce is a linalg.generic over the input's dimensions, the axes
// as reduction iterators: the input read through the identity map, the
// output through a map dropping the reduced dimensions, into a linalg.fill
// of the init value. The generic's body is (element, accumulator) and calls
// the webnn.reduce body with the accumulator first, so a non-commutative
// body keeps its operand order. No linalg.reduce.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func @reduce
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>) -> tensor<3xf32>
// CHECK-NOT: linalg.reduce
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<3xf32>
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ONE]] : f32) outs(%[[EMPTY]] : tensor<3xf32>) -> tensor<3xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["reduction", "parallel"]} ins(%[[X]] : tensor<2x3xf32>) outs(%[[INIT]] : tensor<3xf32>)
// CHECK: ^bb0(%[[V:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK:   %[[SQ:.*]] = arith.mulf %[[V]], %[[V]] : f32
// CHECK:   %[[D:.*]] = arith.subf %[[ACC]], %[[SQ]] : f32
// CHECK:   linalg.yield %[[D]] : f32
// CHECK: } -> tensor<3xf32>
// CHECK-NOT: linalg.reduce
// CHECK: return %[[R]] : tensor<3xf32>
// CHECK-NOT: webnn.
func.func @reduce(%x: tensor<2x3xf32>) -> tensor<3xf32> {
  %r = webnn.reduce %x {axes = array<i64: 0>, init_value = 1.0 : f32} : (tensor<2x3xf32>) -> tensor<3xf32> {
  ^bb0(%acc: f32, %v: f32):
    %sq = arith.mulf %v, %v : f32
    %d = arith.subf %acc, %sq : f32
    webnn.yield %d : f32
  }
  return %r : tensor<3xf32>
}

// -----

// Every axis: a rank-0 result, every iterator a reduction and an output
// map with no results.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func @reduce_all
// CHECK: %[[LOWEST:.*]] = arith.constant -9223372036854775808 : i64
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[LOWEST]] : i64) outs(%{{.*}} : tensor<i64>) -> tensor<i64>
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["reduction", "reduction"]} ins(%arg0 : tensor<2x3xi64>) outs(%[[INIT]] : tensor<i64>)
// CHECK: ^bb0(%[[V:.*]]: i64, %[[ACC:.*]]: i64):
// CHECK:   %[[M:.*]] = arith.maxsi %[[ACC]], %[[V]] : i64
// CHECK:   linalg.yield %[[M]] : i64
// CHECK-NOT: linalg.reduce
func.func @reduce_all(%x: tensor<2x3xi64>) -> tensor<i64> {
  %r = webnn.reduce %x {axes = array<i64: 0, 1>, init_value = -9223372036854775808 : i64} : (tensor<2x3xi64>) -> tensor<i64> {
  ^bb0(%acc: i64, %v: i64):
    %m = arith.maxsi %acc, %v : i64
    webnn.yield %m : i64
  }
  return %r : tensor<i64>
}

// -----

// Empty axes reduce nothing: the same linalg.generic with only parallel
// iterators and the identity as the output map, from a linalg.fill of the
// init value; the body gets the init value and each element, accumulator
// first (1 - x).
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @reduce_no_axes
// CHECK-NOT: linalg.reduce
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ONE]] : f32) outs(%[[EMPTY]] : tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x3xf32>) outs(%[[INIT]] : tensor<2x3xf32>)
// CHECK: ^bb0(%[[V:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK:   %[[D:.*]] = arith.subf %[[ACC]], %[[V]] : f32
// CHECK:   linalg.yield %[[D]] : f32
// CHECK-NOT: linalg.reduce
// CHECK: return %[[R]] : tensor<2x3xf32>
func.func @reduce_no_axes(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %r = webnn.reduce %x {axes = array<i64>, init_value = 1.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32> {
  ^bb0(%acc: f32, %v: f32):
    %d = arith.subf %acc, %v : f32
    webnn.yield %d : f32
  }
  return %r : tensor<2x3xf32>
}

// -----

// An iota is a linalg.generic with no inputs yielding its linalg.index
// along the dimension, cast to the element type (through i64 to a float).
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @iota
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<2x3xi32>
// CHECK: %[[I:.*]] = linalg.generic {indexing_maps = [#[[ID]]], iterator_types = ["parallel", "parallel"]} outs(%[[EMPTY]] : tensor<2x3xi32>)
// CHECK:   %[[D:.*]] = linalg.index 1 : index
// CHECK:   %[[C:.*]] = arith.index_cast %[[D]] : index to i32
// CHECK:   linalg.yield %[[C]] : i32
// CHECK: %[[F:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<4x2xf16>)
// CHECK:   %[[D0:.*]] = linalg.index 0 : index
// CHECK:   %[[W:.*]] = arith.index_castui %[[D0]] : index to i64
// CHECK:   %[[H:.*]] = arith.uitofp %[[W]] : i64 to f16
// CHECK:   linalg.yield %[[H]] : f16
// CHECK: return %[[I]], %[[F]]
func.func @iota() -> (tensor<2x3xi32>, tensor<4x2xf16>) {
  %i = webnn.iota {dimension = 1} : tensor<2x3xi32>
  %f = webnn.iota {dimension = 0} : tensor<4x2xf16>
  return %i, %f : tensor<2x3xi32>, tensor<4x2xf16>
}
