// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid constants: values outside the WebNN data types or shapes, and
// stated result types that disagree with the value's. A resource blob's
// size is checked in invalid-resource.mlir.

func.func @constant_bf16() {
  // expected-error @+1 {{constant: value element type bf16 is not a WebNN data type}}
  %0 = webnn.constant dense<1.0> : tensor<2xbf16>
  return
}

// -----

func.func @constant_si32() {
  // expected-error @+1 {{constant: value element type si32 is not a WebNN data type}}
  %0 = webnn.constant dense<1> : tensor<2xsi32>
  return
}

// -----

func.func @constant_f64() {
  // expected-error @+1 {{constant: value element type f64 is not a WebNN data type}}
  %0 = webnn.constant dense<1.0> : tensor<2xf64>
  return
}

// -----

func.func @constant_i1() {
  // expected-error @+1 {{constant: value element type i1 is not a WebNN data type}}
  %0 = webnn.constant dense<true> : tensor<2xi1>
  return
}

// -----

func.func @constant_i16() {
  // expected-error @+1 {{constant: value element type i16 is not a WebNN data type}}
  %0 = webnn.constant dense<1> : tensor<2xi16>
  return
}

// -----

func.func @constant_index() {
  // expected-error @+1 {{constant: value element type index is not a WebNN data type}}
  %0 = webnn.constant dense<1> : tensor<2xindex>
  return
}

// -----

func.func @constant_complex() {
  // expected-error @+1 {{constant: value element type complex<f32> is not a WebNN data type}}
  %0 = webnn.constant dense<(1.0, 2.0)> : tensor<2xcomplex<f32>>
  return
}

// -----

func.func @constant_encoding() {
  // expected-error @+1 {{constant: value must be a tensor without an encoding, got tensor<2xf32, "enc">}}
  %0 = webnn.constant dense<1.0> : tensor<2xf32, "enc">
  return
}

// -----

func.func @constant_too_many_elements() {
  // expected-error @+1 {{constant: value shape [2147483647, 2147483647, 2147483647] has more elements than int64 can count}}
  %0 = webnn.constant dense<1.0> : tensor<2147483647x2147483647x2147483647xf32>
  return
}

// -----

func.func @constant_vector() {
  // expected-error @+1 {{constant: value must be a ranked tensor, got vector<2xf32>}}
  %0 = webnn.constant dense<1.0> : vector<2xf32>
  return
}

// -----

func.func @constant_zero_dimension() {
  // expected-error @+1 {{constant: value dimension 1 (0) is not a valid dimension: it must be in the range [1, 2147483647]}}
  %0 = webnn.constant dense<> : tensor<2x0xf32>
  return
}

// -----

func.func @constant_generic_bf16() {
  // expected-error @+2 {{constant: value element type bf16 is not a WebNN data type}}
  // expected-error @+1 {{'webnn.constant' op failed to infer returned types}}
  %0 = "webnn.constant"() {value = dense<1.0> : tensor<2xbf16>} : () -> tensor<2xf32>
  return
}

// -----

func.func @constant_generic_wrong_result_shape() {
  // expected-error @+2 {{'webnn.constant' op inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<3xf32>'}}
  // expected-error @+1 {{'webnn.constant' op failed to infer returned types}}
  %0 = "webnn.constant"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<3xf32>
  return
}

// -----

func.func @constant_generic_wrong_result_data_type() {
  // expected-error @+2 {{'webnn.constant' op inferred type(s) 'tensor<2xi32>' are incompatible with return type(s) of operation 'tensor<2xui32>'}}
  // expected-error @+1 {{'webnn.constant' op failed to infer returned types}}
  %0 = "webnn.constant"() {value = dense<1> : tensor<2xi32>} : () -> tensor<2xui32>
  return
}

// -----

func.func @constant_generic_si8_result() {
  // expected-error-re @+1 {{'webnn.constant' op result #0 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xsi8>'}}
  %0 = "webnn.constant"() {value = dense<1> : tensor<2xi8>} : () -> tensor<2xsi8>
  return
}
