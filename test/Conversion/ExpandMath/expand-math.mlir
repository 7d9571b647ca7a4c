// RUN: webnn-opt %s -webnn-expand-math | FileCheck %s
// RUN: webnn-opt %s -webnn-expand-math | FileCheck %s --check-prefix=GONE
// RUN: webnn-opt %s --pass-pipeline="builtin.module(func.func(webnn-expand-math))" | FileCheck %s

// webnn-expand-math: math.erf and math.erfc, which have no lowering to LLVM,
// become MLIR's polynomial approximations in arith and math ops that do
// (math.fma, math.absf, math.exp), on scalars and vectors; a float16 one is
// computed in float32 and rounded once. Every other op is left alone.

// No math.erf or math.erfc is left anywhere.
// GONE-NOT: math.erf

// erf is a rational function of |x| on [0, 3.75) (1 beyond), with the sign
// of x put back at the end.
// CHECK-LABEL: func @erf_f32(
// CHECK-SAME:    %[[X:[^:]+]]: f32) -> f32
// CHECK:         %[[NEG:.*]] = arith.cmpf olt, %[[X]], %{{.*}} : f32
// CHECK:         %[[MINUS_X:.*]] = arith.negf %[[X]] : f32
// CHECK:         %[[ABS:.*]] = arith.select %[[NEG]], %[[MINUS_X]], %[[X]] : f32
// CHECK:         math.fma %[[ABS]], %{{.*}}, %{{.*}} : f32
// CHECK:         arith.divf %{{.*}}, %{{.*}} : f32
// CHECK:         %[[R:.*]] = arith.select %[[NEG]], %{{.*}}, %{{.*}} : f32
// CHECK-NEXT:    return %[[R]] : f32
func.func @erf_f32(%x: f32) -> f32 {
  %0 = math.erf %x : f32
  return %0 : f32
}

// The same on a vector, with vector constants.
// CHECK-LABEL: func @erf_vector(
// CHECK-SAME:    %[[X:[^:]+]]: vector<8xf32>) -> vector<8xf32>
// CHECK:         arith.constant dense<{{.*}}> : vector<8xf32>
// CHECK:         %[[NEG:.*]] = arith.cmpf olt, %[[X]], %{{.*}} : vector<8xf32>
// CHECK:         math.fma %{{.*}}, %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK:         arith.divf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK:         %[[R:.*]] = arith.select %[[NEG]], %{{.*}}, %{{.*}} : vector<8xi1>, vector<8xf32>
// CHECK-NEXT:    return %[[R]] : vector<8xf32>
func.func @erf_vector(%x: vector<8xf32>) -> vector<8xf32> {
  %0 = math.erf %x : vector<8xf32>
  return %0 : vector<8xf32>
}

// float16: extended to float32, computed there, truncated once.
// CHECK-LABEL: func @erf_f16(
// CHECK-SAME:    %[[X:[^:]+]]: f16) -> f16
// CHECK:         %[[WIDE:.*]] = arith.extf %[[X]] : f16 to f32
// CHECK-NOT:     f16
// CHECK:         arith.cmpf olt, %[[WIDE]], %{{.*}} : f32
// CHECK-NOT:     f16
// CHECK:         math.fma %{{.*}}, %{{.*}}, %{{.*}} : f32
// CHECK-NOT:     f16
// CHECK:         %[[R:.*]] = arith.truncf %{{.*}} : f32 to f16
// CHECK-NEXT:    return %[[R]] : f16
func.func @erf_f16(%x: f16) -> f16 {
  %0 = math.erf %x : f16
  return %0 : f16
}

