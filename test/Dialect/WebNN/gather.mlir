// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of the gather and scatter ops (gather, gather_elements,
// gather_nd, scatter_elements, scatter_nd): each function is parsed,
// printed, and parsed again, once through the custom assembly form and once
// through the generic form. The declared result type is checked against the
// inferred one, so each case also tests the shape function: gather's output
// is input.shape[:axis] + indices.shape + input.shape[axis+1:] (rank-0
// indices drop the axis), gather_elements' is the indices' shape, gather_nd's
// is indices.shape[:-1] + input.shape[k:], and the scatters' is the input's.
// The indices may be int32, uint32 or int64; the input any data type.
// axis = 0, the default, is elided from the custom form. A few functions are
// written in the generic form to check that it parses too.

// gather: the example of the op's description.
// CHECK-LABEL: func @gather_axis1(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x5xf32>, %[[I:[^:]+]]: tensor<3xi32>)
// CHECK:         %[[R:.*]] = webnn.gather %[[X]], %[[I]] {axis = 1 : i32} : (tensor<2x5xf32>, tensor<3xi32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @gather_axis1(%x: tensor<2x5xf32>, %i: tensor<3xi32>) -> tensor<2x3xf32> {
  %0 = webnn.gather %x, %i {axis = 1 : i32} : (tensor<2x5xf32>, tensor<3xi32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// axis = 0, written out, is elided; uint32 indices.
// CHECK-LABEL: func @gather_default_axis_elided(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x3xf16>, %[[I:[^:]+]]: tensor<2xui32>)
// CHECK:         %[[R:.*]] = webnn.gather %[[X]], %[[I]] : (tensor<4x3xf16>, tensor<2xui32>) -> tensor<2x3xf16>
// CHECK:         return %[[R]] : tensor<2x3xf16>
func.func @gather_default_axis_elided(%x: tensor<4x3xf16>, %i: tensor<2xui32>) -> tensor<2x3xf16> {
  %0 = webnn.gather %x, %i {axis = 0 : i32} : (tensor<4x3xf16>, tensor<2xui32>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// Without axis, the default 0: the first dimension is replaced by the
// indices' shape.
// CHECK-LABEL: func @gather_no_axis(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<6xui64>, %[[I:[^:]+]]: tensor<2x2xi32>)
// CHECK:         %[[R:.*]] = webnn.gather %[[X]], %[[I]] : (tensor<6xui64>, tensor<2x2xi32>) -> tensor<2x2xui64>
// CHECK:         return %[[R]] : tensor<2x2xui64>
func.func @gather_no_axis(%x: tensor<6xui64>, %i: tensor<2x2xi32>) -> tensor<2x2xui64> {
  %0 = webnn.gather %x, %i : (tensor<6xui64>, tensor<2x2xi32>) -> tensor<2x2xui64>
  return %0 : tensor<2x2xui64>
}

// int64 indices of rank 2 on a middle axis: the axis becomes two
// dimensions, between the ones before and after it.
// CHECK-LABEL: func @gather_i64_rank2_indices(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xi8>, %[[I:[^:]+]]: tensor<5x6xi64>)
// CHECK:         %[[R:.*]] = webnn.gather %[[X]], %[[I]] {axis = 1 : i32} : (tensor<2x3x4xi8>, tensor<5x6xi64>) -> tensor<2x5x6x4xi8>
// CHECK:         return %[[R]] : tensor<2x5x6x4xi8>
func.func @gather_i64_rank2_indices(%x: tensor<2x3x4xi8>, %i: tensor<5x6xi64>) -> tensor<2x5x6x4xi8> {
  %0 = webnn.gather %x, %i {axis = 1 : i32} : (tensor<2x3x4xi8>, tensor<5x6xi64>) -> tensor<2x5x6x4xi8>
  return %0 : tensor<2x5x6x4xi8>
}

// Rank-0 indices drop the axis: one row of a matrix, one column on the
// last axis, one element of a vector (a rank-0 output).
// CHECK-LABEL: func @gather_scalar_index(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x3xf32>, %[[V:[^:]+]]: tensor<7xi32>, %[[I:[^:]+]]: tensor<i32>, %[[J:[^:]+]]: tensor<ui32>, %[[K:[^:]+]]: tensor<i64>)
// CHECK:         %[[ROW:.*]] = webnn.gather %[[X]], %[[I]] : (tensor<4x3xf32>, tensor<i32>) -> tensor<3xf32>
// CHECK:         %[[COL:.*]] = webnn.gather %[[X]], %[[J]] {axis = 1 : i32} : (tensor<4x3xf32>, tensor<ui32>) -> tensor<4xf32>
// CHECK:         %[[ELT:.*]] = webnn.gather %[[V]], %[[K]] : (tensor<7xi32>, tensor<i64>) -> tensor<i32>
// CHECK:         return %[[ROW]], %[[COL]], %[[ELT]] : tensor<3xf32>, tensor<4xf32>, tensor<i32>
func.func @gather_scalar_index(%x: tensor<4x3xf32>, %v: tensor<7xi32>, %i: tensor<i32>, %j: tensor<ui32>, %k: tensor<i64>) -> (tensor<3xf32>, tensor<4xf32>, tensor<i32>) {
  %0 = webnn.gather %x, %i : (tensor<4x3xf32>, tensor<i32>) -> tensor<3xf32>
  %1 = webnn.gather %x, %j {axis = 1 : i32} : (tensor<4x3xf32>, tensor<ui32>) -> tensor<4xf32>
  %2 = webnn.gather %v, %k : (tensor<7xi32>, tensor<i64>) -> tensor<i32>
  return %0, %1, %2 : tensor<3xf32>, tensor<4xf32>, tensor<i32>
}

// gather_elements: the output has the indices' shape, which may be smaller
// or larger than the input's along the axis.
// CHECK-LABEL: func @gather_elements_axis0(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x3xf32>, %[[I:[^:]+]]: tensor<2x3xi32>)
// CHECK:         %[[R:.*]] = webnn.gather_elements %[[X]], %[[I]] : (tensor<4x3xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @gather_elements_axis0(%x: tensor<4x3xf32>, %i: tensor<2x3xi32>) -> tensor<2x3xf32> {
  %0 = webnn.gather_elements %x, %i {axis = 0 : i32} : (tensor<4x3xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @gather_elements_ui32_larger(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x5xui8>, %[[I:[^:]+]]: tensor<2x7xui32>)
// CHECK:         %[[R:.*]] = webnn.gather_elements %[[X]], %[[I]] {axis = 1 : i32} : (tensor<2x5xui8>, tensor<2x7xui32>) -> tensor<2x7xui8>
// CHECK:         return %[[R]] : tensor<2x7xui8>
func.func @gather_elements_ui32_larger(%x: tensor<2x5xui8>, %i: tensor<2x7xui32>) -> tensor<2x7xui8> {
  %0 = webnn.gather_elements %x, %i {axis = 1 : i32} : (tensor<2x5xui8>, tensor<2x7xui32>) -> tensor<2x7xui8>
  return %0 : tensor<2x7xui8>
}

// int64 indices, the last axis of a rank-3 input.
// CHECK-LABEL: func @gather_elements_i64_rank3(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xi64>, %[[I:[^:]+]]: tensor<2x3x1xi64>)
// CHECK:         %[[R:.*]] = webnn.gather_elements %[[X]], %[[I]] {axis = 2 : i32} : (tensor<2x3x4xi64>, tensor<2x3x1xi64>) -> tensor<2x3x1xi64>
// CHECK:         return %[[R]] : tensor<2x3x1xi64>
func.func @gather_elements_i64_rank3(%x: tensor<2x3x4xi64>, %i: tensor<2x3x1xi64>) -> tensor<2x3x1xi64> {
  %0 = webnn.gather_elements %x, %i {axis = 2 : i32} : (tensor<2x3x4xi64>, tensor<2x3x1xi64>) -> tensor<2x3x1xi64>
  return %0 : tensor<2x3x1xi64>
}

// gather_nd: coordinates of fewer dimensions than the input's select
// slices, here of the last dimension. gather_nd has no options.
// CHECK-LABEL: func @gather_nd_slices(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xf32>, %[[I:[^:]+]]: tensor<5x2xi32>)
// CHECK:         %[[R:.*]] = webnn.gather_nd %[[X]], %[[I]] : (tensor<2x3x4xf32>, tensor<5x2xi32>) -> tensor<5x4xf32>
// CHECK:         return %[[R]] : tensor<5x4xf32>
func.func @gather_nd_slices(%x: tensor<2x3x4xf32>, %i: tensor<5x2xi32>) -> tensor<5x4xf32> {
  %0 = webnn.gather_nd %x, %i : (tensor<2x3x4xf32>, tensor<5x2xi32>) -> tensor<5x4xf32>
  return %0 : tensor<5x4xf32>
}

// One coordinate per position: rows of a matrix, under the indices'
// leading dimensions.
// CHECK-LABEL: func @gather_nd_one_coordinate(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x3xi64>, %[[I:[^:]+]]: tensor<2x3x1xi64>)
// CHECK:         %[[R:.*]] = webnn.gather_nd %[[X]], %[[I]] : (tensor<4x3xi64>, tensor<2x3x1xi64>) -> tensor<2x3x3xi64>
// CHECK:         return %[[R]] : tensor<2x3x3xi64>
func.func @gather_nd_one_coordinate(%x: tensor<4x3xi64>, %i: tensor<2x3x1xi64>) -> tensor<2x3x3xi64> {
  %0 = webnn.gather_nd %x, %i : (tensor<4x3xi64>, tensor<2x3x1xi64>) -> tensor<2x3x3xi64>
  return %0 : tensor<2x3x3xi64>
}

// Coordinates of every input dimension select elements (scalar slices):
// the output is indices.shape[:-1], rank 0 for rank-1 indices.
// CHECK-LABEL: func @gather_nd_elements(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf16>, %[[I:[^:]+]]: tensor<4x2xui32>, %[[J:[^:]+]]: tensor<2xi64>)
// CHECK:         %[[R:.*]] = webnn.gather_nd %[[X]], %[[I]] : (tensor<2x3xf16>, tensor<4x2xui32>) -> tensor<4xf16>
// CHECK:         %[[S:.*]] = webnn.gather_nd %[[X]], %[[J]] : (tensor<2x3xf16>, tensor<2xi64>) -> tensor<f16>
// CHECK:         return %[[R]], %[[S]] : tensor<4xf16>, tensor<f16>
func.func @gather_nd_elements(%x: tensor<2x3xf16>, %i: tensor<4x2xui32>, %j: tensor<2xi64>) -> (tensor<4xf16>, tensor<f16>) {
  %0 = webnn.gather_nd %x, %i : (tensor<2x3xf16>, tensor<4x2xui32>) -> tensor<4xf16>
  %1 = webnn.gather_nd %x, %j : (tensor<2x3xf16>, tensor<2xi64>) -> tensor<f16>
  return %0, %1 : tensor<4xf16>, tensor<f16>
}

// scatter_elements: the input's shape and data type; the updates have the
// indices' shape. axis = 0, written out, is elided.
// CHECK-LABEL: func @scatter_elements_axis0(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3x3xf32>, %[[I:[^:]+]]: tensor<2x3xi32>, %[[U:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.scatter_elements %[[X]], %[[I]], %[[U]] : (tensor<3x3xf32>, tensor<2x3xi32>, tensor<2x3xf32>) -> tensor<3x3xf32>
// CHECK:         return %[[R]] : tensor<3x3xf32>
func.func @scatter_elements_axis0(%x: tensor<3x3xf32>, %i: tensor<2x3xi32>, %u: tensor<2x3xf32>) -> tensor<3x3xf32> {
  %0 = webnn.scatter_elements %x, %i, %u {axis = 0 : i32} : (tensor<3x3xf32>, tensor<2x3xi32>, tensor<2x3xf32>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}

// CHECK-LABEL: func @scatter_elements_axis1_ui32(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x4xi64>, %[[I:[^:]+]]: tensor<2x6xui32>, %[[U:[^:]+]]: tensor<2x6xi64>)
// CHECK:         %[[R:.*]] = webnn.scatter_elements %[[X]], %[[I]], %[[U]] {axis = 1 : i32} : (tensor<2x4xi64>, tensor<2x6xui32>, tensor<2x6xi64>) -> tensor<2x4xi64>
// CHECK:         return %[[R]] : tensor<2x4xi64>
func.func @scatter_elements_axis1_ui32(%x: tensor<2x4xi64>, %i: tensor<2x6xui32>, %u: tensor<2x6xi64>) -> tensor<2x4xi64> {
  %0 = webnn.scatter_elements %x, %i, %u {axis = 1 : i32} : (tensor<2x4xi64>, tensor<2x6xui32>, tensor<2x6xi64>) -> tensor<2x4xi64>
  return %0 : tensor<2x4xi64>
}

// scatter_nd: the updates are indices.shape[:-1] + input.shape[k:]; slices
// (k = 1), elements (k = rank), and one element (rank-1 indices, a rank-0
// update).
// CHECK-LABEL: func @scatter_nd_slices(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x3xf32>, %[[I:[^:]+]]: tensor<2x1xi32>, %[[U:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.scatter_nd %[[X]], %[[I]], %[[U]] : (tensor<4x3xf32>, tensor<2x1xi32>, tensor<2x3xf32>) -> tensor<4x3xf32>
// CHECK:         return %[[R]] : tensor<4x3xf32>
func.func @scatter_nd_slices(%x: tensor<4x3xf32>, %i: tensor<2x1xi32>, %u: tensor<2x3xf32>) -> tensor<4x3xf32> {
  %0 = webnn.scatter_nd %x, %i, %u : (tensor<4x3xf32>, tensor<2x1xi32>, tensor<2x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// CHECK-LABEL: func @scatter_nd_elements(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4x3xf16>, %[[I:[^:]+]]: tensor<5x2xui32>, %[[U:[^:]+]]: tensor<5xf16>, %[[J:[^:]+]]: tensor<2xi64>, %[[S:[^:]+]]: tensor<f16>)
// CHECK:         %[[R:.*]] = webnn.scatter_nd %[[X]], %[[I]], %[[U]] : (tensor<4x3xf16>, tensor<5x2xui32>, tensor<5xf16>) -> tensor<4x3xf16>
// CHECK:         %[[T:.*]] = webnn.scatter_nd %[[R]], %[[J]], %[[S]] : (tensor<4x3xf16>, tensor<2xi64>, tensor<f16>) -> tensor<4x3xf16>
// CHECK:         return %[[T]] : tensor<4x3xf16>
func.func @scatter_nd_elements(%x: tensor<4x3xf16>, %i: tensor<5x2xui32>, %u: tensor<5xf16>, %j: tensor<2xi64>, %s: tensor<f16>) -> tensor<4x3xf16> {
  %0 = webnn.scatter_nd %x, %i, %u : (tensor<4x3xf16>, tensor<5x2xui32>, tensor<5xf16>) -> tensor<4x3xf16>
  %1 = webnn.scatter_nd %0, %j, %s : (tensor<4x3xf16>, tensor<2xi64>, tensor<f16>) -> tensor<4x3xf16>
  return %1 : tensor<4x3xf16>
}

// The generic form parses, with the properties spelled out or not.
// CHECK-LABEL: func @gather_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>, %[[I:[^:]+]]: tensor<4xi32>)
// CHECK:         %[[R:.*]] = webnn.gather %[[X]], %[[I]] {axis = 1 : i32} : (tensor<2x3xf32>, tensor<4xi32>) -> tensor<2x4xf32>
// CHECK:         return %[[R]] : tensor<2x4xf32>
func.func @gather_generic(%x: tensor<2x3xf32>, %i: tensor<4xi32>) -> tensor<2x4xf32> {
  %0 = "webnn.gather"(%x, %i) <{axis = 1 : i32}> : (tensor<2x3xf32>, tensor<4xi32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// CHECK-LABEL: func @gather_elements_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>, %[[I:[^:]+]]: tensor<1x3xi64>)
// CHECK:         %[[R:.*]] = webnn.gather_elements %[[X]], %[[I]] : (tensor<2x3xf32>, tensor<1x3xi64>) -> tensor<1x3xf32>
// CHECK:         return %[[R]] : tensor<1x3xf32>
func.func @gather_elements_generic(%x: tensor<2x3xf32>, %i: tensor<1x3xi64>) -> tensor<1x3xf32> {
  %0 = "webnn.gather_elements"(%x, %i) : (tensor<2x3xf32>, tensor<1x3xi64>) -> tensor<1x3xf32>
  return %0 : tensor<1x3xf32>
}

// CHECK-LABEL: func @gather_nd_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xi32>, %[[I:[^:]+]]: tensor<1xi32>)
// CHECK:         %[[R:.*]] = webnn.gather_nd %[[X]], %[[I]] : (tensor<2x3xi32>, tensor<1xi32>) -> tensor<3xi32>
// CHECK:         return %[[R]] : tensor<3xi32>
func.func @gather_nd_generic(%x: tensor<2x3xi32>, %i: tensor<1xi32>) -> tensor<3xi32> {
  %0 = "webnn.gather_nd"(%x, %i) : (tensor<2x3xi32>, tensor<1xi32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// CHECK-LABEL: func @scatter_elements_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xui8>, %[[I:[^:]+]]: tensor<2x1xi32>, %[[U:[^:]+]]: tensor<2x1xui8>)
// CHECK:         %[[R:.*]] = webnn.scatter_elements %[[X]], %[[I]], %[[U]] {axis = 1 : i32} : (tensor<2x3xui8>, tensor<2x1xi32>, tensor<2x1xui8>) -> tensor<2x3xui8>
// CHECK:         return %[[R]] : tensor<2x3xui8>
func.func @scatter_elements_generic(%x: tensor<2x3xui8>, %i: tensor<2x1xi32>, %u: tensor<2x1xui8>) -> tensor<2x3xui8> {
  %0 = "webnn.scatter_elements"(%x, %i, %u) <{axis = 1 : i32}> : (tensor<2x3xui8>, tensor<2x1xi32>, tensor<2x1xui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// CHECK-LABEL: func @scatter_nd_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xf32>, %[[I:[^:]+]]: tensor<3x2xi64>, %[[U:[^:]+]]: tensor<3x4xf32>)
// CHECK:         %[[R:.*]] = webnn.scatter_nd %[[X]], %[[I]], %[[U]] : (tensor<2x3x4xf32>, tensor<3x2xi64>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
// CHECK:         return %[[R]] : tensor<2x3x4xf32>
func.func @scatter_nd_generic(%x: tensor<2x3x4xf32>, %i: tensor<3x2xi64>, %u: tensor<3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = "webnn.scatter_nd"(%x, %i, %u) : (tensor<2x3x4xf32>, tensor<3x2xi64>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// resample2d: the default axes [2, 3] and mode (both elided), scales of
// floor(5 * 1.5) = 7 and floor(7 * 0.5) = 3; sizes win over scales; any two
// distinct axes; int8 and uint8 inputs.
// CHECK-LABEL: func @resample2d_scales(
// CHECK:         webnn.resample2d %{{.*}} {scales = array<f32: 1.500000e+00, 5.000000e-01>} : (tensor<1x3x5x7xf32>) -> tensor<1x3x7x3xf32>
func.func @resample2d_scales(%x: tensor<1x3x5x7xf32>) -> tensor<1x3x7x3xf32> {
  %r = webnn.resample2d %x {scales = array<f32: 1.5, 0.5>} : (tensor<1x3x5x7xf32>) -> tensor<1x3x7x3xf32>
  return %r : tensor<1x3x7x3xf32>
}

// CHECK-LABEL: func @resample2d_sizes_linear(
// CHECK:         webnn.resample2d %{{.*}} {axes = array<i64: 0, 3>, mode = #webnn.interpolation<linear>, scales = array<f32: 2.000000e+00, 2.000000e+00>, sizes = array<i64: 4, 9>} : (tensor<2x3x5x7xf16>) -> tensor<4x3x5x9xf16>
func.func @resample2d_sizes_linear(%x: tensor<2x3x5x7xf16>) -> tensor<4x3x5x9xf16> {
  %r = webnn.resample2d %x {axes = array<i64: 0, 3>, mode = #webnn.interpolation<linear>, scales = array<f32: 2.0, 2.0>, sizes = array<i64: 4, 9>} : (tensor<2x3x5x7xf16>) -> tensor<4x3x5x9xf16>
  return %r : tensor<4x3x5x9xf16>
}

// CHECK-LABEL: func @resample2d_integers(
// CHECK:         webnn.resample2d %{{.*}} {axes = array<i64: 1, 2>, sizes = array<i64: 8, 2>} : (tensor<1x4x4x3xi8>) -> tensor<1x8x2x3xi8>
// CHECK:         webnn.resample2d %{{.*}} {mode = #webnn.interpolation<linear>} : (tensor<1x1x2x2xui8>) -> tensor<1x1x2x2xui8>
func.func @resample2d_integers(%x: tensor<1x4x4x3xi8>, %u: tensor<1x1x2x2xui8>) -> (tensor<1x8x2x3xi8>, tensor<1x1x2x2xui8>) {
  %r = "webnn.resample2d"(%x) <{axes = array<i64: 1, 2>, mode = #webnn.interpolation<nearest_neighbor>, sizes = array<i64: 8, 2>}> : (tensor<1x4x4x3xi8>) -> tensor<1x8x2x3xi8>
  %s = webnn.resample2d %u {mode = #webnn.interpolation<linear>} : (tensor<1x1x2x2xui8>) -> tensor<1x1x2x2xui8>
  return %r, %s : tensor<1x8x2x3xi8>, tensor<1x1x2x2xui8>
}
