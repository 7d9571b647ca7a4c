// RUN: webnn-opt %s -canonicalize -split-input-file | FileCheck %s

// CHECK-LABEL: func @identity_folds
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NEXT: return %[[X]]
func.func @identity_folds(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.identity %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @reshape_to_same_shape_folds
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NEXT: return %[[X]]
func.func @reshape_to_same_shape_folds(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.reshape %x {new_shape = array<i64: 2, 3>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @reshape_of_reshape
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK-NEXT: %[[R:.*]] = webnn.reshape %[[X]] {new_shape = array<i64: 4, 6>} : (tensor<2x3x4xf32>) -> tensor<4x6xf32>
// CHECK-NEXT: return %[[R]]
func.func @reshape_of_reshape(%x: tensor<2x3x4xf32>) -> tensor<4x6xf32> {
  %0 = webnn.reshape %x {new_shape = array<i64: 24>} : (tensor<2x3x4xf32>) -> tensor<24xf32>
  %1 = webnn.reshape %0 {new_shape = array<i64: 4, 6>} : (tensor<24xf32>) -> tensor<4x6xf32>
  return %1 : tensor<4x6xf32>
}

// -----

// A reshape chain that comes back to the input's shape disappears.
// CHECK-LABEL: func @reshape_round_trip
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NEXT: return %[[X]]
func.func @reshape_round_trip(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.reshape %x {new_shape = array<i64: 6>} : (tensor<2x3xf32>) -> tensor<6xf32>
  %1 = webnn.reshape %0 {new_shape = array<i64: 2, 3>} : (tensor<6xf32>) -> tensor<2x3xf32>
  return %1 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @reshape_of_constant
// CHECK-NEXT: %[[C:.*]] = webnn.constant dense<{{\[}}[1, 2], [3, 4]]> : tensor<2x2xi32>
// CHECK-NEXT: return %[[C]]
func.func @reshape_of_constant() -> tensor<2x2xi32> {
  %c = webnn.constant dense<[1, 2, 3, 4]> : tensor<4xi32>
  %0 = webnn.reshape %c {new_shape = array<i64: 2, 2>} : (tensor<4xi32>) -> tensor<2x2xi32>
  return %0 : tensor<2x2xi32>
}

// -----

// CHECK-LABEL: func @identity_transpose_folds
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NEXT: return %[[X]]
func.func @identity_transpose_folds(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.transpose %x {permutation = array<i64: 0, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Two transposes that undo each other (NCHW -> NHWC -> NCHW) disappear.
// CHECK-LABEL: func @transpose_pair_cancels
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x4x5xf32>)
// CHECK-NEXT: return %[[X]]
func.func @transpose_pair_cancels(%x: tensor<1x3x4x5xf32>) -> tensor<1x3x4x5xf32> {
  %0 = webnn.transpose %x {permutation = array<i64: 0, 2, 3, 1>} : (tensor<1x3x4x5xf32>) -> tensor<1x4x5x3xf32>
  %1 = webnn.transpose %0 {permutation = array<i64: 0, 3, 1, 2>} : (tensor<1x4x5x3xf32>) -> tensor<1x3x4x5xf32>
  return %1 : tensor<1x3x4x5xf32>
}

// -----

// Two transposes compose into one: out[i] = x[p1[p2[i]]].
// CHECK-LABEL: func @transpose_of_transpose
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK-NEXT: %[[T:.*]] = webnn.transpose %[[X]] {permutation = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
// CHECK-NEXT: return %[[T]]
func.func @transpose_of_transpose(%x: tensor<2x3x4xf32>) -> tensor<4x2x3xf32> {
  %0 = webnn.transpose %x {permutation = array<i64: 1, 0, 2>} : (tensor<2x3x4xf32>) -> tensor<3x2x4xf32>
  %1 = webnn.transpose %0 {permutation = array<i64: 2, 1, 0>} : (tensor<3x2x4xf32>) -> tensor<4x2x3xf32>
  return %1 : tensor<4x2x3xf32>
}

// -----

// A transpose without a permutation reverses the dimensions: twice is a no-op.
// CHECK-LABEL: func @default_transpose_twice
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK-NEXT: return %[[X]]
func.func @default_transpose_twice(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.transpose %x : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
  %1 = webnn.transpose %0 : (tensor<4x3x2xf32>) -> tensor<2x3x4xf32>
  return %1 : tensor<2x3x4xf32>
}

// -----

// CHECK-LABEL: func @splat_transpose
// CHECK-NEXT: %[[C:.*]] = webnn.constant dense<2.500000e+00> : tensor<3x2xf32>
// CHECK-NEXT: return %[[C]]
func.func @splat_transpose() -> tensor<3x2xf32> {
  %c = webnn.constant dense<2.5> : tensor<2x3xf32>
  %0 = webnn.transpose %c : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

// CHECK-LABEL: func @constant_arithmetic_f32
// CHECK-NEXT: %[[C:.*]] = webnn.constant dense<[1.500000e+00, 5.000000e-01]> : tensor<2xf32>
// CHECK-NEXT: return %[[C]]
func.func @constant_arithmetic_f32() -> tensor<2xf32> {
  %a = webnn.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %b = webnn.constant dense<[4.0, 0.5]> : tensor<2xf32>
  %two = webnn.constant dense<2.0> : tensor<2xf32>
  // ((a * b + a) - 2) / 2 = [(4 + 1 - 2) / 2, (1 + 2 - 2) / 2]
  %0 = webnn.mul %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %1 = webnn.add %0, %a : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %2 = webnn.sub %1, %two : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %3 = webnn.div %2, %two : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %3 : tensor<2xf32>
}

// -----

// Signed and unsigned division differ: ui8 250 / 2 is 125, i8 -6 / 2 is -3.
// CHECK-LABEL: func @constant_division_signedness
// CHECK-DAG: webnn.constant dense<125> : tensor<2xui8>
// CHECK-DAG: webnn.constant dense<-3> : tensor<2xi8>
func.func @constant_division_signedness() -> (tensor<2xui8>, tensor<2xi8>) {
  %u = webnn.constant dense<250> : tensor<2xui8>
  %s = webnn.constant dense<-6> : tensor<2xi8>
  %u2 = webnn.constant dense<2> : tensor<2xui8>
  %s2 = webnn.constant dense<2> : tensor<2xi8>
  %0 = webnn.div %u, %u2 : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
  %1 = webnn.div %s, %s2 : (tensor<2xi8>, tensor<2xi8>) -> tensor<2xi8>
  return %0, %1 : tensor<2xui8>, tensor<2xi8>
}

// -----

// Integer division by zero has no value: it is left for the runtime.
// CHECK-LABEL: func @integer_division_by_zero_not_folded
// CHECK: webnn.div
func.func @integer_division_by_zero_not_folded() -> tensor<2xi32> {
  %a = webnn.constant dense<[1, 2]> : tensor<2xi32>
  %z = webnn.constant dense<0> : tensor<2xi32>
  %0 = webnn.div %a, %z : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// x * 1, 1 * x, x - 0, x / 1 and x + (-0.0) are x.
// CHECK-LABEL: func @neutral_elements
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NOT: webnn.mul
// CHECK-NOT: webnn.sub
// CHECK-NOT: webnn.div
// CHECK-NOT: webnn.add
// CHECK: return %[[X]], %[[X]], %[[X]], %[[X]], %[[X]]
func.func @neutral_elements(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %one = webnn.constant dense<1.0> : tensor<3xf32>
  %zero = webnn.constant dense<0.0> : tensor<f32>
  %negzero = webnn.constant dense<-0.0> : tensor<2x3xf32>
  %0 = webnn.mul %x, %one : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %1 = webnn.mul %one, %x : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = webnn.sub %x, %zero : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %3 = webnn.div %x, %one : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %4 = webnn.add %x, %negzero : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// Float x + (+0.0) is not x: -0.0 + 0.0 is +0.0. Integer x + 0 is x.
// CHECK-LABEL: func @add_positive_zero
// CHECK-SAME: (%[[X:.*]]: tensor<2xf32>, %[[I:.*]]: tensor<2xi32>)
// CHECK: %[[SUM:.*]] = webnn.add %[[X]]
// CHECK: return %[[SUM]], %[[I]]
func.func @add_positive_zero(%x: tensor<2xf32>, %i: tensor<2xi32>) -> (tensor<2xf32>, tensor<2xi32>) {
  %zero = webnn.constant dense<0.0> : tensor<2xf32>
  %izero = webnn.constant dense<0> : tensor<2xi32>
  %0 = webnn.add %x, %zero : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %1 = webnn.add %izero, %i : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  return %0, %1 : tensor<2xf32>, tensor<2xi32>
}

// -----

// A neutral operand that broadcasts x to a larger shape does not fold away.
// CHECK-LABEL: func @broadcasting_neutral_element_kept
// CHECK: webnn.mul
func.func @broadcasting_neutral_element_kept(%x: tensor<3xf32>) -> tensor<2x3xf32> {
  %one = webnn.constant dense<1.0> : tensor<2x3xf32>
  %0 = webnn.mul %x, %one : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Non-constant arithmetic and ops without folds are left alone.
// CHECK-LABEL: func @no_folds
// CHECK: webnn.add
// CHECK: webnn.relu
// CHECK: webnn.conv2d
func.func @no_folds(%x: tensor<1x1x3x3xf32>, %w: tensor<1x1x1x1xf32>) -> tensor<1x1x3x3xf32> {
  %0 = webnn.add %x, %x : (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  %1 = webnn.relu %0 : (tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  %2 = webnn.conv2d %1, %w : (tensor<1x1x3x3xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x3x3xf32>
  return %2 : tensor<1x1x3x3xf32>
}
