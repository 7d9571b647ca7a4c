// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file | FileCheck %s

// CHECK-LABEL: func @matmul_2d
// CHECK: %[[ZERO:.*]] = linalg.fill
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<8x5xf32>) outs(%[[ZERO]] : tensor<4x5xf32>)
func.func @matmul_2d(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>) -> tensor<4x5xf32> {
  %0 = webnn.matmul %a, %b : (tensor<4x8xf32>, tensor<8x5xf32>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

// -----

// Batch dimensions broadcast ([2, 1] and [3] to [2, 3]) and collapse into
// one batch of 6 for linalg.batch_matmul.
// CHECK-LABEL: func @matmul_batch_broadcast
// CHECK: linalg.generic {{.*}} ins(%{{.*}} : tensor<2x1x4x8xf32>) outs(%{{.*}} : tensor<2x3x4x8xf32>)
// CHECK: tensor.expand_shape {{.*}} into tensor<6x4x8xf32>
// CHECK: linalg.generic {{.*}} ins(%{{.*}} : tensor<3x8x5xf32>) outs(%{{.*}} : tensor<2x3x8x5xf32>)
// CHECK: tensor.expand_shape {{.*}} into tensor<6x8x5xf32>
// CHECK: linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<6x4x8xf32>, tensor<6x8x5xf32>) outs(%{{.*}} : tensor<6x4x5xf32>)
// CHECK: tensor.expand_shape {{.*}} into tensor<2x3x4x5xf32>
func.func @matmul_batch_broadcast(%a: tensor<2x1x4x8xf32>, %b: tensor<3x8x5xf32>) -> tensor<2x3x4x5xf32> {
  %0 = webnn.matmul %a, %b : (tensor<2x1x4x8xf32>, tensor<3x8x5xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// -----

// gemm: transposes, a matmul, and one epilogue alpha * AB + beta * c with c
// broadcast along the rows. (The CPU pipeline fuses them only for a kept
// gemm composite, which marks the matmul: Composites.cpp.)
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func @gemm
// CHECK-SAME: (%[[A:.*]]: tensor<4x3xf32>, %[[B:.*]]: tensor<5x4xf32>, %[[C:.*]]: tensor<5xf32>)
// CHECK: %[[AT:.*]] = linalg.transpose ins(%[[A]] : tensor<4x3xf32>) outs(%{{.*}} : tensor<3x4xf32>) permutation = [1, 0]
// CHECK: %[[BT:.*]] = linalg.transpose ins(%[[B]] : tensor<5x4xf32>) outs(%{{.*}} : tensor<4x5xf32>) permutation = [1, 0]
// CHECK: %[[AB:.*]] = linalg.matmul ins(%[[AT]], %[[BT]]
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ID]]]{{.*}} ins(%[[AB]], %[[C]]
// CHECK: %[[ALPHA:.*]] = arith.constant 2.000000e+00 : f32
// CHECK: arith.mulf %[[ALPHA]]
// CHECK: %[[BETA:.*]] = arith.constant 5.000000e-01 : f32
// CHECK: arith.mulf %[[BETA]]
// CHECK: arith.addf
func.func @gemm(%a: tensor<4x3xf32>, %b: tensor<5x4xf32>, %c: tensor<5xf32>) -> tensor<3x5xf32> {
  %0 = webnn.gemm %a, %b, %c {a_transpose = true, b_transpose = true, alpha = 2.0 : f64, beta = 0.5 : f64} : (tensor<4x3xf32>, tensor<5x4xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// Without c and with alpha = 1, gemm is just the matmul.
// CHECK-LABEL: func @gemm_plain
// CHECK: %[[AB:.*]] = linalg.matmul ins
// CHECK-NOT: linalg.generic
// CHECK: return %[[AB]]
func.func @gemm_plain(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  %0 = webnn.gemm %a, %b : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}
