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

// The trigonometric functions, erf and roundEven: float32 and float16.
// CHECK-LABEL: func @cos_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.cos %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @cos_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.cos %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @cos_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.cos %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @cos_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.cos %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @sin_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.sin %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @sin_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.sin %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @sin_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.sin %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @sin_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.sin %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @tan_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.tan %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @tan_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.tan %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @tan_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.tan %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @tan_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.tan %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @erf_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.erf %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @erf_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.erf %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @erf_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.erf %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @erf_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.erf %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @round_even_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.round_even %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @round_even_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.round_even %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @round_even_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.round_even %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @round_even_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.round_even %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// sign takes the signed integers too.
// CHECK-LABEL: func @sign_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.sign %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @sign_f32(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.sign %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @sign_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.sign %[[X]] : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @sign_f16(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.sign %x : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @sign_i64(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi64>)
// CHECK:         %[[R:.*]] = webnn.sign %[[X]] : (tensor<4xi64>) -> tensor<4xi64>
// CHECK:         return %[[R]] : tensor<4xi64>
func.func @sign_i64(%x: tensor<4xi64>) -> tensor<4xi64> {
  %0 = webnn.sign %x : (tensor<4xi64>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}

// CHECK-LABEL: func @sign_i32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi32>)
// CHECK:         %[[R:.*]] = webnn.sign %[[X]] : (tensor<4xi32>) -> tensor<4xi32>
// CHECK:         return %[[R]] : tensor<4xi32>
func.func @sign_i32(%x: tensor<4xi32>) -> tensor<4xi32> {
  %0 = webnn.sign %x : (tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// CHECK-LABEL: func @sign_i8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi8>)
// CHECK:         %[[R:.*]] = webnn.sign %[[X]] : (tensor<4xi8>) -> tensor<4xi8>
// CHECK:         return %[[R]] : tensor<4xi8>
func.func @sign_i8(%x: tensor<4xi8>) -> tensor<4xi8> {
  %0 = webnn.sign %x : (tensor<4xi8>) -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// CHECK-LABEL: func @sign_scalar_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<f32>)
// CHECK:         %[[R:.*]] = webnn.sign %[[X]] : (tensor<f32>) -> tensor<f32>
// CHECK:         return %[[R]] : tensor<f32>
func.func @sign_scalar_f32(%x: tensor<f32>) -> tensor<f32> {
  %0 = webnn.sign %x : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// The activations without options.
// CHECK-LABEL: func @gelu_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x16x8x8xf32>)
// CHECK:         %[[R:.*]] = webnn.gelu %[[X]] : (tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
// CHECK:         return %[[R]] : tensor<1x16x8x8xf32>
func.func @gelu_f32(%x: tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32> {
  %0 = webnn.gelu %x : (tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
  return %0 : tensor<1x16x8x8xf32>
}

// CHECK-LABEL: func @gelu_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x16x8x8xf16>)
// CHECK:         %[[R:.*]] = webnn.gelu %[[X]] : (tensor<1x16x8x8xf16>) -> tensor<1x16x8x8xf16>
// CHECK:         return %[[R]] : tensor<1x16x8x8xf16>
func.func @gelu_f16(%x: tensor<1x16x8x8xf16>) -> tensor<1x16x8x8xf16> {
  %0 = webnn.gelu %x : (tensor<1x16x8x8xf16>) -> tensor<1x16x8x8xf16>
  return %0 : tensor<1x16x8x8xf16>
}

// CHECK-LABEL: func @hard_swish_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x16x8x8xf32>)
// CHECK:         %[[R:.*]] = webnn.hard_swish %[[X]] : (tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
// CHECK:         return %[[R]] : tensor<1x16x8x8xf32>
func.func @hard_swish_f32(%x: tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32> {
  %0 = webnn.hard_swish %x : (tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
  return %0 : tensor<1x16x8x8xf32>
}

// CHECK-LABEL: func @hard_swish_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x16x8x8xf16>)
// CHECK:         %[[R:.*]] = webnn.hard_swish %[[X]] : (tensor<1x16x8x8xf16>) -> tensor<1x16x8x8xf16>
// CHECK:         return %[[R]] : tensor<1x16x8x8xf16>
func.func @hard_swish_f16(%x: tensor<1x16x8x8xf16>) -> tensor<1x16x8x8xf16> {
  %0 = webnn.hard_swish %x : (tensor<1x16x8x8xf16>) -> tensor<1x16x8x8xf16>
  return %0 : tensor<1x16x8x8xf16>
}

// CHECK-LABEL: func @softplus_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x16x8x8xf32>)
// CHECK:         %[[R:.*]] = webnn.softplus %[[X]] : (tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
// CHECK:         return %[[R]] : tensor<1x16x8x8xf32>
func.func @softplus_f32(%x: tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32> {
  %0 = webnn.softplus %x : (tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
  return %0 : tensor<1x16x8x8xf32>
}

// CHECK-LABEL: func @softplus_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x16x8x8xf16>)
// CHECK:         %[[R:.*]] = webnn.softplus %[[X]] : (tensor<1x16x8x8xf16>) -> tensor<1x16x8x8xf16>
// CHECK:         return %[[R]] : tensor<1x16x8x8xf16>
func.func @softplus_f16(%x: tensor<1x16x8x8xf16>) -> tensor<1x16x8x8xf16> {
  %0 = webnn.softplus %x : (tensor<1x16x8x8xf16>) -> tensor<1x16x8x8xf16>
  return %0 : tensor<1x16x8x8xf16>
}

// CHECK-LABEL: func @softsign_f32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x16x8x8xf32>)
// CHECK:         %[[R:.*]] = webnn.softsign %[[X]] : (tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
// CHECK:         return %[[R]] : tensor<1x16x8x8xf32>
func.func @softsign_f32(%x: tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32> {
  %0 = webnn.softsign %x : (tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
  return %0 : tensor<1x16x8x8xf32>
}

// CHECK-LABEL: func @softsign_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x16x8x8xf16>)
// CHECK:         %[[R:.*]] = webnn.softsign %[[X]] : (tensor<1x16x8x8xf16>) -> tensor<1x16x8x8xf16>
// CHECK:         return %[[R]] : tensor<1x16x8x8xf16>
func.func @softsign_f16(%x: tensor<1x16x8x8xf16>) -> tensor<1x16x8x8xf16> {
  %0 = webnn.softsign %x : (tensor<1x16x8x8xf16>) -> tensor<1x16x8x8xf16>
  return %0 : tensor<1x16x8x8xf16>
}

// elu: alpha defaults to 1 and is then elided, also when it is written.
// CHECK-LABEL: func @elu_default(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.elu %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @elu_default(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.elu %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @elu_default_written(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.elu %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @elu_default_written(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.elu %x {alpha = 1.0 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @elu_alpha(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.elu %[[X]] {alpha = 5.000000e-01 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @elu_alpha(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.elu %x {alpha = 0.5 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @elu_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<8xf16>)
// CHECK:         %[[R:.*]] = webnn.elu %[[X]] {alpha = 2.000000e+00 : f64} : (tensor<8xf16>) -> tensor<8xf16>
// CHECK:         return %[[R]] : tensor<8xf16>
func.func @elu_f16(%x: tensor<8xf16>) -> tensor<8xf16> {
  %0 = webnn.elu %x {alpha = 2.0 : f64} : (tensor<8xf16>) -> tensor<8xf16>
  return %0 : tensor<8xf16>
}

// hardSigmoid: alpha defaults to 0.2 and beta to 0.5; each is elided when it
// has its default value, and kept otherwise.
// CHECK-LABEL: func @hard_sigmoid_default(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.hard_sigmoid %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @hard_sigmoid_default(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.hard_sigmoid %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @hard_sigmoid_defaults_written(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.hard_sigmoid %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @hard_sigmoid_defaults_written(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.hard_sigmoid %x {alpha = 0.2 : f64, beta = 0.5 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @hard_sigmoid_alpha(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.hard_sigmoid %[[X]] {alpha = 2.500000e-01 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @hard_sigmoid_alpha(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.hard_sigmoid %x {alpha = 0.25 : f64, beta = 0.5 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @hard_sigmoid_beta(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>)
// CHECK:         %[[R:.*]] = webnn.hard_sigmoid %[[X]] {beta = 2.500000e-01 : f64} : (tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @hard_sigmoid_beta(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = webnn.hard_sigmoid %x {beta = 0.25 : f64} : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// CHECK-LABEL: func @hard_sigmoid_alpha_beta(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.hard_sigmoid %[[X]] {alpha = 1.000000e+00 : f64, beta = 0.000000e+00 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @hard_sigmoid_alpha_beta(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.hard_sigmoid %x {beta = 0.0 : f64, alpha = 1.0 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// linear: alpha defaults to 1 and beta to 0.
// CHECK-LABEL: func @linear_default(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.linear %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @linear_default(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.linear %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @linear_defaults_written(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.linear %[[X]] : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @linear_defaults_written(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.linear %x {alpha = 1.0 : f64, beta = 0.0 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @linear_alpha_beta(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.linear %[[X]] {alpha = 2.000000e+00 : f64, beta = -1.500000e+00 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @linear_alpha_beta(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.linear %x {alpha = 2.0 : f64, beta = -1.5 : f64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @linear_beta_f16(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xf16>)
// CHECK:         %[[R:.*]] = webnn.linear %[[X]] {beta = 3.000000e+00 : f64} : (tensor<4xf16>) -> tensor<4xf16>
// CHECK:         return %[[R]] : tensor<4xf16>
func.func @linear_beta_f16(%x: tensor<4xf16>) -> tensor<4xf16> {
  %0 = webnn.linear %x {alpha = 1.0 : f64, beta = 3.0 : f64} : (tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// New unary ops written in the generic form: options are properties, and
// missing ones take their default values.
// CHECK-LABEL: func @cos_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xf16>)
// CHECK:         %[[R:.*]] = webnn.cos %[[X]] : (tensor<4xf16>) -> tensor<4xf16>
// CHECK:         return %[[R]] : tensor<4xf16>
func.func @cos_generic(%x: tensor<4xf16>) -> tensor<4xf16> {
  %0 = "webnn.cos"(%x) : (tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// CHECK-LABEL: func @sign_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xi8>)
// CHECK:         %[[R:.*]] = webnn.sign %[[X]] : (tensor<4xi8>) -> tensor<4xi8>
// CHECK:         return %[[R]] : tensor<4xi8>
func.func @sign_generic(%x: tensor<4xi8>) -> tensor<4xi8> {
  %0 = "webnn.sign"(%x) : (tensor<4xi8>) -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// CHECK-LABEL: func @elu_generic_no_properties(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xf32>)
// CHECK:         %[[R:.*]] = webnn.elu %[[X]] : (tensor<4xf32>) -> tensor<4xf32>
// CHECK:         return %[[R]] : tensor<4xf32>
func.func @elu_generic_no_properties(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "webnn.elu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// CHECK-LABEL: func @hard_sigmoid_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xf32>)
// CHECK:         %[[R:.*]] = webnn.hard_sigmoid %[[X]] {beta = 7.500000e-01 : f64} : (tensor<4xf32>) -> tensor<4xf32>
// CHECK:         return %[[R]] : tensor<4xf32>
func.func @hard_sigmoid_generic(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "webnn.hard_sigmoid"(%x) <{alpha = 2.000000e-01 : f64, beta = 7.500000e-01 : f64}> : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// CHECK-LABEL: func @linear_generic_alpha_only(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xf32>)
// CHECK:         %[[R:.*]] = webnn.linear %[[X]] {alpha = -1.000000e+00 : f64} : (tensor<4xf32>) -> tensor<4xf32>
// CHECK:         return %[[R]] : tensor<4xf32>
func.func @linear_generic_alpha_only(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "webnn.linear"(%x) <{alpha = -1.000000e+00 : f64}> : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
