// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid quantize_linear and dequantize_linear ops: one case per rule of
// inferQuantization (ShapeInference.cpp), in the order of the spec's
// steps, plus stated result types that disagree with the inferred ones, and
// int4 and uint4 operands of ops that compute on their values, which accept
// only the other data types (DataTypeSet::all()). A rule of an op's shape
// function is reported first, then the InferTypeOpInterface verifier adds
// "failed to infer returned types". Operand types outside the WebNN data
// types are rejected earlier, by the ODS constraint.

// The input of quantizeLinear is float32 or float16.
func.func @quantize_linear_input_int8(%x: tensor<2xi8>, %s: tensor<2xf32>, %z: tensor<2xi8>) {
  // expected-error @+2 {{quantizeLinear: input data type (int8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<2xi8>, tensor<2xf32>, tensor<2xi8>) -> tensor<2xi8>
  return
}

// -----

func.func @quantize_linear_input_int4(%x: tensor<2xi4>, %s: tensor<2xf32>, %z: tensor<2xi4>) {
  // expected-error @+2 {{quantizeLinear: input data type (int4) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<2xi4>, tensor<2xf32>, tensor<2xi4>) -> tensor<2xi4>
  return
}

// -----

// The input of dequantizeLinear is a quantized integer type.
func.func @dequantize_linear_input_float32(%x: tensor<2xf32>, %s: tensor<2xf32>, %z: tensor<2xf32>) {
  // expected-error @+2 {{dequantizeLinear: input data type (float32) must be one of int32, uint32, int8, uint8, int4, uint4}}
  // expected-error @+1 {{'webnn.dequantize_linear' op failed to infer returned types}}
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

// int64 and uint64 are not quantized types.
func.func @dequantize_linear_input_int64(%x: tensor<2xi64>, %s: tensor<2xf32>, %z: tensor<2xi64>) {
  // expected-error @+2 {{dequantizeLinear: input data type (int64) must be one of int32, uint32, int8, uint8, int4, uint4}}
  // expected-error @+1 {{'webnn.dequantize_linear' op failed to infer returned types}}
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<2xi64>, tensor<2xf32>, tensor<2xi64>) -> tensor<2xf32>
  return
}

// -----

// The scale is float32 or float16.
func.func @quantize_linear_scale_int32(%x: tensor<2xf32>, %s: tensor<2xi32>, %z: tensor<2xi8>) {
  // expected-error @+2 {{quantizeLinear: scale data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<2xf32>, tensor<2xi32>, tensor<2xi8>) -> tensor<2xi8>
  return
}

// -----

func.func @dequantize_linear_scale_int8(%x: tensor<2xi8>, %s: tensor<2xi8>, %z: tensor<2xi8>) {
  // expected-error @+2 {{dequantizeLinear: scale data type (int8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.dequantize_linear' op failed to infer returned types}}
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<2xi8>, tensor<2xi8>, tensor<2xi8>) -> tensor<2xi8>
  return
}

// -----

// The scale of quantizeLinear has the input's type.
func.func @quantize_linear_scale_data_type_mismatch(%x: tensor<2xf32>, %s: tensor<2xf16>, %z: tensor<2xi8>) {
  // expected-error @+2 {{quantizeLinear: scale data type (float16) must match input data type (float32)}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<2xf32>, tensor<2xf16>, tensor<2xi8>) -> tensor<2xi8>
  return
}

// -----

// The zero point of quantizeLinear is a quantized integer type.
func.func @quantize_linear_zero_point_int64(%x: tensor<2xf32>, %s: tensor<2xf32>, %z: tensor<2xi64>) {
  // expected-error @+2 {{quantizeLinear: zeroPoint data type (int64) must be one of int32, uint32, int8, uint8, int4, uint4}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<2xf32>, tensor<2xf32>, tensor<2xi64>) -> tensor<2xi64>
  return
}

// -----

