// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of quantize_linear and dequantize_linear, and of int4 and
// uint4 constants: each function is parsed, printed, and parsed again, once
// through the custom assembly form and once through the generic form. A few
// functions are written in the generic form to check that it parses too.
// The stated result types are those inferQuantization (ShapeInference.cpp)
// infers: the input's shape, the zero point's type for quantize_linear and
// the scale's for dequantize_linear. The scale and the zero point have the
// input's rank and a shape that divides the input's (blockwise
// broadcasting): one element for all (per tensor), one per channel (per
// axis) or one per block.

// Per tensor: a scale and a zero point of one element, shape [1, 1].
// CHECK-LABEL: func @quantize_linear_per_tensor(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>, %[[S:[^:]+]]: tensor<1x1xf32>, %[[Z:[^:]+]]: tensor<1x1xui8>)
// CHECK:         %[[R:.*]] = webnn.quantize_linear %[[X]], %[[S]], %[[Z]] : (tensor<2x3xf32>, tensor<1x1xf32>, tensor<1x1xui8>) -> tensor<2x3xui8>
// CHECK:         return %[[R]] : tensor<2x3xui8>
func.func @quantize_linear_per_tensor(%x: tensor<2x3xf32>, %s: tensor<1x1xf32>, %z: tensor<1x1xui8>) -> tensor<2x3xui8> {
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<2x3xf32>, tensor<1x1xf32>, tensor<1x1xui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// Per axis: one scale and zero point per channel (dimension 1).
// CHECK-LABEL: func @quantize_linear_per_axis(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x2x2xf32>, %[[S:[^:]+]]: tensor<1x3x1x1xf32>, %[[Z:[^:]+]]: tensor<1x3x1x1xi8>)
// CHECK:         %[[R:.*]] = webnn.quantize_linear %[[X]], %[[S]], %[[Z]] : (tensor<1x3x2x2xf32>, tensor<1x3x1x1xf32>, tensor<1x3x1x1xi8>) -> tensor<1x3x2x2xi8>
// CHECK:         return %[[R]] : tensor<1x3x2x2xi8>
func.func @quantize_linear_per_axis(%x: tensor<1x3x2x2xf32>, %s: tensor<1x3x1x1xf32>, %z: tensor<1x3x1x1xi8>) -> tensor<1x3x2x2xi8> {
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<1x3x2x2xf32>, tensor<1x3x1x1xf32>, tensor<1x3x1x1xi8>) -> tensor<1x3x2x2xi8>
  return %0 : tensor<1x3x2x2xi8>
}

// Blockwise: a [2, 3] scale over a [4, 6] input, blocks of [2, 2].
// CHECK-LABEL: func @quantize_linear_blockwise(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x6xf32>, %[[S:[^:]+]]: tensor<2x3xf32>, %[[Z:[^:]+]]: tensor<2x3xi4>)
// CHECK:         %[[R:.*]] = webnn.quantize_linear %[[X]], %[[S]], %[[Z]] : (tensor<4x6xf32>, tensor<2x3xf32>, tensor<2x3xi4>) -> tensor<4x6xi4>
// CHECK:         return %[[R]] : tensor<4x6xi4>
func.func @quantize_linear_blockwise(%x: tensor<4x6xf32>, %s: tensor<2x3xf32>, %z: tensor<2x3xi4>) -> tensor<4x6xi4> {
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<4x6xf32>, tensor<2x3xf32>, tensor<2x3xi4>) -> tensor<4x6xi4>
  return %0 : tensor<4x6xi4>
}

// The scale divides the input's shape in one dimension and equals it in
// the other: blocks of 3 along dimension 1 only.
// CHECK-LABEL: func @quantize_linear_blockwise_one_dimension(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x6xf32>, %[[S:[^:]+]]: tensor<4x2xf32>, %[[Z:[^:]+]]: tensor<4x2xui4>)
// CHECK:         %[[R:.*]] = webnn.quantize_linear %[[X]], %[[S]], %[[Z]] : (tensor<4x6xf32>, tensor<4x2xf32>, tensor<4x2xui4>) -> tensor<4x6xui4>
// CHECK:         return %[[R]] : tensor<4x6xui4>
func.func @quantize_linear_blockwise_one_dimension(%x: tensor<4x6xf32>, %s: tensor<4x2xf32>, %z: tensor<4x2xui4>) -> tensor<4x6xui4> {
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<4x6xf32>, tensor<4x2xf32>, tensor<4x2xui4>) -> tensor<4x6xui4>
  return %0 : tensor<4x6xui4>
}

