// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of concat, reshape, transpose, slice, expand, reverse, tile,
// triangular and pad: each function is parsed, printed, and parsed again,
// once through the custom assembly form and once through the generic form. A
// few functions are written in the generic form to check that it parses too.
// Default-valued options are elided from the custom form. The declared result
// type is checked against the inferred one, so each case also tests the
// shape function.

// CHECK-LABEL: func @concat_two(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<1x64x56x56xf32>, %[[B:[^:]+]]: tensor<1x64x56x56xf32>)
// CHECK:         %[[R:.*]] = webnn.concat %[[A]], %[[B]] {axis = 1 : i32} : (tensor<1x64x56x56xf32>, tensor<1x64x56x56xf32>) -> tensor<1x128x56x56xf32>
// CHECK:         return %[[R]] : tensor<1x128x56x56xf32>
func.func @concat_two(%a: tensor<1x64x56x56xf32>, %b: tensor<1x64x56x56xf32>) -> tensor<1x128x56x56xf32> {
  %0 = webnn.concat %a, %b {axis = 1 : i32} : (tensor<1x64x56x56xf32>, tensor<1x64x56x56xf32>) -> tensor<1x128x56x56xf32>
  return %0 : tensor<1x128x56x56xf32>
}

// CHECK-LABEL: func @concat_three_last_axis(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x1xi32>, %[[B:[^:]+]]: tensor<2x3xi32>, %[[C:[^:]+]]: tensor<2x2xi32>)
// CHECK:         %[[R:.*]] = webnn.concat %[[A]], %[[B]], %[[C]] {axis = 1 : i32} : (tensor<2x1xi32>, tensor<2x3xi32>, tensor<2x2xi32>) -> tensor<2x6xi32>
// CHECK:         return %[[R]] : tensor<2x6xi32>
func.func @concat_three_last_axis(%a: tensor<2x1xi32>, %b: tensor<2x3xi32>, %c: tensor<2x2xi32>) -> tensor<2x6xi32> {
  %0 = webnn.concat %a, %b, %c {axis = 1 : i32} : (tensor<2x1xi32>, tensor<2x3xi32>, tensor<2x2xi32>) -> tensor<2x6xi32>
  return %0 : tensor<2x6xi32>
}

// CHECK-LABEL: func @concat_axis0_ui8(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<3xui8>, %[[B:[^:]+]]: tensor<5xui8>)
// CHECK:         %[[R:.*]] = webnn.concat %[[A]], %[[B]] {axis = 0 : i32} : (tensor<3xui8>, tensor<5xui8>) -> tensor<8xui8>
// CHECK:         return %[[R]] : tensor<8xui8>
func.func @concat_axis0_ui8(%a: tensor<3xui8>, %b: tensor<5xui8>) -> tensor<8xui8> {
  %0 = webnn.concat %a, %b {axis = 0 : i32} : (tensor<3xui8>, tensor<5xui8>) -> tensor<8xui8>
  return %0 : tensor<8xui8>
}

// CHECK-LABEL: func @concat_single(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x2xf16>)
// CHECK:         %[[R:.*]] = webnn.concat %[[A]] {axis = 0 : i32} : (tensor<2x2xf16>) -> tensor<2x2xf16>
// CHECK:         return %[[R]] : tensor<2x2xf16>
func.func @concat_single(%a: tensor<2x2xf16>) -> tensor<2x2xf16> {
  %0 = webnn.concat %a {axis = 0 : i32} : (tensor<2x2xf16>) -> tensor<2x2xf16>
  return %0 : tensor<2x2xf16>
}

// CHECK-LABEL: func @reshape_flatten(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1000x1x1xf32>)
// CHECK:         %[[R:.*]] = webnn.reshape %[[X]] {new_shape = array<i64: 1, 1000>} : (tensor<1x1000x1x1xf32>) -> tensor<1x1000xf32>
// CHECK:         return %[[R]] : tensor<1x1000xf32>
func.func @reshape_flatten(%x: tensor<1x1000x1x1xf32>) -> tensor<1x1000xf32> {
  %0 = webnn.reshape %x {new_shape = array<i64: 1, 1000>} : (tensor<1x1000x1x1xf32>) -> tensor<1x1000xf32>
  return %0 : tensor<1x1000xf32>
}

