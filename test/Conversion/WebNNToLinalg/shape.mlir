// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file | FileCheck %s

// reshape flattens and unflattens: views after bufferization.
// CHECK-LABEL: func @reshape
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %{{.*}} {{\[\[}}0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
// CHECK: tensor.expand_shape %[[FLAT]] {{\[\[}}0, 1]] output_shape [4, 6] : tensor<24xf32> into tensor<4x6xf32>
func.func @reshape(%x: tensor<2x3x4xf32>) -> tensor<4x6xf32> {
  %0 = webnn.reshape %x {new_shape = array<i64: 4, 6>} : (tensor<2x3x4xf32>) -> tensor<4x6xf32>
  return %0 : tensor<4x6xf32>
}

// -----

// To and from scalars.
// CHECK-LABEL: func @reshape_to_scalar
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %{{.*}} {{\[\[}}0, 1]] : tensor<1x1xf32> into tensor<1xf32>
// CHECK: tensor.collapse_shape %[[FLAT]] [] : tensor<1xf32> into tensor<f32>
func.func @reshape_to_scalar(%x: tensor<1x1xf32>) -> tensor<f32> {
  %0 = webnn.reshape %x {new_shape = array<i64>} : (tensor<1x1xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// CHECK-LABEL: func @reshape_from_scalar
// CHECK: %[[ONE:.*]] = tensor.expand_shape %{{.*}} [] output_shape [1] : tensor<f32> into tensor<1xf32>
// CHECK: tensor.expand_shape %[[ONE]] {{\[\[}}0, 1]] output_shape [1, 1] : tensor<1xf32> into tensor<1x1xf32>
func.func @reshape_from_scalar(%x: tensor<f32>) -> tensor<1x1xf32> {
  %0 = webnn.reshape %x {new_shape = array<i64: 1, 1>} : (tensor<f32>) -> tensor<1x1xf32>
  return %0 : tensor<1x1xf32>
}

// -----

// CHECK-LABEL: func @transpose
// CHECK: linalg.transpose ins(%{{.*}} : tensor<2x3x4xi32>) outs(%{{.*}} : tensor<4x2x3xi32>) permutation = [2, 0, 1]
func.func @transpose(%x: tensor<2x3x4xi32>) -> tensor<4x2x3xi32> {
  %0 = webnn.transpose %x {permutation = array<i64: 2, 0, 1>} : (tensor<2x3x4xi32>) -> tensor<4x2x3xi32>
  return %0 : tensor<4x2x3xi32>
}

// -----

// concat: one tensor.concat along the axis (not a chain of insert_slice,
// whose bufferization time grows with a high power of the input count).
// CHECK-LABEL: func @concat
// CHECK-SAME: (%[[A:.*]]: tensor<2x1xf32>, %[[B:.*]]: tensor<2x3xf32>)
// CHECK-NEXT: %[[C:.*]] = tensor.concat dim(1) %[[A]], %[[B]] : (tensor<2x1xf32>, tensor<2x3xf32>) -> tensor<2x4xf32>
// CHECK-NEXT: return %[[C]]
func.func @concat(%a: tensor<2x1xf32>, %b: tensor<2x3xf32>) -> tensor<2x4xf32> {
  %0 = webnn.concat %a, %b {axis = 1 : i32} : (tensor<2x1xf32>, tensor<2x3xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// slice is one tensor.extract_slice: the starts as offsets, the output shape
// as sizes (ceil(sizes / strides)), and the strides.
// CHECK-LABEL: func @slice_strided
// CHECK-SAME: (%[[X:.*]]: tensor<3x5xf32>)
// CHECK-NEXT: %[[S:.*]] = tensor.extract_slice %[[X]][0, 1] [2, 2] [1, 2] : tensor<3x5xf32> to tensor<2x2xf32>
// CHECK-NEXT: return %[[S]]
func.func @slice_strided(%x: tensor<3x5xf32>) -> tensor<2x2xf32> {
  %0 = webnn.slice %x {starts = array<i64: 0, 1>, sizes = array<i64: 2, 4>, strides = array<i64: 1, 2>} : (tensor<3x5xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

// Without strides every stride is 1; ui8 is i8 after conversion.
// CHECK-LABEL: func @slice_no_strides
// CHECK-SAME: (%[[X:.*]]: tensor<4x6xi8>)
// CHECK-NEXT: %[[S:.*]] = tensor.extract_slice %[[X]][1, 2] [3, 3] [1, 1] : tensor<4x6xi8> to tensor<3x3xi8>
// CHECK-NEXT: return %[[S]]
func.func @slice_no_strides(%x: tensor<4x6xui8>) -> tensor<3x3xui8> {
  %0 = webnn.slice %x {starts = array<i64: 1, 2>, sizes = array<i64: 3, 3>} : (tensor<4x6xui8>) -> tensor<3x3xui8>
  return %0 : tensor<3x3xui8>
}

// -----

// Rounding up: 5 elements every 2 are 3.
// CHECK-LABEL: func @slice_round_up
// CHECK-SAME: (%[[X:.*]]: tensor<6xi32>)
// CHECK-NEXT: %[[S:.*]] = tensor.extract_slice %[[X]][1] [3] [2] : tensor<6xi32> to tensor<3xi32>
// CHECK-NEXT: return %[[S]]
func.func @slice_round_up(%x: tensor<6xi32>) -> tensor<3xi32> {
  %0 = webnn.slice %x {starts = array<i64: 1>, sizes = array<i64: 5>, strides = array<i64: 2>} : (tensor<6xi32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// -----

// expand is a copy through the broadcasting map: the input's dimensions
// align with the output's last ones, and a dimension of 1 reads index 0.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2) -> (d1, 0)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func @expand
// CHECK-SAME: (%[[X:.*]]: tensor<3x1xf32>)
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<2x3x4xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel"]} ins(%[[X]] : tensor<3x1xf32>) outs(%[[EMPTY]] : tensor<2x3x4xf32>)
// CHECK-NEXT: ^bb0(%[[V:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:   linalg.yield %[[V]] : f32
// CHECK: return %[[R]]
func.func @expand(%x: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.expand %x {new_shape = array<i64: 2, 3, 4>} : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// A scalar is read through the map to no dimension.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @expand_scalar
// CHECK-SAME: (%[[X:.*]]: tensor<i32>)
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["parallel", "parallel"]} ins(%[[X]] : tensor<i32>) outs(%{{.*}} : tensor<4x6xi32>)
func.func @expand_scalar(%x: tensor<i32>) -> tensor<4x6xi32> {
  %0 = webnn.expand %x {new_shape = array<i64: 4, 6>} : (tensor<i32>) -> tensor<4x6xi32>
  return %0 : tensor<4x6xi32>
}

// -----

// reverse reads, for each output position, the input at (size - 1 - d) in
// the reversed dimensions and at d in the others (tensor.extract: a
// decreasing indexing map cannot be tiled): axes [2, 0] of a 2x3x4 input.
// CHECK-LABEL: func @reverse_axes
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<2x3x4xf32>
// CHECK: %[[R:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "parallel"]} outs(%[[EMPTY]] : tensor<2x3x4xf32>)
// CHECK:   %[[I0:.*]] = linalg.index 0 : index
// CHECK:   %[[C1:.*]] = arith.constant 1 : index
// CHECK:   %[[R0:.*]] = arith.subi %[[C1]], %[[I0]] : index
// CHECK:   %[[I1:.*]] = linalg.index 1 : index
// CHECK:   %[[I2:.*]] = linalg.index 2 : index
// CHECK:   %[[C3:.*]] = arith.constant 3 : index
// CHECK:   %[[R2:.*]] = arith.subi %[[C3]], %[[I2]] : index
// CHECK:   %[[V:.*]] = tensor.extract %[[X]][%[[R0]], %[[I1]], %[[R2]]] : tensor<2x3x4xf32>
// CHECK:   linalg.yield %[[V]] : f32
// CHECK: return %[[R]]
func.func @reverse_axes(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.reverse %x {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// Without axes every dimension is reversed.
// CHECK-LABEL: func @reverse_all
// CHECK: linalg.generic
// CHECK:   %[[I0:.*]] = linalg.index 0 : index
// CHECK:   arith.subi %{{.*}}, %[[I0]] : index
// CHECK:   %[[I1:.*]] = linalg.index 1 : index
// CHECK:   arith.subi %{{.*}}, %[[I1]] : index
// CHECK:   tensor.extract {{.*}} : tensor<2x3xi64>
func.func @reverse_all(%x: tensor<2x3xi64>) -> tensor<2x3xi64> {
  %0 = webnn.reverse %x : (tensor<2x3xi64>) -> tensor<2x3xi64>
  return %0 : tensor<2x3xi64>
}

// -----

// With empty axes none is: the input is read at the output's position.
// CHECK-LABEL: func @reverse_none
// CHECK-NOT: arith.subi
// CHECK: %[[I0:.*]] = linalg.index 0 : index
// CHECK: %[[I1:.*]] = linalg.index 1 : index
// CHECK-NOT: arith.subi
// CHECK: tensor.extract %{{.*}}[%[[I0]], %[[I1]]] : tensor<2x3xi64>
func.func @reverse_none(%x: tensor<2x3xi64>) -> tensor<2x3xi64> {
  %0 = webnn.reverse %x {axes = array<i64>} : (tensor<2x3xi64>) -> tensor<2x3xi64>
  return %0 : tensor<2x3xi64>
}

// -----

// tile broadcasts the input to [r0, n0, r1, n1, ...] (each repetition an
// outer dimension) and collapses that to the result: every map is a
// projection, which tiling handles.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d3, d5)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d4, d5)>
// CHECK-LABEL: func @tile
// CHECK-SAME: (%[[X:.*]]: tensor<2x4x3xi8>)
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<3x2x1x4x2x3xi8>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], {{.*}}} ins(%[[X]] : tensor<2x4x3xi8>) outs(%[[EMPTY]] : tensor<3x2x1x4x2x3xi8>)
// CHECK-NEXT: ^bb0(%[[V:.*]]: i8, %{{.*}}: i8):
// CHECK-NEXT:   linalg.yield %[[V]] : i8
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[R]] {{.*}} into tensor<144xi8>
// CHECK: %[[T:.*]] = tensor.expand_shape %[[FLAT]] {{.*}} output_shape [6, 4, 6]
// CHECK: return %[[T]]
func.func @tile(%x: tensor<2x4x3xi8>) -> tensor<6x4x6xi8> {
  %0 = webnn.tile %x {repetitions = array<i64: 3, 1, 2>} : (tensor<2x4x3xi8>) -> tensor<6x4x6xi8>
  return %0 : tensor<6x4x6xi8>
}

// -----

// A repeated dimension of 1: the repetitions become the outer dimension.
// CHECK-LABEL: func @tile_dimension_one
// CHECK: linalg.generic {{.*}} ins(%{{.*}} : tensor<1x3xf16>) outs(%{{.*}} : tensor<5x1x1x3xf16>)
// CHECK: tensor.expand_shape {{.*}} output_shape [5, 3]
func.func @tile_dimension_one(%x: tensor<1x3xf16>) -> tensor<5x3xf16> {
  %0 = webnn.tile %x {repetitions = array<i64: 5, 1>} : (tensor<1x3xf16>) -> tensor<5x3xf16>
  return %0 : tensor<5x3xf16>
}

// -----

// triangular, the defaults (upper, diagonal 0): an element is kept where
// its column minus its row is at least 0, else it is 0 of its type.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @triangular_upper
// CHECK-SAME: (%[[X:.*]]: tensor<3x3xi8>)
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<3x3xi8>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[X]] : tensor<3x3xi8>) outs(%[[EMPTY]] : tensor<3x3xi8>)
// CHECK-NEXT: ^bb0(%[[V:.*]]: i8, %{{.*}}: i8):
// CHECK-NEXT:   %[[COL_INDEX:.*]] = linalg.index 1 : index
// CHECK-NEXT:   %[[COL:.*]] = arith.index_cast %[[COL_INDEX]] : index to i64
// CHECK-NEXT:   %[[ROW_INDEX:.*]] = linalg.index 0 : index
// CHECK-NEXT:   %[[ROW:.*]] = arith.index_cast %[[ROW_INDEX]] : index to i64
// CHECK-NEXT:   %[[OFFSET:.*]] = arith.subi %[[COL]], %[[ROW]] : i64
// CHECK-NEXT:   %[[DIAGONAL:.*]] = arith.constant 0 : i64
// CHECK-NEXT:   %[[KEEP:.*]] = arith.cmpi sge, %[[OFFSET]], %[[DIAGONAL]] : i64
// CHECK-NEXT:   %[[ZERO:.*]] = arith.constant 0 : i8
// CHECK-NEXT:   %[[SEL:.*]] = arith.select %[[KEEP]], %[[V]], %[[ZERO]] : i8
// CHECK-NEXT:   linalg.yield %[[SEL]] : i8
// CHECK: return %[[R]]
func.func @triangular_upper(%x: tensor<3x3xui8>) -> tensor<3x3xui8> {
  %0 = webnn.triangular %x : (tensor<3x3xui8>) -> tensor<3x3xui8>
  return %0 : tensor<3x3xui8>
}

// -----

// Lower, with diagonal -1, in the last two dimensions of a batch: kept
// where the column minus the row is at most -1 (strictly below the main
// diagonal).
// CHECK-LABEL: func @triangular_lower_batched
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK: linalg.generic {{.*}} ins(%[[X]] : tensor<2x3x4xf32>)
// CHECK-NEXT: ^bb0(%[[V:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:   %[[COL_INDEX:.*]] = linalg.index 2 : index
// CHECK-NEXT:   %[[COL:.*]] = arith.index_cast %[[COL_INDEX]] : index to i64
// CHECK-NEXT:   %[[ROW_INDEX:.*]] = linalg.index 1 : index
// CHECK-NEXT:   %[[ROW:.*]] = arith.index_cast %[[ROW_INDEX]] : index to i64
// CHECK-NEXT:   %[[OFFSET:.*]] = arith.subi %[[COL]], %[[ROW]] : i64
// CHECK-NEXT:   %[[DIAGONAL:.*]] = arith.constant -1 : i64
// CHECK-NEXT:   %[[KEEP:.*]] = arith.cmpi sle, %[[OFFSET]], %[[DIAGONAL]] : i64
// CHECK-NEXT:   %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:   %[[SEL:.*]] = arith.select %[[KEEP]], %[[V]], %[[ZERO]] : f32
// CHECK-NEXT:   linalg.yield %[[SEL]] : f32
func.func @triangular_lower_batched(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.triangular %x {upper = false, diagonal = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// Upper with diagonal 2: cmpi sge against 2.
// CHECK-LABEL: func @triangular_upper_diagonal
// CHECK: %[[OFFSET:.*]] = arith.subi
// CHECK-NEXT: %[[DIAGONAL:.*]] = arith.constant 2 : i64
// CHECK-NEXT: arith.cmpi sge, %[[OFFSET]], %[[DIAGONAL]] : i64
func.func @triangular_upper_diagonal(%x: tensor<4x4xf16>) -> tensor<4x4xf16> {
  %0 = webnn.triangular %x {diagonal = 2 : i64} : (tensor<4x4xf16>) -> tensor<4x4xf16>
  return %0 : tensor<4x4xf16>
}

// -----

// Constant padding is tensor.pad yielding the value in the element type.
// CHECK-LABEL: func @pad_constant
// CHECK-SAME: (%[[X:.*]]: tensor<3x5xf32>)
// CHECK-NEXT: %[[V:.*]] = arith.constant 1.500000e+00 : f32
// CHECK-NEXT: %[[P:.*]] = tensor.pad %[[X]] low[1, 2] high[0, 2] {
// CHECK-NEXT: ^bb0(%{{.*}}: index, %{{.*}}: index):
// CHECK-NEXT:   tensor.yield %[[V]] : f32
// CHECK-NEXT: } : tensor<3x5xf32> to tensor<4x9xf32>
// CHECK-NEXT: return %[[P]]
func.func @pad_constant(%x: tensor<3x5xf32>) -> tensor<4x9xf32> {
  %0 = webnn.pad %x {beginning_padding = array<i64: 1, 2>, ending_padding = array<i64: 0, 2>, value = 1.5} : (tensor<3x5xf32>) -> tensor<4x9xf32>
  return %0 : tensor<4x9xf32>
}

// -----

// The default value is 0.
// CHECK-LABEL: func @pad_default_value
// CHECK-NEXT: %[[V:.*]] = arith.constant 0.000000e+00 : f16
// CHECK-NEXT: tensor.pad %{{.*}} low[2] high[1]
// CHECK-NEXT: ^bb0(%{{.*}}: index):
// CHECK-NEXT:   tensor.yield %[[V]] : f16
func.func @pad_default_value(%x: tensor<3xf16>) -> tensor<6xf16> {
  %0 = webnn.pad %x {beginning_padding = array<i64: 2>, ending_padding = array<i64: 1>} : (tensor<3xf16>) -> tensor<6xf16>
  return %0 : tensor<6xf16>
}

// -----

// An integer type saturates: 300 is 127 and -300 is -128 in int8.
// CHECK-LABEL: func @pad_int8_saturates
// CHECK-NEXT: %[[HIGH:.*]] = arith.constant 127 : i8
// CHECK-NEXT: %[[P:.*]] = tensor.pad %{{.*}} low[1] high[1]
// CHECK-NEXT: ^bb0
// CHECK-NEXT:   tensor.yield %[[HIGH]] : i8
// CHECK: %[[LOW:.*]] = arith.constant -128 : i8
// CHECK-NEXT: tensor.pad %[[P]] low[1] high[1]
// CHECK-NEXT: ^bb0
// CHECK-NEXT:   tensor.yield %[[LOW]] : i8
func.func @pad_int8_saturates(%x: tensor<3xi8>) -> tensor<7xi8> {
  %0 = webnn.pad %x {beginning_padding = array<i64: 1>, ending_padding = array<i64: 1>, value = 300.0} : (tensor<3xi8>) -> tensor<5xi8>
  %1 = webnn.pad %0 {beginning_padding = array<i64: 1>, ending_padding = array<i64: 1>, value = -300.0} : (tensor<5xi8>) -> tensor<7xi8>
  return %1 : tensor<7xi8>
}

// -----

// uint8 (i8 after conversion): -1 is 0 and 256 is 255, printed as the
// signless -1.
// CHECK-LABEL: func @pad_uint8_saturates
// CHECK-NEXT: %[[LOW:.*]] = arith.constant 0 : i8
// CHECK-NEXT: %[[P:.*]] = tensor.pad %{{.*}} low[1] high[0]
// CHECK-NEXT: ^bb0
// CHECK-NEXT:   tensor.yield %[[LOW]] : i8
// CHECK: %[[HIGH:.*]] = arith.constant -1 : i8
// CHECK-NEXT: tensor.pad %[[P]] low[0] high[1]
// CHECK-NEXT: ^bb0
// CHECK-NEXT:   tensor.yield %[[HIGH]] : i8
func.func @pad_uint8_saturates(%x: tensor<3xui8>) -> tensor<5xui8> {
  %0 = webnn.pad %x {beginning_padding = array<i64: 1>, ending_padding = array<i64: 0>, value = -1.0} : (tensor<3xui8>) -> tensor<4xui8>
  %1 = webnn.pad %0 {beginning_padding = array<i64: 0>, ending_padding = array<i64: 1>, value = 256.0} : (tensor<4xui8>) -> tensor<5xui8>
  return %1 : tensor<5xui8>
}

// -----

// A fraction is truncated toward 0 (3.9 is 3, -2.7 is -2, as the WPT
// mlNumber cases expect) and NaN is 0; int64 saturates at 2^63 - 1.
// CHECK-LABEL: func @pad_integer_casts
// CHECK: arith.constant 3 : i32
// CHECK: arith.constant -2 : i32
// CHECK: arith.constant 0 : i32
// CHECK: arith.constant 9223372036854775807 : i64
func.func @pad_integer_casts(%a: tensor<2xi32>, %b: tensor<2xi64>) -> (tensor<8xi32>, tensor<4xi64>) {
  %0 = webnn.pad %a {beginning_padding = array<i64: 1>, ending_padding = array<i64: 1>, value = 3.9} : (tensor<2xi32>) -> tensor<4xi32>
  %1 = webnn.pad %0 {beginning_padding = array<i64: 1>, ending_padding = array<i64: 1>, value = -2.7} : (tensor<4xi32>) -> tensor<6xi32>
  %2 = webnn.pad %1 {beginning_padding = array<i64: 1>, ending_padding = array<i64: 1>, value = 0x7FF8000000000000 : f64} : (tensor<6xi32>) -> tensor<8xi32>
  %3 = webnn.pad %b {beginning_padding = array<i64: 1>, ending_padding = array<i64: 1>, value = 1.0e19} : (tensor<2xi64>) -> tensor<4xi64>
  return %2, %3 : tensor<8xi32>, tensor<4xi64>
}

// -----

// Edge padding: one linalg.generic over the output, with no inputs, whose
// body reads the input at each index minus the beginning padding, clamped
// into [0, size - 1].
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func @pad_edge
// CHECK-SAME: (%[[X:.*]]: tensor<3x2xf32>)
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<8x3xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID]]], iterator_types = ["parallel", "parallel"]} outs(%[[EMPTY]] : tensor<8x3xf32>)
// CHECK-NEXT: ^bb0(%{{.*}}: f32):
// CHECK-NEXT:   %[[D0:.*]] = linalg.index 0 : index
// CHECK-NEXT:   %[[B0:.*]] = arith.constant 2 : index
// CHECK-NEXT:   %[[I0:.*]] = arith.subi %[[D0]], %[[B0]] : index
// CHECK-NEXT:   %[[Z0:.*]] = arith.constant 0 : index
// CHECK-NEXT:   %[[LO0:.*]] = arith.maxsi %[[I0]], %[[Z0]] : index
// CHECK-NEXT:   %[[L0:.*]] = arith.constant 2 : index
// CHECK-NEXT:   %[[HI0:.*]] = arith.minsi %[[LO0]], %[[L0]] : index
// CHECK-NEXT:   %[[D1:.*]] = linalg.index 1 : index
// CHECK-NEXT:   %[[B1:.*]] = arith.constant 0 : index
// CHECK-NEXT:   %[[I1:.*]] = arith.subi %[[D1]], %[[B1]] : index
// CHECK-NEXT:   %[[Z1:.*]] = arith.constant 0 : index
// CHECK-NEXT:   %[[LO1:.*]] = arith.maxsi %[[I1]], %[[Z1]] : index
// CHECK-NEXT:   %[[L1:.*]] = arith.constant 1 : index
// CHECK-NEXT:   %[[HI1:.*]] = arith.minsi %[[LO1]], %[[L1]] : index
// CHECK-NEXT:   %[[E:.*]] = tensor.extract %[[X]][%[[HI0]], %[[HI1]]] : tensor<3x2xf32>
// CHECK-NEXT:   linalg.yield %[[E]] : f32
// CHECK: return %[[R]]
func.func @pad_edge(%x: tensor<3x2xf32>) -> tensor<8x3xf32> {
  %0 = webnn.pad %x {beginning_padding = array<i64: 2, 0>, ending_padding = array<i64: 3, 1>, mode = #webnn.padding_mode<edge>} : (tensor<3x2xf32>) -> tensor<8x3xf32>
  return %0 : tensor<8x3xf32>
}

// -----

// Reflection padding mirrors the index at the edges without repeating them:
// i = index - beginning; -i where i < 0; 2 (size - 1) - i where i >= size;
// then the same clamp. The value is not read.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func @pad_reflection
// CHECK-SAME: (%[[X:.*]]: tensor<4xi32>)
// CHECK-NOT: arith.constant 7
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<9xi32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID]]], iterator_types = ["parallel"]} outs(%[[EMPTY]] : tensor<9xi32>)
// CHECK-NEXT: ^bb0(%{{.*}}: i32):
// CHECK-NEXT:   %[[D:.*]] = linalg.index 0 : index
// CHECK-NEXT:   %[[B:.*]] = arith.constant 3 : index
// CHECK-NEXT:   %[[I:.*]] = arith.subi %[[D]], %[[B]] : index
// CHECK-NEXT:   %[[Z:.*]] = arith.constant 0 : index
// CHECK-NEXT:   %[[NEG:.*]] = arith.cmpi slt, %[[I]], %[[Z]] : index
// CHECK-NEXT:   %[[Z2:.*]] = arith.constant 0 : index
// CHECK-NEXT:   %[[MINUS:.*]] = arith.subi %[[Z2]], %[[I]] : index
// CHECK-NEXT:   %[[I2:.*]] = arith.select %[[NEG]], %[[MINUS]], %[[I]] : index
// CHECK-NEXT:   %[[SIZE:.*]] = arith.constant 4 : index
// CHECK-NEXT:   %[[PAST:.*]] = arith.cmpi sge, %[[I2]], %[[SIZE]] : index
// CHECK-NEXT:   %[[TWICE:.*]] = arith.constant 6 : index
// CHECK-NEXT:   %[[MIRROR:.*]] = arith.subi %[[TWICE]], %[[I2]] : index
// CHECK-NEXT:   %[[I3:.*]] = arith.select %[[PAST]], %[[MIRROR]], %[[I2]] : index
// CHECK-NEXT:   %[[Z3:.*]] = arith.constant 0 : index
// CHECK-NEXT:   %[[LO:.*]] = arith.maxsi %[[I3]], %[[Z3]] : index
// CHECK-NEXT:   %[[LAST:.*]] = arith.constant 3 : index
// CHECK-NEXT:   %[[HI:.*]] = arith.minsi %[[LO]], %[[LAST]] : index
// CHECK-NEXT:   %[[E:.*]] = tensor.extract %[[X]][%[[HI]]] : tensor<4xi32>
// CHECK-NEXT:   linalg.yield %[[E]] : i32
// CHECK: return %[[R]]
func.func @pad_reflection(%x: tensor<4xi32>) -> tensor<9xi32> {
  %0 = webnn.pad %x {beginning_padding = array<i64: 3>, ending_padding = array<i64: 2>, mode = #webnn.padding_mode<reflection>, value = 7.0} : (tensor<4xi32>) -> tensor<9xi32>
  return %0 : tensor<9xi32>
}
