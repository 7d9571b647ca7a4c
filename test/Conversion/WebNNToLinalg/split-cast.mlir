// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file | FileCheck %s

// Each piece of a split is a slice of the input along the axis.
// CHECK-LABEL: func @split
// CHECK: %[[A:.*]] = tensor.extract_slice %arg0[0, 0] [3, 2] [1, 1] : tensor<3x6xf32> to tensor<3x2xf32>
// CHECK: %[[B:.*]] = tensor.extract_slice %arg0[0, 2] [3, 4] [1, 1] : tensor<3x6xf32> to tensor<3x4xf32>
// CHECK: return %[[A]], %[[B]]
func.func @split(%x: tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>) {
  %a, %b = webnn.split %x {splits = array<i64: 2, 4>, axis = 1 : i32} : (tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>)
  return %a, %b : tensor<3x2xf32>, tensor<3x4xf32>
}

// -----

// A float reaches an integer type in float64, NaN to 0, clamped to the
// range (the largest double below 128 for int8), truncated.
// CHECK-LABEL: func @cast_float_to_int8
// CHECK: linalg.generic
// CHECK:   %[[W:.*]] = arith.extf %{{.*}} : f32 to f64
// CHECK:   %[[NAN:.*]] = arith.cmpf uno, %[[W]], %[[W]] : f64
// CHECK:   %[[Z:.*]] = arith.select %[[NAN]], %{{.*}}, %[[W]] : f64
// CHECK:   %[[LO:.*]] = arith.maximumf %[[Z]], %{{.*}} : f64
// CHECK:   %[[HI:.*]] = arith.minimumf %[[LO]], %{{.*}} : f64
// CHECK:   arith.fptosi %[[HI]] : f64 to i8
func.func @cast_float_to_int8(%x: tensor<4xf32>) -> tensor<4xi8> {
  %0 = webnn.cast %x {data_type = i8} : (tensor<4xf32>) -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

// Unsigned and signed integers: zero- or sign-extended, truncated, or
// converted to float by their signedness.
// CHECK-LABEL: func @cast_integers
// CHECK: arith.extui %{{.*}} : i8 to i64
// CHECK: arith.extsi %{{.*}} : i8 to i32
// CHECK: arith.trunci %{{.*}} : i64 to i8
// CHECK: arith.uitofp %{{.*}} : i32 to f16
// CHECK: arith.fptoui %{{.*}} : f64 to i32
func.func @cast_integers(%u8: tensor<2xui8>, %i8: tensor<2xi8>, %i64: tensor<2xi64>, %u32: tensor<2xui32>, %h: tensor<2xf16>) -> (tensor<2xi64>, tensor<2xi32>, tensor<2xui8>, tensor<2xf16>, tensor<2xui32>) {
  %0 = webnn.cast %u8 {data_type = i64} : (tensor<2xui8>) -> tensor<2xi64>
  %1 = webnn.cast %i8 {data_type = i32} : (tensor<2xi8>) -> tensor<2xi32>
  %2 = webnn.cast %i64 {data_type = ui8} : (tensor<2xi64>) -> tensor<2xui8>
  %3 = webnn.cast %u32 {data_type = f16} : (tensor<2xui32>) -> tensor<2xf16>
  %4 = webnn.cast %h {data_type = ui32} : (tensor<2xf16>) -> tensor<2xui32>
  return %0, %1, %2, %3, %4 : tensor<2xi64>, tensor<2xi32>, tensor<2xui8>, tensor<2xf16>, tensor<2xui32>
}

// -----

// A cast between types of the same bits (int8 and uint8) is the input.
// CHECK-LABEL: func @cast_same_bits
// CHECK-NOT: linalg.generic
// CHECK: return %arg0
func.func @cast_same_bits(%x: tensor<2xi8>) -> tensor<2xui8> {
  %0 = webnn.cast %x {data_type = ui8} : (tensor<2xi8>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}
