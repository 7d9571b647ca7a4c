// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid element-wise unary ops (abs, neg, relu, ceil, floor, exp, log,
// sqrt, reciprocal, sigmoid, tanh, identity, leaky_relu, clamp, cos, sin,
// tan, erf, round_even, sign, and the activations elu, gelu, hard_sigmoid,
// hard_swish, linear, softplus, softsign). A rule of an op's shape function
// (ShapeInference.cpp) is reported first, then the InferTypeOpInterface
// verifier adds "failed to infer returned types". Operand types outside the
// WebNN data types or with a dynamic shape, and options of the wrong
// attribute type, are rejected earlier, by the ODS constraints.

func.func @leaky_relu_generic_int8(%x: tensor<2xi8>) {
  // expected-error @+2 {{leakyRelu: input data type (int8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.leaky_relu' op failed to infer returned types}}
  %0 = "webnn.leaky_relu"(%x) <{alpha = 1.000000e-01 : f64}> : (tensor<2xi8>) -> tensor<2xi8>
  return
}

// -----

func.func @relu_encoding(%x: tensor<2xf32, "enc">) {
  // expected-error @+2 {{relu: input must be a tensor without an encoding, got tensor<2xf32, "enc">}}
  // expected-error @+1 {{'webnn.relu' op failed to infer returned types}}
  %0 = webnn.relu %x : (tensor<2xf32, "enc">) -> tensor<2xf32, "enc">
  return
}

// -----

func.func @sqrt_too_many_elements(%x: tensor<2147483647x2147483647x2147483647xf32>) {
  // expected-error @+2 {{sqrt: input shape [2147483647, 2147483647, 2147483647] has more elements than int64 can count}}
  // expected-error @+1 {{'webnn.sqrt' op failed to infer returned types}}
  %0 = webnn.sqrt %x : (tensor<2147483647x2147483647x2147483647xf32>) -> tensor<2147483647x2147483647x2147483647xf32>
  return
}

// -----

func.func @abs_uint32(%x: tensor<2xui32>) {
  // expected-error @+2 {{abs: input data type (uint32) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.abs' op failed to infer returned types}}
  %0 = webnn.abs %x : (tensor<2xui32>) -> tensor<2xui32>
  return
}

// -----

func.func @abs_uint8(%x: tensor<2xui8>) {
  // expected-error @+2 {{abs: input data type (uint8) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.abs' op failed to infer returned types}}
  %0 = webnn.abs %x : (tensor<2xui8>) -> tensor<2xui8>
  return
}

// -----

func.func @abs_uint64(%x: tensor<2xui64>) {
  // expected-error @+2 {{abs: input data type (uint64) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.abs' op failed to infer returned types}}
  %0 = webnn.abs %x : (tensor<2xui64>) -> tensor<2xui64>
  return
}

// -----

func.func @neg_uint32(%x: tensor<2xui32>) {
  // expected-error @+2 {{neg: input data type (uint32) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.neg' op failed to infer returned types}}
  %0 = webnn.neg %x : (tensor<2xui32>) -> tensor<2xui32>
  return
}

// -----

func.func @relu_uint32(%x: tensor<2xui32>) {
  // expected-error @+2 {{relu: input data type (uint32) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.relu' op failed to infer returned types}}
  %0 = webnn.relu %x : (tensor<2xui32>) -> tensor<2xui32>
  return
}

// -----