// Rank 0: scalars throughout.
// CHECK-LABEL: func @quantize_linear_scalar(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<f32>, %[[S:[^:]+]]: tensor<f32>, %[[Z:[^:]+]]: tensor<ui32>)
// CHECK:         %[[R:.*]] = webnn.quantize_linear %[[X]], %[[S]], %[[Z]] : (tensor<f32>, tensor<f32>, tensor<ui32>) -> tensor<ui32>
// CHECK:         return %[[R]] : tensor<ui32>
func.func @quantize_linear_scalar(%x: tensor<f32>, %s: tensor<f32>, %z: tensor<ui32>) -> tensor<ui32> {
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<f32>, tensor<f32>, tensor<ui32>) -> tensor<ui32>
  return %0 : tensor<ui32>
}

// Every zero point type; the output has the zero point's type.
// CHECK-LABEL: func @quantize_linear_zero_point_types(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2xf32>, %[[S:[^:]+]]: tensor<2xf32>, %[[I8:[^:]+]]: tensor<2xi8>, %[[U8:[^:]+]]: tensor<2xui8>, %[[I32:[^:]+]]: tensor<2xi32>, %[[U32:[^:]+]]: tensor<2xui32>, %[[I4:[^:]+]]: tensor<2xi4>, %[[U4:[^:]+]]: tensor<2xui4>)
// CHECK:         %[[R0:.*]] = webnn.quantize_linear %[[X]], %[[S]], %[[I8]] : (tensor<2xf32>, tensor<2xf32>, tensor<2xi8>) -> tensor<2xi8>
// CHECK:         %[[R1:.*]] = webnn.quantize_linear %[[X]], %[[S]], %[[U8]] : (tensor<2xf32>, tensor<2xf32>, tensor<2xui8>) -> tensor<2xui8>
// CHECK:         %[[R2:.*]] = webnn.quantize_linear %[[X]], %[[S]], %[[I32]] : (tensor<2xf32>, tensor<2xf32>, tensor<2xi32>) -> tensor<2xi32>
// CHECK:         %[[R3:.*]] = webnn.quantize_linear %[[X]], %[[S]], %[[U32]] : (tensor<2xf32>, tensor<2xf32>, tensor<2xui32>) -> tensor<2xui32>
// CHECK:         %[[R4:.*]] = webnn.quantize_linear %[[X]], %[[S]], %[[I4]] : (tensor<2xf32>, tensor<2xf32>, tensor<2xi4>) -> tensor<2xi4>
// CHECK:         %[[R5:.*]] = webnn.quantize_linear %[[X]], %[[S]], %[[U4]] : (tensor<2xf32>, tensor<2xf32>, tensor<2xui4>) -> tensor<2xui4>
// CHECK:         return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]] : tensor<2xi8>, tensor<2xui8>, tensor<2xi32>, tensor<2xui32>, tensor<2xi4>, tensor<2xui4>
func.func @quantize_linear_zero_point_types(%x: tensor<2xf32>, %s: tensor<2xf32>, %i8: tensor<2xi8>, %u8: tensor<2xui8>, %i32: tensor<2xi32>, %u32: tensor<2xui32>, %i4: tensor<2xi4>, %u4: tensor<2xui4>) -> (tensor<2xi8>, tensor<2xui8>, tensor<2xi32>, tensor<2xui32>, tensor<2xi4>, tensor<2xui4>) {
  %0 = webnn.quantize_linear %x, %s, %i8 : (tensor<2xf32>, tensor<2xf32>, tensor<2xi8>) -> tensor<2xi8>
  %1 = webnn.quantize_linear %x, %s, %u8 : (tensor<2xf32>, tensor<2xf32>, tensor<2xui8>) -> tensor<2xui8>
  %2 = webnn.quantize_linear %x, %s, %i32 : (tensor<2xf32>, tensor<2xf32>, tensor<2xi32>) -> tensor<2xi32>
  %3 = webnn.quantize_linear %x, %s, %u32 : (tensor<2xf32>, tensor<2xf32>, tensor<2xui32>) -> tensor<2xui32>
  %4 = webnn.quantize_linear %x, %s, %i4 : (tensor<2xf32>, tensor<2xf32>, tensor<2xi4>) -> tensor<2xi4>
  %5 = webnn.quantize_linear %x, %s, %u4 : (tensor<2xf32>, tensor<2xf32>, tensor<2xui4>) -> tensor<2xui4>
  return %0, %1, %2, %3, %4, %5 : tensor<2xi8>, tensor<2xui8>, tensor<2xi32>, tensor<2xui32>, tensor<2xi4>, tensor<2xui4>
}

