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
