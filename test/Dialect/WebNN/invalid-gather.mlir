// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Invalid gather and scatter ops (gather, gather_elements, gather_nd,
// scatter_elements, scatter_nd). A rule of their shape functions
// (inferGather, inferGatherElements, inferScatterElements, inferGatherND,
// inferScatterND in ShapeInference.cpp, with the rules gatherElements and
// scatterElements share in checkElementsIndices, and those gatherND and
// scatterND share in checkCoordinates) is reported first, then the
// InferTypeOpInterface verifier adds "failed to infer returned types". A
// declared result that differs from the inferred one is reported by that
// verifier. Operand types outside the WebNN data types, and options of the
// wrong attribute type, are rejected earlier, by the ODS constraints.

// gather: indices are int32, uint32 or int64; any other WebNN data type
// is rejected by the shape function.
func.func @gather_indices_float32(%x: tensor<2x3xf32>, %i: tensor<2xf32>) {
  // expected-error @+2 {{gather: indices data type (float32) must be one of int32, uint32, int64}}
  // expected-error @+1 {{'webnn.gather' op failed to infer returned types}}
  %0 = webnn.gather %x, %i : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @gather_indices_uint64(%x: tensor<2x3xf32>, %i: tensor<2xui64>) {
  // expected-error @+2 {{gather: indices data type (uint64) must be one of int32, uint32, int64}}
  // expected-error @+1 {{'webnn.gather' op failed to infer returned types}}
  %0 = webnn.gather %x, %i : (tensor<2x3xf32>, tensor<2xui64>) -> tensor<2x3xf32>
  return
}

// -----

// index is no WebNN data type: the operand constraint rejects it.
func.func @gather_indices_index(%x: tensor<2x3xf32>, %i: tensor<2xindex>) {
  // expected-error-re @+1 {{'webnn.gather' op operand #1 must be statically shaped tensor of {{.*}} values, but got 'tensor<2xindex>'}}
  %0 = webnn.gather %x, %i : (tensor<2x3xf32>, tensor<2xindex>) -> tensor<2x3xf32>
  return
}

// -----

// A rank-0 input has no axis to gather along.
func.func @gather_scalar_input(%x: tensor<f32>, %i: tensor<2xi32>) {
  // expected-error @+2 {{gather: input rank (0) must be at least 1}}
  // expected-error @+1 {{'webnn.gather' op failed to infer returned types}}
  %0 = webnn.gather %x, %i : (tensor<f32>, tensor<2xi32>) -> tensor<2xf32>
  return
}

// -----

func.func @gather_axis_out_of_range(%x: tensor<2x3xf32>, %i: tensor<2xi32>) {
  // expected-error @+2 {{gather: axis (2) must be in the range [0, 2)}}
  // expected-error @+1 {{'webnn.gather' op failed to infer returned types}}
  %0 = webnn.gather %x, %i {axis = 2 : i32} : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  return
}

// -----

// A negative axis does not count from the end.
func.func @gather_negative_axis(%x: tensor<2x3xf32>, %i: tensor<2xi32>) {
  // expected-error @+2 {{gather: axis (-1) must be in the range [0, 2)}}
  // expected-error @+1 {{'webnn.gather' op failed to infer returned types}}
  %0 = webnn.gather %x, %i {axis = -1 : i32} : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x2xf32>
  return
}

// -----

// The axis is an i32 attribute.
func.func @gather_axis_i64(%x: tensor<2x3xf32>, %i: tensor<2xi32>) {
  // expected-error @+1 {{'webnn.gather' op attribute 'axis' failed to satisfy constraint: 32-bit signless integer attribute}}
  %0 = webnn.gather %x, %i {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x2xf32>
  return
}

// -----

// The output is checked against maxTensorByteLength: 200000000 int32
// indices (800 MB) gather 2 * 200000000 int64 elements (3.2 GB).
func.func @gather_output_over_limit(%x: tensor<2x1xi64>, %i: tensor<200000000xi32>) {
  // expected-error @+2 {{gather: output shape [2, 200000000] of int64 needs 400000000 elements of 8 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.gather' op failed to infer returned types}}
  %0 = webnn.gather %x, %i {axis = 1 : i32} : (tensor<2x1xi64>, tensor<200000000xi32>) -> tensor<2x200000000xi64>
  return
}

// -----

// The indices' shape takes the place of the axis, it is not appended.
func.func @gather_result_order(%x: tensor<2x3xf32>, %i: tensor<4xi32>) {
  // expected-error @+2 {{'webnn.gather' op inferred type(s) 'tensor<4x3xf32>' are incompatible with return type(s) of operation 'tensor<3x4xf32>'}}
  // expected-error @+1 {{'webnn.gather' op failed to infer returned types}}
  %0 = webnn.gather %x, %i : (tensor<2x3xf32>, tensor<4xi32>) -> tensor<3x4xf32>
  return
}

// -----

// Rank-0 indices drop the axis: the declared result keeps it with size 1.
func.func @gather_scalar_index_keeps_axis(%x: tensor<2x3xf32>, %i: tensor<i32>) {
  // expected-error @+2 {{'webnn.gather' op inferred type(s) 'tensor<3xf32>' are incompatible with return type(s) of operation 'tensor<1x3xf32>'}}
  // expected-error @+1 {{'webnn.gather' op failed to infer returned types}}
  %0 = webnn.gather %x, %i : (tensor<2x3xf32>, tensor<i32>) -> tensor<1x3xf32>
  return
}

// -----

// The result has the input's data type, not the indices'.
func.func @gather_result_element_type(%x: tensor<2x3xf16>, %i: tensor<2xi32>) {
  // expected-error @+2 {{'webnn.gather' op inferred type(s) 'tensor<2x3xf16>' are incompatible with return type(s) of operation 'tensor<2x3xi32>'}}
  // expected-error @+1 {{'webnn.gather' op failed to infer returned types}}
  %0 = webnn.gather %x, %i : (tensor<2x3xf16>, tensor<2xi32>) -> tensor<2x3xi32>
  return
}

// -----

// gatherElements: indices of the index data types, of the input's rank,
// and of the input's shape except along the axis; the output has the
// indices' shape.
func.func @gather_elements_indices_int8(%x: tensor<2x3xf32>, %i: tensor<2x3xi8>) {
  // expected-error @+2 {{gatherElements: indices data type (int8) must be one of int32, uint32, int64}}
  // expected-error @+1 {{'webnn.gather_elements' op failed to infer returned types}}
  %0 = webnn.gather_elements %x, %i : (tensor<2x3xf32>, tensor<2x3xi8>) -> tensor<2x3xf32>
  return
}

// -----

func.func @gather_elements_scalar_input(%x: tensor<f32>, %i: tensor<i32>) {
  // expected-error @+2 {{gatherElements: input rank (0) must be at least 1}}
  // expected-error @+1 {{'webnn.gather_elements' op failed to infer returned types}}
  %0 = webnn.gather_elements %x, %i : (tensor<f32>, tensor<i32>) -> tensor<f32>
  return
}

// -----

func.func @gather_elements_axis_out_of_range(%x: tensor<2x3xf32>, %i: tensor<2x3xi32>) {
  // expected-error @+2 {{gatherElements: axis (2) must be in the range [0, 2)}}
  // expected-error @+1 {{'webnn.gather_elements' op failed to infer returned types}}
  %0 = webnn.gather_elements %x, %i {axis = 2 : i32} : (tensor<2x3xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
  return
}

// -----

// The indices are not flattened: they have the input's rank.
func.func @gather_elements_rank_mismatch(%x: tensor<2x3xf32>, %i: tensor<6xi32>) {
  // expected-error @+2 {{gatherElements: indices rank (1) must equal input rank (2)}}
  // expected-error @+1 {{'webnn.gather_elements' op failed to infer returned types}}
  %0 = webnn.gather_elements %x, %i : (tensor<2x3xf32>, tensor<6xi32>) -> tensor<6xf32>
  return
}

// -----

// Along axis 0 the indices may have any size, but not along axis 1.
func.func @gather_elements_shape_mismatch(%x: tensor<2x3xf32>, %i: tensor<5x4xi32>) {
  // expected-error @+2 {{gatherElements: indices shape [5, 4] must be [5, 3] (the input's shape except along axis)}}
  // expected-error @+1 {{'webnn.gather_elements' op failed to infer returned types}}
  %0 = webnn.gather_elements %x, %i : (tensor<2x3xf32>, tensor<5x4xi32>) -> tensor<5x4xf32>
  return
}

// -----

// The output has the indices' shape, not the input's.
func.func @gather_elements_result_shape(%x: tensor<4x3xf32>, %i: tensor<4x1xi32>) {
  // expected-error @+2 {{'webnn.gather_elements' op inferred type(s) 'tensor<4x1xf32>' are incompatible with return type(s) of operation 'tensor<4x3xf32>'}}
  // expected-error @+1 {{'webnn.gather_elements' op failed to infer returned types}}
  %0 = webnn.gather_elements %x, %i {axis = 1 : i32} : (tensor<4x3xf32>, tensor<4x1xi32>) -> tensor<4x3xf32>
  return
}

// -----

// scatterElements: gatherElements' rules for the indices, and updates of
// the input's data type and the indices' shape; the output is the input's
// type.
func.func @scatter_elements_indices_float16(%x: tensor<3x3xf32>, %i: tensor<2x3xf16>, %u: tensor<2x3xf32>) {
  // expected-error @+2 {{scatterElements: indices data type (float16) must be one of int32, uint32, int64}}
  // expected-error @+1 {{'webnn.scatter_elements' op failed to infer returned types}}
  %0 = webnn.scatter_elements %x, %i, %u : (tensor<3x3xf32>, tensor<2x3xf16>, tensor<2x3xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @scatter_elements_scalar_input(%x: tensor<f32>, %i: tensor<i32>, %u: tensor<f32>) {
  // expected-error @+2 {{scatterElements: input rank (0) must be at least 1}}
  // expected-error @+1 {{'webnn.scatter_elements' op failed to infer returned types}}
  %0 = webnn.scatter_elements %x, %i, %u : (tensor<f32>, tensor<i32>, tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @scatter_elements_axis_out_of_range(%x: tensor<3x3xf32>, %i: tensor<3x2xi32>, %u: tensor<3x2xf32>) {
  // expected-error @+2 {{scatterElements: axis (3) must be in the range [0, 2)}}
  // expected-error @+1 {{'webnn.scatter_elements' op failed to infer returned types}}
  %0 = webnn.scatter_elements %x, %i, %u {axis = 3 : i32} : (tensor<3x3xf32>, tensor<3x2xi32>, tensor<3x2xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @scatter_elements_rank_mismatch(%x: tensor<3x3xf32>, %i: tensor<1x2x3xi32>, %u: tensor<1x2x3xf32>) {
  // expected-error @+2 {{scatterElements: indices rank (3) must equal input rank (2)}}
  // expected-error @+1 {{'webnn.scatter_elements' op failed to infer returned types}}
  %0 = webnn.scatter_elements %x, %i, %u : (tensor<3x3xf32>, tensor<1x2x3xi32>, tensor<1x2x3xf32>) -> tensor<3x3xf32>
  return
}

// -----

// Along axis 1 the indices may have any size, but not along axis 0.
func.func @scatter_elements_shape_mismatch(%x: tensor<3x4xf32>, %i: tensor<2x2xi64>, %u: tensor<2x2xf32>) {
  // expected-error @+2 {{scatterElements: indices shape [2, 2] must be [3, 2] (the input's shape except along axis)}}
  // expected-error @+1 {{'webnn.scatter_elements' op failed to infer returned types}}
  %0 = webnn.scatter_elements %x, %i, %u {axis = 1 : i32} : (tensor<3x4xf32>, tensor<2x2xi64>, tensor<2x2xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @scatter_elements_updates_data_type(%x: tensor<3x3xf32>, %i: tensor<2x3xi32>, %u: tensor<2x3xf16>) {
  // expected-error @+2 {{scatterElements: updates data type (float16) must match input data type (float32)}}
  // expected-error @+1 {{'webnn.scatter_elements' op failed to infer returned types}}
  %0 = webnn.scatter_elements %x, %i, %u : (tensor<3x3xf32>, tensor<2x3xi32>, tensor<2x3xf16>) -> tensor<3x3xf32>
  return
}

// -----

// The updates have the indices' shape; the input's is not enough.
func.func @scatter_elements_updates_shape(%x: tensor<3x3xf32>, %i: tensor<2x3xi32>, %u: tensor<3x3xf32>) {
  // expected-error @+2 {{scatterElements: updates shape [3, 3] must be [2, 3] (the indices' shape)}}
  // expected-error @+1 {{'webnn.scatter_elements' op failed to infer returned types}}
  %0 = webnn.scatter_elements %x, %i, %u : (tensor<3x3xf32>, tensor<2x3xi32>, tensor<3x3xf32>) -> tensor<3x3xf32>
  return
}

// -----

// The output is the input's shape, not the updates'.
func.func @scatter_elements_result_shape(%x: tensor<3x3xf32>, %i: tensor<2x3xi32>, %u: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.scatter_elements' op inferred type(s) 'tensor<3x3xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf32>'}}
  // expected-error @+1 {{'webnn.scatter_elements' op failed to infer returned types}}
  %0 = webnn.scatter_elements %x, %i, %u : (tensor<3x3xf32>, tensor<2x3xi32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

// gatherND: indices of the index data types and of rank at least 1,
// whose last dimension (the coordinates' count) is at most the input's
// rank; the output is indices.shape[:-1] + input.shape[k:].
func.func @gather_nd_indices_uint64(%x: tensor<2x3xf32>, %i: tensor<4x2xui64>) {
  // expected-error @+2 {{gatherND: indices data type (uint64) must be one of int32, uint32, int64}}
  // expected-error @+1 {{'webnn.gather_nd' op failed to infer returned types}}
  %0 = webnn.gather_nd %x, %i : (tensor<2x3xf32>, tensor<4x2xui64>) -> tensor<4xf32>
  return
}

// -----

func.func @gather_nd_scalar_input(%x: tensor<f32>, %i: tensor<1xi32>) {
  // expected-error @+2 {{gatherND: input rank (0) must be at least 1}}
  // expected-error @+1 {{'webnn.gather_nd' op failed to infer returned types}}
  %0 = webnn.gather_nd %x, %i : (tensor<f32>, tensor<1xi32>) -> tensor<f32>
  return
}

// -----

// Rank-0 indices hold no coordinates (gather's rank-0 indices are allowed).
func.func @gather_nd_scalar_indices(%x: tensor<2x3xf32>, %i: tensor<i32>) {
  // expected-error @+2 {{gatherND: indices rank (0) must be at least 1}}
  // expected-error @+1 {{'webnn.gather_nd' op failed to infer returned types}}
  %0 = webnn.gather_nd %x, %i : (tensor<2x3xf32>, tensor<i32>) -> tensor<3xf32>
  return
}

// -----

func.func @gather_nd_too_many_coordinates(%x: tensor<2x3xf32>, %i: tensor<4x3xi32>) {
  // expected-error @+2 {{gatherND: indices hold coordinates of 3 dimensions, more than the input rank (2)}}
  // expected-error @+1 {{'webnn.gather_nd' op failed to infer returned types}}
  %0 = webnn.gather_nd %x, %i : (tensor<2x3xf32>, tensor<4x3xi32>) -> tensor<4xf32>
  return
}

// -----

// The coordinates' dimension is dropped: the declared result keeps it.
func.func @gather_nd_result_shape(%x: tensor<2x3x4xf32>, %i: tensor<5x2xi32>) {
  // expected-error @+2 {{'webnn.gather_nd' op inferred type(s) 'tensor<5x4xf32>' are incompatible with return type(s) of operation 'tensor<5x2x4xf32>'}}
  // expected-error @+1 {{'webnn.gather_nd' op failed to infer returned types}}
  %0 = webnn.gather_nd %x, %i : (tensor<2x3x4xf32>, tensor<5x2xi32>) -> tensor<5x2x4xf32>
  return
}

// -----

// The output is checked against maxTensorByteLength: 100000000 rows of
// 8 int64 (6.4 GB) from 400 MB of indices.
func.func @gather_nd_output_over_limit(%x: tensor<2x8xi64>, %i: tensor<100000000x1xi32>) {
  // expected-error @+2 {{gatherND: output shape [100000000, 8] of int64 needs 800000000 elements of 8 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.gather_nd' op failed to infer returned types}}
  %0 = webnn.gather_nd %x, %i : (tensor<2x8xi64>, tensor<100000000x1xi32>) -> tensor<100000000x8xi64>
  return
}

// -----

// scatterND: gatherND's rules for the indices, and updates of the input's
// data type and of gatherND's output shape; the output is the input's
// type.
func.func @scatter_nd_indices_uint8(%x: tensor<4x3xf32>, %i: tensor<2x1xui8>, %u: tensor<2x3xf32>) {
  // expected-error @+2 {{scatterND: indices data type (uint8) must be one of int32, uint32, int64}}
  // expected-error @+1 {{'webnn.scatter_nd' op failed to infer returned types}}
  %0 = webnn.scatter_nd %x, %i, %u : (tensor<4x3xf32>, tensor<2x1xui8>, tensor<2x3xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @scatter_nd_scalar_input(%x: tensor<f32>, %i: tensor<1xi32>, %u: tensor<f32>) {
  // expected-error @+2 {{scatterND: input rank (0) must be at least 1}}
  // expected-error @+1 {{'webnn.scatter_nd' op failed to infer returned types}}
  %0 = webnn.scatter_nd %x, %i, %u : (tensor<f32>, tensor<1xi32>, tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @scatter_nd_scalar_indices(%x: tensor<4x3xf32>, %i: tensor<i64>, %u: tensor<3xf32>) {
  // expected-error @+2 {{scatterND: indices rank (0) must be at least 1}}
  // expected-error @+1 {{'webnn.scatter_nd' op failed to infer returned types}}
  %0 = webnn.scatter_nd %x, %i, %u : (tensor<4x3xf32>, tensor<i64>, tensor<3xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @scatter_nd_too_many_coordinates(%x: tensor<4xf32>, %i: tensor<2x2xi32>, %u: tensor<2xf32>) {
  // expected-error @+2 {{scatterND: indices hold coordinates of 2 dimensions, more than the input rank (1)}}
  // expected-error @+1 {{'webnn.scatter_nd' op failed to infer returned types}}
  %0 = webnn.scatter_nd %x, %i, %u : (tensor<4xf32>, tensor<2x2xi32>, tensor<2xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @scatter_nd_updates_data_type(%x: tensor<4x3xi32>, %i: tensor<2x1xi32>, %u: tensor<2x3xui32>) {
  // expected-error @+2 {{scatterND: updates data type (uint32) must match input data type (int32)}}
  // expected-error @+1 {{'webnn.scatter_nd' op failed to infer returned types}}
  %0 = webnn.scatter_nd %x, %i, %u : (tensor<4x3xi32>, tensor<2x1xi32>, tensor<2x3xui32>) -> tensor<4x3xi32>
  return
}

// -----

// The updates are whole rows (k = 1), not elements.
func.func @scatter_nd_updates_shape(%x: tensor<4x3xf32>, %i: tensor<2x1xi32>, %u: tensor<2xf32>) {
  // expected-error @+2 {{scatterND: updates shape [2] must be [2, 3] (indices.shape[:-1] + input.shape[k:])}}
  // expected-error @+1 {{'webnn.scatter_nd' op failed to infer returned types}}
  %0 = webnn.scatter_nd %x, %i, %u : (tensor<4x3xf32>, tensor<2x1xi32>, tensor<2xf32>) -> tensor<4x3xf32>
  return
}

// -----

// The output is the input's type, not the updates'.
func.func @scatter_nd_result_shape(%x: tensor<4x3xf32>, %i: tensor<2x1xi32>, %u: tensor<2x3xf32>) {
  // expected-error @+2 {{'webnn.scatter_nd' op inferred type(s) 'tensor<4x3xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf32>'}}
  // expected-error @+1 {{'webnn.scatter_nd' op failed to infer returned types}}
  %0 = webnn.scatter_nd %x, %i, %u : (tensor<4x3xf32>, tensor<2x1xi32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

// The output has the indices' shape: it may be far larger than the input.
func.func @gather_elements_output_too_large(%x: tensor<2x1xi64>, %i: tensor<2x200000000xi32>) {
  // expected-error @+2 {{gatherElements: output shape [2, 200000000] of int64 needs 400000000 elements of 8 bytes, more than maxTensorByteLength (2147483647 bytes)}}
  // expected-error @+1 {{'webnn.gather_elements' op failed to infer returned types}}
  %0 = webnn.gather_elements %x, %i {axis = 1 : i32} : (tensor<2x1xi64>, tensor<2x200000000xi32>) -> tensor<2x200000000xi64>
  return
}

// -----

// resample2d: one case per validation step of inferResample2d.
func.func @resample2d_int32(%x: tensor<1x1x2x2xi32>) -> tensor<1x1x2x2xi32> {
  // expected-error @+2 {{resample2d: input data type (int32) must be one of float32, float16, int8, uint8}}
  // expected-error @+1 {{'webnn.resample2d' op failed to infer returned types}}
  %r = webnn.resample2d %x : (tensor<1x1x2x2xi32>) -> tensor<1x1x2x2xi32>
  return %r : tensor<1x1x2x2xi32>
}

// -----

func.func @resample2d_rank3(%x: tensor<1x2x2xf32>) -> tensor<1x2x2xf32> {
  // expected-error @+2 {{resample2d: input rank (3) must be 4}}
  // expected-error @+1 {{'webnn.resample2d' op failed to infer returned types}}
  %r = webnn.resample2d %x : (tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
  return %r : tensor<1x2x2xf32>
}

// -----

func.func @resample2d_three_scales(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+2 {{resample2d: scales must have 2 values, got 3}}
  // expected-error @+1 {{'webnn.resample2d' op failed to infer returned types}}
  %r = webnn.resample2d %x {scales = array<f32: 1.0, 1.0, 1.0>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %r : tensor<1x1x2x2xf32>
}

// -----

func.func @resample2d_zero_scale(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+2 {{resample2d: scales [0, 1] must be positive and finite}}
  // expected-error @+1 {{'webnn.resample2d' op failed to infer returned types}}
  %r = webnn.resample2d %x {scales = array<f32: 0.0, 1.0>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %r : tensor<1x1x2x2xf32>
}

// -----

func.func @resample2d_infinite_scale(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+2 {{resample2d: scales [1, inf] must be positive and finite}}
  // expected-error @+1 {{'webnn.resample2d' op failed to infer returned types}}
  %r = webnn.resample2d %x {scales = array<f32: 1.0, 0x7F800000>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %r : tensor<1x1x2x2xf32>
}

// -----

func.func @resample2d_zero_size(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+2 {{resample2d: sizes [0, 2] must hold values in the range [1, 2147483647]}}
  // expected-error @+1 {{'webnn.resample2d' op failed to infer returned types}}
  %r = webnn.resample2d %x {sizes = array<i64: 0, 2>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %r : tensor<1x1x2x2xf32>
}

// -----

func.func @resample2d_one_axis(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+2 {{resample2d: axes must have 2 values, got 1}}
  // expected-error @+1 {{'webnn.resample2d' op failed to infer returned types}}
  %r = webnn.resample2d %x {axes = array<i64: 2>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %r : tensor<1x1x2x2xf32>
}

// -----

func.func @resample2d_axis_out_of_range(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+2 {{resample2d: axes [2, 4] must hold values in the range [0, 4)}}
  // expected-error @+1 {{'webnn.resample2d' op failed to infer returned types}}
  %r = webnn.resample2d %x {axes = array<i64: 2, 4>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %r : tensor<1x1x2x2xf32>
}

// -----

func.func @resample2d_duplicate_axes(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+2 {{resample2d: axes [3, 3] holds 3 twice}}
  // expected-error @+1 {{'webnn.resample2d' op failed to infer returned types}}
  %r = webnn.resample2d %x {axes = array<i64: 3, 3>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %r : tensor<1x1x2x2xf32>
}

// -----

func.func @resample2d_empty_output(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+2 {{resample2d: output dimension 2 (0) is not a valid dimension}}
  // expected-error @+1 {{'webnn.resample2d' op failed to infer returned types}}
  %r = webnn.resample2d %x {scales = array<f32: 0.25, 1.0>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %r : tensor<1x1x2x2xf32>
}

// -----

func.func @resample2d_huge_output(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+2 {{resample2d: output dimension 3 is not a valid dimension: it must be at most 2147483647}}
  // expected-error @+1 {{'webnn.resample2d' op failed to infer returned types}}
  %r = webnn.resample2d %x {scales = array<f32: 1.0, 2.0e9>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %r : tensor<1x1x2x2xf32>
}

// -----

func.func @resample2d_wrong_result(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32> {
  // expected-error @+2 {{'webnn.resample2d' op inferred type(s) 'tensor<1x1x2x2xf32>' are incompatible with return type(s) of operation 'tensor<1x1x4x4xf32>'}}
  // expected-error @+1 {{'webnn.resample2d' op failed to infer returned types}}
  %r = webnn.resample2d %x : (tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32>
  return %r : tensor<1x1x4x4xf32>
}
