// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file | FileCheck %s

// Broadcasting is in the indexing maps: b ([3]) is read along d1 only.
// CHECK-DAG: #[[ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func @add_broadcast
// CHECK-SAME: (%[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<3xf32>)
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID2]], #[[ROW]], #[[ID2]]], iterator_types = ["parallel", "parallel"]} ins(%[[A]], %[[B]] : tensor<2x3xf32>, tensor<3xf32>) outs(%[[INIT]] : tensor<2x3xf32>)
// CHECK: arith.addf
// CHECK: return %[[R]]
func.func @add_broadcast(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// A size-1 dimension against a larger one reads index 0; a scalar has no
// index at all.
// CHECK-DAG: #[[COL:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func @broadcast_size_one_and_scalar
// CHECK: linalg.generic {indexing_maps = [#[[COL]], #[[ROW]], #{{.*}}]
// CHECK: arith.mulf
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[SCALAR]], #{{.*}}]
// CHECK: arith.subf
func.func @broadcast_size_one_and_scalar(%a: tensor<4x1xf32>, %b: tensor<3xf32>, %s: tensor<f32>) -> tensor<4x3xf32> {
  %0 = webnn.mul %a, %b : (tensor<4x1xf32>, tensor<3xf32>) -> tensor<4x3xf32>
  %1 = webnn.sub %0, %s : (tensor<4x3xf32>, tensor<f32>) -> tensor<4x3xf32>
  return %1 : tensor<4x3xf32>
}

// -----

// Unsigned types become signless, with unsigned arithmetic; the signature
// is converted too.
// CHECK-LABEL: func @unsigned_ops
// CHECK-SAME: (%{{.*}}: tensor<4xi8>, %{{.*}}: tensor<4xi8>) -> (tensor<4xi8>, tensor<4xi8>, tensor<4xi8>)
// CHECK: arith.divui
// CHECK: arith.maxui
// CHECK: arith.minui
func.func @unsigned_ops(%a: tensor<4xui8>, %b: tensor<4xui8>) -> (tensor<4xui8>, tensor<4xui8>, tensor<4xui8>) {
  %0 = webnn.div %a, %b : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  %1 = webnn.max %a, %b : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  %2 = webnn.min %a, %b : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %0, %1, %2 : tensor<4xui8>, tensor<4xui8>, tensor<4xui8>
}

// -----

