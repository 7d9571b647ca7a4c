// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// maxTensorByteLength (2147483647 bytes, Limits.h) bounds every tensor of a
// graph: operands, inferred outputs, constants, and the results of the
// primitives and composites, which infer nothing.

// The largest float32 tensor within the limit is accepted.
func.func @operand_at_limit(%x: tensor<536870911xf32>) -> tensor<536870911xf32> {
  %0 = webnn.relu %x : (tensor<536870911xf32>) -> tensor<536870911xf32>
  return %0 : tensor<536870911xf32>
}

// -----

// One more element is 2147483648 bytes.
func.func @operand_over_limit(%x: tensor<536870912xf32>) {
  // expected-error @+2 {{relu: input shape [536870912] of float32 needs 536870912 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.relu' op failed to infer returned types}}
  %0 = webnn.relu %x : (tensor<536870912xf32>) -> tensor<536870912xf32>
  return
}

// -----

// The same element count is within the limit in a one-byte type.
func.func @operand_uint8_at_limit(%x: tensor<536870912xui8>) -> tensor<536870912xui8> {
  %0 = webnn.add %x, %x : (tensor<536870912xui8>, tensor<536870912xui8>) -> tensor<536870912xui8>
  return %0 : tensor<536870912xui8>
}

// -----

// Broadcasting two small operands to a 40 GB output.
func.func @broadcast_output_over_limit(%a: tensor<100000x1xf32>, %b: tensor<1x100000xf32>) {
  // expected-error @+2 {{add: output shape [100000, 100000] of float32 needs 10000000000 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.add' op failed to infer returned types}}
  %0 = webnn.add %a, %b : (tensor<100000x1xf32>, tensor<1x100000xf32>) -> tensor<100000x100000xf32>
  return
}

// -----

func.func @matmul_output_over_limit(%a: tensor<100000x1xf32>, %b: tensor<1x100000xf32>) {
  // expected-error @+2 {{matmul: output shape [100000, 100000] of float32 needs 10000000000 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.matmul' op failed to infer returned types}}
  %0 = webnn.matmul %a, %b : (tensor<100000x1xf32>, tensor<1x100000xf32>) -> tensor<100000x100000xf32>
  return
}

// -----

// Two inputs of 2 GB - 2 bytes each, concatenated.
func.func @concat_output_over_limit(%a: tensor<2x1073741823xui8>, %b: tensor<2x1073741823xui8>) {
  // expected-error @+2 {{concat: output shape [4, 1073741823] of uint8 needs 4294967292 elements of 1 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.concat' op failed to infer returned types}}
  %0 = webnn.concat %a, %b {axis = 0 : i32} : (tensor<2x1073741823xui8>, tensor<2x1073741823xui8>) -> tensor<4x1073741823xui8>
  return
}

// -----

// A one-element input padded to a billion-wide output.
func.func @conv2d_output_over_limit(%x: tensor<1x1x1x1xf32>, %w: tensor<1x1x1x1xf32>) {
  // expected-error @+2 {{conv2d: output shape [1, 1, 1, 1000000001] of float32 needs 1000000001 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.conv2d' op failed to infer returned types}}
  %0 = webnn.conv2d %x, %w {padding = array<i64: 0, 0, 0, 1000000000>} : (tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x1x1000000001xf32>
  return
}

// -----

// Two input elements a billion apart: (2 - 1) * 1000000000 + 1.
func.func @conv_transpose2d_output_over_limit(%x: tensor<1x1x1x2xf32>, %w: tensor<1x1x1x1xf32>) {
  // expected-error @+2 {{convTranspose2d: output shape [1, 1, 1, 1000000001] of float32 needs 1000000001 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.conv_transpose2d' op failed to infer returned types}}
  %0 = webnn.conv_transpose2d %x, %w {strides = array<i64: 1, 1000000000>} : (tensor<1x1x1x2xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x1x1000000001xf32>
  return
}

// -----

func.func @max_pool2d_output_over_limit(%x: tensor<1x1x1x1xf32>) {
  // expected-error @+2 {{maxPool2d: output shape [1, 1, 1, 1000000001] of float32 needs 1000000001 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.max_pool2d' op failed to infer returned types}}
  %0 = webnn.max_pool2d %x {padding = array<i64: 0, 0, 0, 1000000000>, window_dimensions = array<i64: 1, 1>} : (tensor<1x1x1x1xf32>) -> tensor<1x1x1x1000000001xf32>
  return
}

// -----

// A splat constant takes a few bytes of text but would be 4 TB.
func.func @constant_over_limit() {
  // expected-error @+1 {{constant: value shape [1048576, 1048576] of float32 needs 1099511627776 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  %0 = webnn.constant dense<0.0> : tensor<1048576x1048576xf32>
  return
}

// -----

// A primitive infers no type: its result is checked by the verifier.
func.func @elementwise_result_over_limit(%a: tensor<100000x1xf32>, %b: tensor<1x100000xf32>) {
  // expected-error @+1 {{elementwise: result 0 shape [100000, 100000] of float32 needs 10000000000 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  %0 = webnn.elementwise %a, %b : (tensor<100000x1xf32>, tensor<1x100000xf32>) -> tensor<100000x100000xf32> {
  ^bb0(%v: f32, %w: f32):
    %y = arith.addf %v, %w : f32
    webnn.yield %y : f32
  }
  return
}

// -----

func.func @composite_operand_over_limit(%x: tensor<536870912xf32>) {
  // expected-error @+1 {{composite: operand 0 shape [536870912] of float32 needs 536870912 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  %0 = webnn.composite "vendor.identity" %x : (tensor<536870912xf32>) -> tensor<536870912xf32> {
  ^bb0(%v: tensor<536870912xf32>):
    webnn.yield %v : tensor<536870912xf32>
  }
  return
}

