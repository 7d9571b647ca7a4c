// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round-trip tests of every webnn op: each function is parsed, printed, and
// parsed again, once through the custom assembly form and once through the
// generic form. A few functions are written in the generic form to check
// that it parses too. Default-valued options are elided from the custom form.

//===----------------------------------------------------------------------===//
// constant
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func @constant_dense_f32(
// CHECK:         %[[C:.*]] = webnn.constant dense<[5.000000e-01, -1.000000e+00]> : tensor<2xf32>
// CHECK:         return %[[C]] : tensor<2xf32>
func.func @constant_dense_f32() -> tensor<2xf32> {
  %0 = webnn.constant dense<[0.5, -1.0]> : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// CHECK-LABEL: func @constant_splat_f16(
// CHECK:         %[[C:.*]] = webnn.constant dense<1.500000e+00> : tensor<2x3xf16>
// CHECK:         return %[[C]] : tensor<2x3xf16>
func.func @constant_splat_f16() -> tensor<2x3xf16> {
  %0 = webnn.constant dense<1.5> : tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @constant_scalar_f32(
// CHECK:         %[[C:.*]] = webnn.constant dense<3.000000e+00> : tensor<f32>
// CHECK:         return %[[C]] : tensor<f32>
func.func @constant_scalar_f32() -> tensor<f32> {
  %0 = webnn.constant dense<3.0> : tensor<f32>
  return %0 : tensor<f32>
}

// CHECK-LABEL: func @constant_integers(
// CHECK:         %[[I32:.*]] = webnn.constant dense<[-2147483648, 2147483647]> : tensor<2xi32>
// CHECK:         %[[U32:.*]] = webnn.constant dense<4294967295> : tensor<ui32>
// CHECK:         %[[I64:.*]] = webnn.constant dense<{{\[\[}}1, -2], [3, -4]]> : tensor<2x2xi64>
// CHECK:         %[[U64:.*]] = webnn.constant dense<[18446744073709551615, 0]> : tensor<2xui64>
// CHECK:         %[[I8:.*]] = webnn.constant dense<[-128, 127, 0]> : tensor<3xi8>
// CHECK:         %[[U8:.*]] = webnn.constant dense<255> : tensor<1x4xui8>
// CHECK:         return %[[I32]], %[[U32]], %[[I64]], %[[U64]], %[[I8]], %[[U8]]
func.func @constant_integers() -> (tensor<2xi32>, tensor<ui32>, tensor<2x2xi64>,
                                   tensor<2xui64>, tensor<3xi8>, tensor<1x4xui8>) {
  %0 = webnn.constant dense<[-2147483648, 2147483647]> : tensor<2xi32>
  %1 = webnn.constant dense<4294967295> : tensor<ui32>
  %2 = webnn.constant dense<[[1, -2], [3, -4]]> : tensor<2x2xi64>
  %3 = webnn.constant dense<[18446744073709551615, 0]> : tensor<2xui64>
  %4 = webnn.constant dense<[-128, 127, 0]> : tensor<3xi8>
  %5 = webnn.constant dense<255> : tensor<1x4xui8>
  return %0, %1, %2, %3, %4, %5 : tensor<2xi32>, tensor<ui32>, tensor<2x2xi64>,
                                  tensor<2xui64>, tensor<3xi8>, tensor<1x4xui8>
}

// The blob's bytes are the alignment (4, little-endian) then 1.0, 2.0, 3.0
// and 4.0 as f32.
// CHECK-LABEL: func @constant_dense_resource(
// CHECK:         %[[C:.*]] = webnn.constant dense_resource<conv_w> : tensor<1x1x2x2xf32>
// CHECK:         return %[[C]] : tensor<1x1x2x2xf32>
func.func @constant_dense_resource() -> tensor<1x1x2x2xf32> {
  %0 = webnn.constant dense_resource<conv_w> : tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}

// The generic form of a constant: the value is a property.
// CHECK-LABEL: func @constant_generic(
// CHECK:         %[[C:.*]] = webnn.constant dense<[1, 2, 3]> : tensor<3xi64>
// CHECK:         return %[[C]] : tensor<3xi64>
func.func @constant_generic() -> tensor<3xi64> {
  %0 = "webnn.constant"() <{value = dense<[1, 2, 3]> : tensor<3xi64>}> : () -> tensor<3xi64>
  return %0 : tensor<3xi64>
}

//===----------------------------------------------------------------------===//
// Element-wise binary ops
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func @add_f32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xf32>, %[[B:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.add %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @add_f32(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.add %a, %b : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @add_broadcast(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x1x4xf32>, %[[B:[^:]+]]: tensor<3x1xf32>)
// CHECK:         %[[R:.*]] = webnn.add %[[A]], %[[B]] : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
// CHECK:         return %[[R]] : tensor<2x3x4xf32>
func.func @add_broadcast(%a: tensor<2x1x4xf32>, %b: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.add %a, %b : (tensor<2x1x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// CHECK-LABEL: func @add_scalar_rhs(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xf32>, %[[B:[^:]+]]: tensor<f32>)
// CHECK:         %[[R:.*]] = webnn.add %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @add_scalar_rhs(%a: tensor<2x3xf32>, %b: tensor<f32>) -> tensor<2x3xf32> {
  %0 = webnn.add %a, %b : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @add_scalar_lhs(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<f16>, %[[B:[^:]+]]: tensor<4x1x2xf16>)
// CHECK:         %[[R:.*]] = webnn.add %[[A]], %[[B]] : (tensor<f16>, tensor<4x1x2xf16>) -> tensor<4x1x2xf16>
// CHECK:         return %[[R]] : tensor<4x1x2xf16>
func.func @add_scalar_lhs(%a: tensor<f16>, %b: tensor<4x1x2xf16>) -> tensor<4x1x2xf16> {
  %0 = webnn.add %a, %b : (tensor<f16>, tensor<4x1x2xf16>) -> tensor<4x1x2xf16>
  return %0 : tensor<4x1x2xf16>
}

// CHECK-LABEL: func @add_scalars(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<i32>, %[[B:[^:]+]]: tensor<i32>)
// CHECK:         %[[R:.*]] = webnn.add %[[A]], %[[B]] : (tensor<i32>, tensor<i32>) -> tensor<i32>
// CHECK:         return %[[R]] : tensor<i32>
func.func @add_scalars(%a: tensor<i32>, %b: tensor<i32>) -> tensor<i32> {
  %0 = webnn.add %a, %b : (tensor<i32>, tensor<i32>) -> tensor<i32>
  return %0 : tensor<i32>
}

// CHECK-LABEL: func @add_ui8(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<8xui8>, %[[B:[^:]+]]: tensor<1xui8>)
// CHECK:         %[[R:.*]] = webnn.add %[[A]], %[[B]] : (tensor<8xui8>, tensor<1xui8>) -> tensor<8xui8>
// CHECK:         return %[[R]] : tensor<8xui8>
func.func @add_ui8(%a: tensor<8xui8>, %b: tensor<1xui8>) -> tensor<8xui8> {
  %0 = webnn.add %a, %b : (tensor<8xui8>, tensor<1xui8>) -> tensor<8xui8>
  return %0 : tensor<8xui8>
}

// CHECK-LABEL: func @sub_f32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<1x3x1x5xf32>, %[[B:[^:]+]]: tensor<3x4x1xf32>)
// CHECK:         %[[R:.*]] = webnn.sub %[[A]], %[[B]] : (tensor<1x3x1x5xf32>, tensor<3x4x1xf32>) -> tensor<1x3x4x5xf32>
// CHECK:         return %[[R]] : tensor<1x3x4x5xf32>
func.func @sub_f32(%a: tensor<1x3x1x5xf32>, %b: tensor<3x4x1xf32>) -> tensor<1x3x4x5xf32> {
  %0 = webnn.sub %a, %b : (tensor<1x3x1x5xf32>, tensor<3x4x1xf32>) -> tensor<1x3x4x5xf32>
  return %0 : tensor<1x3x4x5xf32>
}

// CHECK-LABEL: func @sub_i32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<4x1xi32>, %[[B:[^:]+]]: tensor<1x5xi32>)
// CHECK:         %[[R:.*]] = webnn.sub %[[A]], %[[B]] : (tensor<4x1xi32>, tensor<1x5xi32>) -> tensor<4x5xi32>
// CHECK:         return %[[R]] : tensor<4x5xi32>
func.func @sub_i32(%a: tensor<4x1xi32>, %b: tensor<1x5xi32>) -> tensor<4x5xi32> {
  %0 = webnn.sub %a, %b : (tensor<4x1xi32>, tensor<1x5xi32>) -> tensor<4x5xi32>
  return %0 : tensor<4x5xi32>
}

// CHECK-LABEL: func @mul_f32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<1x16x8x8xf32>, %[[B:[^:]+]]: tensor<16x1x1xf32>)
// CHECK:         %[[R:.*]] = webnn.mul %[[A]], %[[B]] : (tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) -> tensor<1x16x8x8xf32>
// CHECK:         return %[[R]] : tensor<1x16x8x8xf32>
func.func @mul_f32(%a: tensor<1x16x8x8xf32>, %b: tensor<16x1x1xf32>) -> tensor<1x16x8x8xf32> {
  %0 = webnn.mul %a, %b : (tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) -> tensor<1x16x8x8xf32>
  return %0 : tensor<1x16x8x8xf32>
}

// CHECK-LABEL: func @mul_ui32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<3x2xui32>, %[[B:[^:]+]]: tensor<ui32>)
// CHECK:         %[[R:.*]] = webnn.mul %[[A]], %[[B]] : (tensor<3x2xui32>, tensor<ui32>) -> tensor<3x2xui32>
// CHECK:         return %[[R]] : tensor<3x2xui32>
func.func @mul_ui32(%a: tensor<3x2xui32>, %b: tensor<ui32>) -> tensor<3x2xui32> {
  %0 = webnn.mul %a, %b : (tensor<3x2xui32>, tensor<ui32>) -> tensor<3x2xui32>
  return %0 : tensor<3x2xui32>
}

// CHECK-LABEL: func @div_f32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<5xf32>, %[[B:[^:]+]]: tensor<5xf32>)
// CHECK:         %[[R:.*]] = webnn.div %[[A]], %[[B]] : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
// CHECK:         return %[[R]] : tensor<5xf32>
func.func @div_f32(%a: tensor<5xf32>, %b: tensor<5xf32>) -> tensor<5xf32> {
  %0 = webnn.div %a, %b : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// CHECK-LABEL: func @div_i64(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<i64>, %[[B:[^:]+]]: tensor<2x2xi64>)
// CHECK:         %[[R:.*]] = webnn.div %[[A]], %[[B]] : (tensor<i64>, tensor<2x2xi64>) -> tensor<2x2xi64>
// CHECK:         return %[[R]] : tensor<2x2xi64>
func.func @div_i64(%a: tensor<i64>, %b: tensor<2x2xi64>) -> tensor<2x2xi64> {
  %0 = webnn.div %a, %b : (tensor<i64>, tensor<2x2xi64>) -> tensor<2x2xi64>
  return %0 : tensor<2x2xi64>
}

// CHECK-LABEL: func @max_f32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xf32>, %[[B:[^:]+]]: tensor<3xf32>)
// CHECK:         %[[R:.*]] = webnn.max %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @max_f32(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.max %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @max_ui64(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<7xui64>, %[[B:[^:]+]]: tensor<7xui64>)
// CHECK:         %[[R:.*]] = webnn.max %[[A]], %[[B]] : (tensor<7xui64>, tensor<7xui64>) -> tensor<7xui64>
// CHECK:         return %[[R]] : tensor<7xui64>
func.func @max_ui64(%a: tensor<7xui64>, %b: tensor<7xui64>) -> tensor<7xui64> {
  %0 = webnn.max %a, %b : (tensor<7xui64>, tensor<7xui64>) -> tensor<7xui64>
  return %0 : tensor<7xui64>
}

// CHECK-LABEL: func @min_f16(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xf16>, %[[B:[^:]+]]: tensor<2x1xf16>)
// CHECK:         %[[R:.*]] = webnn.min %[[A]], %[[B]] : (tensor<2x3xf16>, tensor<2x1xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @min_f16(%a: tensor<2x3xf16>, %b: tensor<2x1xf16>) -> tensor<2x3xf16> {
  %0 = webnn.min %a, %b : (tensor<2x3xf16>, tensor<2x1xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @min_i8(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<1x4xi8>, %[[B:[^:]+]]: tensor<3x1xi8>)
// CHECK:         %[[R:.*]] = webnn.min %[[A]], %[[B]] : (tensor<1x4xi8>, tensor<3x1xi8>) -> tensor<3x4xi8>
// CHECK:         return %[[R]] : tensor<3x4xi8>
func.func @min_i8(%a: tensor<1x4xi8>, %b: tensor<3x1xi8>) -> tensor<3x4xi8> {
  %0 = webnn.min %a, %b : (tensor<1x4xi8>, tensor<3x1xi8>) -> tensor<3x4xi8>
  return %0 : tensor<3x4xi8>
}

// CHECK-LABEL: func @pow_f32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xf32>, %[[B:[^:]+]]: tensor<f32>)
// CHECK:         %[[R:.*]] = webnn.pow %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @pow_f32(%a: tensor<2x3xf32>, %b: tensor<f32>) -> tensor<2x3xf32> {
  %0 = webnn.pow %a, %b : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @pow_f16(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<6xf16>, %[[B:[^:]+]]: tensor<6xf16>)
// CHECK:         %[[R:.*]] = webnn.pow %[[A]], %[[B]] : (tensor<6xf16>, tensor<6xf16>) -> tensor<6xf16>
// CHECK:         return %[[R]] : tensor<6xf16>
func.func @pow_f16(%a: tensor<6xf16>, %b: tensor<6xf16>) -> tensor<6xf16> {
  %0 = webnn.pow %a, %b : (tensor<6xf16>, tensor<6xf16>) -> tensor<6xf16>
  return %0 : tensor<6xf16>
}
// Binary ops written in the generic form.
// CHECK-LABEL: func @add_generic(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xf32>, %[[B:[^:]+]]: tensor<3xf32>)
// CHECK:         %[[R:.*]] = webnn.add %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @add_generic(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = "webnn.add"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @mul_generic_scalar(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<ui8>, %[[B:[^:]+]]: tensor<ui8>)
// CHECK:         %[[R:.*]] = webnn.mul %[[A]], %[[B]] : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
// CHECK:         return %[[R]] : tensor<ui8>
func.func @mul_generic_scalar(%a: tensor<ui8>, %b: tensor<ui8>) -> tensor<ui8> {
  %0 = "webnn.mul"(%a, %b) : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

//===----------------------------------------------------------------------===//
// Element-wise unary ops
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func @abs_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.abs %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @abs_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.abs %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @abs_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.abs %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @abs_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.abs %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @abs_i64(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi64>)
// CHECK:         %[[R:.*]] = webnn.abs %[[X]] : (tensor<4xi64>) -> tensor<4xi64>
// CHECK:         return %[[R]] : tensor<4xi64>
func.func @abs_i64(%x: tensor<4xi64>) -> tensor<4xi64> {
  %0 = webnn.abs %x : (tensor<4xi64>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}

// CHECK-LABEL: func @abs_i32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi32>)
// CHECK:         %[[R:.*]] = webnn.abs %[[X]] : (tensor<4xi32>) -> tensor<4xi32>
// CHECK:         return %[[R]] : tensor<4xi32>
func.func @abs_i32(%x: tensor<4xi32>) -> tensor<4xi32> {
  %0 = webnn.abs %x : (tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// CHECK-LABEL: func @abs_i8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi8>)
// CHECK:         %[[R:.*]] = webnn.abs %[[X]] : (tensor<4xi8>) -> tensor<4xi8>
// CHECK:         return %[[R]] : tensor<4xi8>
func.func @abs_i8(%x: tensor<4xi8>) -> tensor<4xi8> {
  %0 = webnn.abs %x : (tensor<4xi8>) -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// CHECK-LABEL: func @neg_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.neg %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @neg_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.neg %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @neg_scalar_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<f16>)
// CHECK:         %[[R:.*]] = webnn.neg %[[X]] : (tensor<f16>) -> tensor<f16>
// CHECK:         return %[[R]] : tensor<f16>
func.func @neg_scalar_f16(%x: tensor<f16>) -> tensor<f16> {
  %0 = webnn.neg %x : (tensor<f16>) -> tensor<f16>
  return %0 : tensor<f16>
}

// CHECK-LABEL: func @neg_i64(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi64>)
// CHECK:         %[[R:.*]] = webnn.neg %[[X]] : (tensor<4xi64>) -> tensor<4xi64>
// CHECK:         return %[[R]] : tensor<4xi64>
func.func @neg_i64(%x: tensor<4xi64>) -> tensor<4xi64> {
  %0 = webnn.neg %x : (tensor<4xi64>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}

// CHECK-LABEL: func @neg_i32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi32>)
// CHECK:         %[[R:.*]] = webnn.neg %[[X]] : (tensor<4xi32>) -> tensor<4xi32>
// CHECK:         return %[[R]] : tensor<4xi32>
func.func @neg_i32(%x: tensor<4xi32>) -> tensor<4xi32> {
  %0 = webnn.neg %x : (tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// CHECK-LABEL: func @neg_i8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi8>)
// CHECK:         %[[R:.*]] = webnn.neg %[[X]] : (tensor<4xi8>) -> tensor<4xi8>
// CHECK:         return %[[R]] : tensor<4xi8>
func.func @neg_i8(%x: tensor<4xi8>) -> tensor<4xi8> {
  %0 = webnn.neg %x : (tensor<4xi8>) -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// CHECK-LABEL: func @ceil_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.ceil %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @ceil_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.ceil %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @ceil_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.ceil %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @ceil_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.ceil %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @floor_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.floor %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @floor_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.floor %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @floor_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.floor %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @floor_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.floor %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @exp_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.exp %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @exp_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.exp %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @exp_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.exp %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @exp_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.exp %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @log_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.log %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @log_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.log %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @log_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.log %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @log_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.log %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @sqrt_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.sqrt %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @sqrt_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.sqrt %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @sqrt_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.sqrt %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @sqrt_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.sqrt %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @reciprocal_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.reciprocal %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @reciprocal_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.reciprocal %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @reciprocal_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.reciprocal %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @reciprocal_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.reciprocal %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @sigmoid_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1000xf32>)
// CHECK:         %[[R:.*]] = webnn.sigmoid %[[X]] : (tensor<1x1000xf32>) -> tensor<1x1000xf32>
// CHECK:         return %[[R]] : tensor<1x1000xf32>
func.func @sigmoid_f32(%x: tensor<1x1000xf32>) -> tensor<1x1000xf32> {
  %0 = webnn.sigmoid %x : (tensor<1x1000xf32>) -> tensor<1x1000xf32>
  return %0 : tensor<1x1000xf32>
}

// CHECK-LABEL: func @sigmoid_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1000xf16>)
// CHECK:         %[[R:.*]] = webnn.sigmoid %[[X]] : (tensor<1x1000xf16>) -> tensor<1x1000xf16>
// CHECK:         return %[[R]] : tensor<1x1000xf16>
func.func @sigmoid_f16(%x: tensor<1x1000xf16>) -> tensor<1x1000xf16> {
  %0 = webnn.sigmoid %x : (tensor<1x1000xf16>) -> tensor<1x1000xf16>
  return %0 : tensor<1x1000xf16>
}

// CHECK-LABEL: func @tanh_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.tanh %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @tanh_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.tanh %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @tanh_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.tanh %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @tanh_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.tanh %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @relu_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x32x112x112xf32>)
// CHECK:         %[[R:.*]] = webnn.relu %[[X]] : (tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32>
// CHECK:         return %[[R]] : tensor<1x32x112x112xf32>
func.func @relu_f32(%x: tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32> {
  %0 = webnn.relu %x : (tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32>
  return %0 : tensor<1x32x112x112xf32>
}

// CHECK-LABEL: func @relu_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x32x112x112xf16>)
// CHECK:         %[[R:.*]] = webnn.relu %[[X]] : (tensor<1x32x112x112xf16>) -> tensor<1x32x112x112xf16>
// CHECK:         return %[[R]] : tensor<1x32x112x112xf16>
func.func @relu_f16(%x: tensor<1x32x112x112xf16>) -> tensor<1x32x112x112xf16> {
  %0 = webnn.relu %x : (tensor<1x32x112x112xf16>) -> tensor<1x32x112x112xf16>
  return %0 : tensor<1x32x112x112xf16>
}

// CHECK-LABEL: func @relu_i64(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi64>)
// CHECK:         %[[R:.*]] = webnn.relu %[[X]] : (tensor<4xi64>) -> tensor<4xi64>
// CHECK:         return %[[R]] : tensor<4xi64>
func.func @relu_i64(%x: tensor<4xi64>) -> tensor<4xi64> {
  %0 = webnn.relu %x : (tensor<4xi64>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}

// CHECK-LABEL: func @relu_i32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi32>)
// CHECK:         %[[R:.*]] = webnn.relu %[[X]] : (tensor<4xi32>) -> tensor<4xi32>
// CHECK:         return %[[R]] : tensor<4xi32>
func.func @relu_i32(%x: tensor<4xi32>) -> tensor<4xi32> {
  %0 = webnn.relu %x : (tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// CHECK-LABEL: func @relu_i8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi8>)
// CHECK:         %[[R:.*]] = webnn.relu %[[X]] : (tensor<4xi8>) -> tensor<4xi8>
// CHECK:         return %[[R]] : tensor<4xi8>
func.func @relu_i8(%x: tensor<4xi8>) -> tensor<4xi8> {
  %0 = webnn.relu %x : (tensor<4xi8>) -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// CHECK-LABEL: func @identity_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.identity %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @identity_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.identity %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @identity_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.identity %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @identity_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.identity %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @identity_i32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3xi32>)
// CHECK:         %[[R:.*]] = webnn.identity %[[X]] : (tensor<3xi32>) -> tensor<3xi32>
// CHECK:         return %[[R]] : tensor<3xi32>
func.func @identity_i32(%x: tensor<3xi32>) -> tensor<3xi32> {
  %0 = webnn.identity %x : (tensor<3xi32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// CHECK-LABEL: func @identity_ui32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3xui32>)
// CHECK:         %[[R:.*]] = webnn.identity %[[X]] : (tensor<3xui32>) -> tensor<3xui32>
// CHECK:         return %[[R]] : tensor<3xui32>
func.func @identity_ui32(%x: tensor<3xui32>) -> tensor<3xui32> {
  %0 = webnn.identity %x : (tensor<3xui32>) -> tensor<3xui32>
  return %0 : tensor<3xui32>
}

// CHECK-LABEL: func @identity_i64(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3xi64>)
// CHECK:         %[[R:.*]] = webnn.identity %[[X]] : (tensor<3xi64>) -> tensor<3xi64>
// CHECK:         return %[[R]] : tensor<3xi64>
func.func @identity_i64(%x: tensor<3xi64>) -> tensor<3xi64> {
  %0 = webnn.identity %x : (tensor<3xi64>) -> tensor<3xi64>
  return %0 : tensor<3xi64>
}

// CHECK-LABEL: func @identity_ui64(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3xui64>)
// CHECK:         %[[R:.*]] = webnn.identity %[[X]] : (tensor<3xui64>) -> tensor<3xui64>
// CHECK:         return %[[R]] : tensor<3xui64>
func.func @identity_ui64(%x: tensor<3xui64>) -> tensor<3xui64> {
  %0 = webnn.identity %x : (tensor<3xui64>) -> tensor<3xui64>
  return %0 : tensor<3xui64>
}

// CHECK-LABEL: func @identity_i8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3xi8>)
// CHECK:         %[[R:.*]] = webnn.identity %[[X]] : (tensor<3xi8>) -> tensor<3xi8>
// CHECK:         return %[[R]] : tensor<3xi8>
func.func @identity_i8(%x: tensor<3xi8>) -> tensor<3xi8> {
  %0 = webnn.identity %x : (tensor<3xi8>) -> tensor<3xi8>
  return %0 : tensor<3xi8>
}

// CHECK-LABEL: func @identity_ui8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3xui8>)
// CHECK:         %[[R:.*]] = webnn.identity %[[X]] : (tensor<3xui8>) -> tensor<3xui8>
// CHECK:         return %[[R]] : tensor<3xui8>
func.func @identity_ui8(%x: tensor<3xui8>) -> tensor<3xui8> {
  %0 = webnn.identity %x : (tensor<3xui8>) -> tensor<3xui8>
  return %0 : tensor<3xui8>
}

// CHECK-LABEL: func @identity_scalar_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<f32>)
// CHECK:         %[[R:.*]] = webnn.identity %[[X]] : (tensor<f32>) -> tensor<f32>
// CHECK:         return %[[R]] : tensor<f32>
func.func @identity_scalar_f32(%x: tensor<f32>) -> tensor<f32> {
  %0 = webnn.identity %x : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
// CHECK-LABEL: func @sqrt_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xf16>)
// CHECK:         %[[R:.*]] = webnn.sqrt %[[X]] : (tensor<4xf16>) -> tensor<4xf16>
// CHECK:         return %[[R]] : tensor<4xf16>
func.func @sqrt_generic(%x: tensor<4xf16>) -> tensor<4xf16> {
  %0 = "webnn.sqrt"(%x) : (tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// alpha defaults to 0.01 and is then elided.
// CHECK-LABEL: func @leaky_relu_default(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x16x52x52xf32>)
// CHECK:         %[[R:.*]] = webnn.leaky_relu %[[X]] : (tensor<1x16x52x52xf32>) -> tensor<1x16x52x52xf32>
// CHECK:         return %[[R]] : tensor<1x16x52x52xf32>
func.func @leaky_relu_default(%x: tensor<1x16x52x52xf32>) -> tensor<1x16x52x52xf32> {
  %0 = webnn.leaky_relu %x : (tensor<1x16x52x52xf32>) -> tensor<1x16x52x52xf32>
  return %0 : tensor<1x16x52x52xf32>
}

// CHECK-LABEL: func @leaky_relu_alpha(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x16x52x52xf32>)
// CHECK:         %[[R:.*]] = webnn.leaky_relu %[[X]] {alpha = 1.000000e-01 : f64} : (tensor<1x16x52x52xf32>) -> tensor<1x16x52x52xf32>
// CHECK:         return %[[R]] : tensor<1x16x52x52xf32>
func.func @leaky_relu_alpha(%x: tensor<1x16x52x52xf32>) -> tensor<1x16x52x52xf32> {
  %0 = webnn.leaky_relu %x {alpha = 0.1 : f64} : (tensor<1x16x52x52xf32>) -> tensor<1x16x52x52xf32>
  return %0 : tensor<1x16x52x52xf32>
}

// CHECK-LABEL: func @leaky_relu_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<8xf16>)
// CHECK:         %[[R:.*]] = webnn.leaky_relu %[[X]] {alpha = 2.000000e-01 : f64} : (tensor<8xf16>) -> tensor<8xf16>
// CHECK:         return %[[R]] : tensor<8xf16>
func.func @leaky_relu_f16(%x: tensor<8xf16>) -> tensor<8xf16> {
  %0 = webnn.leaky_relu %x {alpha = 0.2 : f64} : (tensor<8xf16>) -> tensor<8xf16>
  return %0 : tensor<8xf16>
}

// clamp as ReLU6.
// CHECK-LABEL: func @clamp_min_max(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x32x112x112xf32>)
// CHECK:         %[[R:.*]] = webnn.clamp %[[X]] {max_value = 6.000000e+00 : f64, min_value = 0.000000e+00 : f64} : (tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32>
// CHECK:         return %[[R]] : tensor<1x32x112x112xf32>
func.func @clamp_min_max(%x: tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32> {
  %0 = webnn.clamp %x {min_value = 0.0 : f64, max_value = 6.0 : f64} : (tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32>
  return %0 : tensor<1x32x112x112xf32>
}

// CHECK-LABEL: func @clamp_min_only(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.clamp %[[X]] {min_value = -1.000000e+00 : f64} : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @clamp_min_only(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.clamp %x {min_value = -1.0 : f64} : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @clamp_max_only(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xui8>)
// CHECK:         %[[R:.*]] = webnn.clamp %[[X]] {max_value = 1.000000e+02 : f64} : (tensor<4xui8>) -> tensor<4xui8>
// CHECK:         return %[[R]] : tensor<4xui8>
func.func @clamp_max_only(%x: tensor<4xui8>) -> tensor<4xui8> {
  %0 = webnn.clamp %x {max_value = 100.0 : f64} : (tensor<4xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// Without bounds clamp leaves every element unchanged.
// CHECK-LABEL: func @clamp_none(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi32>)
// CHECK:         %[[R:.*]] = webnn.clamp %[[X]] : (tensor<4xi32>) -> tensor<4xi32>
// CHECK:         return %[[R]] : tensor<4xi32>
func.func @clamp_none(%x: tensor<4xi32>) -> tensor<4xi32> {
  %0 = webnn.clamp %x : (tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// Equal bounds are allowed.
// CHECK-LABEL: func @clamp_equal_bounds_i64(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<i64>)
// CHECK:         %[[R:.*]] = webnn.clamp %[[X]] {max_value = 3.000000e+00 : f64, min_value = 3.000000e+00 : f64} : (tensor<i64>) -> tensor<i64>
// CHECK:         return %[[R]] : tensor<i64>
func.func @clamp_equal_bounds_i64(%x: tensor<i64>) -> tensor<i64> {
  %0 = webnn.clamp %x {min_value = 3.0 : f64, max_value = 3.0 : f64} : (tensor<i64>) -> tensor<i64>
  return %0 : tensor<i64>
}

//===----------------------------------------------------------------------===//
// concat, reshape, transpose
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func @concat_two(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<1x64x56x56xf32>, %[[B:[^:]+]]: tensor<1x64x56x56xf32>)
// CHECK:         %[[R:.*]] = webnn.concat %[[A]], %[[B]] {axis = 1 : i32} : (tensor<1x64x56x56xf32>, tensor<1x64x56x56xf32>) -> tensor<1x128x56x56xf32>
// CHECK:         return %[[R]] : tensor<1x128x56x56xf32>
func.func @concat_two(%a: tensor<1x64x56x56xf32>, %b: tensor<1x64x56x56xf32>) -> tensor<1x128x56x56xf32> {
  %0 = webnn.concat %a, %b {axis = 1 : i32} : (tensor<1x64x56x56xf32>, tensor<1x64x56x56xf32>) -> tensor<1x128x56x56xf32>
  return %0 : tensor<1x128x56x56xf32>
}

// CHECK-LABEL: func @concat_three_last_axis(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x1xi32>, %[[B:[^:]+]]: tensor<2x3xi32>, %[[C:[^:]+]]: tensor<2x2xi32>)
// CHECK:         %[[R:.*]] = webnn.concat %[[A]], %[[B]], %[[C]] {axis = 1 : i32} : (tensor<2x1xi32>, tensor<2x3xi32>, tensor<2x2xi32>) -> tensor<2x6xi32>
// CHECK:         return %[[R]] : tensor<2x6xi32>
func.func @concat_three_last_axis(%a: tensor<2x1xi32>, %b: tensor<2x3xi32>, %c: tensor<2x2xi32>) -> tensor<2x6xi32> {
  %0 = webnn.concat %a, %b, %c {axis = 1 : i32} : (tensor<2x1xi32>, tensor<2x3xi32>, tensor<2x2xi32>) -> tensor<2x6xi32>
  return %0 : tensor<2x6xi32>
}

// CHECK-LABEL: func @concat_axis0_ui8(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<3xui8>, %[[B:[^:]+]]: tensor<5xui8>)
// CHECK:         %[[R:.*]] = webnn.concat %[[A]], %[[B]] {axis = 0 : i32} : (tensor<3xui8>, tensor<5xui8>) -> tensor<8xui8>
// CHECK:         return %[[R]] : tensor<8xui8>
func.func @concat_axis0_ui8(%a: tensor<3xui8>, %b: tensor<5xui8>) -> tensor<8xui8> {
  %0 = webnn.concat %a, %b {axis = 0 : i32} : (tensor<3xui8>, tensor<5xui8>) -> tensor<8xui8>
  return %0 : tensor<8xui8>
}

// CHECK-LABEL: func @concat_single(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x2xf16>)
// CHECK:         %[[R:.*]] = webnn.concat %[[A]] {axis = 0 : i32} : (tensor<2x2xf16>) -> tensor<2x2xf16>
// CHECK:         return %[[R]] : tensor<2x2xf16>
func.func @concat_single(%a: tensor<2x2xf16>) -> tensor<2x2xf16> {
  %0 = webnn.concat %a {axis = 0 : i32} : (tensor<2x2xf16>) -> tensor<2x2xf16>
  return %0 : tensor<2x2xf16>
}

// CHECK-LABEL: func @reshape_flatten(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1000x1x1xf32>)
// CHECK:         %[[R:.*]] = webnn.reshape %[[X]] {new_shape = array<i64: 1, 1000>} : (tensor<1x1000x1x1xf32>) -> tensor<1x1000xf32>
// CHECK:         return %[[R]] : tensor<1x1000xf32>
func.func @reshape_flatten(%x: tensor<1x1000x1x1xf32>) -> tensor<1x1000xf32> {
  %0 = webnn.reshape %x {new_shape = array<i64: 1, 1000>} : (tensor<1x1000x1x1xf32>) -> tensor<1x1000xf32>
  return %0 : tensor<1x1000xf32>
}

// CHECK-LABEL: func @reshape_to_scalar(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1xi64>)
// CHECK:         %[[R:.*]] = webnn.reshape %[[X]] {new_shape = array<i64>} : (tensor<1x1xi64>) -> tensor<i64>
// CHECK:         return %[[R]] : tensor<i64>
func.func @reshape_to_scalar(%x: tensor<1x1xi64>) -> tensor<i64> {
  %0 = webnn.reshape %x {new_shape = array<i64>} : (tensor<1x1xi64>) -> tensor<i64>
  return %0 : tensor<i64>
}

// CHECK-LABEL: func @reshape_from_scalar(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<ui64>)
// CHECK:         %[[R:.*]] = webnn.reshape %[[X]] {new_shape = array<i64: 1, 1, 1>} : (tensor<ui64>) -> tensor<1x1x1xui64>
// CHECK:         return %[[R]] : tensor<1x1x1xui64>
func.func @reshape_from_scalar(%x: tensor<ui64>) -> tensor<1x1x1xui64> {
  %0 = webnn.reshape %x {new_shape = array<i64: 1, 1, 1>} : (tensor<ui64>) -> tensor<1x1x1xui64>
  return %0 : tensor<1x1x1xui64>
}

// CHECK-LABEL: func @reshape_i8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xi8>)
// CHECK:         %[[R:.*]] = webnn.reshape %[[X]] {new_shape = array<i64: 6, 4>} : (tensor<2x3x4xi8>) -> tensor<6x4xi8>
// CHECK:         return %[[R]] : tensor<6x4xi8>
func.func @reshape_i8(%x: tensor<2x3x4xi8>) -> tensor<6x4xi8> {
  %0 = webnn.reshape %x {new_shape = array<i64: 6, 4>} : (tensor<2x3x4xi8>) -> tensor<6x4xi8>
  return %0 : tensor<6x4xi8>
}

// CHECK-LABEL: func @transpose_nchw_to_nhwc(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x224x224xf32>)
// CHECK:         %[[R:.*]] = webnn.transpose %[[X]] {permutation = array<i64: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
// CHECK:         return %[[R]] : tensor<1x224x224x3xf32>
func.func @transpose_nchw_to_nhwc(%x: tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32> {
  %0 = webnn.transpose %x {permutation = array<i64: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
  return %0 : tensor<1x224x224x3xf32>
}

// Without a permutation the dimensions are reversed.
// CHECK-LABEL: func @transpose_default(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xui32>)
// CHECK:         %[[R:.*]] = webnn.transpose %[[X]] : (tensor<2x3x4xui32>) -> tensor<4x3x2xui32>
// CHECK:         return %[[R]] : tensor<4x3x2xui32>
func.func @transpose_default(%x: tensor<2x3x4xui32>) -> tensor<4x3x2xui32> {
  %0 = webnn.transpose %x : (tensor<2x3x4xui32>) -> tensor<4x3x2xui32>
  return %0 : tensor<4x3x2xui32>
}

// CHECK-LABEL: func @transpose_scalar(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<f16>)
// CHECK:         %[[R:.*]] = webnn.transpose %[[X]] : (tensor<f16>) -> tensor<f16>
// CHECK:         return %[[R]] : tensor<f16>
func.func @transpose_scalar(%x: tensor<f16>) -> tensor<f16> {
  %0 = webnn.transpose %x : (tensor<f16>) -> tensor<f16>
  return %0 : tensor<f16>
}

// CHECK-LABEL: func @transpose_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x5xi8>)
// CHECK:         %[[R:.*]] = webnn.transpose %[[X]] {permutation = array<i64: 1, 0>} : (tensor<2x5xi8>) -> tensor<5x2xi8>
// CHECK:         return %[[R]] : tensor<5x2xi8>
func.func @transpose_generic(%x: tensor<2x5xi8>) -> tensor<5x2xi8> {
  %0 = "webnn.transpose"(%x) <{permutation = array<i64: 1, 0>}> : (tensor<2x5xi8>) -> tensor<5x2xi8>
  return %0 : tensor<5x2xi8>
}

//===----------------------------------------------------------------------===//
// matmul, gemm
//===----------------------------------------------------------------------===//

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

//===----------------------------------------------------------------------===//
// conv2d
//===----------------------------------------------------------------------===//

// Defaults: nchw input, oihw filter, no padding, unit strides and dilations.
// CHECK-LABEL: func @conv2d_default(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x5x5xf32>, %[[W:[^:]+]]: tensor<2x3x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] : (tensor<1x3x5x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x2x3x3xf32>
// CHECK:         return %[[R]] : tensor<1x2x3x3xf32>
func.func @conv2d_default(%x: tensor<1x3x5x5xf32>, %w: tensor<2x3x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %0 = webnn.conv2d %x, %w : (tensor<1x3x5x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// (224 + 1 + 1 - 3) / 2 + 1 = 112.
// CHECK-LABEL: func @conv2d_bias_padding_strides(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x224x224xf32>, %[[W:[^:]+]]: tensor<32x3x3x3xf32>, %[[B:[^:]+]]: tensor<32xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x224x224xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>) -> tensor<1x32x112x112xf32>
// CHECK:         return %[[R]] : tensor<1x32x112x112xf32>
func.func @conv2d_bias_padding_strides(%x: tensor<1x3x224x224xf32>, %w: tensor<32x3x3x3xf32>, %b: tensor<32xf32>) -> tensor<1x32x112x112xf32> {
  %0 = webnn.conv2d %x, %w bias(%b) {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x224x224xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>) -> tensor<1x32x112x112xf32>
  return %0 : tensor<1x32x112x112xf32>
}

// Asymmetric padding and strides: height (7 + 0 + 2 - 3) / 1 + 1 = 7,
// width (9 + 1 + 0 - 3) / 3 + 1 = 3.
// CHECK-LABEL: func @conv2d_asymmetric(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x4x7x9xf32>, %[[W:[^:]+]]: tensor<6x4x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] {padding = array<i64: 0, 2, 1, 0>, strides = array<i64: 1, 3>} : (tensor<2x4x7x9xf32>, tensor<6x4x3x3xf32>) -> tensor<2x6x7x3xf32>
// CHECK:         return %[[R]] : tensor<2x6x7x3xf32>
func.func @conv2d_asymmetric(%x: tensor<2x4x7x9xf32>, %w: tensor<6x4x3x3xf32>) -> tensor<2x6x7x3xf32> {
  %0 = webnn.conv2d %x, %w {padding = array<i64: 0, 2, 1, 0>, strides = array<i64: 1, 3>} : (tensor<2x4x7x9xf32>, tensor<6x4x3x3xf32>) -> tensor<2x6x7x3xf32>
  return %0 : tensor<2x6x7x3xf32>
}

// A dilated 3x3 filter spans 5x5: 32 - 5 + 1 = 28.
// CHECK-LABEL: func @conv2d_dilations(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x8x32x32xf32>, %[[W:[^:]+]]: tensor<16x8x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] {dilations = array<i64: 2, 2>} : (tensor<1x8x32x32xf32>, tensor<16x8x3x3xf32>) -> tensor<1x16x28x28xf32>
// CHECK:         return %[[R]] : tensor<1x16x28x28xf32>
func.func @conv2d_dilations(%x: tensor<1x8x32x32xf32>, %w: tensor<16x8x3x3xf32>) -> tensor<1x16x28x28xf32> {
  %0 = webnn.conv2d %x, %w {dilations = array<i64: 2, 2>} : (tensor<1x8x32x32xf32>, tensor<16x8x3x3xf32>) -> tensor<1x16x28x28xf32>
  return %0 : tensor<1x16x28x28xf32>
}

// Two groups of 4 input channels.
// CHECK-LABEL: func @conv2d_groups(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x8x10x10xf32>, %[[W:[^:]+]]: tensor<12x4x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] {groups = 2 : i32} : (tensor<1x8x10x10xf32>, tensor<12x4x3x3xf32>) -> tensor<1x12x8x8xf32>
// CHECK:         return %[[R]] : tensor<1x12x8x8xf32>
func.func @conv2d_groups(%x: tensor<1x8x10x10xf32>, %w: tensor<12x4x3x3xf32>) -> tensor<1x12x8x8xf32> {
  %0 = webnn.conv2d %x, %w {groups = 2 : i32} : (tensor<1x8x10x10xf32>, tensor<12x4x3x3xf32>) -> tensor<1x12x8x8xf32>
  return %0 : tensor<1x12x8x8xf32>
}

// Depthwise: groups equals the input channels, one filter input channel.
// CHECK-LABEL: func @conv2d_depthwise(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x32x112x112xf32>, %[[W:[^:]+]]: tensor<32x1x3x3xf32>, %[[B:[^:]+]]: tensor<32xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) {groups = 32 : i32, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x32x112x112xf32>, tensor<32x1x3x3xf32>, tensor<32xf32>) -> tensor<1x32x112x112xf32>
// CHECK:         return %[[R]] : tensor<1x32x112x112xf32>
func.func @conv2d_depthwise(%x: tensor<1x32x112x112xf32>, %w: tensor<32x1x3x3xf32>, %b: tensor<32xf32>) -> tensor<1x32x112x112xf32> {
  %0 = webnn.conv2d %x, %w bias(%b) {groups = 32 : i32, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x32x112x112xf32>, tensor<32x1x3x3xf32>, tensor<32xf32>) -> tensor<1x32x112x112xf32>
  return %0 : tensor<1x32x112x112xf32>
}

// The default layouts written out are elided when printed.
// CHECK-LABEL: func @conv2d_nchw_oihw_explicit(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x5x5xf32>, %[[W:[^:]+]]: tensor<2x3x3x3xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] : (tensor<1x3x5x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x2x3x3xf32>
// CHECK:         return %[[R]] : tensor<1x2x3x3xf32>
func.func @conv2d_nchw_oihw_explicit(%x: tensor<1x3x5x5xf32>, %w: tensor<2x3x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %0 = webnn.conv2d %x, %w {input_layout = #webnn.layout<nchw>, filter_layout = #webnn.filter_layout<oihw>, groups = 1 : i32} : (tensor<1x3x5x5xf32>, tensor<2x3x3x3xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// nhwc input with an hwio filter (TensorFlow's layouts):
// (224 + 0 + 1 - 3) / 2 + 1 = 112.
// CHECK-LABEL: func @conv2d_nhwc_hwio(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x224x224x3xf32>, %[[W:[^:]+]]: tensor<3x3x3x32xf32>, %[[B:[^:]+]]: tensor<32xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) {filter_layout = #webnn.filter_layout<hwio>, input_layout = #webnn.layout<nhwc>, padding = array<i64: 0, 1, 0, 1>, strides = array<i64: 2, 2>} : (tensor<1x224x224x3xf32>, tensor<3x3x3x32xf32>, tensor<32xf32>) -> tensor<1x112x112x32xf32>
// CHECK:         return %[[R]] : tensor<1x112x112x32xf32>
func.func @conv2d_nhwc_hwio(%x: tensor<1x224x224x3xf32>, %w: tensor<3x3x3x32xf32>, %b: tensor<32xf32>) -> tensor<1x112x112x32xf32> {
  %0 = webnn.conv2d %x, %w bias(%b) {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>, padding = array<i64: 0, 1, 0, 1>, strides = array<i64: 2, 2>} : (tensor<1x224x224x3xf32>, tensor<3x3x3x32xf32>, tensor<32xf32>) -> tensor<1x112x112x32xf32>
  return %0 : tensor<1x112x112x32xf32>
}

// nhwc input with an ohwi filter: a pointwise 64 -> 128 convolution.
// CHECK-LABEL: func @conv2d_nhwc_ohwi(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x56x56x64xf32>, %[[W:[^:]+]]: tensor<128x1x1x64xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] {filter_layout = #webnn.filter_layout<ohwi>, input_layout = #webnn.layout<nhwc>} : (tensor<1x56x56x64xf32>, tensor<128x1x1x64xf32>) -> tensor<1x56x56x128xf32>
// CHECK:         return %[[R]] : tensor<1x56x56x128xf32>
func.func @conv2d_nhwc_ohwi(%x: tensor<1x56x56x64xf32>, %w: tensor<128x1x1x64xf32>) -> tensor<1x56x56x128xf32> {
  %0 = webnn.conv2d %x, %w {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<ohwi>} : (tensor<1x56x56x64xf32>, tensor<128x1x1x64xf32>) -> tensor<1x56x56x128xf32>
  return %0 : tensor<1x56x56x128xf32>
}

// nhwc input with an ihwo filter: a depthwise convolution (TFLite's layout).
// CHECK-LABEL: func @conv2d_nhwc_ihwo_depthwise(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x112x112x32xf32>, %[[W:[^:]+]]: tensor<1x3x3x32xf32>, %[[B:[^:]+]]: tensor<32xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) {filter_layout = #webnn.filter_layout<ihwo>, groups = 32 : i32, input_layout = #webnn.layout<nhwc>, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x112x112x32xf32>, tensor<1x3x3x32xf32>, tensor<32xf32>) -> tensor<1x112x112x32xf32>
// CHECK:         return %[[R]] : tensor<1x112x112x32xf32>
func.func @conv2d_nhwc_ihwo_depthwise(%x: tensor<1x112x112x32xf32>, %w: tensor<1x3x3x32xf32>, %b: tensor<32xf32>) -> tensor<1x112x112x32xf32> {
  %0 = webnn.conv2d %x, %w bias(%b) {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<ihwo>, groups = 32 : i32, padding = array<i64: 1, 1, 1, 1>} : (tensor<1x112x112x32xf32>, tensor<1x3x3x32xf32>, tensor<32xf32>) -> tensor<1x112x112x32xf32>
  return %0 : tensor<1x112x112x32xf32>
}

// nchw input with an hwio filter: the filter layout alone decides which
// filter dimension is which. Non-square filter: 10 - 5 + 1 = 6, 8 - 3 + 1 = 6.
// CHECK-LABEL: func @conv2d_nchw_hwio(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x10x8xf32>, %[[W:[^:]+]]: tensor<5x3x2x4xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] {filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x2x10x8xf32>, tensor<5x3x2x4xf32>) -> tensor<1x4x6x6xf32>
// CHECK:         return %[[R]] : tensor<1x4x6x6xf32>
func.func @conv2d_nchw_hwio(%x: tensor<1x2x10x8xf32>, %w: tensor<5x3x2x4xf32>) -> tensor<1x4x6x6xf32> {
  %0 = webnn.conv2d %x, %w {filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x2x10x8xf32>, tensor<5x3x2x4xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// nhwc input with the default oihw filter, in f16 with every option set:
// height (9 + 1 + 1 - 5) / 2 + 1 = 4, width (9 + 1 + 1 - 5) / 3 + 1 = 3.
// CHECK-LABEL: func @conv2d_nhwc_oihw_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x9x9x4xf16>, %[[W:[^:]+]]: tensor<6x2x3x3xf16>, %[[B:[^:]+]]: tensor<6xf16>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) {dilations = array<i64: 2, 2>, groups = 2 : i32, input_layout = #webnn.layout<nhwc>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 3>} : (tensor<2x9x9x4xf16>, tensor<6x2x3x3xf16>, tensor<6xf16>) -> tensor<2x4x3x6xf16>
// CHECK:         return %[[R]] : tensor<2x4x3x6xf16>
func.func @conv2d_nhwc_oihw_f16(%x: tensor<2x9x9x4xf16>, %w: tensor<6x2x3x3xf16>, %b: tensor<6xf16>) -> tensor<2x4x3x6xf16> {
  %0 = webnn.conv2d %x, %w bias(%b) {input_layout = #webnn.layout<nhwc>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 3>, dilations = array<i64: 2, 2>, groups = 2 : i32} : (tensor<2x9x9x4xf16>, tensor<6x2x3x3xf16>, tensor<6xf16>) -> tensor<2x4x3x6xf16>
  return %0 : tensor<2x4x3x6xf16>
}

// CHECK-LABEL: func @conv2d_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x4x6x6xf32>, %[[W:[^:]+]]: tensor<8x4x3x3xf32>, %[[B:[^:]+]]: tensor<8xf32>)
// CHECK:         %[[R:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) {strides = array<i64: 3, 3>} : (tensor<1x4x6x6xf32>, tensor<8x4x3x3xf32>, tensor<8xf32>) -> tensor<1x8x2x2xf32>
// CHECK:         return %[[R]] : tensor<1x8x2x2xf32>
func.func @conv2d_generic(%x: tensor<1x4x6x6xf32>, %w: tensor<8x4x3x3xf32>, %b: tensor<8xf32>) -> tensor<1x8x2x2xf32> {
  %0 = "webnn.conv2d"(%x, %w, %b) <{strides = array<i64: 3, 3>}> : (tensor<1x4x6x6xf32>, tensor<8x4x3x3xf32>, tensor<8xf32>) -> tensor<1x8x2x2xf32>
  return %0 : tensor<1x8x2x2xf32>
}

//===----------------------------------------------------------------------===//
// Pooling
//===----------------------------------------------------------------------===//

// Without window_dimensions the pool is global.
// CHECK-LABEL: func @average_pool2d_global(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1024x7x7xf32>)
// CHECK:         %[[R:.*]] = webnn.average_pool2d %[[X]] : (tensor<1x1024x7x7xf32>) -> tensor<1x1024x1x1xf32>
// CHECK:         return %[[R]] : tensor<1x1024x1x1xf32>
func.func @average_pool2d_global(%x: tensor<1x1024x7x7xf32>) -> tensor<1x1024x1x1xf32> {
  %0 = webnn.average_pool2d %x : (tensor<1x1024x7x7xf32>) -> tensor<1x1024x1x1xf32>
  return %0 : tensor<1x1024x1x1xf32>
}

// CHECK-LABEL: func @average_pool2d_global_nhwc_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x7x5x16xf16>)
// CHECK:         %[[R:.*]] = webnn.average_pool2d %[[X]] {layout = #webnn.layout<nhwc>} : (tensor<2x7x5x16xf16>) -> tensor<2x1x1x16xf16>
// CHECK:         return %[[R]] : tensor<2x1x1x16xf16>
func.func @average_pool2d_global_nhwc_f16(%x: tensor<2x7x5x16xf16>) -> tensor<2x1x1x16xf16> {
  %0 = webnn.average_pool2d %x {layout = #webnn.layout<nhwc>} : (tensor<2x7x5x16xf16>) -> tensor<2x1x1x16xf16>
  return %0 : tensor<2x1x1x16xf16>
}

// (112 + 1 + 1 - 3) / 2 + 1 = 56.
// CHECK-LABEL: func @average_pool2d_window_padding(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x64x112x112xf32>)
// CHECK:         %[[R:.*]] = webnn.average_pool2d %[[X]] {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32>
// CHECK:         return %[[R]] : tensor<1x64x56x56xf32>
func.func @average_pool2d_window_padding(%x: tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32> {
  %0 = webnn.average_pool2d %x {window_dimensions = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32>
  return %0 : tensor<1x64x56x56xf32>
}

// CHECK-LABEL: func @l2_pool2d_global(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x4x6xf32>)
// CHECK:         %[[R:.*]] = webnn.l2_pool2d %[[X]] : (tensor<1x3x4x6xf32>) -> tensor<1x3x1x1xf32>
// CHECK:         return %[[R]] : tensor<1x3x1x1xf32>
func.func @l2_pool2d_global(%x: tensor<1x3x4x6xf32>) -> tensor<1x3x1x1xf32> {
  %0 = webnn.l2_pool2d %x : (tensor<1x3x4x6xf32>) -> tensor<1x3x1x1xf32>
  return %0 : tensor<1x3x1x1xf32>
}

// A dilated 3x3 window spans 5x5: 7 - 5 + 1 = 3.
// CHECK-LABEL: func @l2_pool2d_nhwc_dilations(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x7x7x16xf16>)
// CHECK:         %[[R:.*]] = webnn.l2_pool2d %[[X]] {dilations = array<i64: 2, 2>, layout = #webnn.layout<nhwc>, window_dimensions = array<i64: 3, 3>} : (tensor<1x7x7x16xf16>) -> tensor<1x3x3x16xf16>
// CHECK:         return %[[R]] : tensor<1x3x3x16xf16>
func.func @l2_pool2d_nhwc_dilations(%x: tensor<1x7x7x16xf16>) -> tensor<1x3x3x16xf16> {
  %0 = webnn.l2_pool2d %x {window_dimensions = array<i64: 3, 3>, dilations = array<i64: 2, 2>, layout = #webnn.layout<nhwc>} : (tensor<1x7x7x16xf16>) -> tensor<1x3x3x16xf16>
  return %0 : tensor<1x3x3x16xf16>
}

// (112 - 3) / 2 + 1 rounds down to 55.
// CHECK-LABEL: func @max_pool2d_floor(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x64x112x112xf32>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x55x55xf32>
// CHECK:         return %[[R]] : tensor<1x64x55x55xf32>
func.func @max_pool2d_floor(%x: tensor<1x64x112x112xf32>) -> tensor<1x64x55x55xf32> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x55x55xf32>
  return %0 : tensor<1x64x55x55xf32>
}

// The same pool with ceil rounding: 56.
// CHECK-LABEL: func @max_pool2d_ceil(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x64x112x112xf32>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {output_shape_rounding = #webnn.rounding<ceil>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32>
// CHECK:         return %[[R]] : tensor<1x64x56x56xf32>
func.func @max_pool2d_ceil(%x: tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>, output_shape_rounding = #webnn.rounding<ceil>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32>
  return %0 : tensor<1x64x56x56xf32>
}

// Explicit floor rounding is the default and is elided.
// CHECK-LABEL: func @max_pool2d_floor_explicit(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x5x5xf32>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {strides = array<i64: 2, 2>, window_dimensions = array<i64: 2, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x2x2xf32>
// CHECK:         return %[[R]] : tensor<1x2x2x2xf32>
func.func @max_pool2d_floor_explicit(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x2x2xf32> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>, output_shape_rounding = #webnn.rounding<floor>, layout = #webnn.layout<nchw>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x2x2xf32>
  return %0 : tensor<1x2x2x2xf32>
}

// output_sizes picks the rounded-up size (3) over the rounding option's
// rounded-down one (2): (6 - 3) / 2 + 1 = 2.5.
// CHECK-LABEL: func @max_pool2d_output_sizes_ceil(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x6x6xf32>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {output_sizes = array<i64: 3, 3>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x3x3xf32>
// CHECK:         return %[[R]] : tensor<1x3x3x3xf32>
func.func @max_pool2d_output_sizes_ceil(%x: tensor<1x3x6x6xf32>) -> tensor<1x3x3x3xf32> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>, output_sizes = array<i64: 3, 3>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x3x3xf32>
  return %0 : tensor<1x3x3x3xf32>
}

// output_sizes can also pick the rounded-down size against ceil rounding.
// CHECK-LABEL: func @average_pool2d_output_sizes_floor(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x6x6xf32>)
// CHECK:         %[[R:.*]] = webnn.average_pool2d %[[X]] {output_shape_rounding = #webnn.rounding<ceil>, output_sizes = array<i64: 2, 2>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x2x2xf32>
// CHECK:         return %[[R]] : tensor<1x3x2x2xf32>
func.func @average_pool2d_output_sizes_floor(%x: tensor<1x3x6x6xf32>) -> tensor<1x3x2x2xf32> {
  %0 = webnn.average_pool2d %x {window_dimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>, output_shape_rounding = #webnn.rounding<ceil>, output_sizes = array<i64: 2, 2>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x2x2xf32>
  return %0 : tensor<1x3x2x2xf32>
}

// The WPT case: output_sizes [3, 3] with padding [1, 0, 0, 1] and strides
// [2, 2] on a 5x5 input with a 3x3 window: (5 + 1 - 3) / 2 + 1 = 2.5.
// CHECK-LABEL: func @l2_pool2d_output_sizes_padding(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x5x5xf32>)
// CHECK:         %[[R:.*]] = webnn.l2_pool2d %[[X]] {output_sizes = array<i64: 3, 3>, padding = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 3>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
// CHECK:         return %[[R]] : tensor<1x2x3x3xf32>
func.func @l2_pool2d_output_sizes_padding(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32> {
  %0 = webnn.l2_pool2d %x {window_dimensions = array<i64: 3, 3>, padding = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 2>, output_sizes = array<i64: 3, 3>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// nhwc with ceil rounding: height (8 - 3) / 2 + 1 = 3.5 -> 4,
// width (6 - 2) / 2 + 1 = 3.
// CHECK-LABEL: func @max_pool2d_nhwc_ceil(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x8x6x5xf16>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {layout = #webnn.layout<nhwc>, output_shape_rounding = #webnn.rounding<ceil>, strides = array<i64: 2, 2>, window_dimensions = array<i64: 3, 2>} : (tensor<1x8x6x5xf16>) -> tensor<1x4x3x5xf16>
// CHECK:         return %[[R]] : tensor<1x4x3x5xf16>
func.func @max_pool2d_nhwc_ceil(%x: tensor<1x8x6x5xf16>) -> tensor<1x4x3x5xf16> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 3, 2>, strides = array<i64: 2, 2>, layout = #webnn.layout<nhwc>, output_shape_rounding = #webnn.rounding<ceil>} : (tensor<1x8x6x5xf16>) -> tensor<1x4x3x5xf16>
  return %0 : tensor<1x4x3x5xf16>
}

// max_pool2d takes every data type.
// CHECK-LABEL: func @max_pool2d_i8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1x4x4xi8>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {strides = array<i64: 2, 2>, window_dimensions = array<i64: 2, 2>} : (tensor<1x1x4x4xi8>) -> tensor<1x1x2x2xi8>
// CHECK:         return %[[R]] : tensor<1x1x2x2xi8>
func.func @max_pool2d_i8(%x: tensor<1x1x4x4xi8>) -> tensor<1x1x2x2xi8> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x4x4xi8>) -> tensor<1x1x2x2xi8>
  return %0 : tensor<1x1x2x2xi8>
}

// CHECK-LABEL: func @max_pool2d_global_ui8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x4x4xui8>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] : (tensor<1x3x4x4xui8>) -> tensor<1x3x1x1xui8>
// CHECK:         return %[[R]] : tensor<1x3x1x1xui8>
func.func @max_pool2d_global_ui8(%x: tensor<1x3x4x4xui8>) -> tensor<1x3x1x1xui8> {
  %0 = webnn.max_pool2d %x : (tensor<1x3x4x4xui8>) -> tensor<1x3x1x1xui8>
  return %0 : tensor<1x3x1x1xui8>
}

// CHECK-LABEL: func @max_pool2d_int_types(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<1x1x2x2xi32>, %[[B:[^:]+]]: tensor<1x1x2x2xui32>, %[[C:[^:]+]]: tensor<1x1x2x2xi64>, %[[D:[^:]+]]: tensor<1x1x2x2xui64>)
// CHECK:         %[[RA:.*]] = webnn.max_pool2d %[[A]] : (tensor<1x1x2x2xi32>) -> tensor<1x1x1x1xi32>
// CHECK:         %[[RB:.*]] = webnn.max_pool2d %[[B]] : (tensor<1x1x2x2xui32>) -> tensor<1x1x1x1xui32>
// CHECK:         %[[RC:.*]] = webnn.max_pool2d %[[C]] : (tensor<1x1x2x2xi64>) -> tensor<1x1x1x1xi64>
// CHECK:         %[[RD:.*]] = webnn.max_pool2d %[[D]] : (tensor<1x1x2x2xui64>) -> tensor<1x1x1x1xui64>
// CHECK:         return %[[RA]], %[[RB]], %[[RC]], %[[RD]]
func.func @max_pool2d_int_types(%a: tensor<1x1x2x2xi32>, %b: tensor<1x1x2x2xui32>, %c: tensor<1x1x2x2xi64>, %d: tensor<1x1x2x2xui64>)
    -> (tensor<1x1x1x1xi32>, tensor<1x1x1x1xui32>, tensor<1x1x1x1xi64>, tensor<1x1x1x1xui64>) {
  %0 = webnn.max_pool2d %a : (tensor<1x1x2x2xi32>) -> tensor<1x1x1x1xi32>
  %1 = webnn.max_pool2d %b : (tensor<1x1x2x2xui32>) -> tensor<1x1x1x1xui32>
  %2 = webnn.max_pool2d %c : (tensor<1x1x2x2xi64>) -> tensor<1x1x1x1xi64>
  %3 = webnn.max_pool2d %d : (tensor<1x1x2x2xui64>) -> tensor<1x1x1x1xui64>
  return %0, %1, %2, %3 : tensor<1x1x1x1xi32>, tensor<1x1x1x1xui32>, tensor<1x1x1x1xi64>, tensor<1x1x1x1xui64>
}

// CHECK-LABEL: func @max_pool2d_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x4x4x2xf32>)
// CHECK:         %[[R:.*]] = webnn.max_pool2d %[[X]] {layout = #webnn.layout<nhwc>, window_dimensions = array<i64: 2, 2>} : (tensor<1x4x4x2xf32>) -> tensor<1x3x3x2xf32>
// CHECK:         return %[[R]] : tensor<1x3x3x2xf32>
func.func @max_pool2d_generic(%x: tensor<1x4x4x2xf32>) -> tensor<1x3x3x2xf32> {
  %0 = "webnn.max_pool2d"(%x) <{layout = #webnn.layout<nhwc>, window_dimensions = array<i64: 2, 2>}> : (tensor<1x4x4x2xf32>) -> tensor<1x3x3x2xf32>
  return %0 : tensor<1x3x3x2xf32>
}

//===----------------------------------------------------------------------===//
// batch_normalization, softmax
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func @batch_normalization_scale_bias(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x32x8x8xf32>, %[[M:[^:]+]]: tensor<32xf32>, %[[V:[^:]+]]: tensor<32xf32>, %[[S:[^:]+]]: tensor<32xf32>, %[[B:[^:]+]]: tensor<32xf32>)
// CHECK:         %[[R:.*]] = webnn.batch_normalization %[[X]], %[[M]], %[[V]] scale(%[[S]]) bias(%[[B]]) {epsilon = 1.000000e-03 : f64} : (tensor<1x32x8x8xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x32x8x8xf32>
// CHECK:         return %[[R]] : tensor<1x32x8x8xf32>
func.func @batch_normalization_scale_bias(%x: tensor<1x32x8x8xf32>, %m: tensor<32xf32>, %v: tensor<32xf32>, %s: tensor<32xf32>, %b: tensor<32xf32>) -> tensor<1x32x8x8xf32> {
  %0 = webnn.batch_normalization %x, %m, %v scale(%s) bias(%b) {epsilon = 1.0e-03 : f64} : (tensor<1x32x8x8xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<1x32x8x8xf32>
  return %0 : tensor<1x32x8x8xf32>
}

// Without scale and bias; axis 1 and epsilon 1e-5 are the defaults.
// CHECK-LABEL: func @batch_normalization_plain(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4x5xf32>, %[[M:[^:]+]]: tensor<3xf32>, %[[V:[^:]+]]: tensor<3xf32>)
// CHECK:         %[[R:.*]] = webnn.batch_normalization %[[X]], %[[M]], %[[V]] : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
// CHECK:         return %[[R]] : tensor<2x3x4x5xf32>
func.func @batch_normalization_plain(%x: tensor<2x3x4x5xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  %0 = webnn.batch_normalization %x, %m, %v : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}

// Channels last (nhwc): axis 3, with a scale but no bias.
// CHECK-LABEL: func @batch_normalization_axis3_scale(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x8x8x16xf32>, %[[M:[^:]+]]: tensor<16xf32>, %[[V:[^:]+]]: tensor<16xf32>, %[[S:[^:]+]]: tensor<16xf32>)
// CHECK:         %[[R:.*]] = webnn.batch_normalization %[[X]], %[[M]], %[[V]] scale(%[[S]]) {axis = 3 : i32} : (tensor<1x8x8x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x8x8x16xf32>
// CHECK:         return %[[R]] : tensor<1x8x8x16xf32>
func.func @batch_normalization_axis3_scale(%x: tensor<1x8x8x16xf32>, %m: tensor<16xf32>, %v: tensor<16xf32>, %s: tensor<16xf32>) -> tensor<1x8x8x16xf32> {
  %0 = webnn.batch_normalization %x, %m, %v scale(%s) {axis = 3 : i32} : (tensor<1x8x8x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x8x8x16xf32>
  return %0 : tensor<1x8x8x16xf32>
}

// A bias but no scale, on a 2-D f16 input along axis 0.
// CHECK-LABEL: func @batch_normalization_axis0_bias_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<6x4xf16>, %[[M:[^:]+]]: tensor<6xf16>, %[[V:[^:]+]]: tensor<6xf16>, %[[B:[^:]+]]: tensor<6xf16>)
// CHECK:         %[[R:.*]] = webnn.batch_normalization %[[X]], %[[M]], %[[V]] bias(%[[B]]) {axis = 0 : i32, epsilon = 1.000000e-02 : f64} : (tensor<6x4xf16>, tensor<6xf16>, tensor<6xf16>, tensor<6xf16>) -> tensor<6x4xf16>
// CHECK:         return %[[R]] : tensor<6x4xf16>
func.func @batch_normalization_axis0_bias_f16(%x: tensor<6x4xf16>, %m: tensor<6xf16>, %v: tensor<6xf16>, %b: tensor<6xf16>) -> tensor<6x4xf16> {
  %0 = webnn.batch_normalization %x, %m, %v bias(%b) {axis = 0 : i32, epsilon = 0.01 : f64} : (tensor<6x4xf16>, tensor<6xf16>, tensor<6xf16>, tensor<6xf16>) -> tensor<6x4xf16>
  return %0 : tensor<6x4xf16>
}

// The generic form spells out the sizes of the operand segments
// (input, mean, variance, scale, bias).
// CHECK-LABEL: func @batch_normalization_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x4xf32>, %[[M:[^:]+]]: tensor<4xf32>, %[[V:[^:]+]]: tensor<4xf32>, %[[B:[^:]+]]: tensor<4xf32>)
// CHECK:         %[[R:.*]] = webnn.batch_normalization %[[X]], %[[M]], %[[V]] bias(%[[B]]) : (tensor<1x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4xf32>
// CHECK:         return %[[R]] : tensor<1x4xf32>
func.func @batch_normalization_generic(%x: tensor<1x4xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<1x4xf32> {
  %0 = "webnn.batch_normalization"(%x, %m, %v, %b) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 1>}> : (tensor<1x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}

// CHECK-LABEL: func @softmax_2d(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1000xf32>)
// CHECK:         %[[R:.*]] = webnn.softmax %[[X]] {axis = 1 : i32} : (tensor<1x1000xf32>) -> tensor<1x1000xf32>
// CHECK:         return %[[R]] : tensor<1x1000xf32>
func.func @softmax_2d(%x: tensor<1x1000xf32>) -> tensor<1x1000xf32> {
  %0 = webnn.softmax %x {axis = 1 : i32} : (tensor<1x1000xf32>) -> tensor<1x1000xf32>
  return %0 : tensor<1x1000xf32>
}

// CHECK-LABEL: func @softmax_1d_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<10xf16>)
// CHECK:         %[[R:.*]] = webnn.softmax %[[X]] {axis = 0 : i32} : (tensor<10xf16>) -> tensor<10xf16>
// CHECK:         return %[[R]] : tensor<10xf16>
func.func @softmax_1d_f16(%x: tensor<10xf16>) -> tensor<10xf16> {
  %0 = webnn.softmax %x {axis = 0 : i32} : (tensor<10xf16>) -> tensor<10xf16>
  return %0 : tensor<10xf16>
}

// CHECK-LABEL: func @softmax_middle_axis(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x5x3xf32>)
// CHECK:         %[[R:.*]] = webnn.softmax %[[X]] {axis = 1 : i32} : (tensor<2x5x3xf32>) -> tensor<2x5x3xf32>
// CHECK:         return %[[R]] : tensor<2x5x3xf32>
func.func @softmax_middle_axis(%x: tensor<2x5x3xf32>) -> tensor<2x5x3xf32> {
  %0 = webnn.softmax %x {axis = 1 : i32} : (tensor<2x5x3xf32>) -> tensor<2x5x3xf32>
  return %0 : tensor<2x5x3xf32>
}

//===----------------------------------------------------------------------===//
// A small graph: ops chained through SSA values and a resource constant.
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func @graph(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1x4x4xf32>)
// CHECK:         %[[W:.*]] = webnn.constant dense_resource<conv_w> : tensor<1x1x2x2xf32>
// CHECK:         %[[B:.*]] = webnn.constant dense<5.000000e-01> : tensor<1xf32>
// CHECK:         %[[C:.*]] = webnn.conv2d %[[X]], %[[W]] bias(%[[B]]) : (tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>, tensor<1xf32>) -> tensor<1x1x3x3xf32>
// CHECK:         %[[A:.*]] = webnn.relu %[[C]] : (tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32>
// CHECK:         %[[P:.*]] = webnn.max_pool2d %[[A]] : (tensor<1x1x3x3xf32>) -> tensor<1x1x1x1xf32>
// CHECK:         %[[F:.*]] = webnn.reshape %[[P]] {new_shape = array<i64: 1, 1>} : (tensor<1x1x1x1xf32>) -> tensor<1x1xf32>
// CHECK:         %[[S:.*]] = webnn.softmax %[[F]] {axis = 1 : i32} : (tensor<1x1xf32>) -> tensor<1x1xf32>
// CHECK:         return %[[S]] : tensor<1x1xf32>
func.func @graph(%x: tensor<1x1x4x4xf32>) -> tensor<1x1xf32> {
  %w = webnn.constant dense_resource<conv_w> : tensor<1x1x2x2xf32>
  %b = webnn.constant dense<0.5> : tensor<1xf32>
  %0 = webnn.conv2d %x, %w bias(%b) : (tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>, tensor<1xf32>) -> tensor<1x1x3x3xf32>
  %1 = webnn.relu %0 : (tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  %2 = webnn.max_pool2d %1 : (tensor<1x1x3x3xf32>) -> tensor<1x1x1x1xf32>
  %3 = webnn.reshape %2 {new_shape = array<i64: 1, 1>} : (tensor<1x1x1x1xf32>) -> tensor<1x1xf32>
  %4 = webnn.softmax %3 {axis = 1 : i32} : (tensor<1x1xf32>) -> tensor<1x1xf32>
  return %4 : tensor<1x1xf32>
}

// The resource blob survives both round trips.
// CHECK:       dialect_resources
// CHECK:       builtin
// CHECK:       conv_w: "0x040000000000803F000000400000404000008040"

{-#
  dialect_resources: {
    builtin: {
      conv_w: "0x040000000000803F000000400000404000008040"
    }
  }
#-}