// CHECK-LABEL: func @reshape_to_scalar(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x1xi64>)
// CHECK:         %[[R:.*]] = webnn.reshape %[[X]] {new_shape = array<i64>} : (tensor<1x1xi64>) -> tensor<i64>
// CHECK:         return %[[R]] : tensor<i64>
func.func @reshape_to_scalar(%x: tensor<1x1xi64>) -> tensor<i64> {
  %0 = webnn.reshape %x {new_shape = array<i64>} : (tensor<1x1xi64>) -> tensor<i64>
  return %0 : tensor<i64>
}

// CHECK-LABEL: func @reshape_from_scalar(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<ui64>)
// CHECK:         %[[R:.*]] = webnn.reshape %[[X]] {new_shape = array<i64: 1, 1, 1>} : (tensor<ui64>) -> tensor<1x1x1xui64>
// CHECK:         return %[[R]] : tensor<1x1x1xui64>
func.func @reshape_from_scalar(%x: tensor<ui64>) -> tensor<1x1x1xui64> {
  %0 = webnn.reshape %x {new_shape = array<i64: 1, 1, 1>} : (tensor<ui64>) -> tensor<1x1x1xui64>
  return %0 : tensor<1x1x1xui64>
}

// CHECK-LABEL: func @reshape_i8(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xi8>)
// CHECK:         %[[R:.*]] = webnn.reshape %[[X]] {new_shape = array<i64: 6, 4>} : (tensor<2x3x4xi8>) -> tensor<6x4xi8>
// CHECK:         return %[[R]] : tensor<6x4xi8>
func.func @reshape_i8(%x: tensor<2x3x4xi8>) -> tensor<6x4xi8> {
  %0 = webnn.reshape %x {new_shape = array<i64: 6, 4>} : (tensor<2x3x4xi8>) -> tensor<6x4xi8>
  return %0 : tensor<6x4xi8>
}