// A float16 input with a float16 scale (the scale has the input's type).
// CHECK-LABEL: func @quantize_linear_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x4xf16>, %[[S:[^:]+]]: tensor<2x1xf16>, %[[Z:[^:]+]]: tensor<2x1xui8>)
// CHECK:         %[[R:.*]] = webnn.quantize_linear %[[X]], %[[S]], %[[Z]] : (tensor<2x4xf16>, tensor<2x1xf16>, tensor<2x1xui8>) -> tensor<2x4xui8>
// CHECK:         return %[[R]] : tensor<2x4xui8>
func.func @quantize_linear_f16(%x: tensor<2x4xf16>, %s: tensor<2x1xf16>, %z: tensor<2x1xui8>) -> tensor<2x4xui8> {
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<2x4xf16>, tensor<2x1xf16>, tensor<2x1xui8>) -> tensor<2x4xui8>
  return %0 : tensor<2x4xui8>
}

// The generic form.
// CHECK-LABEL: func @quantize_linear_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3x4xf32>, %[[S:[^:]+]]: tensor<3x1xf32>, %[[Z:[^:]+]]: tensor<3x1xi8>)
// CHECK:         %[[R:.*]] = webnn.quantize_linear %[[X]], %[[S]], %[[Z]] : (tensor<3x4xf32>, tensor<3x1xf32>, tensor<3x1xi8>) -> tensor<3x4xi8>
// CHECK:         return %[[R]] : tensor<3x4xi8>
func.func @quantize_linear_generic(%x: tensor<3x4xf32>, %s: tensor<3x1xf32>, %z: tensor<3x1xi8>) -> tensor<3x4xi8> {
  %0 = "webnn.quantize_linear"(%x, %s, %z) : (tensor<3x4xf32>, tensor<3x1xf32>, tensor<3x1xi8>) -> tensor<3x4xi8>
  return %0 : tensor<3x4xi8>
}

// Per tensor.
// CHECK-LABEL: func @dequantize_linear_per_tensor(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xui8>, %[[S:[^:]+]]: tensor<1x1xf32>, %[[Z:[^:]+]]: tensor<1x1xui8>)
// CHECK:         %[[R:.*]] = webnn.dequantize_linear %[[X]], %[[S]], %[[Z]] : (tensor<2x3xui8>, tensor<1x1xf32>, tensor<1x1xui8>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @dequantize_linear_per_tensor(%x: tensor<2x3xui8>, %s: tensor<1x1xf32>, %z: tensor<1x1xui8>) -> tensor<2x3xf32> {
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<2x3xui8>, tensor<1x1xf32>, tensor<1x1xui8>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// Per axis: one scale and zero point per output channel (dimension 0).
// CHECK-LABEL: func @dequantize_linear_per_axis(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<8x3x3x3xi8>, %[[S:[^:]+]]: tensor<8x1x1x1xf32>, %[[Z:[^:]+]]: tensor<8x1x1x1xi8>)
// CHECK:         %[[R:.*]] = webnn.dequantize_linear %[[X]], %[[S]], %[[Z]] : (tensor<8x3x3x3xi8>, tensor<8x1x1x1xf32>, tensor<8x1x1x1xi8>) -> tensor<8x3x3x3xf32>
// CHECK:         return %[[R]] : tensor<8x3x3x3xf32>
func.func @dequantize_linear_per_axis(%x: tensor<8x3x3x3xi8>, %s: tensor<8x1x1x1xf32>, %z: tensor<8x1x1x1xi8>) -> tensor<8x3x3x3xf32> {
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<8x3x3x3xi8>, tensor<8x1x1x1xf32>, tensor<8x1x1x1xi8>) -> tensor<8x3x3x3xf32>
  return %0 : tensor<8x3x3x3xf32>
}

// Blockwise: a [2, 3] scale over a [4, 6] input, blocks of [2, 2].
// CHECK-LABEL: func @dequantize_linear_blockwise(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x6xi4>, %[[S:[^:]+]]: tensor<2x3xf32>, %[[Z:[^:]+]]: tensor<2x3xi4>)
// CHECK:         %[[R:.*]] = webnn.dequantize_linear %[[X]], %[[S]], %[[Z]] : (tensor<4x6xi4>, tensor<2x3xf32>, tensor<2x3xi4>) -> tensor<4x6xf32>
// CHECK:         return %[[R]] : tensor<4x6xf32>
func.func @dequantize_linear_blockwise(%x: tensor<4x6xi4>, %s: tensor<2x3xf32>, %z: tensor<2x3xi4>) -> tensor<4x6xf32> {
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<4x6xi4>, tensor<2x3xf32>, tensor<2x3xi4>) -> tensor<4x6xf32>
  return %0 : tensor<4x6xf32>
}