// Unsigned pow (math.ipowi is signed): square-and-multiply over the
// exponent's 8 bits, unrolled with selects, wrapping modulo 2^8.
// CHECK-LABEL: func @unsigned_pow
// CHECK: linalg.generic
// CHECK: ^bb0(%[[BASE:.*]]: i8, %[[EXP:.*]]: i8, %{{.*}}: i8):
// CHECK-NOT: math.ipowi
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i8
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i8
// CHECK: %[[BIT0:.*]] = arith.andi %[[EXP]], %{{.*}} : i8
// CHECK: %[[SET0:.*]] = arith.cmpi ne, %[[BIT0]], %[[ZERO]] : i8
// CHECK: %[[MUL0:.*]] = arith.muli %[[ONE]], %[[BASE]] : i8
// CHECK: %[[R0:.*]] = arith.select %[[SET0]], %[[MUL0]], %[[ONE]] : i8
// CHECK: %[[SQ:.*]] = arith.muli %[[BASE]], %[[BASE]] : i8
// CHECK: %[[MASK1:.*]] = arith.constant 2 : i8
// CHECK: arith.andi %[[EXP]], %[[MASK1]] : i8
// CHECK: arith.cmpi ne
// CHECK: arith.muli %[[R0]], %[[SQ]] : i8
// The top bit's mask (-128 as a signless i8) ends the unrolled loop; its
// square would be unused and is not built.
// CHECK: arith.constant -128 : i8
// CHECK: arith.andi
// CHECK: arith.cmpi
// CHECK: arith.muli
// CHECK: %[[LAST:.*]] = arith.select
// CHECK-NEXT: linalg.yield %[[LAST]] : i8
func.func @unsigned_pow(%a: tensor<4xui8>, %b: tensor<4xui8>) -> tensor<4xui8> {
  %0 = webnn.pow %a, %b : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// -----

// CHECK-LABEL: func @signed_ops
// CHECK: arith.divsi
// CHECK: arith.maxsi
// CHECK: math.ipowi
// CHECK: math.absi
// CHECK: arith.constant 0 : i32
// CHECK-NEXT: arith.subi
func.func @signed_ops(%a: tensor<4xi32>, %b: tensor<4xi32>) -> (tensor<4xi32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) {
  %0 = webnn.div %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %1 = webnn.max %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %2 = webnn.pow %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %3 = webnn.abs %a : (tensor<4xi32>) -> tensor<4xi32>
  %4 = webnn.neg %a : (tensor<4xi32>) -> tensor<4xi32>
  return %0, %1, %2, %3, %4 : tensor<4xi32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>
}

// -----

// Float max/min propagate NaN (maximumf, not maxnumf).
// CHECK-LABEL: func @float_ops
// CHECK: arith.maximumf
// CHECK: arith.minimumf
// CHECK: arith.divf
// CHECK: math.powf
// CHECK: math.floor
// CHECK: math.ceil
// CHECK: math.exp
// CHECK: math.log
// CHECK: math.sqrt
// CHECK: math.tanh
// CHECK: arith.negf
func.func @float_ops(%a: tensor<4xf16>, %b: tensor<4xf16>) -> (tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>) {
  %0 = webnn.max %a, %b : (tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  %1 = webnn.min %a, %b : (tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  %2 = webnn.div %a, %b : (tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  %3 = webnn.pow %a, %b : (tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  %4 = webnn.floor %a : (tensor<4xf16>) -> tensor<4xf16>
  %5 = webnn.ceil %a : (tensor<4xf16>) -> tensor<4xf16>
  %6 = webnn.exp %a : (tensor<4xf16>) -> tensor<4xf16>
  %7 = webnn.log %a : (tensor<4xf16>) -> tensor<4xf16>
  %8 = webnn.sqrt %a : (tensor<4xf16>) -> tensor<4xf16>
  %9 = webnn.tanh %a : (tensor<4xf16>) -> tensor<4xf16>
  %10 = webnn.neg %a : (tensor<4xf16>) -> tensor<4xf16>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>, tensor<4xf16>
}

// -----

// CHECK-LABEL: func @activations
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[NEG:.*]] = arith.negf %{{.*}} : f32
// CHECK: %[[EXP:.*]] = math.exp %[[NEG]] : f32
// CHECK: %[[SUM:.*]] = arith.addf %[[ONE]], %[[EXP]] : f32
// CHECK: arith.divf %[[ONE]], %[[SUM]] : f32
// CHECK: arith.constant 0.000000e+00 : f32
// CHECK: arith.maximumf
// CHECK: %[[ALPHA:.*]] = arith.constant 1.000000e-01 : f32
// CHECK: %[[SCALED:.*]] = arith.mulf %[[ALPHA]], %[[X:.*]] : f32
// CHECK: %[[POS:.*]] = arith.cmpf oge, %[[X]], %{{.*}} : f32
// CHECK: arith.select %[[POS]], %[[X]], %[[SCALED]] : f32
// CHECK: arith.constant 1.000000e+00 : f32
// CHECK-NEXT: arith.divf
func.func @activations(%x: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
  %0 = webnn.sigmoid %x : (tensor<8xf32>) -> tensor<8xf32>
  %1 = webnn.relu %x : (tensor<8xf32>) -> tensor<8xf32>
  %2 = webnn.leaky_relu %x {alpha = 0.1 : f64} : (tensor<8xf32>) -> tensor<8xf32>
  %3 = webnn.reciprocal %x : (tensor<8xf32>) -> tensor<8xf32>
  return %0, %1, %2, %3 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
}

// -----

// Integer clamp bounds are cast into the type's range (ui8: -5 -> 0,
// 300 -> 255); a NaN bound is no bound; relu on integers is maxsi with 0.
// CHECK-LABEL: func @clamp_and_relu_integers
// CHECK: arith.constant 0 : i8
// CHECK-NEXT: arith.maxui
// CHECK-NEXT: arith.constant -1 : i8
// CHECK-NEXT: arith.minui
// CHECK: linalg.generic
// CHECK-NOT: arith.maximumf
// CHECK: arith.constant 6.000000e+00 : f32
// CHECK-NEXT: arith.minimumf
// CHECK: arith.maxsi
func.func @clamp_and_relu_integers(%u: tensor<4xui8>, %f: tensor<4xf32>, %i: tensor<4xi8>) -> (tensor<4xui8>, tensor<4xf32>, tensor<4xi8>) {
  %0 = webnn.clamp %u {min_value = -5.0 : f64, max_value = 300.0 : f64} : (tensor<4xui8>) -> tensor<4xui8>
  %1 = webnn.clamp %f {min_value = 0x7FF8000000000000 : f64, max_value = 6.0 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %2 = webnn.relu %i : (tensor<4xi8>) -> tensor<4xi8>
  return %0, %1, %2 : tensor<4xui8>, tensor<4xf32>, tensor<4xi8>
}

// -----

// Constants become arith.constant of the signless type; identity is its
// input.
// CHECK-LABEL: func @constant_and_identity
// CHECK-SAME: (%[[X:.*]]: tensor<2xf32>)
// CHECK: %[[C:.*]] = arith.constant dense<[-56, 1]> : tensor<2xi8>
// CHECK: return %[[C]], %[[X]]
func.func @constant_and_identity(%x: tensor<2xf32>) -> (tensor<2xui8>, tensor<2xf32>) {
  %c = webnn.constant dense<[200, 1]> : tensor<2xui8>
  %0 = webnn.identity %x : (tensor<2xf32>) -> tensor<2xf32>
  return %c, %0 : tensor<2xui8>, tensor<2xf32>
}

// -----

// Ops outside the webnn dialect are left alone.
// CHECK-LABEL: func @other_dialects_untouched
// CHECK: arith.addf %{{.*}}, %{{.*}} : tensor<2xf32>
func.func @other_dialects_untouched(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = arith.addf %x, %x : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// 64-bit bounds beyond the type's range saturate (a double cast to an
// integer out of range would be undefined).
// CHECK-LABEL: func @clamp_64bit_bounds
// CHECK: arith.constant -9223372036854775808 : i64
// CHECK-NEXT: arith.maxsi
// CHECK-NEXT: arith.constant 9223372036854775807 : i64
// CHECK-NEXT: arith.minsi
// CHECK: arith.constant -1 : i64
// CHECK-NEXT: arith.minui
func.func @clamp_64bit_bounds(%a: tensor<2xi64>, %u: tensor<2xui64>) -> (tensor<2xi64>, tensor<2xui64>) {
  %0 = webnn.clamp %a {min_value = -1.0e30 : f64, max_value = 1.0e30 : f64} : (tensor<2xi64>) -> tensor<2xi64>
  %1 = webnn.clamp %u {max_value = 1.0e30 : f64} : (tensor<2xui64>) -> tensor<2xui64>
  return %0, %1 : tensor<2xi64>, tensor<2xui64>
}
