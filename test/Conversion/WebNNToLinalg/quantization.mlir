// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file | FileCheck %s

// quantize_linear and dequantize_linear are each one linalg.generic over
// the input that reads the scale and the zero point of the input element's
// block (Quantization.cpp): in dimension d their map is d floordiv the block
// size, 0 where they have one element and d where their size is the
// input's, so they are never expanded to the input's shape. int4 and uint4
// are stored one value per byte: their tensors become i8 tensors, in the
// function signatures and in constants, sign- or zero-extended.

// quantize_linear: roundEven(x / scale) in float32, then the zero point
// added and the clamp to the output type's range in float64; a NaN sum
// gives the zero point. Blockwise ([2, 3] over [4, 6], blocks of [2, 2]) to
// int4: the range [-8, 7], a signed zero point and conversion, i8 storage.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[BLOCK:.*]] = affine_map<(d0, d1) -> (d0 floordiv 2, d1 floordiv 2)>
// CHECK-LABEL: func @quantize_linear_blockwise_int4
// CHECK-SAME: (%[[X:.*]]: tensor<4x6xf32>, %[[S:.*]]: tensor<2x3xf32>, %[[Z:.*]]: tensor<2x3xi8>) -> tensor<4x6xi8>
// CHECK-NOT: webnn.
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<4x6xi8>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[BLOCK]], #[[BLOCK]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[X]], %[[S]], %[[Z]] : tensor<4x6xf32>, tensor<2x3xf32>, tensor<2x3xi8>) outs(%[[INIT]] : tensor<4x6xi8>)
// CHECK: ^bb0(%[[XV:.*]]: f32, %[[SV:.*]]: f32, %[[ZV:.*]]: i8, %{{.*}}: i8):
// CHECK:   %[[Q:.*]] = arith.divf %[[XV]], %[[SV]] : f32
// CHECK:   %[[RND:.*]] = math.roundeven %[[Q]] : f32
// CHECK:   %[[RND64:.*]] = arith.extf %[[RND]] : f32 to f64
// CHECK:   %[[ZF:.*]] = arith.sitofp %[[ZV]] : i8 to f64
// CHECK:   %[[SUM:.*]] = arith.addf %[[RND64]], %[[ZF]] : f64
// CHECK:   %[[LO:.*]] = arith.constant -8.000000e+00 : f64
// CHECK:   %[[MAX:.*]] = arith.maxnumf %[[SUM]], %[[LO]] : f64
// CHECK:   %[[HI:.*]] = arith.constant 7.000000e+00 : f64
// CHECK:   %[[MIN:.*]] = arith.minnumf %[[MAX]], %[[HI]] : f64
// CHECK:   %[[NAN:.*]] = arith.cmpf uno, %[[SUM]], %[[SUM]] : f64
// CHECK:   %[[SEL:.*]] = arith.select %[[NAN]], %[[ZF]], %[[MIN]] : f64
// CHECK:   %[[OUT:.*]] = arith.fptosi %[[SEL]] : f64 to i8
// CHECK:   linalg.yield %[[OUT]] : i8
// CHECK: return %[[R]] : tensor<4x6xi8>
// CHECK-NOT: webnn.
func.func @quantize_linear_blockwise_int4(%x: tensor<4x6xf32>, %s: tensor<2x3xf32>, %z: tensor<2x3xi4>) -> tensor<4x6xi4> {
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<4x6xf32>, tensor<2x3xf32>, tensor<2x3xi4>) -> tensor<4x6xi4>
  return %0 : tensor<4x6xi4>
}

// -----