// erfc uses math.exp (of -x^2), which lowers to an LLVM intrinsic; 2 - erfc(|x|)
// for negative x.
// CHECK-LABEL: func @erfc_f32(
// CHECK-SAME:    %[[X:[^:]+]]: f32) -> f32
// CHECK:         %[[ABS:.*]] = math.absf %[[X]] : f32
// CHECK:         %[[SQUARE:.*]] = arith.mulf %[[ABS]], %[[ABS]] : f32
// CHECK:         %[[MINUS_SQUARE:.*]] = arith.negf %[[SQUARE]] : f32
// CHECK:         math.exp %[[MINUS_SQUARE]] : f32
// CHECK:         %[[NEG:.*]] = arith.cmpf olt, %[[X]], %{{.*}} : f32
// CHECK:         %[[R:.*]] = arith.select %[[NEG]], %{{.*}}, %{{.*}} : f32
// CHECK-NEXT:    return %[[R]] : f32
func.func @erfc_f32(%x: f32) -> f32 {
  %0 = math.erfc %x : f32
  return %0 : f32
}

// CHECK-LABEL: func @erfc_vector_f16(
// CHECK-SAME:    %[[X:[^:]+]]: vector<4xf16>) -> vector<4xf16>
// CHECK:         %[[WIDE:.*]] = arith.extf %[[X]] : vector<4xf16> to vector<4xf32>
// CHECK-NOT:     f16
// CHECK:         math.absf %[[WIDE]] : vector<4xf32>
// CHECK-NOT:     f16
// CHECK:         math.exp %{{.*}} : vector<4xf32>
// CHECK-NOT:     f16
// CHECK:         %[[R:.*]] = arith.truncf %{{.*}} : vector<4xf32> to vector<4xf16>
// CHECK-NEXT:    return %[[R]] : vector<4xf16>
func.func @erfc_vector_f16(%x: vector<4xf16>) -> vector<4xf16> {
  %0 = math.erfc %x : vector<4xf16>
  return %0 : vector<4xf16>
}

// Where convert-webnn-to-linalg puts them: in a linalg.generic body (gelu's
// erfc here).
// CHECK-LABEL: func @erfc_in_generic_body(
// CHECK:         linalg.generic
// CHECK:         ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK:         math.absf %[[IN]] : f32
// CHECK:         math.exp
// CHECK:         %[[NEG:.*]] = arith.cmpf olt, %[[IN]], %{{.*}} : f32
// CHECK:         %[[R:.*]] = arith.select %[[NEG]], %{{.*}}, %{{.*}} : f32
// CHECK-NEXT:    linalg.yield %[[R]] : f32
func.func @erfc_in_generic_body(%x: tensor<4xf32>) -> tensor<4xf32> {
  %init = tensor.empty() : tensor<4xf32>
  %0 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%x : tensor<4xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %e = math.erfc %in : f32
    linalg.yield %e : f32
  } -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// The other math ops are left as they are, float16 ones included (no
// extension to float32).
// CHECK-LABEL: func @other_math_untouched(
// CHECK-SAME:    %[[X:[^:]+]]: f32, %[[V:[^:]+]]: vector<8xf32>, %[[H:[^:]+]]: f16)
// CHECK-NEXT:    %[[EXP:.*]] = math.exp %[[X]] : f32
// CHECK-NEXT:    %[[TANH:.*]] = math.tanh %[[X]] : f32
// CHECK-NEXT:    %[[SIN:.*]] = math.sin %[[X]] : f32
// CHECK-NEXT:    %[[TANHV:.*]] = math.tanh %[[V]] : vector<8xf32>
// CHECK-NEXT:    %[[EXPH:.*]] = math.exp %[[H]] : f16
// CHECK-NEXT:    return %[[EXP]], %[[TANH]], %[[SIN]], %[[TANHV]], %[[EXPH]] : f32, f32, f32, vector<8xf32>, f16
func.func @other_math_untouched(%x: f32, %v: vector<8xf32>, %h: f16) -> (f32, f32, f32, vector<8xf32>, f16) {
  %0 = math.exp %x : f32
  %1 = math.tanh %x : f32
  %2 = math.sin %x : f32
  %3 = math.tanh %v : vector<8xf32>
  %4 = math.exp %h : f16
  return %0, %1, %2, %3, %4 : f32, f32, f32, vector<8xf32>, f16
}