// Rank 0.
// CHECK-LABEL: func @dequantize_linear_scalar(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<i32>, %[[S:[^:]+]]: tensor<f32>, %[[Z:[^:]+]]: tensor<i32>)
// CHECK:         %[[R:.*]] = webnn.dequantize_linear %[[X]], %[[S]], %[[Z]] : (tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<f32>
// CHECK:         return %[[R]] : tensor<f32>
func.func @dequantize_linear_scalar(%x: tensor<i32>, %s: tensor<f32>, %z: tensor<i32>) -> tensor<f32> {
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<i32>, tensor<f32>, tensor<i32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// Every input type (the zero point has the input's type); the output has
// the scale's type.
// CHECK-LABEL: func @dequantize_linear_input_types(
// CHECK-SAME:    %[[S:[^:]+]]: tensor<2xf32>, %[[I8:[^:]+]]: tensor<2xi8>, %[[U8:[^:]+]]: tensor<2xui8>, %[[I32:[^:]+]]: tensor<2xi32>, %[[U32:[^:]+]]: tensor<2xui32>, %[[I4:[^:]+]]: tensor<2xi4>, %[[U4:[^:]+]]: tensor<2xui4>)
// CHECK:         webnn.dequantize_linear %[[I8]], %[[S]], %[[I8]] : (tensor<2xi8>, tensor<2xf32>, tensor<2xi8>) -> tensor<2xf32>
// CHECK:         webnn.dequantize_linear %[[U8]], %[[S]], %[[U8]] : (tensor<2xui8>, tensor<2xf32>, tensor<2xui8>) -> tensor<2xf32>
// CHECK:         webnn.dequantize_linear %[[I32]], %[[S]], %[[I32]] : (tensor<2xi32>, tensor<2xf32>, tensor<2xi32>) -> tensor<2xf32>
// CHECK:         webnn.dequantize_linear %[[U32]], %[[S]], %[[U32]] : (tensor<2xui32>, tensor<2xf32>, tensor<2xui32>) -> tensor<2xf32>
// CHECK:         webnn.dequantize_linear %[[I4]], %[[S]], %[[I4]] : (tensor<2xi4>, tensor<2xf32>, tensor<2xi4>) -> tensor<2xf32>
// CHECK:         webnn.dequantize_linear %[[U4]], %[[S]], %[[U4]] : (tensor<2xui4>, tensor<2xf32>, tensor<2xui4>) -> tensor<2xf32>
func.func @dequantize_linear_input_types(%s: tensor<2xf32>, %i8: tensor<2xi8>, %u8: tensor<2xui8>, %i32: tensor<2xi32>, %u32: tensor<2xui32>, %i4: tensor<2xi4>, %u4: tensor<2xui4>) -> (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) {
  %0 = webnn.dequantize_linear %i8, %s, %i8 : (tensor<2xi8>, tensor<2xf32>, tensor<2xi8>) -> tensor<2xf32>
  %1 = webnn.dequantize_linear %u8, %s, %u8 : (tensor<2xui8>, tensor<2xf32>, tensor<2xui8>) -> tensor<2xf32>
  %2 = webnn.dequantize_linear %i32, %s, %i32 : (tensor<2xi32>, tensor<2xf32>, tensor<2xi32>) -> tensor<2xf32>
  %3 = webnn.dequantize_linear %u32, %s, %u32 : (tensor<2xui32>, tensor<2xf32>, tensor<2xui32>) -> tensor<2xf32>
  %4 = webnn.dequantize_linear %i4, %s, %i4 : (tensor<2xi4>, tensor<2xf32>, tensor<2xi4>) -> tensor<2xf32>
  %5 = webnn.dequantize_linear %u4, %s, %u4 : (tensor<2xui4>, tensor<2xf32>, tensor<2xui4>) -> tensor<2xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>
}

// A float16 scale makes a float16 output.
// CHECK-LABEL: func @dequantize_linear_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x8xui4>, %[[S:[^:]+]]: tensor<4x2xf16>, %[[Z:[^:]+]]: tensor<4x2xui4>)
// CHECK:         %[[R:.*]] = webnn.dequantize_linear %[[X]], %[[S]], %[[Z]] : (tensor<4x8xui4>, tensor<4x2xf16>, tensor<4x2xui4>) -> tensor<4x8xf16>
// CHECK:         return %[[R]] : tensor<4x8xf16>
func.func @dequantize_linear_f16(%x: tensor<4x8xui4>, %s: tensor<4x2xf16>, %z: tensor<4x2xui4>) -> tensor<4x8xf16> {
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<4x8xui4>, tensor<4x2xf16>, tensor<4x2xui4>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// The generic form.
// CHECK-LABEL: func @dequantize_linear_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x2xui8>, %[[S:[^:]+]]: tensor<1x2xf16>, %[[Z:[^:]+]]: tensor<1x2xui8>)
// CHECK:         %[[R:.*]] = webnn.dequantize_linear %[[X]], %[[S]], %[[Z]] : (tensor<2x2xui8>, tensor<1x2xf16>, tensor<1x2xui8>) -> tensor<2x2xf16>
// CHECK:         return %[[R]] : tensor<2x2xf16>
func.func @dequantize_linear_generic(%x: tensor<2x2xui8>, %s: tensor<1x2xf16>, %z: tensor<1x2xui8>) -> tensor<2x2xf16> {
  %0 = "webnn.dequantize_linear"(%x, %s, %z) : (tensor<2x2xui8>, tensor<1x2xf16>, tensor<1x2xui8>) -> tensor<2x2xf16>
  return %0 : tensor<2x2xf16>
}

// int4 and uint4 constants keep their values, the extremes of each range
// included.
// CHECK-LABEL: func @constant_4_bit(
// CHECK:         %[[I4:.*]] = webnn.constant dense<[-8, -1, 0, 7]> : tensor<4xi4>
// CHECK:         %[[SPLAT:.*]] = webnn.constant dense<-3> : tensor<2x2xi4>
// CHECK:         %[[U4:.*]] = webnn.constant dense<[0, 8, 15]> : tensor<3xui4>
// CHECK:         return %[[I4]], %[[SPLAT]], %[[U4]] : tensor<4xi4>, tensor<2x2xi4>, tensor<3xui4>
func.func @constant_4_bit() -> (tensor<4xi4>, tensor<2x2xi4>, tensor<3xui4>) {
  %0 = webnn.constant dense<[-8, -1, 0, 7]> : tensor<4xi4>
  %1 = webnn.constant dense<-3> : tensor<2x2xi4>
  %2 = webnn.constant dense<[0, 8, 15]> : tensor<3xui4>
  return %0, %1, %2 : tensor<4xi4>, tensor<2x2xi4>, tensor<3xui4>
}

// A weight-only quantized matmul: an int4 constant weight with one scale
// and zero point per block of 2 rows, dequantized to float32.
// CHECK-LABEL: func @dequantize_linear_int4_weight(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x4xf32>)
// CHECK:         %[[W:.*]] = webnn.constant dense<{{\[\[}}-8, 7], [1, -2], [3, 0], [-5, 6]]> : tensor<4x2xi4>
// CHECK:         %[[S:.*]] = webnn.constant dense<{{\[\[}}5.000000e-01, 2.500000e-01], [1.000000e+00, 2.000000e+00]]> : tensor<2x2xf32>
// CHECK:         %[[Z:.*]] = webnn.constant dense<{{\[\[}}0, 1], [-1, 0]]> : tensor<2x2xi4>
// CHECK:         %[[D:.*]] = webnn.dequantize_linear %[[W]], %[[S]], %[[Z]] : (tensor<4x2xi4>, tensor<2x2xf32>, tensor<2x2xi4>) -> tensor<4x2xf32>
// CHECK:         %[[R:.*]] = webnn.matmul %[[A]], %[[D]] : (tensor<2x4xf32>, tensor<4x2xf32>) -> tensor<2x2xf32>
// CHECK:         return %[[R]] : tensor<2x2xf32>
func.func @dequantize_linear_int4_weight(%a: tensor<2x4xf32>) -> tensor<2x2xf32> {
  %w = webnn.constant dense<[[-8, 7], [1, -2], [3, 0], [-5, 6]]> : tensor<4x2xi4>
  %s = webnn.constant dense<[[0.5, 0.25], [1.0, 2.0]]> : tensor<2x2xf32>
  %z = webnn.constant dense<[[0, 1], [-1, 0]]> : tensor<2x2xi4>
  %0 = webnn.dequantize_linear %w, %s, %z : (tensor<4x2xi4>, tensor<2x2xf32>, tensor<2x2xi4>) -> tensor<4x2xf32>
  %1 = webnn.matmul %a, %0 : (tensor<2x4xf32>, tensor<4x2xf32>) -> tensor<2x2xf32>
  return %1 : tensor<2x2xf32>
}