// Per tensor ([1, 1]): the scale and the zero point are read at (0, 0).
// uint8: the range [0, 255], an unsigned zero point and conversion, the
// storage signless i8.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ONE:.*]] = affine_map<(d0, d1) -> (0, 0)>
// CHECK-LABEL: func @quantize_linear_per_tensor_uint8
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>, %[[S:.*]]: tensor<1x1xf32>, %[[Z:.*]]: tensor<1x1xi8>) -> tensor<2x3xi8>
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ONE]], #[[ONE]], #[[ID]]], {{.*}} ins(%[[X]], %[[S]], %[[Z]] :
// CHECK: ^bb0(%{{.*}}: f32, %{{.*}}: f32, %[[ZV:.*]]: i8, %{{.*}}: i8):
// CHECK:   arith.divf
// CHECK:   math.roundeven
// CHECK:   %[[ZF:.*]] = arith.uitofp %[[ZV]] : i8 to f64
// CHECK:   %[[SUM:.*]] = arith.addf %{{.*}}, %[[ZF]] : f64
// CHECK:   %[[LO:.*]] = arith.constant 0.000000e+00 : f64
// CHECK:   %[[MAX:.*]] = arith.maxnumf %[[SUM]], %[[LO]] : f64
// CHECK:   %[[HI:.*]] = arith.constant 2.550000e+02 : f64
// CHECK:   %[[MIN:.*]] = arith.minnumf %[[MAX]], %[[HI]] : f64
// CHECK:   %[[NAN:.*]] = arith.cmpf uno, %[[SUM]], %[[SUM]] : f64
// CHECK:   %[[SEL:.*]] = arith.select %[[NAN]], %[[ZF]], %[[MIN]] : f64
// CHECK:   %[[OUT:.*]] = arith.fptoui %[[SEL]] : f64 to i8
// CHECK:   linalg.yield %[[OUT]] : i8
func.func @quantize_linear_per_tensor_uint8(%x: tensor<2x3xf32>, %s: tensor<1x1xf32>, %z: tensor<1x1xui8>) -> tensor<2x3xui8> {
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<2x3xf32>, tensor<1x1xf32>, tensor<1x1xui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

// Per axis ([1, 3, 1] over [2, 3, 4]): the scale is read at (0, d1, 0).
// float16 input and scale are widened to float32 for the division. uint32:
// the range [0, 4294967295] (0x41EFFFFFFFE00000), exact in float64.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[AXIS:.*]] = affine_map<(d0, d1, d2) -> (0, d1, 0)>
// CHECK-LABEL: func @quantize_linear_per_axis_f16_uint32
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf16>, %[[S:.*]]: tensor<1x3x1xf16>, %[[Z:.*]]: tensor<1x3x1xi32>) -> tensor<2x3x4xi32>
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[AXIS]], #[[AXIS]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel"]} ins(%[[X]], %[[S]], %[[Z]] :
// CHECK: ^bb0(%[[XV:.*]]: f16, %[[SV:.*]]: f16, %[[ZV:.*]]: i32, %{{.*}}: i32):
// CHECK:   %[[XW:.*]] = arith.extf %[[XV]] : f16 to f32
// CHECK:   %[[SW:.*]] = arith.extf %[[SV]] : f16 to f32
// CHECK:   %[[Q:.*]] = arith.divf %[[XW]], %[[SW]] : f32
// CHECK:   %[[RND:.*]] = math.roundeven %[[Q]] : f32
// CHECK:   arith.extf %[[RND]] : f32 to f64
// CHECK:   arith.uitofp %[[ZV]] : i32 to f64
// CHECK:   arith.constant 0.000000e+00 : f64
// CHECK:   arith.maxnumf
// CHECK:   arith.constant 0x41EFFFFFFFE00000 : f64
// CHECK:   arith.minnumf
// CHECK:   arith.select
// CHECK:   %[[OUT:.*]] = arith.fptoui %{{.*}} : f64 to i32
// CHECK:   linalg.yield %[[OUT]] : i32
func.func @quantize_linear_per_axis_f16_uint32(%x: tensor<2x3x4xf16>, %s: tensor<1x3x1xf16>, %z: tensor<1x3x1xui32>) -> tensor<2x3x4xui32> {
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<2x3x4xf16>, tensor<1x3x1xf16>, tensor<1x3x1xui32>) -> tensor<2x3x4xui32>
  return %0 : tensor<2x3x4xui32>
}

