// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of the HLO-style primitives, through the custom and the
// generic assembly forms.

// leakyRelu(0.1) as a scalar body.
// CHECK-LABEL: func @elementwise_unary
// CHECK: webnn.elementwise %arg0 : (tensor<2x3xf32>) -> tensor<2x3xf32> {
// CHECK: ^bb0(%[[V:.*]]: f32):
// CHECK:   %[[Y:.*]] = arith.select
// CHECK:   webnn.yield %[[Y]] : f32
// CHECK: }
func.func @elementwise_unary(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %r = webnn.elementwise %x : (tensor<2x3xf32>) -> tensor<2x3xf32> {
  ^bb0(%v: f32):
    %zero = arith.constant 0.0 : f32
    %alpha = arith.constant 0.1 : f32
    %scaled = arith.mulf %v, %alpha : f32
    %positive = arith.cmpf ogt, %v, %zero : f32
    %y = arith.select %positive, %v, %scaled : f32
    webnn.yield %y : f32
  }
  return %r : tensor<2x3xf32>
}

// Three operands broadcast to [2, 3] (a bias row and a scalar-like [1, 1]).
// CHECK-LABEL: func @elementwise_broadcast
// CHECK: webnn.elementwise %arg0, %arg1, %arg2 : (tensor<2x3xf16>, tensor<3xf16>, tensor<1x1xf16>) -> tensor<2x3xf16>
// CHECK: ^bb0(%{{.*}}: f16, %{{.*}}: f16, %{{.*}}: f16):
// CHECK:   math.fma
func.func @elementwise_broadcast(%x: tensor<2x3xf16>, %b: tensor<3xf16>, %s: tensor<1x1xf16>) -> tensor<2x3xf16> {
  %r = webnn.elementwise %x, %b, %s : (tensor<2x3xf16>, tensor<3xf16>, tensor<1x1xf16>) -> tensor<2x3xf16> {
  ^bb0(%v: f16, %w: f16, %u: f16):
    %y = math.fma %v, %u, %w : f16
    webnn.yield %y : f16
  }
  return %r : tensor<2x3xf16>
}

// The result's element type is the body's: a comparison of two int32
// tensors yields int8 0/1, as WebNN's logical ops do.
// CHECK-LABEL: func @elementwise_integer
// CHECK: webnn.elementwise %arg0, %arg1 : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi8>
// CHECK:   arith.cmpi slt
// CHECK:   arith.extui
func.func @elementwise_integer(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi8> {
  %r = webnn.elementwise %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi8> {
  ^bb0(%x: i32, %y: i32):
    %less = arith.cmpi slt, %x, %y : i32
    %byte = arith.extui %less : i1 to i8
    webnn.yield %byte : i8
  }
  return %r : tensor<4xi8>
}

// maxPool2d 3x3 / 2 in nhwc as a reduce_window from -inf.
// CHECK-LABEL: func @reduce_window_max
// CHECK: webnn.reduce_window %arg0 {init_value = 0xFF800000 : f32, window_dimensions = array<i64: 1, 3, 3, 1>, window_strides = array<i64: 1, 2, 2, 1>} : (tensor<1x9x9x8xf32>) -> tensor<1x4x4x8xf32> {
// CHECK: ^bb0(%[[ACC:.*]]: f32, %[[V:.*]]: f32):
// CHECK:   %[[M:.*]] = arith.maximumf %[[ACC]], %[[V]] : f32
// CHECK:   webnn.yield %[[M]] : f32
func.func @reduce_window_max(%x: tensor<1x9x9x8xf32>) -> tensor<1x4x4x8xf32> {
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 1, 3, 3, 1>, window_strides = array<i64: 1, 2, 2, 1>, init_value = 0xFF800000 : f32} : (tensor<1x9x9x8xf32>) -> tensor<1x4x4x8xf32> {
  ^bb0(%acc: f32, %v: f32):
    %m = arith.maximumf %acc, %v : f32
    webnn.yield %m : f32
  }
  return %r : tensor<1x4x4x8xf32>
}

// Every option: a sum of squares over a dilated, padded window of rank 2.
// CHECK-LABEL: func @reduce_window_options
// CHECK: webnn.reduce_window %arg0 {init_value = 0 : i32, padding = array<i64: 0, 0, 1, 2>, window_dilations = array<i64: 1, 2>, window_dimensions = array<i64: 1, 2>, window_strides = array<i64: 1, 3>} : (tensor<2x7xi32>) -> tensor<2x3xi32>
func.func @reduce_window_options(%x: tensor<2x7xi32>) -> tensor<2x3xi32> {
  %r = webnn.reduce_window %x {window_dimensions = array<i64: 1, 2>, window_strides = array<i64: 1, 3>, window_dilations = array<i64: 1, 2>, padding = array<i64: 0, 0, 1, 2>, init_value = 0 : i32} : (tensor<2x7xi32>) -> tensor<2x3xi32> {
  ^bb0(%acc: i32, %v: i32):
    %sq = arith.muli %v, %v : i32
    %s = arith.addi %acc, %sq : i32
    webnn.yield %s : i32
  }
  return %r : tensor<2x3xi32>
}

