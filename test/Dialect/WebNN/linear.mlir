// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of matmul and gemm: each function is parsed, printed, and
// parsed again, once through the custom assembly form and once through the
// generic form. A few functions are written in the generic form to check that
// it parses too. Default-valued options are elided from the custom form.

// CHECK-LABEL: func @matmul_2d(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<4x8xf32>, %[[B:[^:]+]]: tensor<8x5xf32>)
// CHECK:         %[[R:.*]] = webnn.matmul %[[A]], %[[B]] : (tensor<4x8xf32>, tensor<8x5xf32>) -> tensor<4x5xf32>
// CHECK:         return %[[R]] : tensor<4x5xf32>
func.func @matmul_2d(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>) -> tensor<4x5xf32> {
  %0 = webnn.matmul %a, %b : (tensor<4x8xf32>, tensor<8x5xf32>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

// Batch dimensions [2, 1] and [3] broadcast to [2, 3].
// CHECK-LABEL: func @matmul_batch_broadcast(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x1x4x8xf32>, %[[B:[^:]+]]: tensor<3x8x5xf32>)
// CHECK:         %[[R:.*]] = webnn.matmul %[[A]], %[[B]] : (tensor<2x1x4x8xf32>, tensor<3x8x5xf32>) -> tensor<2x3x4x5xf32>
// CHECK:         return %[[R]] : tensor<2x3x4x5xf32>
func.func @matmul_batch_broadcast(%a: tensor<2x1x4x8xf32>, %b: tensor<3x8x5xf32>) -> tensor<2x3x4x5xf32> {
  %0 = webnn.matmul %a, %b : (tensor<2x1x4x8xf32>, tensor<3x8x5xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// A 2-D operand broadcasts against the other's batch.
// CHECK-LABEL: func @matmul_rank2_rhs_f16(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<6x4x8xf16>, %[[B:[^:]+]]: tensor<8x2xf16>)
// CHECK:         %[[R:.*]] = webnn.matmul %[[A]], %[[B]] : (tensor<6x4x8xf16>, tensor<8x2xf16>) -> tensor<6x4x2xf16>
// CHECK:         return %[[R]] : tensor<6x4x2xf16>
func.func @matmul_rank2_rhs_f16(%a: tensor<6x4x8xf16>, %b: tensor<8x2xf16>) -> tensor<6x4x2xf16> {
  %0 = webnn.matmul %a, %b : (tensor<6x4x8xf16>, tensor<8x2xf16>) -> tensor<6x4x2xf16>
  return %0 : tensor<6x4x2xf16>
}

// CHECK-LABEL: func @gemm_plain(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x4xf32>, %[[B:[^:]+]]: tensor<4x3xf32>)
// CHECK:         %[[R:.*]] = webnn.gemm %[[A]], %[[B]] : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @gemm_plain(%a: tensor<2x4xf32>, %b: tensor<4x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.gemm %a, %b : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// The fully connected layer of a classifier: b is [N, K].
// CHECK-LABEL: func @gemm_b_transpose_bias(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<1x1024xf32>, %[[B:[^:]+]]: tensor<1000x1024xf32>, %[[C:[^:]+]]: tensor<1000xf32>)
// CHECK:         %[[R:.*]] = webnn.gemm %[[A]], %[[B]], %[[C]] {b_transpose = true} : (tensor<1x1024xf32>, tensor<1000x1024xf32>, tensor<1000xf32>) -> tensor<1x1000xf32>
// CHECK:         return %[[R]] : tensor<1x1000xf32>
func.func @gemm_b_transpose_bias(%a: tensor<1x1024xf32>, %b: tensor<1000x1024xf32>, %c: tensor<1000xf32>) -> tensor<1x1000xf32> {
  %0 = webnn.gemm %a, %b, %c {b_transpose = true} : (tensor<1x1024xf32>, tensor<1000x1024xf32>, tensor<1000xf32>) -> tensor<1x1000xf32>
  return %0 : tensor<1x1000xf32>
}

// a is [K, M] = [4, 2]; c is a scalar.
// CHECK-LABEL: func @gemm_a_transpose_alpha_beta(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<4x2xf32>, %[[B:[^:]+]]: tensor<4x3xf32>, %[[C:[^:]+]]: tensor<f32>)
// CHECK:         %[[R:.*]] = webnn.gemm %[[A]], %[[B]], %[[C]] {a_transpose = true, alpha = 2.500000e-01 : f64, beta = 5.000000e-01 : f64} : (tensor<4x2xf32>, tensor<4x3xf32>, tensor<f32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @gemm_a_transpose_alpha_beta(%a: tensor<4x2xf32>, %b: tensor<4x3xf32>, %c: tensor<f32>) -> tensor<2x3xf32> {
  %0 = webnn.gemm %a, %b, %c {alpha = 0.25 : f64, beta = 0.5 : f64, a_transpose = true} : (tensor<4x2xf32>, tensor<4x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// Both transposed: a is [K, M] = [5, 3], b is [N, K] = [2, 5]; c is [M, 1].
// CHECK-LABEL: func @gemm_both_transposed_f16(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<5x3xf16>, %[[B:[^:]+]]: tensor<2x5xf16>, %[[C:[^:]+]]: tensor<3x1xf16>)
// CHECK:         %[[R:.*]] = webnn.gemm %[[A]], %[[B]], %[[C]] {a_transpose = true, b_transpose = true} : (tensor<5x3xf16>, tensor<2x5xf16>, tensor<3x1xf16>) -> tensor<3x2xf16>
// CHECK:         return %[[R]] : tensor<3x2xf16>
func.func @gemm_both_transposed_f16(%a: tensor<5x3xf16>, %b: tensor<2x5xf16>, %c: tensor<3x1xf16>) -> tensor<3x2xf16> {
  %0 = webnn.gemm %a, %b, %c {a_transpose = true, b_transpose = true} : (tensor<5x3xf16>, tensor<2x5xf16>, tensor<3x1xf16>) -> tensor<3x2xf16>
  return %0 : tensor<3x2xf16>
}

// Options equal to their defaults are elided when printed.
// CHECK-LABEL: func @gemm_explicit_defaults(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x4xf32>, %[[B:[^:]+]]: tensor<4x3xf32>, %[[C:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.gemm %[[A]], %[[B]], %[[C]] : (tensor<2x4xf32>, tensor<4x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @gemm_explicit_defaults(%a: tensor<2x4xf32>, %b: tensor<4x3xf32>, %c: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.gemm %a, %b, %c {alpha = 1.0 : f64, beta = 1.0 : f64, a_transpose = false, b_transpose = false} : (tensor<2x4xf32>, tensor<4x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @gemm_generic(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x4xf32>, %[[B:[^:]+]]: tensor<3x4xf32>, %[[C:[^:]+]]: tensor<3xf32>)
// CHECK:         %[[R:.*]] = webnn.gemm %[[A]], %[[B]], %[[C]] {b_transpose = true, beta = 0.000000e+00 : f64} : (tensor<2x4xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @gemm_generic(%a: tensor<2x4xf32>, %b: tensor<3x4xf32>, %c: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = "webnn.gemm"(%a, %b, %c) <{b_transpose = true, beta = 0.0 : f64}> : (tensor<2x4xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