// -----

// Blocks in one dimension only ([4, 2] over [4, 6]): d0 as is, d1 floordiv
// 3. int32: the range [-2147483648, 2147483647] (0xC1E0000000000000,
// 0x41DFFFFFFFC00000).
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[COLS:.*]] = affine_map<(d0, d1) -> (d0, d1 floordiv 3)>
// CHECK-LABEL: func @quantize_linear_blockwise_columns_int32
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[COLS]], #[[COLS]], #[[ID]]]
// CHECK:   arith.sitofp %{{.*}} : i32 to f64
// CHECK:   arith.constant 0xC1E0000000000000 : f64
// CHECK:   arith.maxnumf
// CHECK:   arith.constant 0x41DFFFFFFFC00000 : f64
// CHECK:   arith.minnumf
// CHECK:   arith.fptosi %{{.*}} : f64 to i32
func.func @quantize_linear_blockwise_columns_int32(%x: tensor<4x6xf32>, %s: tensor<4x2xf32>, %z: tensor<4x2xi32>) -> tensor<4x6xi32> {
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<4x6xf32>, tensor<4x2xf32>, tensor<4x2xi32>) -> tensor<4x6xi32>
  return %0 : tensor<4x6xi32>
}

// -----

// A scale of the input's shape: every operand's map is the identity.
// int8: the range [-128, 127].
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @quantize_linear_elementwise_int8
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ID]], #[[ID]], #[[ID]]]
// CHECK:   arith.sitofp %{{.*}} : i8 to f64
// CHECK:   arith.constant -1.280000e+02 : f64
// CHECK:   arith.maxnumf
// CHECK:   arith.constant 1.270000e+02 : f64
// CHECK:   arith.minnumf
// CHECK:   arith.fptosi %{{.*}} : f64 to i8
func.func @quantize_linear_elementwise_int8(%x: tensor<2x2xf32>, %s: tensor<2x2xf32>, %z: tensor<2x2xi8>) -> tensor<2x2xi8> {
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xi8>) -> tensor<2x2xi8>
  return %0 : tensor<2x2xi8>
}

// -----

// Rank 0: a generic without loops. uint4: the range [0, 15], unsigned,
// stored as i8.
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<() -> ()>
// CHECK-LABEL: func @quantize_linear_scalar_uint4
// CHECK-SAME: (%[[X:.*]]: tensor<f32>, %[[S:.*]]: tensor<f32>, %[[Z:.*]]: tensor<i8>) -> tensor<i8>
// CHECK: linalg.generic {indexing_maps = [#[[SCALAR]], #[[SCALAR]], #[[SCALAR]], #[[SCALAR]]], iterator_types = []} ins(%[[X]], %[[S]], %[[Z]] : tensor<f32>, tensor<f32>, tensor<i8>) outs(%{{.*}} : tensor<i8>)
// CHECK:   arith.uitofp %{{.*}} : i8 to f64
// CHECK:   arith.constant 0.000000e+00 : f64
// CHECK:   arith.maxnumf
// CHECK:   arith.constant 1.500000e+01 : f64
// CHECK:   arith.minnumf
// CHECK:   arith.fptoui %{{.*}} : f64 to i8
func.func @quantize_linear_scalar_uint4(%x: tensor<f32>, %s: tensor<f32>, %z: tensor<ui4>) -> tensor<ui4> {
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<f32>, tensor<f32>, tensor<ui4>) -> tensor<ui4>
  return %0 : tensor<ui4>
}

// -----