// reduceSum over the last dimension as a reduce from 0.
// CHECK-LABEL: func @reduce_sum
// CHECK: webnn.reduce %arg0 {axes = array<i64: 1>, init_value = 0.000000e+00 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
// CHECK: ^bb0(%[[ACC:.*]]: f32, %[[V:.*]]: f32):
// CHECK:   %[[S:.*]] = arith.addf %[[ACC]], %[[V]] : f32
// CHECK:   webnn.yield %[[S]] : f32
func.func @reduce_sum(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2xf32> {
  ^bb0(%acc: f32, %v: f32):
    %s = arith.addf %acc, %v : f32
    webnn.yield %s : f32
  }
  return %r : tensor<2xf32>
}

// Several axes, in any order: the dimensions left keep their order. A
// signed max from the lowest int32.
// CHECK-LABEL: func @reduce_max_axes
// CHECK: webnn.reduce %arg0 {axes = array<i64: 2, 0>, init_value = -2147483648 : i32} : (tensor<2x3x4xi32>) -> tensor<3xi32> {
// CHECK: ^bb0(%[[ACC:.*]]: i32, %[[V:.*]]: i32):
// CHECK:   %[[M:.*]] = arith.maxsi %[[ACC]], %[[V]] : i32
// CHECK:   webnn.yield %[[M]] : i32
func.func @reduce_max_axes(%x: tensor<2x3x4xi32>) -> tensor<3xi32> {
  %r = webnn.reduce %x {axes = array<i64: 2, 0>, init_value = -2147483648 : i32} : (tensor<2x3x4xi32>) -> tensor<3xi32> {
  ^bb0(%acc: i32, %v: i32):
    %m = arith.maxsi %acc, %v : i32
    webnn.yield %m : i32
  }
  return %r : tensor<3xi32>
}

// Every axis: a rank-0 result; written in the generic form.
// CHECK-LABEL: func @reduce_all_generic
// CHECK: webnn.reduce %arg0 {axes = array<i64: 0, 1>, init_value = 1.000000e+00 : f16} : (tensor<4x2xf16>) -> tensor<f16> {
// CHECK: ^bb0(%[[ACC:.*]]: f16, %[[V:.*]]: f16):
// CHECK:   %[[P:.*]] = arith.mulf %[[ACC]], %[[V]] : f16
// CHECK:   webnn.yield %[[P]] : f16
func.func @reduce_all_generic(%x: tensor<4x2xf16>) -> tensor<f16> {
  %r = "webnn.reduce"(%x) <{axes = array<i64: 0, 1>, init_value = 1.0 : f16}> ({
  ^bb0(%acc: f16, %v: f16):
    %p = arith.mulf %acc, %v : f16
    "webnn.yield"(%p) : (f16) -> ()
  }) : (tensor<4x2xf16>) -> tensor<f16>
  return %r : tensor<f16>
}

// Empty axes are allowed and reduce nothing: the result is the input's
// shape, each element combined with the init value once.
// CHECK-LABEL: func @reduce_no_axes
// CHECK: webnn.reduce %arg0 {axes = array<i64>, init_value = 0 : i64} : (tensor<2x3xi64>) -> tensor<2x3xi64> {
// CHECK:   arith.addi
func.func @reduce_no_axes(%x: tensor<2x3xi64>) -> tensor<2x3xi64> {
  %r = webnn.reduce %x {axes = array<i64>, init_value = 0 : i64} : (tensor<2x3xi64>) -> tensor<2x3xi64> {
  ^bb0(%acc: i64, %v: i64):
    %s = arith.addi %acc, %v : i64
    webnn.yield %s : i64
  }
  return %r : tensor<2x3xi64>
}

// iota in an integer and a float type.
// CHECK-LABEL: func @iota
// CHECK: webnn.iota {dimension = 1 : i64} : tensor<2x3xi32>
// CHECK: webnn.iota {dimension = 0 : i64} : tensor<4x2x3xf16>
func.func @iota() -> (tensor<2x3xi32>, tensor<4x2x3xf16>) {
  %i = webnn.iota {dimension = 1} : tensor<2x3xi32>
  %f = webnn.iota {dimension = 0} : tensor<4x2x3xf16>
  return %i, %f : tensor<2x3xi32>, tensor<4x2x3xf16>
}