// CHECK-LABEL: func @transpose_nchw_to_nhwc(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x3x224x224xf32>)
// CHECK:         %[[R:.*]] = webnn.transpose %[[X]] {permutation = array<i64: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
// CHECK:         return %[[R]] : tensor<1x224x224x3xf32>
func.func @transpose_nchw_to_nhwc(%x: tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32> {
  %0 = webnn.transpose %x {permutation = array<i64: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
  return %0 : tensor<1x224x224x3xf32>
}

// Without a permutation the dimensions are reversed.
// CHECK-LABEL: func @transpose_default(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xui32>)
// CHECK:         %[[R:.*]] = webnn.transpose %[[X]] : (tensor<2x3x4xui32>) -> tensor<4x3x2xui32>
// CHECK:         return %[[R]] : tensor<4x3x2xui32>
func.func @transpose_default(%x: tensor<2x3x4xui32>) -> tensor<4x3x2xui32> {
  %0 = webnn.transpose %x : (tensor<2x3x4xui32>) -> tensor<4x3x2xui32>
  return %0 : tensor<4x3x2xui32>
}

// CHECK-LABEL: func @transpose_scalar(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<f16>)
// CHECK:         %[[R:.*]] = webnn.transpose %[[X]] : (tensor<f16>) -> tensor<f16>
// CHECK:         return %[[R]] : tensor<f16>
func.func @transpose_scalar(%x: tensor<f16>) -> tensor<f16> {
  %0 = webnn.transpose %x : (tensor<f16>) -> tensor<f16>
  return %0 : tensor<f16>
}

// CHECK-LABEL: func @transpose_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x5xi8>)
// CHECK:         %[[R:.*]] = webnn.transpose %[[X]] {permutation = array<i64: 1, 0>} : (tensor<2x5xi8>) -> tensor<5x2xi8>
// CHECK:         return %[[R]] : tensor<5x2xi8>
func.func @transpose_generic(%x: tensor<2x5xi8>) -> tensor<5x2xi8> {
  %0 = "webnn.transpose"(%x) <{permutation = array<i64: 1, 0>}> : (tensor<2x5xi8>) -> tensor<5x2xi8>
  return %0 : tensor<5x2xi8>
}

// slice: ceil(sizes[i] / strides[i]) elements from starts[i]. The example of
// the op's description. Attributes print in alphabetical order.
// CHECK-LABEL: func @slice_strided(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3x5xf32>)
// CHECK:         %[[R:.*]] = webnn.slice %[[X]] {sizes = array<i64: 2, 4>, starts = array<i64: 0, 1>, strides = array<i64: 1, 2>} : (tensor<3x5xf32>) -> tensor<2x2xf32>
// CHECK:         return %[[R]] : tensor<2x2xf32>
func.func @slice_strided(%x: tensor<3x5xf32>) -> tensor<2x2xf32> {
  %0 = webnn.slice %x {starts = array<i64: 0, 1>, sizes = array<i64: 2, 4>, strides = array<i64: 1, 2>} : (tensor<3x5xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// Without strides (each 1), the output is sizes; strides stays absent.
// CHECK-LABEL: func @slice_no_strides(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3x5xi32>)
// CHECK:         %[[R:.*]] = webnn.slice %[[X]] {sizes = array<i64: 2, 4>, starts = array<i64: 1, 1>} : (tensor<3x5xi32>) -> tensor<2x4xi32>
// CHECK:         return %[[R]] : tensor<2x4xi32>
func.func @slice_no_strides(%x: tensor<3x5xi32>) -> tensor<2x4xi32> {
  %0 = webnn.slice %x {starts = array<i64: 1, 1>, sizes = array<i64: 2, 4>} : (tensor<3x5xi32>) -> tensor<2x4xi32>
  return %0 : tensor<2x4xi32>
}

// Rounding up: 5 elements every 2 are 3; 3 every 4 are 1. The window may
// end exactly at the end of the input.
// CHECK-LABEL: func @slice_round_up(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<6x4xui8>)
// CHECK:         %[[R:.*]] = webnn.slice %[[X]] {sizes = array<i64: 5, 3>, starts = array<i64: 1, 1>, strides = array<i64: 2, 4>} : (tensor<6x4xui8>) -> tensor<3x1xui8>
// CHECK:         return %[[R]] : tensor<3x1xui8>
func.func @slice_round_up(%x: tensor<6x4xui8>) -> tensor<3x1xui8> {
  %0 = webnn.slice %x {starts = array<i64: 1, 1>, sizes = array<i64: 5, 3>, strides = array<i64: 2, 4>} : (tensor<6x4xui8>) -> tensor<3x1xui8>
  return %0 : tensor<3x1xui8>
}

// A stride of 2^63 - 1 takes one element: the rounding up must not overflow
// (sizes + strides - 1 is past int64).
// CHECK-LABEL: func @slice_huge_stride(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3x5xf16>)
// CHECK:         %[[R:.*]] = webnn.slice %[[X]] {sizes = array<i64: 3, 5>, starts = array<i64: 0, 0>, strides = array<i64: 9223372036854775807, 9223372036854775807>} : (tensor<3x5xf16>) -> tensor<1x1xf16>
// CHECK:         return %[[R]] : tensor<1x1xf16>
func.func @slice_huge_stride(%x: tensor<3x5xf16>) -> tensor<1x1xf16> {
  %0 = webnn.slice %x {starts = array<i64: 0, 0>, sizes = array<i64: 3, 5>, strides = array<i64: 9223372036854775807, 9223372036854775807>} : (tensor<3x5xf16>) -> tensor<1x1xf16>
  return %0 : tensor<1x1xf16>
}

// A scalar has empty lists.
// CHECK-LABEL: func @slice_scalar(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<i64>)
// CHECK:         %[[R:.*]] = webnn.slice %[[X]] {sizes = array<i64>, starts = array<i64>} : (tensor<i64>) -> tensor<i64>
// CHECK:         return %[[R]] : tensor<i64>
func.func @slice_scalar(%x: tensor<i64>) -> tensor<i64> {
  %0 = webnn.slice %x {starts = array<i64>, sizes = array<i64>} : (tensor<i64>) -> tensor<i64>
  return %0 : tensor<i64>
}

// CHECK-LABEL: func @slice_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xf32>)
// CHECK:         %[[R:.*]] = webnn.slice %[[X]] {sizes = array<i64: 3>, starts = array<i64: 1>, strides = array<i64: 3>} : (tensor<4xf32>) -> tensor<1xf32>
// CHECK:         return %[[R]] : tensor<1xf32>
func.func @slice_generic(%x: tensor<4xf32>) -> tensor<1xf32> {
  %0 = "webnn.slice"(%x) <{starts = array<i64: 1>, sizes = array<i64: 3>, strides = array<i64: 3>}> : (tensor<4xf32>) -> tensor<1xf32>
  return %0 : tensor<1xf32>
}

// expand: a dimension of 1 repeats and new_shape may add leading dimensions.
// CHECK-LABEL: func @expand_broadcast(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3x1xf32>)
// CHECK:         %[[R:.*]] = webnn.expand %[[X]] {new_shape = array<i64: 2, 3, 4>} : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
// CHECK:         return %[[R]] : tensor<2x3x4xf32>
func.func @expand_broadcast(%x: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.expand %x {new_shape = array<i64: 2, 3, 4>} : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// CHECK-LABEL: func @expand_scalar(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<i8>)
// CHECK:         %[[R:.*]] = webnn.expand %[[X]] {new_shape = array<i64: 4, 6>} : (tensor<i8>) -> tensor<4x6xi8>
// CHECK:         return %[[R]] : tensor<4x6xi8>
func.func @expand_scalar(%x: tensor<i8>) -> tensor<4x6xi8> {
  %0 = webnn.expand %x {new_shape = array<i64: 4, 6>} : (tensor<i8>) -> tensor<4x6xi8>
  return %0 : tensor<4x6xi8>
}

// The same shape, and a scalar to a scalar.
// CHECK-LABEL: func @expand_same_shape(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xui32>, %[[S:[^:]+]]: tensor<f16>)
// CHECK:         %[[R:.*]] = webnn.expand %[[X]] {new_shape = array<i64: 4>} : (tensor<4xui32>) -> tensor<4xui32>
// CHECK:         %[[T:.*]] = webnn.expand %[[S]] {new_shape = array<i64>} : (tensor<f16>) -> tensor<f16>
// CHECK:         return %[[R]], %[[T]] : tensor<4xui32>, tensor<f16>
func.func @expand_same_shape(%x: tensor<4xui32>, %s: tensor<f16>) -> (tensor<4xui32>, tensor<f16>) {
  %0 = webnn.expand %x {new_shape = array<i64: 4>} : (tensor<4xui32>) -> tensor<4xui32>
  %1 = webnn.expand %s {new_shape = array<i64>} : (tensor<f16>) -> tensor<f16>
  return %0, %1 : tensor<4xui32>, tensor<f16>
}

// CHECK-LABEL: func @expand_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x6xf32>)
// CHECK:         %[[R:.*]] = webnn.expand %[[X]] {new_shape = array<i64: 2, 1, 2, 6>} : (tensor<1x6xf32>) -> tensor<2x1x2x6xf32>
// CHECK:         return %[[R]] : tensor<2x1x2x6xf32>
func.func @expand_generic(%x: tensor<1x6xf32>) -> tensor<2x1x2x6xf32> {
  %0 = "webnn.expand"(%x) <{new_shape = array<i64: 2, 1, 2, 6>}> : (tensor<1x6xf32>) -> tensor<2x1x2x6xf32>
  return %0 : tensor<2x1x2x6xf32>
}

// reverse: absent axes (every dimension) and empty axes (none) are
// different, and both survive the round trip; the axes keep their order.
// CHECK-LABEL: func @reverse_axes(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3x4xf32>)
// CHECK:         %[[ALL:.*]] = webnn.reverse %[[X]] : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
// CHECK:         %[[NONE:.*]] = webnn.reverse %[[ALL]] {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
// CHECK:         %[[SOME:.*]] = webnn.reverse %[[NONE]] {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
// CHECK:         return %[[SOME]] : tensor<2x3x4xf32>
func.func @reverse_axes(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.reverse %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %1 = webnn.reverse %0 {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %2 = webnn.reverse %1 {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %2 : tensor<2x3x4xf32>
}

// CHECK-LABEL: func @reverse_scalar(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<ui64>)
// CHECK:         %[[R:.*]] = webnn.reverse %[[X]] : (tensor<ui64>) -> tensor<ui64>
// CHECK:         return %[[R]] : tensor<ui64>
func.func @reverse_scalar(%x: tensor<ui64>) -> tensor<ui64> {
  %0 = webnn.reverse %x : (tensor<ui64>) -> tensor<ui64>
  return %0 : tensor<ui64>
}

// The generic form, with axes absent and empty.
// CHECK-LABEL: func @reverse_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xi8>)
// CHECK:         %[[ALL:.*]] = webnn.reverse %[[X]] : (tensor<2x3xi8>) -> tensor<2x3xi8>
// CHECK:         %[[NONE:.*]] = webnn.reverse %[[ALL]] {axes = array<i64>} : (tensor<2x3xi8>) -> tensor<2x3xi8>
// CHECK:         return %[[NONE]] : tensor<2x3xi8>
func.func @reverse_generic(%x: tensor<2x3xi8>) -> tensor<2x3xi8> {
  %0 = "webnn.reverse"(%x) : (tensor<2x3xi8>) -> tensor<2x3xi8>
  %1 = "webnn.reverse"(%0) <{axes = array<i64>}> : (tensor<2x3xi8>) -> tensor<2x3xi8>
  return %1 : tensor<2x3xi8>
}

// tile: each dimension times its repetitions.
// CHECK-LABEL: func @tile_2d(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.tile %[[X]] {repetitions = array<i64: 2, 3>} : (tensor<2x3xf32>) -> tensor<4x9xf32>
// CHECK:         return %[[R]] : tensor<4x9xf32>
func.func @tile_2d(%x: tensor<2x3xf32>) -> tensor<4x9xf32> {
  %0 = webnn.tile %x {repetitions = array<i64: 2, 3>} : (tensor<2x3xf32>) -> tensor<4x9xf32>
  return %0 : tensor<4x9xf32>
}

// Repetitions of 1 keep the shape; a scalar has no repetitions.
// CHECK-LABEL: func @tile_ones_and_scalar(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<1x2x3xui8>, %[[S:[^:]+]]: tensor<i32>)
// CHECK:         %[[R:.*]] = webnn.tile %[[X]] {repetitions = array<i64: 1, 1, 1>} : (tensor<1x2x3xui8>) -> tensor<1x2x3xui8>
// CHECK:         %[[T:.*]] = webnn.tile %[[S]] {repetitions = array<i64>} : (tensor<i32>) -> tensor<i32>
// CHECK:         return %[[R]], %[[T]] : tensor<1x2x3xui8>, tensor<i32>
func.func @tile_ones_and_scalar(%x: tensor<1x2x3xui8>, %s: tensor<i32>) -> (tensor<1x2x3xui8>, tensor<i32>) {
  %0 = webnn.tile %x {repetitions = array<i64: 1, 1, 1>} : (tensor<1x2x3xui8>) -> tensor<1x2x3xui8>
  %1 = webnn.tile %s {repetitions = array<i64>} : (tensor<i32>) -> tensor<i32>
  return %0, %1 : tensor<1x2x3xui8>, tensor<i32>
}

// CHECK-LABEL: func @tile_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<5xf16>)
// CHECK:         %[[R:.*]] = webnn.tile %[[X]] {repetitions = array<i64: 4>} : (tensor<5xf16>) -> tensor<20xf16>
// CHECK:         return %[[R]] : tensor<20xf16>
func.func @tile_generic(%x: tensor<5xf16>) -> tensor<20xf16> {
  %0 = "webnn.tile"(%x) <{repetitions = array<i64: 4>}> : (tensor<5xf16>) -> tensor<20xf16>
  return %0 : tensor<20xf16>
}

// triangular: upper = true and diagonal = 0, the defaults, are elided
// whether written or not; each non-default one is kept on its own.
// CHECK-LABEL: func @triangular_options(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3x3xf32>)
// CHECK:         %[[A:.*]] = webnn.triangular %[[X]] : (tensor<3x3xf32>) -> tensor<3x3xf32>
// CHECK:         %[[B:.*]] = webnn.triangular %[[A]] : (tensor<3x3xf32>) -> tensor<3x3xf32>
// CHECK:         %[[C:.*]] = webnn.triangular %[[B]] {diagonal = 1 : i64, upper = false} : (tensor<3x3xf32>) -> tensor<3x3xf32>
// CHECK:         %[[D:.*]] = webnn.triangular %[[C]] {upper = false} : (tensor<3x3xf32>) -> tensor<3x3xf32>
// CHECK:         %[[E:.*]] = webnn.triangular %[[D]] {diagonal = -2 : i64} : (tensor<3x3xf32>) -> tensor<3x3xf32>
// CHECK:         return %[[E]] : tensor<3x3xf32>
func.func @triangular_options(%x: tensor<3x3xf32>) -> tensor<3x3xf32> {
  %0 = webnn.triangular %x : (tensor<3x3xf32>) -> tensor<3x3xf32>
  %1 = webnn.triangular %0 {upper = true, diagonal = 0 : i64} : (tensor<3x3xf32>) -> tensor<3x3xf32>
  %2 = webnn.triangular %1 {upper = false, diagonal = 1 : i64} : (tensor<3x3xf32>) -> tensor<3x3xf32>
  %3 = webnn.triangular %2 {upper = false, diagonal = 0 : i64} : (tensor<3x3xf32>) -> tensor<3x3xf32>
  %4 = webnn.triangular %3 {upper = true, diagonal = -2 : i64} : (tensor<3x3xf32>) -> tensor<3x3xf32>
  return %4 : tensor<3x3xf32>
}

// Any rank of 2 or more, any data type, a diagonal past the matrix.
// CHECK-LABEL: func @triangular_batched(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x1x3x4xui32>)
// CHECK:         %[[R:.*]] = webnn.triangular %[[X]] {diagonal = 9223372036854775807 : i64} : (tensor<2x1x3x4xui32>) -> tensor<2x1x3x4xui32>
// CHECK:         return %[[R]] : tensor<2x1x3x4xui32>
func.func @triangular_batched(%x: tensor<2x1x3x4xui32>) -> tensor<2x1x3x4xui32> {
  %0 = webnn.triangular %x {diagonal = 9223372036854775807 : i64} : (tensor<2x1x3x4xui32>) -> tensor<2x1x3x4xui32>
  return %0 : tensor<2x1x3x4xui32>
}

// The generic form, without the defaulted properties and with them.
// CHECK-LABEL: func @triangular_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<2x5xi64>)
// CHECK:         %[[A:.*]] = webnn.triangular %[[X]] : (tensor<2x5xi64>) -> tensor<2x5xi64>
// CHECK:         %[[B:.*]] = webnn.triangular %[[A]] {diagonal = 3 : i64, upper = false} : (tensor<2x5xi64>) -> tensor<2x5xi64>
// CHECK:         return %[[B]] : tensor<2x5xi64>
func.func @triangular_generic(%x: tensor<2x5xi64>) -> tensor<2x5xi64> {
  %0 = "webnn.triangular"(%x) : (tensor<2x5xi64>) -> tensor<2x5xi64>
  %1 = "webnn.triangular"(%0) <{diagonal = 3 : i64, upper = false}> : (tensor<2x5xi64>) -> tensor<2x5xi64>
  return %1 : tensor<2x5xi64>
}

// pad: each dimension grows by its beginning and ending padding. The
// constant mode and the value 0, the defaults, are elided whether written
// or not.
// CHECK-LABEL: func @pad_defaults(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3x5xf32>)
// CHECK:         %[[A:.*]] = webnn.pad %[[X]] {beginning_padding = array<i64: 1, 2>, ending_padding = array<i64: 0, 2>} : (tensor<3x5xf32>) -> tensor<4x9xf32>
// CHECK:         %[[B:.*]] = webnn.pad %[[X]] {beginning_padding = array<i64: 1, 2>, ending_padding = array<i64: 0, 2>} : (tensor<3x5xf32>) -> tensor<4x9xf32>
// CHECK:         return %[[A]], %[[B]] : tensor<4x9xf32>, tensor<4x9xf32>
func.func @pad_defaults(%x: tensor<3x5xf32>) -> (tensor<4x9xf32>, tensor<4x9xf32>) {
  %0 = webnn.pad %x {beginning_padding = array<i64: 1, 2>, ending_padding = array<i64: 0, 2>} : (tensor<3x5xf32>) -> tensor<4x9xf32>
  %1 = webnn.pad %x {beginning_padding = array<i64: 1, 2>, ending_padding = array<i64: 0, 2>, mode = #webnn.padding_mode<constant>, value = 0.0} : (tensor<3x5xf32>) -> tensor<4x9xf32>
  return %0, %1 : tensor<4x9xf32>, tensor<4x9xf32>
}

// The three modes; a value other than 0 is kept (also where the mode does
// not read it), and an explicit constant mode is elided.
// CHECK-LABEL: func @pad_modes(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<3x3xf16>)
// CHECK:         %[[C:.*]] = webnn.pad %[[X]] {beginning_padding = array<i64: 1, 0>, ending_padding = array<i64: 2, 1>, value = 1.500000e+00 : f64} : (tensor<3x3xf16>) -> tensor<6x4xf16>
// CHECK:         %[[E:.*]] = webnn.pad %[[X]] {beginning_padding = array<i64: 4, 0>, ending_padding = array<i64: 0, 5>, mode = #webnn.padding_mode<edge>} : (tensor<3x3xf16>) -> tensor<7x8xf16>
// CHECK:         %[[R:.*]] = webnn.pad %[[X]] {beginning_padding = array<i64: 2, 1>, ending_padding = array<i64: 1, 2>, mode = #webnn.padding_mode<reflection>} : (tensor<3x3xf16>) -> tensor<6x6xf16>
// CHECK:         %[[V:.*]] = webnn.pad %[[X]] {beginning_padding = array<i64: 1, 1>, ending_padding = array<i64: 1, 1>, mode = #webnn.padding_mode<edge>, value = -2.000000e+00 : f64} : (tensor<3x3xf16>) -> tensor<5x5xf16>
// CHECK:         return %[[C]], %[[E]], %[[R]], %[[V]]
func.func @pad_modes(%x: tensor<3x3xf16>) -> (tensor<6x4xf16>, tensor<7x8xf16>, tensor<6x6xf16>, tensor<5x5xf16>) {
  %0 = webnn.pad %x {beginning_padding = array<i64: 1, 0>, ending_padding = array<i64: 2, 1>, mode = #webnn.padding_mode<constant>, value = 1.5} : (tensor<3x3xf16>) -> tensor<6x4xf16>
  %1 = webnn.pad %x {beginning_padding = array<i64: 4, 0>, ending_padding = array<i64: 0, 5>, mode = #webnn.padding_mode<edge>} : (tensor<3x3xf16>) -> tensor<7x8xf16>
  %2 = webnn.pad %x {beginning_padding = array<i64: 2, 1>, ending_padding = array<i64: 1, 2>, mode = #webnn.padding_mode<reflection>} : (tensor<3x3xf16>) -> tensor<6x6xf16>
  %3 = webnn.pad %x {beginning_padding = array<i64: 1, 1>, ending_padding = array<i64: 1, 1>, mode = #webnn.padding_mode<edge>, value = -2.0} : (tensor<3x3xf16>) -> tensor<5x5xf16>
  return %0, %1, %2, %3 : tensor<6x4xf16>, tensor<7x8xf16>, tensor<6x6xf16>, tensor<5x5xf16>
}

// No padding, on a scalar and on a dimension of 1 in reflection mode
// (0 is smaller than 1).
// CHECK-LABEL: func @pad_nothing(
// CHECK-SAME:    %[[S:[^:]+]]: tensor<i8>, %[[X:[^:]+]]: tensor<1x2xi8>)
// CHECK:         %[[A:.*]] = webnn.pad %[[S]] {beginning_padding = array<i64>, ending_padding = array<i64>} : (tensor<i8>) -> tensor<i8>
// CHECK:         %[[B:.*]] = webnn.pad %[[X]] {beginning_padding = array<i64: 0, 1>, ending_padding = array<i64: 0, 0>, mode = #webnn.padding_mode<reflection>} : (tensor<1x2xi8>) -> tensor<1x3xi8>
// CHECK:         return %[[A]], %[[B]] : tensor<i8>, tensor<1x3xi8>
func.func @pad_nothing(%s: tensor<i8>, %x: tensor<1x2xi8>) -> (tensor<i8>, tensor<1x3xi8>) {
  %0 = webnn.pad %s {beginning_padding = array<i64>, ending_padding = array<i64>} : (tensor<i8>) -> tensor<i8>
  %1 = webnn.pad %x {beginning_padding = array<i64: 0, 1>, ending_padding = array<i64: 0, 0>, mode = #webnn.padding_mode<reflection>} : (tensor<1x2xi8>) -> tensor<1x3xi8>
  return %0, %1 : tensor<i8>, tensor<1x3xi8>
}

// The generic form, without the defaulted properties and with them.
// CHECK-LABEL: func @pad_generic(
// CHECK-SAME:    %[[X:[^:]+]]: tensor<4xui8>)
// CHECK:         %[[A:.*]] = webnn.pad %[[X]] {beginning_padding = array<i64: 1>, ending_padding = array<i64: 3>} : (tensor<4xui8>) -> tensor<8xui8>
// CHECK:         %[[B:.*]] = webnn.pad %[[X]] {beginning_padding = array<i64: 3>, ending_padding = array<i64: 3>, mode = #webnn.padding_mode<reflection>, value = -1.000000e+00 : f64} : (tensor<4xui8>) -> tensor<10xui8>
// CHECK:         return %[[A]], %[[B]] : tensor<8xui8>, tensor<10xui8>
func.func @pad_generic(%x: tensor<4xui8>) -> (tensor<8xui8>, tensor<10xui8>) {
  %0 = "webnn.pad"(%x) <{beginning_padding = array<i64: 1>, ending_padding = array<i64: 3>}> : (tensor<4xui8>) -> tensor<8xui8>
  %1 = "webnn.pad"(%x) <{beginning_padding = array<i64: 3>, ending_padding = array<i64: 3>, mode = #webnn.padding_mode<reflection>, value = -1.0 : f64}> : (tensor<4xui8>) -> tensor<10xui8>
  return %0, %1 : tensor<8xui8>, tensor<10xui8>
}