// dequantize_linear: (x - zeroPoint) exact in i64, converted to float32 and
// multiplied by the scale. int4 constants become i8 constants of the same
// values, and their difference is signed (extsi). Per element ([2] over
// [2]): identity maps; a float32 scale needs no conversion.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func @dequantize_linear_int4_constants
// CHECK-NOT: webnn.
// CHECK: %[[W:.*]] = arith.constant dense<[-8, 7]> : tensor<2xi8>
// CHECK: %[[S:.*]] = arith.constant dense<5.000000e-01> : tensor<2xf32>
// CHECK: %[[Z:.*]] = arith.constant dense<[-1, 2]> : tensor<2xi8>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ID]], #[[ID]], #[[ID]]], iterator_types = ["parallel"]} ins(%[[W]], %[[S]], %[[Z]] : tensor<2xi8>, tensor<2xf32>, tensor<2xi8>) outs(%{{.*}} : tensor<2xf32>)
// CHECK: ^bb0(%[[XV:.*]]: i8, %[[SV:.*]]: f32, %[[ZV:.*]]: i8, %{{.*}}: f32):
// CHECK:   %[[XE:.*]] = arith.extsi %[[XV]] : i8 to i64
// CHECK:   %[[ZE:.*]] = arith.extsi %[[ZV]] : i8 to i64
// CHECK:   %[[DIFF:.*]] = arith.subi %[[XE]], %[[ZE]] : i64
// CHECK:   %[[DF:.*]] = arith.sitofp %[[DIFF]] : i64 to f32
// CHECK:   %[[OUT:.*]] = arith.mulf %[[DF]], %[[SV]] : f32
// CHECK:   linalg.yield %[[OUT]] : f32
// CHECK: return %[[R]] : tensor<2xf32>
// CHECK-NOT: webnn.
func.func @dequantize_linear_int4_constants() -> tensor<2xf32> {
  %w = webnn.constant dense<[-8, 7]> : tensor<2xi4>
  %s = webnn.constant dense<0.5> : tensor<2xf32>
  %z = webnn.constant dense<[-1, 2]> : tensor<2xi4>
  %0 = webnn.dequantize_linear %w, %s, %z : (tensor<2xi4>, tensor<2xf32>, tensor<2xi4>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// Blockwise ([4, 2] over [4, 8], blocks of 4 along d1) from uint4 with a
// float16 scale: the difference is unsigned (extui), the scale widened to
// float32 and the product narrowed to float16.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[COLS:.*]] = affine_map<(d0, d1) -> (d0, d1 floordiv 4)>
// CHECK-LABEL: func @dequantize_linear_blockwise_uint4_f16
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xi8>, %[[S:.*]]: tensor<4x2xf16>, %[[Z:.*]]: tensor<4x2xi8>) -> tensor<4x8xf16>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[COLS]], #[[COLS]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[X]], %[[S]], %[[Z]] : tensor<4x8xi8>, tensor<4x2xf16>, tensor<4x2xi8>) outs(%{{.*}} : tensor<4x8xf16>)
// CHECK: ^bb0(%[[XV:.*]]: i8, %[[SV:.*]]: f16, %[[ZV:.*]]: i8, %{{.*}}: f16):
// CHECK:   %[[XE:.*]] = arith.extui %[[XV]] : i8 to i64
// CHECK:   %[[ZE:.*]] = arith.extui %[[ZV]] : i8 to i64
// CHECK:   %[[DIFF:.*]] = arith.subi %[[XE]], %[[ZE]] : i64
// CHECK:   %[[SW:.*]] = arith.extf %[[SV]] : f16 to f32
// CHECK:   %[[DF:.*]] = arith.sitofp %[[DIFF]] : i64 to f32
// CHECK:   %[[P:.*]] = arith.mulf %[[DF]], %[[SW]] : f32
// CHECK:   %[[OUT:.*]] = arith.truncf %[[P]] : f32 to f16
// CHECK:   linalg.yield %[[OUT]] : f16
// CHECK: return %[[R]] : tensor<4x8xf16>
func.func @dequantize_linear_blockwise_uint4_f16(%x: tensor<4x8xui4>, %s: tensor<4x2xf16>, %z: tensor<4x2xui4>) -> tensor<4x8xf16> {
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<4x8xui4>, tensor<4x2xf16>, tensor<4x2xui4>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// Per tensor ([1, 1]) from uint32: zero-extended to i64, so that
// 4294967295 - 0 stays positive.
// CHECK-DAG: #[[ONE:.*]] = affine_map<(d0, d1) -> (0, 0)>
// CHECK-LABEL: func @dequantize_linear_per_tensor_uint32
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[ONE]], #[[ONE]], #{{.*}}]
// CHECK:   arith.extui %{{.*}} : i32 to i64
// CHECK:   arith.extui %{{.*}} : i32 to i64
// CHECK:   arith.subi
// CHECK:   arith.sitofp %{{.*}} : i64 to f32
// CHECK:   arith.mulf
// CHECK-NOT: arith.truncf
// CHECK:   linalg.yield
func.func @dequantize_linear_per_tensor_uint32(%x: tensor<1x4xui32>, %s: tensor<1x1xf32>, %z: tensor<1x1xui32>) -> tensor<1x4xf32> {
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<1x4xui32>, tensor<1x1xf32>, tensor<1x1xui32>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}

