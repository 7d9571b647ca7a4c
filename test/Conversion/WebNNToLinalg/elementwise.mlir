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

// -----

// The trigonometric functions, erf and roundEven are their math ops.
// CHECK-LABEL: func @math_unary_ops
// CHECK: math.cos %{{.*}} : f32
// CHECK: math.sin %{{.*}} : f32
// CHECK: math.tan %{{.*}} : f32
// CHECK: math.erf %{{.*}} : f32
// CHECK: math.roundeven %{{.*}} : f16
func.func @math_unary_ops(%x: tensor<4xf32>, %h: tensor<4xf16>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf16>) {
  %0 = webnn.cos %x : (tensor<4xf32>) -> tensor<4xf32>
  %1 = webnn.sin %x : (tensor<4xf32>) -> tensor<4xf32>
  %2 = webnn.tan %x : (tensor<4xf32>) -> tensor<4xf32>
  %3 = webnn.erf %x : (tensor<4xf32>) -> tensor<4xf32>
  %4 = webnn.round_even %h : (tensor<4xf16>) -> tensor<4xf16>
  return %0, %1, %2, %3, %4 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf16>
}

// -----

// sign: 1 above zero, -1 below, the value itself otherwise (0, -0 and NaN
// compare false both ways).
// CHECK-LABEL: func @sign_float
// CHECK: ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[POS:.*]] = arith.cmpf ogt, %[[X]], %[[ZERO]] : f32
// CHECK: %[[NEG:.*]] = arith.cmpf olt, %[[X]], %[[ZERO]] : f32
// CHECK: %[[MINUS_ONE:.*]] = arith.constant -1.000000e+00 : f32
// CHECK: %[[R0:.*]] = arith.select %[[NEG]], %[[MINUS_ONE]], %[[X]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[R1:.*]] = arith.select %[[POS]], %[[ONE]], %[[R0]] : f32
// CHECK: linalg.yield %[[R1]] : f32
func.func @sign_float(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = webnn.sign %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func @sign_int8
// CHECK: ^bb0(%[[X:.*]]: i8, %{{.*}}: i8):
// CHECK: arith.cmpi sgt, %[[X]], %{{.*}} : i8
// CHECK: arith.cmpi slt, %[[X]], %{{.*}} : i8
// CHECK: arith.constant -1 : i8
// CHECK: arith.select
// CHECK: arith.constant 1 : i8
// CHECK: arith.select
func.func @sign_int8(%x: tensor<4xi8>) -> tensor<4xi8> {
  %0 = webnn.sign %x : (tensor<4xi8>) -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

// A comparison is an i1 predicate widened to the uint8 result (i8 once
// signless). Float comparisons are ordered (false when either side is NaN)
// except notEqual, which is unordered (true then).
// CHECK-LABEL: func @compare_float
// CHECK-SAME: -> (tensor<2x3xi8>, tensor<2x3xi8>, tensor<2x3xi8>, tensor<2x3xi8>, tensor<2x3xi8>, tensor<2x3xi8>)
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<2x3xi8>
// CHECK: linalg.generic {{.*}} outs(%[[INIT]] : tensor<2x3xi8>)
// CHECK: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: i8):
// CHECK: %[[EQ:.*]] = arith.cmpf oeq, %[[A]], %[[B]] : f32
// CHECK: %[[WIDE:.*]] = arith.extui %[[EQ]] : i1 to i8
// CHECK: linalg.yield %[[WIDE]] : i8
// CHECK: arith.cmpf une
// CHECK-NEXT: arith.extui
// CHECK: arith.cmpf ogt
// CHECK-NEXT: arith.extui
// CHECK: arith.cmpf oge
// CHECK-NEXT: arith.extui
// CHECK: arith.cmpf olt
// CHECK-NEXT: arith.extui
// CHECK: arith.cmpf ole
// CHECK-NEXT: arith.extui
func.func @compare_float(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> (tensor<2x3xui8>, tensor<2x3xui8>, tensor<2x3xui8>, tensor<2x3xui8>, tensor<2x3xui8>, tensor<2x3xui8>) {
  %0 = webnn.equal %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xui8>
  %1 = webnn.not_equal %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xui8>
  %2 = webnn.greater %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xui8>
  %3 = webnn.greater_or_equal %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xui8>
  %4 = webnn.lesser %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xui8>
  %5 = webnn.lesser_or_equal %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xui8>
  return %0, %1, %2, %3, %4, %5 : tensor<2x3xui8>, tensor<2x3xui8>, tensor<2x3xui8>, tensor<2x3xui8>, tensor<2x3xui8>, tensor<2x3xui8>
}

// -----

// Unsigned operands (signless i32 once converted) compare unsigned.
// CHECK-LABEL: func @compare_unsigned
// CHECK-SAME: (%{{.*}}: tensor<4xi32>, %{{.*}}: tensor<4xi32>)
// CHECK: arith.cmpi eq
// CHECK: arith.cmpi ne
// CHECK: arith.cmpi ugt
// CHECK: arith.cmpi uge
// CHECK: arith.cmpi ult
// CHECK: arith.cmpi ule
// CHECK-NOT: arith.cmpi s
func.func @compare_unsigned(%a: tensor<4xui32>, %b: tensor<4xui32>) -> (tensor<4xui8>, tensor<4xui8>, tensor<4xui8>, tensor<4xui8>, tensor<4xui8>, tensor<4xui8>) {
  %0 = webnn.equal %a, %b : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui8>
  %1 = webnn.not_equal %a, %b : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui8>
  %2 = webnn.greater %a, %b : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui8>
  %3 = webnn.greater_or_equal %a, %b : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui8>
  %4 = webnn.lesser %a, %b : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui8>
  %5 = webnn.lesser_or_equal %a, %b : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui8>
  return %0, %1, %2, %3, %4, %5 : tensor<4xui8>, tensor<4xui8>, tensor<4xui8>, tensor<4xui8>, tensor<4xui8>, tensor<4xui8>
}

// -----

// CHECK-LABEL: func @compare_signed
// CHECK: ^bb0(%[[A:.*]]: i32, %[[B:.*]]: i32, %{{.*}}: i8):
// CHECK: arith.cmpi sgt, %[[A]], %[[B]] : i32
// CHECK: arith.cmpi sge
// CHECK: arith.cmpi slt
// CHECK: arith.cmpi sle
// CHECK-NOT: arith.cmpi u
func.func @compare_signed(%a: tensor<4xi32>, %b: tensor<4xi32>) -> (tensor<4xui8>, tensor<4xui8>, tensor<4xui8>, tensor<4xui8>) {
  %0 = webnn.greater %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xui8>
  %1 = webnn.greater_or_equal %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xui8>
  %2 = webnn.lesser %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xui8>
  %3 = webnn.lesser_or_equal %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xui8>
  return %0, %1, %2, %3 : tensor<4xui8>, tensor<4xui8>, tensor<4xui8>, tensor<4xui8>
}

// -----

// An operand is true when it is non-zero (not only when it is 1).
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func @logical_ops
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ID]]]
// CHECK: ^bb0(%[[A:.*]]: i8, %[[B:.*]]: i8, %{{.*}}: i8):
// CHECK: %[[ZA:.*]] = arith.constant 0 : i8
// CHECK: %[[TA:.*]] = arith.cmpi ne, %[[A]], %[[ZA]] : i8
// CHECK: %[[ZB:.*]] = arith.constant 0 : i8
// CHECK: %[[TB:.*]] = arith.cmpi ne, %[[B]], %[[ZB]] : i8
// CHECK: %[[AND:.*]] = arith.andi %[[TA]], %[[TB]] : i1
// CHECK: %[[R:.*]] = arith.extui %[[AND]] : i1 to i8
// CHECK: linalg.yield %[[R]] : i8
// CHECK: arith.cmpi ne
// CHECK: arith.cmpi ne
// CHECK: arith.ori %{{.*}}, %{{.*}} : i1
// CHECK-NEXT: arith.extui
// CHECK: arith.cmpi ne
// CHECK: arith.cmpi ne
// CHECK: arith.xori %{{.*}}, %{{.*}} : i1
// CHECK-NEXT: arith.extui
// CHECK: ^bb0(%[[X:.*]]: i8, %{{.*}}: i8):
// CHECK: %[[ZX:.*]] = arith.constant 0 : i8
// CHECK: %[[NOT:.*]] = arith.cmpi eq, %[[X]], %[[ZX]] : i8
// CHECK: arith.extui %[[NOT]] : i1 to i8
func.func @logical_ops(%a: tensor<2x3xui8>, %b: tensor<3xui8>) -> (tensor<2x3xui8>, tensor<2x3xui8>, tensor<2x3xui8>, tensor<2x3xui8>) {
  %0 = webnn.logical_and %a, %b : (tensor<2x3xui8>, tensor<3xui8>) -> tensor<2x3xui8>
  %1 = webnn.logical_or %a, %b : (tensor<2x3xui8>, tensor<3xui8>) -> tensor<2x3xui8>
  %2 = webnn.logical_xor %a, %b : (tensor<2x3xui8>, tensor<3xui8>) -> tensor<2x3xui8>
  %3 = webnn.logical_not %a : (tensor<2x3xui8>) -> tensor<2x3xui8>
  return %0, %1, %2, %3 : tensor<2x3xui8>, tensor<2x3xui8>, tensor<2x3xui8>, tensor<2x3xui8>
}

