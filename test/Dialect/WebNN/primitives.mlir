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
