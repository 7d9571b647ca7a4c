// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of the element-wise unary ops: each function is parsed,
// printed, and parsed again, once through the custom assembly form and once
// through the generic form. A few functions are written in the generic form
// to check that it parses too. Default-valued options are elided from the
// custom form.

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