// -----

// isNaN: x is unordered with itself. isInfinite: |x| == +Infinity, in the
// input's float type.
// CHECK-LABEL: func @is_nan_and_is_infinite
// CHECK: ^bb0(%[[X:.*]]: f32, %{{.*}}: i8):
// CHECK: %[[NAN:.*]] = arith.cmpf uno, %[[X]], %[[X]] : f32
// CHECK: arith.extui %[[NAN]] : i1 to i8
// CHECK: ^bb0(%[[Y:.*]]: f32, %{{.*}}: i8):
// CHECK: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[ABS:.*]] = math.absf %[[Y]] : f32
// CHECK: %[[EQ:.*]] = arith.cmpf oeq, %[[ABS]], %[[INF]] : f32
// CHECK: arith.extui %[[EQ]] : i1 to i8
// CHECK: ^bb0(%[[H:.*]]: f16, %{{.*}}: i8):
// CHECK: %[[INF16:.*]] = arith.constant 0x7C00 : f16
// CHECK: %[[ABS16:.*]] = math.absf %[[H]] : f16
// CHECK: arith.cmpf oeq, %[[ABS16]], %[[INF16]] : f16
func.func @is_nan_and_is_infinite(%x: tensor<4xf32>, %h: tensor<4xf16>) -> (tensor<4xui8>, tensor<4xui8>, tensor<4xui8>) {
  %0 = webnn.is_nan %x : (tensor<4xf32>) -> tensor<4xui8>
  %1 = webnn.is_infinite %x : (tensor<4xf32>) -> tensor<4xui8>
  %2 = webnn.is_infinite %h : (tensor<4xf16>) -> tensor<4xui8>
  return %0, %1, %2 : tensor<4xui8>, tensor<4xui8>, tensor<4xui8>
}