func.func @quantize_linear_zero_point_float32(%x: tensor<2xf32>, %s: tensor<2xf32>, %z: tensor<2xf32>) {
  // expected-error @+2 {{quantizeLinear: zeroPoint data type (float32) must be one of int32, uint32, int8, uint8, int4, uint4}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

// The zero point of dequantizeLinear has the input's type.
func.func @dequantize_linear_zero_point_data_type_mismatch(%x: tensor<2xi8>, %s: tensor<2xf32>, %z: tensor<2xui8>) {
  // expected-error @+2 {{dequantizeLinear: zeroPoint data type (uint8) must match input data type (int8)}}
  // expected-error @+1 {{'webnn.dequantize_linear' op failed to infer returned types}}
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<2xi8>, tensor<2xf32>, tensor<2xui8>) -> tensor<2xf32>
  return
}

// -----

func.func @dequantize_linear_zero_point_int8_of_int4(%x: tensor<2xi4>, %s: tensor<2xf32>, %z: tensor<2xi8>) {
  // expected-error @+2 {{dequantizeLinear: zeroPoint data type (int8) must match input data type (int4)}}
  // expected-error @+1 {{'webnn.dequantize_linear' op failed to infer returned types}}
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<2xi4>, tensor<2xf32>, tensor<2xi8>) -> tensor<2xf32>
  return
}

// -----

// The scale and the zero point have the input's rank: a [4] scale does not
// broadcast to a [4, 2] input as in the element-wise ops.
func.func @quantize_linear_scale_rank(%x: tensor<4x2xf32>, %s: tensor<4xf32>, %z: tensor<4xi8>) {
  // expected-error @+2 {{quantizeLinear: scale rank (1) and zeroPoint rank (1) must equal the input rank (2)}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<4x2xf32>, tensor<4xf32>, tensor<4xi8>) -> tensor<4x2xi8>
  return
}

// -----

func.func @quantize_linear_zero_point_rank(%x: tensor<4x2xf32>, %s: tensor<4x1xf32>, %z: tensor<4xi8>) {
  // expected-error @+2 {{quantizeLinear: scale rank (2) and zeroPoint rank (1) must equal the input rank (2)}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<4x2xf32>, tensor<4x1xf32>, tensor<4xi8>) -> tensor<4x2xi8>
  return
}

// -----

// A per-tensor scale has the input's rank too: a scalar is not one.
func.func @dequantize_linear_scalar_scale(%x: tensor<4x6xi8>, %s: tensor<f32>, %z: tensor<i8>) {
  // expected-error @+2 {{dequantizeLinear: scale rank (0) and zeroPoint rank (0) must equal the input rank (2)}}
  // expected-error @+1 {{'webnn.dequantize_linear' op failed to infer returned types}}
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<4x6xi8>, tensor<f32>, tensor<i8>) -> tensor<4x6xf32>
  return
}

// -----

// The scale and the zero point have one shape, even when both divide the
// input's.
func.func @quantize_linear_shape_mismatch(%x: tensor<4x2xf32>, %s: tensor<4x1xf32>, %z: tensor<4x2xi8>) {
  // expected-error @+2 {{quantizeLinear: scale shape [4, 1] must equal the zeroPoint shape [4, 2]}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<4x2xf32>, tensor<4x1xf32>, tensor<4x2xi8>) -> tensor<4x2xi8>
  return
}

// -----

func.func @dequantize_linear_shape_mismatch(%x: tensor<4x6xui8>, %s: tensor<2x3xf32>, %z: tensor<2x2xui8>) {
  // expected-error @+2 {{dequantizeLinear: scale shape [2, 3] must equal the zeroPoint shape [2, 2]}}
  // expected-error @+1 {{'webnn.dequantize_linear' op failed to infer returned types}}
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<4x6xui8>, tensor<2x3xf32>, tensor<2x2xui8>) -> tensor<4x6xf32>
  return
}

// -----