// -----

// Per axis ([3, 1] over [3, 5]) from int8: sign-extended.
// CHECK-DAG: #[[ROWS:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-LABEL: func @dequantize_linear_per_axis_int8
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[ROWS]], #[[ROWS]], #{{.*}}]
// CHECK:   arith.extsi %{{.*}} : i8 to i64
// CHECK:   arith.extsi %{{.*}} : i8 to i64
// CHECK:   arith.subi
func.func @dequantize_linear_per_axis_int8(%x: tensor<3x5xi8>, %s: tensor<3x1xf32>, %z: tensor<3x1xi8>) -> tensor<3x5xf32> {
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<3x5xi8>, tensor<3x1xf32>, tensor<3x1xi8>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// 4-bit constants widen to i8 values: int4 sign-extended (-8 stays -8,
// splats stay splats), uint4 zero-extended (15 stays 15, where a uint8 200
// keeps its bits and reads -56 as i8). The function's 4-bit results become
// i8 too.
// CHECK-LABEL: func @constant_4_bit
// CHECK-SAME: () -> (tensor<4xi8>, tensor<2x2xi8>, tensor<3xi8>)
// CHECK: %[[I4:.*]] = arith.constant dense<[-8, -1, 0, 7]> : tensor<4xi8>
// CHECK: %[[SPLAT:.*]] = arith.constant dense<-3> : tensor<2x2xi8>
// CHECK: %[[U4:.*]] = arith.constant dense<[0, 8, 15]> : tensor<3xi8>
// CHECK: return %[[I4]], %[[SPLAT]], %[[U4]] : tensor<4xi8>, tensor<2x2xi8>, tensor<3xi8>
func.func @constant_4_bit() -> (tensor<4xi4>, tensor<2x2xi4>, tensor<3xui4>) {
  %0 = webnn.constant dense<[-8, -1, 0, 7]> : tensor<4xi4>
  %1 = webnn.constant dense<-3> : tensor<2x2xi4>
  %2 = webnn.constant dense<[0, 8, 15]> : tensor<3xui4>
  return %0, %1, %2 : tensor<4xi4>, tensor<2x2xi4>, tensor<3xui4>
}

// -----

// A 4-bit resource constant keeps its bytes (one value per byte) and only
// changes type.
// CHECK-LABEL: func @constant_4_bit_resource
// CHECK: %[[C:.*]] = arith.constant dense_resource<w4> : tensor<2xi8>
// CHECK: return %[[C]] : tensor<2xi8>
func.func @constant_4_bit_resource() -> tensor<2xi4> {
  %0 = webnn.constant dense_resource<w4> : tensor<2xi4>
  return %0 : tensor<2xi4>
}

{-#
  dialect_resources: {
    builtin: {
      w4: "0x01000000F807"
    }
  }
#-}
