// RUN: webnn-opt --webnn-guard-integer-division --split-input-file %s | FileCheck %s

// A signed division by a variable divides by 1 where the divisor is 0 or
// the pair is INT_MIN / -1, and gives 0 where the divisor is 0.
// CHECK-LABEL: func.func @signed_division
// CHECK-SAME:    (%[[X:.*]]: i32, %[[D:.*]]: i32)
// CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK-DAG:     %[[ONE:.*]] = arith.constant 1 : i32
// CHECK-DAG:     %[[MIN:.*]] = arith.constant -2147483648 : i32
// CHECK-DAG:     %[[MINUS_ONE:.*]] = arith.constant -1 : i32
// CHECK:         %[[IS_ZERO:.*]] = arith.cmpi eq, %[[D]], %[[ZERO]]
// CHECK:         %[[IS_MIN:.*]] = arith.cmpi eq, %[[X]], %[[MIN]]
// CHECK:         %[[IS_MINUS_ONE:.*]] = arith.cmpi eq, %[[D]], %[[MINUS_ONE]]
// CHECK:         %[[OVERFLOW:.*]] = arith.andi %[[IS_MIN]], %[[IS_MINUS_ONE]]
// CHECK:         %[[UNSAFE:.*]] = arith.ori %[[IS_ZERO]], %[[OVERFLOW]]
// CHECK:         %[[SAFE:.*]] = arith.select %[[UNSAFE]], %[[ONE]], %[[D]]
// CHECK:         %[[Q:.*]] = arith.divsi %[[X]], %[[SAFE]]
// CHECK:         %[[R:.*]] = arith.select %[[IS_ZERO]], %[[ZERO]], %[[Q]]
// CHECK:         return %[[R]]
func.func @signed_division(%x: i32, %d: i32) -> i32 {
  %q = arith.divsi %x, %d : i32
  return %q : i32
}

// -----

// Unsigned ops and remainders too; unsigned division cannot overflow.
// CHECK-LABEL: func.func @unsigned_and_remainders
// CHECK-SAME:    (%[[X:.*]]: i8, %[[D:.*]]: i8)
// CHECK:         %[[SAFE:.*]] = arith.select %{{.*}}, %{{.*}}, %[[D]] : i8
// CHECK-NEXT:    arith.divui %[[X]], %[[SAFE]]
// CHECK:         arith.remsi %[[X]], %{{.*}} : i8
// CHECK:         arith.remui %[[X]], %{{.*}} : i8
// CHECK-NOT:     arith.divui %[[X]], %[[D]]
// CHECK-NOT:     arith.remsi %[[X]], %[[D]]
// CHECK-NOT:     arith.remui %[[X]], %[[D]]
func.func @unsigned_and_remainders(%x: i8, %d: i8) -> (i8, i8, i8) {
  %q = arith.divui %x, %d : i8
  %r = arith.remsi %x, %d : i8
  %u = arith.remui %x, %d : i8
  return %q, %r, %u : i8, i8, i8
}

// -----

// Vectors get splat constants.
// CHECK-LABEL: func.func @vector
// CHECK:         arith.constant dense<0> : vector<4xi64>
// CHECK:         arith.divsi %{{.*}}, %{{.*}} : vector<4xi64>
// CHECK:         arith.select %{{.*}}, %{{.*}}, %{{.*}} : vector<4xi1>, vector<4xi64>
func.func @vector(%x: vector<4xi64>, %d: vector<4xi64>) -> vector<4xi64> {
  %q = arith.divsi %x, %d : vector<4xi64>
  return %q : vector<4xi64>
}

// -----

// Left alone: constant divisors that cannot trap, index arithmetic, floats.
// A constant -1 can still overflow a signed division, and 0 always traps.
// CHECK-LABEL: func.func @left_alone
// CHECK-NEXT:    %[[C3:.*]] = arith.constant 3 : i32
// CHECK-NEXT:    %[[C5:.*]] = arith.constant 5 : index
// CHECK-NEXT:    %[[CM1:.*]] = arith.constant -1 : i32
// CHECK-NEXT:    arith.divsi %{{.*}}, %[[C3]] : i32
// CHECK-NEXT:    arith.remui %{{.*}}, %[[CM1]] : i32
// CHECK-NEXT:    arith.divsi %{{.*}}, %{{.*}} : index
// CHECK-NEXT:    arith.divui %{{.*}}, %[[C5]] : index
// CHECK-NEXT:    arith.divf
// CHECK:         arith.select
// CHECK-NEXT:    arith.divsi %{{.*}}, %{{.*}} : i32
// CHECK-NEXT:    arith.select
// CHECK-NEXT:    return
func.func @left_alone(%x: i32, %i: index, %j: index, %f: f32) -> (i32, i32, index, index, f32, i32) {
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : index
  %cm1 = arith.constant -1 : i32
  %a = arith.divsi %x, %c3 : i32
  %b = arith.remui %x, %cm1 : i32
  %c = arith.divsi %i, %j : index
  %d = arith.divui %i, %c5 : index
  %e = arith.divf %f, %f : f32
  %g = arith.divsi %x, %cm1 : i32
  return %a, %b, %c, %d, %e, %g : i32, i32, index, index, f32, i32
}