// Blockwise broadcasting: each dimension of the scale divides the input's
// (6 % 4 != 0).
func.func @quantize_linear_not_divisible(%x: tensor<4x6xf32>, %s: tensor<4x4xf32>, %z: tensor<4x4xi8>) {
  // expected-error @+2 {{quantizeLinear: scale shape [4, 4] does not divide the input shape [4, 6] in dimension 1}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<4x6xf32>, tensor<4x4xf32>, tensor<4x4xi8>) -> tensor<4x6xi8>
  return
}

// -----

// A scale larger than the input does not divide it (4 % 8 != 0).
func.func @dequantize_linear_scale_larger_than_input(%x: tensor<4x6xi8>, %s: tensor<8x6xf32>, %z: tensor<8x6xi8>) {
  // expected-error @+2 {{dequantizeLinear: scale shape [8, 6] does not divide the input shape [4, 6] in dimension 0}}
  // expected-error @+1 {{'webnn.dequantize_linear' op failed to infer returned types}}
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<4x6xi8>, tensor<8x6xf32>, tensor<8x6xi8>) -> tensor<4x6xf32>
  return
}

// -----

// A zero dimension is rejected before the divisibility test.
func.func @quantize_linear_scale_zero_dimension(%x: tensor<4x6xf32>, %s: tensor<0x6xf32>, %z: tensor<0x6xi8>) {
  // expected-error @+2 {{quantizeLinear: scale dimension 0 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<4x6xf32>, tensor<0x6xf32>, tensor<0x6xi8>) -> tensor<4x6xi8>
  return
}

// -----

// The generic form is checked the same way.
func.func @quantize_linear_generic_not_divisible(%x: tensor<3x4xf32>, %s: tensor<2x4xf32>, %z: tensor<2x4xui8>) {
  // expected-error @+2 {{quantizeLinear: scale shape [2, 4] does not divide the input shape [3, 4] in dimension 0}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = "webnn.quantize_linear"(%x, %s, %z) : (tensor<3x4xf32>, tensor<2x4xf32>, tensor<2x4xui8>) -> tensor<3x4xui8>
  return
}

// -----

// The output of quantizeLinear has the zero point's type, not another one
// of the same width.
func.func @quantize_linear_wrong_result_data_type(%x: tensor<4xf32>, %s: tensor<4xf32>, %z: tensor<4xi8>) {
  // expected-error @+2 {{'webnn.quantize_linear' op inferred type(s) 'tensor<4xi8>' are incompatible with return type(s) of operation 'tensor<4xui8>'}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<4xf32>, tensor<4xf32>, tensor<4xi8>) -> tensor<4xui8>
  return
}

// -----

// An int8 zero point gives an int8 output, not an int4 one.
func.func @quantize_linear_wrong_result_int4(%x: tensor<4xf32>, %s: tensor<4xf32>, %z: tensor<4xi8>) {
  // expected-error @+2 {{'webnn.quantize_linear' op inferred type(s) 'tensor<4xi8>' are incompatible with return type(s) of operation 'tensor<4xi4>'}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<4xf32>, tensor<4xf32>, tensor<4xi8>) -> tensor<4xi4>
  return
}

// -----

// The output has the input's shape, not the scale's.
func.func @quantize_linear_wrong_result_shape(%x: tensor<4x6xf32>, %s: tensor<2x3xf32>, %z: tensor<2x3xi4>) {
  // expected-error @+2 {{'webnn.quantize_linear' op inferred type(s) 'tensor<4x6xi4>' are incompatible with return type(s) of operation 'tensor<2x3xi4>'}}
  // expected-error @+1 {{'webnn.quantize_linear' op failed to infer returned types}}
  %0 = webnn.quantize_linear %x, %s, %z : (tensor<4x6xf32>, tensor<2x3xf32>, tensor<2x3xi4>) -> tensor<2x3xi4>
  return
}

// -----

