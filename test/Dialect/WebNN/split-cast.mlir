// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of split (several results) and cast.

// CHECK-LABEL: func @split_sizes(
// CHECK:         %[[R:.*]]:2 = webnn.split %{{.*}} {axis = 1 : i32, splits = array<i64: 2, 4>} : (tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>)
// CHECK:         return %[[R]]#0, %[[R]]#1
func.func @split_sizes(%x: tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>) {
  %a, %b = webnn.split %x {splits = array<i64: 2, 4>, axis = 1 : i32} : (tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>)
  return %a, %b : tensor<3x2xf32>, tensor<3x4xf32>
}

// The default axis 0 is elided; one piece is a split too.
// CHECK-LABEL: func @split_default_axis(
// CHECK:         webnn.split %{{.*}} {splits = array<i64: 4>} : (tensor<4xi32>) -> tensor<4xi32>
func.func @split_default_axis(%x: tensor<4xi32>) -> tensor<4xi32> {
  %a = webnn.split %x {splits = array<i64: 4>, axis = 0 : i32} : (tensor<4xi32>) -> tensor<4xi32>
  return %a : tensor<4xi32>
}

// CHECK-LABEL: func @cast(
// CHECK:         webnn.cast %{{.*}} {data_type = ui8} : (tensor<2x3xf32>) -> tensor<2x3xui8>
// CHECK:         webnn.cast %{{.*}} {data_type = f16} : (tensor<2x3xi64>) -> tensor<2x3xf16>
func.func @cast(%x: tensor<2x3xf32>, %y: tensor<2x3xi64>) -> (tensor<2x3xui8>, tensor<2x3xf16>) {
  %0 = webnn.cast %x {data_type = ui8} : (tensor<2x3xf32>) -> tensor<2x3xui8>
  %1 = "webnn.cast"(%y) <{data_type = f16}> : (tensor<2x3xi64>) -> tensor<2x3xf16>
  return %0, %1 : tensor<2x3xui8>, tensor<2x3xf16>
}