func.func @ceil_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{ceil: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.ceil' op failed to infer returned types}}
  %0 = webnn.ceil %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @ceil_uint8(%x: tensor<2xui8>) {
  // expected-error @+2 {{ceil: input data type (uint8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.ceil' op failed to infer returned types}}
  %0 = webnn.ceil %x : (tensor<2xui8>) -> tensor<2xui8>
  return
}

// -----

func.func @ceil_int64(%x: tensor<2xi64>) {
  // expected-error @+2 {{ceil: input data type (int64) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.ceil' op failed to infer returned types}}
  %0 = webnn.ceil %x : (tensor<2xi64>) -> tensor<2xi64>
  return
}

// -----

func.func @floor_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{floor: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.floor' op failed to infer returned types}}
  %0 = webnn.floor %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @exp_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{exp: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.exp' op failed to infer returned types}}
  %0 = webnn.exp %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @log_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{log: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.log' op failed to infer returned types}}
  %0 = webnn.log %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @sqrt_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{sqrt: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.sqrt' op failed to infer returned types}}
  %0 = webnn.sqrt %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @reciprocal_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{reciprocal: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.reciprocal' op failed to infer returned types}}
  %0 = webnn.reciprocal %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @sigmoid_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{sigmoid: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.sigmoid' op failed to infer returned types}}
  %0 = webnn.sigmoid %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @tanh_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{tanh: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.tanh' op failed to infer returned types}}
  %0 = webnn.tanh %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @leaky_relu_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{leakyRelu: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.leaky_relu' op failed to infer returned types}}
  %0 = webnn.leaky_relu %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @abs_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{abs: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.abs' op failed to infer returned types}}
  %0 = webnn.abs %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @abs_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.abs' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.abs' op failed to infer returned types}}
  %0 = webnn.abs %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @neg_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{neg: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.neg' op failed to infer returned types}}
  %0 = webnn.neg %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @neg_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.neg' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.neg' op failed to infer returned types}}
  %0 = webnn.neg %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @relu_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{relu: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.relu' op failed to infer returned types}}
  %0 = webnn.relu %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @relu_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.relu' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.relu' op failed to infer returned types}}
  %0 = webnn.relu %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @relu_bf16(%x: tensor<2xbf16>) {
  // expected-error-re @+1 {{'webnn.relu' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xbf16>'}}
  %0 = webnn.relu %x : (tensor<2xbf16>) -> tensor<2xbf16>
  return
}

// -----

func.func @ceil_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{ceil: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.ceil' op failed to infer returned types}}
  %0 = webnn.ceil %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @ceil_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.ceil' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.ceil' op failed to infer returned types}}
  %0 = webnn.ceil %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @floor_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{floor: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.floor' op failed to infer returned types}}
  %0 = webnn.floor %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @floor_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.floor' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.floor' op failed to infer returned types}}
  %0 = webnn.floor %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @exp_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{exp: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.exp' op failed to infer returned types}}
  %0 = webnn.exp %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @exp_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.exp' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.exp' op failed to infer returned types}}
  %0 = webnn.exp %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @log_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{log: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.log' op failed to infer returned types}}
  %0 = webnn.log %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @log_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.log' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.log' op failed to infer returned types}}
  %0 = webnn.log %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @sqrt_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{sqrt: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.sqrt' op failed to infer returned types}}
  %0 = webnn.sqrt %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @sqrt_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.sqrt' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.sqrt' op failed to infer returned types}}
  %0 = webnn.sqrt %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @reciprocal_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{reciprocal: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.reciprocal' op failed to infer returned types}}
  %0 = webnn.reciprocal %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @reciprocal_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.reciprocal' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.reciprocal' op failed to infer returned types}}
  %0 = webnn.reciprocal %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @sigmoid_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{sigmoid: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.sigmoid' op failed to infer returned types}}
  %0 = webnn.sigmoid %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @sigmoid_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.sigmoid' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.sigmoid' op failed to infer returned types}}
  %0 = webnn.sigmoid %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @tanh_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{tanh: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.tanh' op failed to infer returned types}}
  %0 = webnn.tanh %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @tanh_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.tanh' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.tanh' op failed to infer returned types}}
  %0 = webnn.tanh %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @identity_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{identity: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.identity' op failed to infer returned types}}
  %0 = webnn.identity %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @identity_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.identity' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.identity' op failed to infer returned types}}
  %0 = webnn.identity %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @identity_bf16(%x: tensor<2xbf16>) {
  // expected-error-re @+1 {{'webnn.identity' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xbf16>'}}
  %0 = webnn.identity %x : (tensor<2xbf16>) -> tensor<2xbf16>
  return
}

// -----

func.func @leaky_relu_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{leakyRelu: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.leaky_relu' op failed to infer returned types}}
  %0 = webnn.leaky_relu %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @leaky_relu_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.leaky_relu' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.leaky_relu' op failed to infer returned types}}
  %0 = webnn.leaky_relu %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @clamp_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{clamp: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.clamp' op failed to infer returned types}}
  %0 = webnn.clamp %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @clamp_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.clamp' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.clamp' op failed to infer returned types}}
  %0 = webnn.clamp %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @clamp_bf16(%x: tensor<2xbf16>) {
  // expected-error-re @+1 {{'webnn.clamp' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xbf16>'}}
  %0 = webnn.clamp %x : (tensor<2xbf16>) -> tensor<2xbf16>
  return
}

