// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of the element-wise binary ops: each function is parsed,
// printed, and parsed again, once through the custom assembly form and once
// through the generic form. A few functions are written in the generic form
// to check that it parses too. Default-valued options are elided from the
// custom form.

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

// prelu: input and slope broadcast bidirectionally, like the binary ops.
// CHECK-LABEL: func @prelu_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x8x4x4xf32>, %[[S:[^:]+]]: tensor<8x1x1xf32>)
// CHECK:         %[[R:.*]] = webnn.prelu %[[X]], %[[S]] : (tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) -> tensor<1x8x4x4xf32>
// CHECK:         return %[[R]] : tensor<1x8x4x4xf32>
func.func @prelu_f32(%x: tensor<1x8x4x4xf32>, %slope: tensor<8x1x1xf32>) -> tensor<1x8x4x4xf32> {
  %0 = webnn.prelu %x, %slope : (tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) -> tensor<1x8x4x4xf32>
  return %0 : tensor<1x8x4x4xf32>
}

// The slope may also be the larger operand.
// CHECK-LABEL: func @prelu_slope_broadcasts_input(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x1xf32>, %[[S:[^:]+]]: tensor<2x1x3xf32>)
// CHECK:         %[[R:.*]] = webnn.prelu %[[X]], %[[S]] : (tensor<4x1xf32>, tensor<2x1x3xf32>) -> tensor<2x4x3xf32>
// CHECK:         return %[[R]] : tensor<2x4x3xf32>
func.func @prelu_slope_broadcasts_input(%x: tensor<4x1xf32>, %slope: tensor<2x1x3xf32>) -> tensor<2x4x3xf32> {
  %0 = webnn.prelu %x, %slope : (tensor<4x1xf32>, tensor<2x1x3xf32>) -> tensor<2x4x3xf32>
  return %0 : tensor<2x4x3xf32>
}

// CHECK-LABEL: func @prelu_scalar_slope_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>, %[[S:[^:]+]]: tensor<f16>)
// CHECK:         %[[R:.*]] = webnn.prelu %[[X]], %[[S]] : (tensor<2x3xf16>, tensor<f16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @prelu_scalar_slope_f16(%x: tensor<2x3xf16>, %slope: tensor<f16>) -> tensor<2x3xf16> {
  %0 = webnn.prelu %x, %slope : (tensor<2x3xf16>, tensor<f16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @prelu_i64(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<5xi64>, %[[S:[^:]+]]: tensor<5xi64>)
// CHECK:         %[[R:.*]] = webnn.prelu %[[X]], %[[S]] : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
// CHECK:         return %[[R]] : tensor<5xi64>
func.func @prelu_i64(%x: tensor<5xi64>, %slope: tensor<5xi64>) -> tensor<5xi64> {
  %0 = webnn.prelu %x, %slope : (tensor<5xi64>, tensor<5xi64>) -> tensor<5xi64>
  return %0 : tensor<5xi64>
}

// CHECK-LABEL: func @prelu_i32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x5xi32>, %[[S:[^:]+]]: tensor<1xi32>)
// CHECK:         %[[R:.*]] = webnn.prelu %[[X]], %[[S]] : (tensor<2x5xi32>, tensor<1xi32>) -> tensor<2x5xi32>
// CHECK:         return %[[R]] : tensor<2x5xi32>
func.func @prelu_i32(%x: tensor<2x5xi32>, %slope: tensor<1xi32>) -> tensor<2x5xi32> {
  %0 = webnn.prelu %x, %slope : (tensor<2x5xi32>, tensor<1xi32>) -> tensor<2x5xi32>
  return %0 : tensor<2x5xi32>
}

// CHECK-LABEL: func @prelu_i8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3x1xi8>, %[[S:[^:]+]]: tensor<4xi8>)
// CHECK:         %[[R:.*]] = webnn.prelu %[[X]], %[[S]] : (tensor<3x1xi8>, tensor<4xi8>) -> tensor<3x4xi8>
// CHECK:         return %[[R]] : tensor<3x4xi8>
func.func @prelu_i8(%x: tensor<3x1xi8>, %slope: tensor<4xi8>) -> tensor<3x4xi8> {
  %0 = webnn.prelu %x, %slope : (tensor<3x1xi8>, tensor<4xi8>) -> tensor<3x4xi8>
  return %0 : tensor<3x4xi8>
}

// prelu in the generic form.
// CHECK-LABEL: func @prelu_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>, %[[S:[^:]+]]: tensor<3xf32>)
// CHECK:         %[[R:.*]] = webnn.prelu %[[X]], %[[S]] : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @prelu_generic(%x: tensor<2x3xf32>, %slope: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = "webnn.prelu"(%x, %slope) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
