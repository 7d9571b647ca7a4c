// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file | FileCheck %s

// softmax and the normalizations (batch, instance, layer) are lowered
// through their webnn-decompose rewrites
// (test/Dialect/WebNN/Transforms/decompose.mlir).

// softmax: max-reduce, exp(x - max), sum-reduce, divide. The reductions
// over the whole axis are linalg.reduce, reshaped to keep the axis (size 1)
// that broadcasts back against the input.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROWS:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-LABEL: func @softmax
// CHECK: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: %[[MAXINIT:.*]] = linalg.fill ins(%[[NEGINF]] : f32) outs(%{{.*}} : tensor<2xf32>)
// CHECK: %[[MAX:.*]] = linalg.reduce { arith.maximumf } ins(%{{.*}} : tensor<2x5xf32>) outs(%[[MAXINIT]] : tensor<2xf32>) dimensions = [1]
// CHECK: %[[MAX2:.*]] = tensor.expand_shape %[[MAX]] {{\[}}[0, 1]] output_shape [2, 1]
// CHECK: %[[EXP:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROWS]], #[[ID]]]{{.*}} ins(%{{.*}}, %[[MAX2]]
// CHECK: arith.subf
// CHECK: math.exp
// CHECK: %[[SUM:.*]] = linalg.reduce { arith.addf } ins(%[[EXP]] : tensor<2x5xf32>) {{.*}} dimensions = [1]
// CHECK: %[[SUM2:.*]] = tensor.expand_shape %[[SUM]]
// CHECK: linalg.generic {{.*}} ins(%[[EXP]], %[[SUM2]]
// CHECK: arith.divf
func.func @softmax(%x: tensor<2x5xf32>) -> tensor<2x5xf32> {
  %0 = webnn.softmax %x {axis = 1 : i32} : (tensor<2x5xf32>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}

// -----

// batchNormalization: a per-channel factor scale / sqrt(variance + epsilon)
// (the square root and division once per channel), then one generic over
// the input reading the parameters, reshaped to [C, 1, 1], along the axis.
// CHECK-DAG: #[[V:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[C:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
// CHECK-LABEL: func @batch_normalization
// CHECK-SAME: (%[[XT:.*]]: tensor<1x3x2x2xf32>, %[[MT:.*]]: tensor<3xf32>, %[[VT:.*]]: tensor<3xf32>, %[[ST:.*]]: tensor<3xf32>, %[[BT:.*]]: tensor<3xf32>)
// CHECK: %[[FACTOR:.*]] = linalg.generic {indexing_maps = [#[[V]], #[[V]], #[[V]]], iterator_types = ["parallel"]} ins(%[[VT]], %[[ST]] : tensor<3xf32>, tensor<3xf32>)
// CHECK: ^bb0(%[[VAR:.*]]: f32, %[[SCALE:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[EPS:.*]] = arith.constant 1.000000e-03 : f32
// CHECK: %[[VAREPS:.*]] = arith.addf %[[VAR]], %[[EPS]]
// CHECK: %[[STD:.*]] = math.sqrt %[[VAREPS]]
// CHECK: arith.divf %[[SCALE]], %[[STD]]
// CHECK: %[[M3:.*]] = tensor.expand_shape %[[MT]] {{\[}}[0, 1, 2]] output_shape [3, 1, 1]
// CHECK: %[[F3:.*]] = tensor.expand_shape %[[FACTOR]]
// CHECK: %[[B3:.*]] = tensor.expand_shape %[[BT]]
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[C]], #[[C]], #[[C]], #[[ID]]], {{.*}} ins(%[[XT]], %[[M3]], %[[F3]], %[[B3]] :
// CHECK: ^bb0(%[[X:.*]]: f32, %[[MEAN:.*]]: f32, %[[F:.*]]: f32, %[[BIAS:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[CENTERED:.*]] = arith.subf %[[X]], %[[MEAN]]
// CHECK: %[[SCALED:.*]] = arith.mulf %[[CENTERED]], %[[F]]
// CHECK: arith.addf %[[SCALED]], %[[BIAS]]
func.func @batch_normalization(%x: tensor<1x3x2x2xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<1x3x2x2xf32> {
  %0 = webnn.batch_normalization %x, %m, %v scale(%s) bias(%b) {epsilon = 1.0e-3 : f64} : (tensor<1x3x2x2xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<1x3x2x2xf32>
  return %0 : tensor<1x3x2x2xf32>
}

// -----

// Without scale and bias, on the last axis.
// CHECK-DAG: #[[LAST:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func @batch_normalization_plain
// CHECK: arith.constant 1.000000e+00 : f32
// CHECK: arith.divf
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[LAST]], #[[LAST]], #{{.*}}]
// CHECK: arith.subf
// CHECK: arith.mulf
// CHECK-NOT: arith.addf
// CHECK: linalg.yield
func.func @batch_normalization_plain(%x: tensor<4x3xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) -> tensor<4x3xf32> {
  %0 = webnn.batch_normalization %x, %m, %v {axis = 1 : i32} : (tensor<4x3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// layerNormalization over the unsorted axes [2, 1]: scale and bias ([4, 3],
// in the order of the axes) are transposed and reshaped to [1, 3, 4]. The
// sums over the axes are linalg.generic reductions (two reduced dimensions,
// so not linalg.reduce), the rest element-wise linalg.generic ops; the
// statistics are reshaped to [2, 1, 1] to broadcast back. No webnn op is
// left.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[BATCH:.*]] = affine_map<(d0, d1, d2) -> (d0)>
// CHECK-DAG: #[[V:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[STAT:.*]] = affine_map<(d0, d1, d2) -> (d0, 0, 0)>
// CHECK-DAG: #[[PARAM:.*]] = affine_map<(d0, d1, d2) -> (0, d1, d2)>
// CHECK-LABEL: func @layer_normalization
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>, %[[S:.*]]: tensor<4x3xf32>, %[[B:.*]]: tensor<4x3xf32>)
// CHECK-NOT: webnn.
// CHECK: %[[ST:.*]] = linalg.transpose ins(%[[S]] : tensor<4x3xf32>) {{.*}} permutation = [1, 0]
// CHECK: %[[SR:.*]] = tensor.expand_shape %{{.*}} output_shape [1, 3, 4] : {{.*}} into tensor<1x3x4xf32>
// CHECK: %[[BT:.*]] = linalg.transpose ins(%[[B]] : tensor<4x3xf32>) {{.*}} permutation = [1, 0]
// CHECK: %[[BR:.*]] = tensor.expand_shape %{{.*}} output_shape [1, 3, 4] : {{.*}} into tensor<1x3x4xf32>
// CHECK: %[[ZERO:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<2xf32>)
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[BATCH]]], iterator_types = ["parallel", "reduction", "reduction"]} ins(%[[X]] : tensor<2x3x4xf32>) outs(%[[ZERO]] : tensor<2xf32>)
// CHECK:   arith.addf
// CHECK: %[[MEAN:.*]] = linalg.generic {indexing_maps = [#[[V]], #[[V]]], iterator_types = ["parallel"]} ins(%[[SUM]] : tensor<2xf32>)
// CHECK:   %[[N:.*]] = arith.constant 1.200000e+01 : f32
// CHECK:   arith.divf %{{.*}}, %[[N]] : f32
// CHECK: %[[MEANK:.*]] = tensor.expand_shape %[[MEAN]] {{.*}} output_shape [2, 1, 1]
// CHECK: %[[SQ:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[STAT]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel"]} ins(%[[X]], %[[MEANK]] :
// CHECK:   %[[DIST:.*]] = arith.subf
// CHECK:   arith.mulf %[[DIST]], %[[DIST]] : f32
// CHECK: %[[ZERO2:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<2xf32>)
// CHECK: %[[SQSUM:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[BATCH]]], iterator_types = ["parallel", "reduction", "reduction"]} ins(%[[SQ]] : tensor<2x3x4xf32>) outs(%[[ZERO2]] : tensor<2xf32>)
// CHECK:   arith.addf
// CHECK: %[[DEV:.*]] = linalg.generic {indexing_maps = [#[[V]], #[[V]]], iterator_types = ["parallel"]} ins(%[[SQSUM]] : tensor<2xf32>)
// CHECK:   %[[VAR:.*]] = arith.divf
// CHECK:   %[[EPS:.*]] = arith.constant 1.000000e-03 : f32
// CHECK:   %[[VAREPS:.*]] = arith.addf %[[VAR]], %[[EPS]] : f32
// CHECK:   math.sqrt %[[VAREPS]] : f32
// CHECK: %[[DEVK:.*]] = tensor.expand_shape %[[DEV]] {{.*}} output_shape [2, 1, 1]
// CHECK: %[[Y:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[STAT]], #[[STAT]], #[[PARAM]], #[[PARAM]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel"]} ins(%[[X]], %[[MEANK]], %[[DEVK]], %[[SR]], %[[BR]] :
// CHECK: ^bb0(%[[XV:.*]]: f32, %[[MV:.*]]: f32, %[[DV:.*]]: f32, %[[SV:.*]]: f32, %[[BV:.*]]: f32, %{{.*}}: f32):
// CHECK:   %[[CENTERED:.*]] = arith.subf %[[XV]], %[[MV]] : f32
// CHECK:   %[[NORM:.*]] = arith.divf %[[CENTERED]], %[[DV]] : f32
// CHECK:   %[[SCALED:.*]] = arith.mulf %[[NORM]], %[[SV]] : f32
// CHECK:   %[[OUT:.*]] = arith.addf %[[SCALED]], %[[BV]] : f32
// CHECK:   linalg.yield %[[OUT]] : f32
// CHECK: return %[[Y]] : tensor<2x3x4xf32>
// CHECK-NOT: webnn.
func.func @layer_normalization(%x: tensor<2x3x4xf32>, %s: tensor<4x3xf32>, %b: tensor<4x3xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.layer_normalization %x scale(%s) bias(%b) {axes = array<i64: 2, 1>, epsilon = 1.0e-3 : f64} : (tensor<2x3x4xf32>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// instanceNormalization (nchw, no scale or bias): the reductions run over
// the spatial dimensions 2 and 3 (count 9). No webnn op is left.
// CHECK-LABEL: func @instance_normalization
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x3x3xf32>)
// CHECK-NOT: webnn.
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%[[X]] : tensor<1x2x3x3xf32>) outs(%{{.*}} : tensor<1x2xf32>)
// CHECK:   arith.addf
// CHECK:   arith.constant 9.000000e+00 : f32
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%{{.*}} : tensor<1x2x3x3xf32>) outs(%{{.*}} : tensor<1x2xf32>)
// CHECK:   math.sqrt
// CHECK: %[[Y:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%[[X]], %{{.*}}, %{{.*}} : tensor<1x2x3x3xf32>, tensor<1x2x1x1xf32>, tensor<1x2x1x1xf32>)
// CHECK:   arith.subf
// CHECK:   %[[NORM:.*]] = arith.divf
// CHECK-NEXT: linalg.yield %[[NORM]] : f32
// CHECK: return %[[Y]] : tensor<1x2x3x3xf32>
// CHECK-NOT: webnn.
func.func @instance_normalization(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %0 = webnn.instance_normalization %x : (tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}