// -----

func.func @identity_wrong_result_data_type(%x: tensor<2xui8>) {
  // expected-error @+2 {{'webnn.identity' op inferred type(s) 'tensor<2xui8>' are incompatible with return type(s) of operation 'tensor<2xi8>'}}
  // expected-error @+1 {{'webnn.identity' op failed to infer returned types}}
  %0 = webnn.identity %x : (tensor<2xui8>) -> tensor<2xi8>
  return
}

// -----

func.func @leaky_relu_f16_wrong_result_data_type(%x: tensor<2xf16>) {
  // expected-error @+2 {{'webnn.leaky_relu' op inferred type(s) 'tensor<2xf16>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{'webnn.leaky_relu' op failed to infer returned types}}
  %0 = webnn.leaky_relu %x {alpha = 2.0e-01 : f64} : (tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @clamp_min_greater_than_max(%x: tensor<2xf32>) {
  // expected-error @+2 {{clamp: minValue (6.000000e+00) must not be greater than maxValue (1.000000e+00)}}
  // expected-error @+1 {{'webnn.clamp' op failed to infer returned types}}
  %0 = webnn.clamp %x {max_value = 1.0 : f64, min_value = 6.0 : f64} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @clamp_int_min_greater_than_max(%x: tensor<4xi8>) {
  // expected-error @+2 {{clamp: minValue (0.000000e+00) must not be greater than maxValue (-1.000000e+00)}}
  // expected-error @+1 {{'webnn.clamp' op failed to infer returned types}}
  %0 = webnn.clamp %x {max_value = -1.0 : f64, min_value = 0.0 : f64} : (tensor<4xi8>) -> tensor<4xi8>
  return
}

// -----

func.func @clamp_infinite_min_greater_than_max(%x: tensor<2xf32>) {
  // expected-error @+2 {{clamp: minValue (0.000000e+00) must not be greater than maxValue (-INF)}}
  // expected-error @+1 {{'webnn.clamp' op failed to infer returned types}}
  %0 = webnn.clamp %x {max_value = 0xFFF0000000000000 : f64, min_value = 0.0 : f64} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @cos_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{cos: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.cos' op failed to infer returned types}}
  %0 = webnn.cos %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @sin_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{sin: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.sin' op failed to infer returned types}}
  %0 = webnn.sin %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @tan_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{tan: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.tan' op failed to infer returned types}}
  %0 = webnn.tan %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @erf_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{erf: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.erf' op failed to infer returned types}}
  %0 = webnn.erf %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @round_even_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{roundEven: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.round_even' op failed to infer returned types}}
  %0 = webnn.round_even %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @sign_uint8(%x: tensor<2xui8>) {
  // expected-error @+2 {{sign: input data type (uint8) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.sign' op failed to infer returned types}}
  %0 = webnn.sign %x : (tensor<2xui8>) -> tensor<2xui8>
  return
}

// -----

func.func @sign_uint32(%x: tensor<2xui32>) {
  // expected-error @+2 {{sign: input data type (uint32) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.sign' op failed to infer returned types}}
  %0 = webnn.sign %x : (tensor<2xui32>) -> tensor<2xui32>
  return
}

// -----

func.func @sign_uint64(%x: tensor<2xui64>) {
  // expected-error @+2 {{sign: input data type (uint64) must be one of float32, float16, int32, int64, int8}}
  // expected-error @+1 {{'webnn.sign' op failed to infer returned types}}
  %0 = webnn.sign %x : (tensor<2xui64>) -> tensor<2xui64>
  return
}

// -----

func.func @elu_int8(%x: tensor<2xi8>) {
  // expected-error @+2 {{elu: input data type (int8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.elu' op failed to infer returned types}}
  %0 = webnn.elu %x {alpha = 5.000000e-01 : f64} : (tensor<2xi8>) -> tensor<2xi8>
  return
}

// -----

func.func @gelu_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{gelu: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.gelu' op failed to infer returned types}}
  %0 = webnn.gelu %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @hard_sigmoid_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{hardSigmoid: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.hard_sigmoid' op failed to infer returned types}}
  %0 = webnn.hard_sigmoid %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @hard_swish_int64(%x: tensor<2xi64>) {
  // expected-error @+2 {{hardSwish: input data type (int64) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.hard_swish' op failed to infer returned types}}
  %0 = webnn.hard_swish %x : (tensor<2xi64>) -> tensor<2xi64>
  return
}

// -----

func.func @linear_uint8(%x: tensor<2xui8>) {
  // expected-error @+2 {{linear: input data type (uint8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.linear' op failed to infer returned types}}
  %0 = webnn.linear %x {alpha = 2.000000e+00 : f64} : (tensor<2xui8>) -> tensor<2xui8>
  return
}

// -----

func.func @softplus_int32(%x: tensor<2xi32>) {
  // expected-error @+2 {{softplus: input data type (int32) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.softplus' op failed to infer returned types}}
  %0 = webnn.softplus %x : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @softsign_int8(%x: tensor<2xi8>) {
  // expected-error @+2 {{softsign: input data type (int8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.softsign' op failed to infer returned types}}
  %0 = webnn.softsign %x : (tensor<2xi8>) -> tensor<2xi8>
  return
}

// -----

func.func @erf_zero_dimension(%x: tensor<2x0xf32>) {
  // expected-error @+2 {{erf: input dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.erf' op failed to infer returned types}}
  %0 = webnn.erf %x : (tensor<2x0xf32>) -> tensor<2x0xf32>
  return
}

// -----

func.func @gelu_encoding(%x: tensor<2xf32, "enc">) {
  // expected-error @+2 {{gelu: input must be a tensor without an encoding, got tensor<2xf32, "enc">}}
  // expected-error @+1 {{'webnn.gelu' op failed to infer returned types}}
  %0 = webnn.gelu %x : (tensor<2xf32, "enc">) -> tensor<2xf32, "enc">
  return
}

// -----

func.func @cos_wrong_result_type(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.cos' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'webnn.cos' op failed to infer returned types}}
  %0 = webnn.cos %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @sign_wrong_result_data_type(%x: tensor<4xi32>) {
  // expected-error @+2 {{'webnn.sign' op inferred type(s) 'tensor<4xi32>' are incompatible with return type(s) of operation 'tensor<4xui32>'}}
  // expected-error @+1 {{'webnn.sign' op failed to infer returned types}}
  %0 = webnn.sign %x : (tensor<4xi32>) -> tensor<4xui32>
  return
}

// -----

func.func @hard_swish_f16_wrong_result_data_type(%x: tensor<2xf16>) {
  // expected-error @+2 {{'webnn.hard_swish' op inferred type(s) 'tensor<2xf16>' are incompatible with return type(s) of operation 'tensor<2xf32>'}}
  // expected-error @+1 {{'webnn.hard_swish' op failed to infer returned types}}
  %0 = webnn.hard_swish %x : (tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @softplus_bf16(%x: tensor<2xbf16>) {
  // expected-error-re @+1 {{'webnn.softplus' op operand #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xbf16>'}}
  %0 = webnn.softplus %x : (tensor<2xbf16>) -> tensor<2xbf16>
  return
}

// -----

func.func @elu_alpha_not_f64(%x: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.elu' op attribute 'alpha' failed to satisfy constraint: 64-bit float attribute}}
  %0 = webnn.elu %x {alpha = 1.0 : f32} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @linear_beta_not_f64(%x: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.linear' op attribute 'beta' failed to satisfy constraint: 64-bit float attribute}}
  %0 = webnn.linear %x {beta = 1 : i64} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @hard_sigmoid_generic_int8(%x: tensor<2xi8>) {
  // expected-error @+2 {{hardSigmoid: input data type (int8) must be one of float32, float16}}
  // expected-error @+1 {{'webnn.hard_sigmoid' op failed to infer returned types}}
  %0 = "webnn.hard_sigmoid"(%x) <{alpha = 1.000000e-01 : f64}> : (tensor<2xi8>) -> tensor<2xi8>
  return
}