// The output of dequantizeLinear has the scale's type.
func.func @dequantize_linear_wrong_result_data_type(%x: tensor<4xi8>, %s: tensor<4xf16>, %z: tensor<4xi8>) {
  // expected-error @+2 {{'webnn.dequantize_linear' op inferred type(s) 'tensor<4xf16>' are incompatible with return type(s) of operation 'tensor<4xf32>'}}
  // expected-error @+1 {{'webnn.dequantize_linear' op failed to infer returned types}}
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<4xi8>, tensor<4xf16>, tensor<4xi8>) -> tensor<4xf32>
  return
}

// -----

// A type that is no WebNN data type at all: the ODS constraint.
func.func @dequantize_linear_input_int16(%x: tensor<2xi16>, %s: tensor<2xf32>, %z: tensor<2xi16>) {
  // expected-error-re @+1 {{'webnn.dequantize_linear' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xi16>'}}
  %0 = webnn.dequantize_linear %x, %s, %z : (tensor<2xi16>, tensor<2xf32>, tensor<2xi16>) -> tensor<2xf32>
  return
}

// -----

// int4 and uint4 are storage types: an op that computes on the values
// rejects them, with the list of the types it takes.
func.func @add_int4(%a: tensor<4xi4>, %b: tensor<4xi4>) {
  // expected-error @+2 {{add: a data type (int4) must be one of float32, float16, int32, uint32, int64, uint64, int8, uint8}}
  // expected-error @+1 {{'webnn.add' op failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<4xi4>, tensor<4xi4>) -> tensor<4xi4>
  return
}

// -----

func.func @relu_uint4(%x: tensor<4xui4>) {
  // expected-error @+2 {{relu: input data type (uint4) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.relu' op failed to infer returned types}}
  %0 = webnn.relu %x : (tensor<4xui4>) -> tensor<4xui4>
  return
}

// -----

func.func @matmul_int4(%a: tensor<2x3xi4>, %b: tensor<3x2xi4>) {
  // expected-error @+2 {{matmul: a data type (int4) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<2x3xi4>, tensor<3x2xi4>) -> tensor<2x2xi4>
  return
}

// -----

// Nor do the ops that only move values: the 4-bit types go straight into
// dequantize_linear or out of quantize_linear.
func.func @reshape_int4(%x: tensor<6xi4>) {
  // expected-error @+2 {{reshape: input data type (int4) must be one of float32, float16, int32, uint32, int64, uint64, int8, uint8}}
  // expected-error @+1 {{'webnn.reshape' op failed to infer returned types}}
  %0 = webnn.reshape %x {new_shape = array<i64: 2, 3>} : (tensor<6xi4>) -> tensor<2x3xi4>
  return
}

// -----

func.func @cast_from_uint4(%x: tensor<4xui4>) {
  // expected-error @+2 {{cast: input data type (uint4) must be one of float32, float16, int32, uint32, int64, uint64, int8, uint8}}
  // expected-error @+1 {{'webnn.cast' op failed to infer returned types}}
  %0 = webnn.cast %x {data_type = f32} : (tensor<4xui4>) -> tensor<4xf32>
  return
}

// -----

// cast does not make the 4-bit storage types: only quantizeLinear does, and
// it clamps to their range.
func.func @cast_to_int4(%x: tensor<4xf32>) -> tensor<4xi4> {
  // expected-error @+2 {{cast: type (int4) must be one of float32, float16, int32, uint32, int64, uint64, int8, uint8}}
  // expected-error @+1 {{'webnn.cast' op failed to infer returned types}}
  %r = webnn.cast %x {data_type = i4} : (tensor<4xf32>) -> tensor<4xi4>
  return %r : tensor<4xi4>
}

// -----

func.func @cast_to_uint4(%x: tensor<4xi32>) -> tensor<4xui4> {
  // expected-error @+2 {{cast: type (uint4) must be one of float32, float16, int32, uint32, int64, uint64, int8, uint8}}
  // expected-error @+1 {{'webnn.cast' op failed to infer returned types}}
  %r = webnn.cast %x {data_type = ui4} : (tensor<4xi32>) -> tensor<4xui4>
  return %r : tensor<4xui4>
}