// -----

// A reshape to 2^62 elements (each dimension a valid long) is refused by its
// element count, computed without overflow, before any size is derived.
func.func @reshape_2e62(%x: tensor<4xf32>) {
  // expected-error @+2 {{reshape: newShape [1073741824, 1073741824, 4] has 4611686018427387904 elements but the input [4] has 4}}
  // expected-error @+1 {{'webnn.reshape' op failed to infer returned types}}
  %0 = webnn.reshape %x {new_shape = array<i64: 1073741824, 1073741824, 4>} : (tensor<4xf32>) -> tensor<1073741824x1073741824x4xf32>
  return
}

// -----

// Dimensions whose product overflows int64 are refused, not wrapped.
func.func @reshape_overflow(%x: tensor<4xf32>) {
  // expected-error @+2 {{reshape: newShape [2147483647, 2147483647, 2147483647] has too many elements but the input [4] has 4}}
  // expected-error @+1 {{'webnn.reshape' op failed to infer returned types}}
  %0 = webnn.reshape %x {new_shape = array<i64: 2147483647, 2147483647, 2147483647>} : (tensor<4xf32>) -> tensor<2147483647x2147483647x2147483647xf32>
  return
}

// -----

// The ops whose options grow the output: each dimension is valid, the
// output is over the limit.
func.func @expand_output_over_limit(%x: tensor<1xf32>) {
  // expected-error @+2 {{expand: output shape [100000, 100000] of float32 needs 10000000000 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.expand' op failed to infer returned types}}
  %0 = webnn.expand %x {new_shape = array<i64: 100000, 100000>} : (tensor<1xf32>) -> tensor<100000x100000xf32>
  return
}

// -----

// One byte over: 536870912 float32 elements, expanded from a scalar.
func.func @expand_output_one_byte_over(%x: tensor<f32>) {
  // expected-error @+2 {{expand: output shape [536870912] of float32 needs 536870912 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.expand' op failed to infer returned types}}
  %0 = webnn.expand %x {new_shape = array<i64: 536870912>} : (tensor<f32>) -> tensor<536870912xf32>
  return
}

// -----

// The largest float32 output within the limit is accepted.
func.func @expand_output_at_limit(%x: tensor<f32>) -> tensor<536870911xf32> {
  %0 = webnn.expand %x {new_shape = array<i64: 536870911>} : (tensor<f32>) -> tensor<536870911xf32>
  return %0 : tensor<536870911xf32>
}

// -----

func.func @tile_output_over_limit(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{tile: output shape [200000, 300000] of float32 needs 60000000000 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.tile' op failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: 100000, 100000>} : (tensor<2x3xf32>) -> tensor<200000x300000xf32>
  return
}

// -----

// int64 elements: 2 * 134217728 = 268435456 of 8 bytes is 2 GiB.
func.func @tile_output_one_byte_over(%x: tensor<2xi64>) {
  // expected-error @+2 {{tile: output shape [268435456] of int64 needs 268435456 elements of 8 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.tile' op failed to infer returned types}}
  %0 = webnn.tile %x {repetitions = array<i64: 134217728>} : (tensor<2xi64>) -> tensor<268435456xi64>
  return
}

// -----

// A one-element input padded to a billion-wide output.
func.func @pad_output_over_limit(%x: tensor<1x1xf32>) {
  // expected-error @+2 {{pad: output shape [1, 1000000001] of float32 needs 1000000001 elements of 4 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 0, 1000000000>, ending_padding = array<i64: 0, 0>} : (tensor<1x1xf32>) -> tensor<1x1000000001xf32>
  return
}

// -----

// Edge padding on two dimensions: 50000 x 50000 float16 elements.
func.func @pad_edge_output_over_limit(%x: tensor<2x2xf16>) {
  // expected-error @+2 {{pad: output shape [50000, 50000] of float16 needs 2500000000 elements of 2 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.pad' op failed to infer returned types}}
  %0 = webnn.pad %x {beginning_padding = array<i64: 24999, 24999>, ending_padding = array<i64: 24999, 24999>, mode = #webnn.padding_mode<edge>} : (tensor<2x2xf16>) -> tensor<50000x50000xf16>
  return
}