// -----

// where: the condition is true when non-zero; the three operands broadcast
// through their indexing maps.
// CHECK-DAG: #[[COND:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @where_broadcast
// CHECK-SAME: (%[[C:.*]]: tensor<2x1xi8>, %[[T:.*]]: tensor<4xf32>, %[[F:.*]]: tensor<f32>)
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<2x4xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[COND]], #[[ROW]], #[[SCALAR]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[C]], %[[T]], %[[F]] : tensor<2x1xi8>, tensor<4xf32>, tensor<f32>) outs(%[[INIT]] : tensor<2x4xf32>)
// CHECK: ^bb0(%[[CV:.*]]: i8, %[[TV:.*]]: f32, %[[FV:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[ZERO:.*]] = arith.constant 0 : i8
// CHECK: %[[TRUE:.*]] = arith.cmpi ne, %[[CV]], %[[ZERO]] : i8
// CHECK: %[[SEL:.*]] = arith.select %[[TRUE]], %[[TV]], %[[FV]] : f32
// CHECK: linalg.yield %[[SEL]] : f32
// CHECK: return %[[R]]
func.func @where_broadcast(%c: tensor<2x1xui8>, %t: tensor<4xf32>, %f: tensor<f32>) -> tensor<2x4xf32> {
  %0 = webnn.where %c, %t, %f : (tensor<2x1xui8>, tensor<4xf32>, tensor<f32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// The activations are lowered through their webnn-decompose rewrite: one
// linalg.generic each. gelu's 1 + erf(x / sqrt(2)) is erfc(-x / sqrt(2)).
// CHECK-LABEL: func @gelu
// CHECK: linalg.generic
// CHECK: ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[C:.*]] = arith.constant -0.707106769 : f32
// CHECK: %[[SCALED:.*]] = arith.mulf %[[X]], %[[C]] : f32
// CHECK: %[[ERFC:.*]] = math.erfc %[[SCALED]] : f32
// CHECK: %[[HALF:.*]] = arith.constant 5.000000e-01 : f32
// CHECK: %[[HALFX:.*]] = arith.mulf %[[HALF]], %[[X]] : f32
// CHECK: %[[R:.*]] = arith.mulf %[[HALFX]], %[[ERFC]] : f32
// CHECK: linalg.yield %[[R]] : f32
// CHECK-NOT: webnn.
func.func @gelu(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = webnn.gelu %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// The options become constants of the body.
// CHECK-LABEL: func @activations_with_options
// CHECK: ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[NEGPART:.*]] = arith.minimumf %[[ZERO]], %[[X]] : f32
// CHECK: math.exp %[[NEGPART]] : f32
// CHECK: %[[POSPART:.*]] = arith.maximumf %[[ZERO]], %[[X]] : f32
// CHECK: %[[ALPHA:.*]] = arith.constant 5.000000e-01 : f32
// CHECK: %[[SCALED:.*]] = arith.mulf %[[ALPHA]], %{{.*}} : f32
// CHECK: arith.addf %[[POSPART]], %[[SCALED]] : f32
// CHECK: arith.constant 2.000000e-01 : f32
// CHECK-NEXT: arith.mulf
// CHECK-NEXT: arith.constant 5.000000e-01 : f32
// CHECK-NEXT: arith.addf
// CHECK-NEXT: arith.constant 1.000000e+00 : f32
// CHECK-NEXT: arith.minimumf
// CHECK-NEXT: arith.constant 0.000000e+00 : f32
// CHECK-NEXT: arith.maximumf
// CHECK: ^bb0(%[[Y:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[A:.*]] = arith.constant 2.000000e+00 : f32
// CHECK: %[[AX:.*]] = arith.mulf %[[A]], %[[Y]] : f32
// CHECK: %[[B:.*]] = arith.constant -1.500000e+00 : f32
// CHECK: %[[LIN:.*]] = arith.addf %[[AX]], %[[B]] : f32
// CHECK: linalg.yield %[[LIN]] : f32
func.func @activations_with_options(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %0 = webnn.elu %x {alpha = 0.5 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %1 = webnn.hard_sigmoid %x : (tensor<4xf32>) -> tensor<4xf32>
  %2 = webnn.linear %x {alpha = 2.0 : f64, beta = -1.5 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  return %0, %1, %2 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// CHECK-LABEL: func @softplus_and_softsign
// CHECK: ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[ABS:.*]] = math.absf %[[X]] : f32
// CHECK: %[[NEG:.*]] = arith.negf %[[ABS]] : f32
// CHECK: math.exp %[[NEG]] : f32
// CHECK: arith.maximumf %[[X]], %{{.*}} : f32
// CHECK: math.log
// CHECK: ^bb0(%[[Y:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[ABSY:.*]] = math.absf %[[Y]] : f32
// CHECK: %[[DEN:.*]] = arith.addf %[[ONE]], %[[ABSY]] : f32
// CHECK: %[[R:.*]] = arith.divf %[[Y]], %[[DEN]] : f32
// CHECK: linalg.yield %[[R]] : f32
func.func @softplus_and_softsign(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = webnn.softplus %x : (tensor<4xf32>) -> tensor<4xf32>
  %1 = webnn.softsign %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// A float16 activation computes in float32 and rounds once, at the end.
// CHECK-LABEL: func @hard_swish_f16
// CHECK: linalg.generic {{.*}} ins(%{{.*}} : tensor<4xf16>) outs(%{{.*}} : tensor<4xf16>)
// CHECK: ^bb0(%[[X:.*]]: f16, %{{.*}}: f16):
// CHECK: %[[WIDE:.*]] = arith.extf %[[X]] : f16 to f32
// CHECK-NOT: f16
// CHECK: %[[THREE:.*]] = arith.constant 3.000000e+00 : f32
// CHECK-NEXT: arith.addf %[[WIDE]], %[[THREE]] : f32
// CHECK-NOT: f16
// CHECK: arith.minimumf
// CHECK-NOT: f16
// CHECK: arith.maximumf
// CHECK-NOT: f16
// CHECK: arith.mulf %[[WIDE]], %{{.*}} : f32
// CHECK-NOT: f16
// CHECK: %[[DIV:.*]] = arith.divf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: %[[NARROW:.*]] = arith.truncf %[[DIV]] : f32 to f16
// CHECK-NEXT: linalg.yield %[[NARROW]] : f16
func.func @hard_swish_f16(%x: tensor<4xf16>) -> tensor<4xf16> {
  %0 = webnn.hard_swish %x : (tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

// prelu: x >= 0 ? x : slope * x, the slope broadcast by its indexing map.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[CHANNEL:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
// CHECK-LABEL: func @prelu_f32
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[CHANNEL]], #[[ID]]]
// CHECK: ^bb0(%[[X:.*]]: f32, %[[S:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[POS:.*]] = arith.cmpf oge, %[[X]], %[[ZERO]] : f32
// CHECK: %[[SCALED:.*]] = arith.mulf %[[S]], %[[X]] : f32
// CHECK: %[[R:.*]] = arith.select %[[POS]], %[[X]], %[[SCALED]] : f32
// CHECK: linalg.yield %[[R]] : f32
func.func @prelu_f32(%x: tensor<1x8x4x4xf32>, %slope: tensor<8x1x1xf32>) -> tensor<1x8x4x4xf32> {
  %0 = webnn.prelu %x, %slope : (tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) -> tensor<1x8x4x4xf32>
  return %0 : tensor<1x8x4x4xf32>
}

// -----

// Integer prelu: a signed comparison and an integer product.
// CHECK-LABEL: func @prelu_i32
// CHECK: ^bb0(%[[X:.*]]: i32, %[[S:.*]]: i32, %{{.*}}: i32):
// CHECK: %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK: %[[POS:.*]] = arith.cmpi sge, %[[X]], %[[ZERO]] : i32
// CHECK: %[[SCALED:.*]] = arith.muli %[[S]], %[[X]] : i32
// CHECK: %[[R:.*]] = arith.select %[[POS]], %[[X]], %[[SCALED]] : i32
// CHECK: linalg.yield %[[R]] : i32
// CHECK-NOT: arith.extf
func.func @prelu_i32(%x: tensor<2x3xi32>, %slope: tensor<3xi32>) -> tensor<2x3xi32> {
  %0 = webnn.prelu %x, %slope : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}
