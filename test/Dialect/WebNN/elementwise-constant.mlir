// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of webnn.constant: each function is parsed, printed, and parsed
// again, once through the custom assembly form and once through the generic
// form. A few functions are written in the generic form to check that it
// parses too. Default-valued options are elided from the custom form.

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
