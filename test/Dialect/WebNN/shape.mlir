// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of concat, reshape and transpose: each function is parsed,
// printed, and parsed again, once through the custom assembly form and once
// through the generic form. A few functions are written in the generic form
// to check that it parses too. Default-valued options are elided from the
// custom form.

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
