// RUN: webnn-opt %s | webnn-opt | FileCheck %s
// RUN: webnn-opt %s --mlir-print-op-generic | webnn-opt | FileCheck %s

// Round trips of the element-wise comparison and logical ops (equal,
// notEqual, greater, greaterOrEqual, lesser, lesserOrEqual, logicalAnd,
// logicalOr, logicalXor, logicalNot, isNaN, isInfinite) and of where: each
// function is parsed, printed, and parsed again, once through the custom
// assembly form and once through the generic form. The comparison and
// logical ops broadcast like the binary ops and return uint8 whatever the
// data type of their operands; where broadcasts its three operands together
// and returns the data type of its values. A few functions are written in
// the generic form to check that it parses too.

// The comparisons take every data type.
// CHECK-LABEL: func @equal_f32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xf32>, %[[B:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.equal %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xui8>
// CHECK:         return %[[R]] : tensor<2x3xui8>
func.func @equal_f32(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) -> tensor<2x3xui8> {
  %0 = webnn.equal %a, %b : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// CHECK-LABEL: func @equal_broadcast_f16(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x1x4xf16>, %[[B:[^:]+]]: tensor<3x1xf16>)
// CHECK:         %[[R:.*]] = webnn.equal %[[A]], %[[B]] : (tensor<2x1x4xf16>, tensor<3x1xf16>) -> tensor<2x3x4xui8>
// CHECK:         return %[[R]] : tensor<2x3x4xui8>
func.func @equal_broadcast_f16(%a: tensor<2x1x4xf16>, %b: tensor<3x1xf16>) -> tensor<2x3x4xui8> {
  %0 = webnn.equal %a, %b : (tensor<2x1x4xf16>, tensor<3x1xf16>) -> tensor<2x3x4xui8>
  return %0 : tensor<2x3x4xui8>
}

// CHECK-LABEL: func @equal_ui8(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<4xui8>, %[[B:[^:]+]]: tensor<4xui8>)
// CHECK:         %[[R:.*]] = webnn.equal %[[A]], %[[B]] : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
// CHECK:         return %[[R]] : tensor<4xui8>
func.func @equal_ui8(%a: tensor<4xui8>, %b: tensor<4xui8>) -> tensor<4xui8> {
  %0 = webnn.equal %a, %b : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// CHECK-LABEL: func @not_equal_f32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xf32>, %[[B:[^:]+]]: tensor<3xf32>)
// CHECK:         %[[R:.*]] = webnn.not_equal %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xui8>
// CHECK:         return %[[R]] : tensor<2x3xui8>
func.func @not_equal_f32(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xui8> {
  %0 = webnn.not_equal %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// CHECK-LABEL: func @not_equal_i64(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<i64>, %[[B:[^:]+]]: tensor<5xi64>)
// CHECK:         %[[R:.*]] = webnn.not_equal %[[A]], %[[B]] : (tensor<i64>, tensor<5xi64>) -> tensor<5xui8>
// CHECK:         return %[[R]] : tensor<5xui8>
func.func @not_equal_i64(%a: tensor<i64>, %b: tensor<5xi64>) -> tensor<5xui8> {
  %0 = webnn.not_equal %a, %b : (tensor<i64>, tensor<5xi64>) -> tensor<5xui8>
  return %0 : tensor<5xui8>
}

// CHECK-LABEL: func @greater_i32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<4x1xi32>, %[[B:[^:]+]]: tensor<1x5xi32>)
// CHECK:         %[[R:.*]] = webnn.greater %[[A]], %[[B]] : (tensor<4x1xi32>, tensor<1x5xi32>) -> tensor<4x5xui8>
// CHECK:         return %[[R]] : tensor<4x5xui8>
func.func @greater_i32(%a: tensor<4x1xi32>, %b: tensor<1x5xi32>) -> tensor<4x5xui8> {
  %0 = webnn.greater %a, %b : (tensor<4x1xi32>, tensor<1x5xi32>) -> tensor<4x5xui8>
  return %0 : tensor<4x5xui8>
}

// CHECK-LABEL: func @greater_ui32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<3xui32>, %[[B:[^:]+]]: tensor<ui32>)
// CHECK:         %[[R:.*]] = webnn.greater %[[A]], %[[B]] : (tensor<3xui32>, tensor<ui32>) -> tensor<3xui8>
// CHECK:         return %[[R]] : tensor<3xui8>
func.func @greater_ui32(%a: tensor<3xui32>, %b: tensor<ui32>) -> tensor<3xui8> {
  %0 = webnn.greater %a, %b : (tensor<3xui32>, tensor<ui32>) -> tensor<3xui8>
  return %0 : tensor<3xui8>
}

// CHECK-LABEL: func @greater_or_equal_f32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<1x3x1x5xf32>, %[[B:[^:]+]]: tensor<3x4x1xf32>)
// CHECK:         %[[R:.*]] = webnn.greater_or_equal %[[A]], %[[B]] : (tensor<1x3x1x5xf32>, tensor<3x4x1xf32>) -> tensor<1x3x4x5xui8>
// CHECK:         return %[[R]] : tensor<1x3x4x5xui8>
func.func @greater_or_equal_f32(%a: tensor<1x3x1x5xf32>, %b: tensor<3x4x1xf32>) -> tensor<1x3x4x5xui8> {
  %0 = webnn.greater_or_equal %a, %b : (tensor<1x3x1x5xf32>, tensor<3x4x1xf32>) -> tensor<1x3x4x5xui8>
  return %0 : tensor<1x3x4x5xui8>
}

// CHECK-LABEL: func @greater_or_equal_ui64(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<7xui64>, %[[B:[^:]+]]: tensor<7xui64>)
// CHECK:         %[[R:.*]] = webnn.greater_or_equal %[[A]], %[[B]] : (tensor<7xui64>, tensor<7xui64>) -> tensor<7xui8>
// CHECK:         return %[[R]] : tensor<7xui8>
func.func @greater_or_equal_ui64(%a: tensor<7xui64>, %b: tensor<7xui64>) -> tensor<7xui8> {
  %0 = webnn.greater_or_equal %a, %b : (tensor<7xui64>, tensor<7xui64>) -> tensor<7xui8>
  return %0 : tensor<7xui8>
}

// CHECK-LABEL: func @lesser_i8(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xi8>, %[[B:[^:]+]]: tensor<2x1xi8>)
// CHECK:         %[[R:.*]] = webnn.lesser %[[A]], %[[B]] : (tensor<2x3xi8>, tensor<2x1xi8>) -> tensor<2x3xui8>
// CHECK:         return %[[R]] : tensor<2x3xui8>
func.func @lesser_i8(%a: tensor<2x3xi8>, %b: tensor<2x1xi8>) -> tensor<2x3xui8> {
  %0 = webnn.lesser %a, %b : (tensor<2x3xi8>, tensor<2x1xi8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// CHECK-LABEL: func @lesser_f16(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<f16>, %[[B:[^:]+]]: tensor<f16>)
// CHECK:         %[[R:.*]] = webnn.lesser %[[A]], %[[B]] : (tensor<f16>, tensor<f16>) -> tensor<ui8>
// CHECK:         return %[[R]] : tensor<ui8>
func.func @lesser_f16(%a: tensor<f16>, %b: tensor<f16>) -> tensor<ui8> {
  %0 = webnn.lesser %a, %b : (tensor<f16>, tensor<f16>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// CHECK-LABEL: func @lesser_or_equal_i64(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<1x4xi64>, %[[B:[^:]+]]: tensor<3x1xi64>)
// CHECK:         %[[R:.*]] = webnn.lesser_or_equal %[[A]], %[[B]] : (tensor<1x4xi64>, tensor<3x1xi64>) -> tensor<3x4xui8>
// CHECK:         return %[[R]] : tensor<3x4xui8>
func.func @lesser_or_equal_i64(%a: tensor<1x4xi64>, %b: tensor<3x1xi64>) -> tensor<3x4xui8> {
  %0 = webnn.lesser_or_equal %a, %b : (tensor<1x4xi64>, tensor<3x1xi64>) -> tensor<3x4xui8>
  return %0 : tensor<3x4xui8>
}

// CHECK-LABEL: func @lesser_or_equal_f32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xf32>, %[[B:[^:]+]]: tensor<f32>)
// CHECK:         %[[R:.*]] = webnn.lesser_or_equal %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xui8>
// CHECK:         return %[[R]] : tensor<2x3xui8>
func.func @lesser_or_equal_f32(%a: tensor<2x3xf32>, %b: tensor<f32>) -> tensor<2x3xui8> {
  %0 = webnn.lesser_or_equal %a, %b : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// The logical ops take uint8 only.
// CHECK-LABEL: func @logical_and(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xui8>, %[[B:[^:]+]]: tensor<3xui8>)
// CHECK:         %[[R:.*]] = webnn.logical_and %[[A]], %[[B]] : (tensor<2x3xui8>, tensor<3xui8>) -> tensor<2x3xui8>
// CHECK:         return %[[R]] : tensor<2x3xui8>
func.func @logical_and(%a: tensor<2x3xui8>, %b: tensor<3xui8>) -> tensor<2x3xui8> {
  %0 = webnn.logical_and %a, %b : (tensor<2x3xui8>, tensor<3xui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// CHECK-LABEL: func @logical_or(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<4x1xui8>, %[[B:[^:]+]]: tensor<1x5xui8>)
// CHECK:         %[[R:.*]] = webnn.logical_or %[[A]], %[[B]] : (tensor<4x1xui8>, tensor<1x5xui8>) -> tensor<4x5xui8>
// CHECK:         return %[[R]] : tensor<4x5xui8>
func.func @logical_or(%a: tensor<4x1xui8>, %b: tensor<1x5xui8>) -> tensor<4x5xui8> {
  %0 = webnn.logical_or %a, %b : (tensor<4x1xui8>, tensor<1x5xui8>) -> tensor<4x5xui8>
  return %0 : tensor<4x5xui8>
}

// CHECK-LABEL: func @logical_xor(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<ui8>, %[[B:[^:]+]]: tensor<2x2xui8>)
// CHECK:         %[[R:.*]] = webnn.logical_xor %[[A]], %[[B]] : (tensor<ui8>, tensor<2x2xui8>) -> tensor<2x2xui8>
// CHECK:         return %[[R]] : tensor<2x2xui8>
func.func @logical_xor(%a: tensor<ui8>, %b: tensor<2x2xui8>) -> tensor<2x2xui8> {
  %0 = webnn.logical_xor %a, %b : (tensor<ui8>, tensor<2x2xui8>) -> tensor<2x2xui8>
  return %0 : tensor<2x2xui8>
}

// CHECK-LABEL: func @logical_not(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xui8>)
// CHECK:         %[[R:.*]] = webnn.logical_not %[[A]] : (tensor<2x3xui8>) -> tensor<2x3xui8>
// CHECK:         return %[[R]] : tensor<2x3xui8>
func.func @logical_not(%a: tensor<2x3xui8>) -> tensor<2x3xui8> {
  %0 = webnn.logical_not %a : (tensor<2x3xui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// CHECK-LABEL: func @logical_not_scalar(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<ui8>)
// CHECK:         %[[R:.*]] = webnn.logical_not %[[A]] : (tensor<ui8>) -> tensor<ui8>
// CHECK:         return %[[R]] : tensor<ui8>
func.func @logical_not_scalar(%a: tensor<ui8>) -> tensor<ui8> {
  %0 = webnn.logical_not %a : (tensor<ui8>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// isNaN and isInfinite take the floats; the output has the input's shape.
// CHECK-LABEL: func @is_nan_f32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.is_nan %[[A]] : (tensor<2x3xf32>) -> tensor<2x3xui8>
// CHECK:         return %[[R]] : tensor<2x3xui8>
func.func @is_nan_f32(%a: tensor<2x3xf32>) -> tensor<2x3xui8> {
  %0 = webnn.is_nan %a : (tensor<2x3xf32>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// CHECK-LABEL: func @is_nan_f16(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<4xf16>)
// CHECK:         %[[R:.*]] = webnn.is_nan %[[A]] : (tensor<4xf16>) -> tensor<4xui8>
// CHECK:         return %[[R]] : tensor<4xui8>
func.func @is_nan_f16(%a: tensor<4xf16>) -> tensor<4xui8> {
  %0 = webnn.is_nan %a : (tensor<4xf16>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// CHECK-LABEL: func @is_infinite_f32(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<1x2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.is_infinite %[[A]] : (tensor<1x2x3xf32>) -> tensor<1x2x3xui8>
// CHECK:         return %[[R]] : tensor<1x2x3xui8>
func.func @is_infinite_f32(%a: tensor<1x2x3xf32>) -> tensor<1x2x3xui8> {
  %0 = webnn.is_infinite %a : (tensor<1x2x3xf32>) -> tensor<1x2x3xui8>
  return %0 : tensor<1x2x3xui8>
}

// CHECK-LABEL: func @is_infinite_scalar_f16(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<f16>)
// CHECK:         %[[R:.*]] = webnn.is_infinite %[[A]] : (tensor<f16>) -> tensor<ui8>
// CHECK:         return %[[R]] : tensor<ui8>
func.func @is_infinite_scalar_f16(%a: tensor<f16>) -> tensor<ui8> {
  %0 = webnn.is_infinite %a : (tensor<f16>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// where: the three shapes broadcast together.
// CHECK-LABEL: func @where_same_shapes(
// CHECK-SAME:    %[[C:[^:]+]]: tensor<2x3xui8>, %[[T:[^:]+]]: tensor<2x3xf32>, %[[F:[^:]+]]: tensor<2x3xf32>)
// CHECK:         %[[R:.*]] = webnn.where %[[C]], %[[T]], %[[F]] : (tensor<2x3xui8>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @where_same_shapes(%c: tensor<2x3xui8>, %t: tensor<2x3xf32>, %f: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.where %c, %t, %f : (tensor<2x3xui8>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// Each operand brings one dimension of the output.
// CHECK-LABEL: func @where_three_way_broadcast(
// CHECK-SAME:    %[[C:[^:]+]]: tensor<2x1x1xui8>, %[[T:[^:]+]]: tensor<3x1xf32>, %[[F:[^:]+]]: tensor<4xf32>)
// CHECK:         %[[R:.*]] = webnn.where %[[C]], %[[T]], %[[F]] : (tensor<2x1x1xui8>, tensor<3x1xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
// CHECK:         return %[[R]] : tensor<2x3x4xf32>
func.func @where_three_way_broadcast(%c: tensor<2x1x1xui8>, %t: tensor<3x1xf32>, %f: tensor<4xf32>) -> tensor<2x3x4xf32> {
  %0 = webnn.where %c, %t, %f : (tensor<2x1x1xui8>, tensor<3x1xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// The condition has a higher rank than the values.
// CHECK-LABEL: func @where_condition_broadcasts_values(
// CHECK-SAME:    %[[C:[^:]+]]: tensor<5x1x4xui8>, %[[T:[^:]+]]: tensor<3x1xf16>, %[[F:[^:]+]]: tensor<f16>)
// CHECK:         %[[R:.*]] = webnn.where %[[C]], %[[T]], %[[F]] : (tensor<5x1x4xui8>, tensor<3x1xf16>, tensor<f16>) -> tensor<5x3x4xf16>
// CHECK:         return %[[R]] : tensor<5x3x4xf16>
func.func @where_condition_broadcasts_values(%c: tensor<5x1x4xui8>, %t: tensor<3x1xf16>, %f: tensor<f16>) -> tensor<5x3x4xf16> {
  %0 = webnn.where %c, %t, %f : (tensor<5x1x4xui8>, tensor<3x1xf16>, tensor<f16>) -> tensor<5x3x4xf16>
  return %0 : tensor<5x3x4xf16>
}

// CHECK-LABEL: func @where_scalar_condition(
// CHECK-SAME:    %[[C:[^:]+]]: tensor<ui8>, %[[T:[^:]+]]: tensor<2x3xi32>, %[[F:[^:]+]]: tensor<3xi32>)
// CHECK:         %[[R:.*]] = webnn.where %[[C]], %[[T]], %[[F]] : (tensor<ui8>, tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
// CHECK:         return %[[R]] : tensor<2x3xi32>
func.func @where_scalar_condition(%c: tensor<ui8>, %t: tensor<2x3xi32>, %f: tensor<3xi32>) -> tensor<2x3xi32> {
  %0 = webnn.where %c, %t, %f : (tensor<ui8>, tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// uint8 values: the result is uint8 because the values are.
// CHECK-LABEL: func @where_ui8_values(
// CHECK-SAME:    %[[C:[^:]+]]: tensor<4xui8>, %[[T:[^:]+]]: tensor<4xui8>, %[[F:[^:]+]]: tensor<ui8>)
// CHECK:         %[[R:.*]] = webnn.where %[[C]], %[[T]], %[[F]] : (tensor<4xui8>, tensor<4xui8>, tensor<ui8>) -> tensor<4xui8>
// CHECK:         return %[[R]] : tensor<4xui8>
func.func @where_ui8_values(%c: tensor<4xui8>, %t: tensor<4xui8>, %f: tensor<ui8>) -> tensor<4xui8> {
  %0 = webnn.where %c, %t, %f : (tensor<4xui8>, tensor<4xui8>, tensor<ui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// CHECK-LABEL: func @where_i64(
// CHECK-SAME:    %[[C:[^:]+]]: tensor<2x1xui8>, %[[T:[^:]+]]: tensor<2x1xi64>, %[[F:[^:]+]]: tensor<1x6xi64>)
// CHECK:         %[[R:.*]] = webnn.where %[[C]], %[[T]], %[[F]] : (tensor<2x1xui8>, tensor<2x1xi64>, tensor<1x6xi64>) -> tensor<2x6xi64>
// CHECK:         return %[[R]] : tensor<2x6xi64>
func.func @where_i64(%c: tensor<2x1xui8>, %t: tensor<2x1xi64>, %f: tensor<1x6xi64>) -> tensor<2x6xi64> {
  %0 = webnn.where %c, %t, %f : (tensor<2x1xui8>, tensor<2x1xi64>, tensor<1x6xi64>) -> tensor<2x6xi64>
  return %0 : tensor<2x6xi64>
}

// Written in the generic form.
// CHECK-LABEL: func @equal_generic(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2x3xf32>, %[[B:[^:]+]]: tensor<3xf32>)
// CHECK:         %[[R:.*]] = webnn.equal %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xui8>
// CHECK:         return %[[R]] : tensor<2x3xui8>
func.func @equal_generic(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xui8> {
  %0 = "webnn.equal"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// CHECK-LABEL: func @logical_and_generic(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<ui8>, %[[B:[^:]+]]: tensor<ui8>)
// CHECK:         %[[R:.*]] = webnn.logical_and %[[A]], %[[B]] : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
// CHECK:         return %[[R]] : tensor<ui8>
func.func @logical_and_generic(%a: tensor<ui8>, %b: tensor<ui8>) -> tensor<ui8> {
  %0 = "webnn.logical_and"(%a, %b) : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
  return %0 : tensor<ui8>
}

// CHECK-LABEL: func @is_nan_generic(
// CHECK-SAME:    %[[A:[^:]+]]: tensor<2xf16>)
// CHECK:         %[[R:.*]] = webnn.is_nan %[[A]] : (tensor<2xf16>) -> tensor<2xui8>
// CHECK:         return %[[R]] : tensor<2xui8>
func.func @is_nan_generic(%a: tensor<2xf16>) -> tensor<2xui8> {
  %0 = "webnn.is_nan"(%a) : (tensor<2xf16>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}

// CHECK-LABEL: func @where_generic(
// CHECK-SAME:    %[[C:[^:]+]]: tensor<2x1xui8>, %[[T:[^:]+]]: tensor<3xf32>, %[[F:[^:]+]]: tensor<f32>)
// CHECK:         %[[R:.*]] = webnn.where %[[C]], %[[T]], %[[F]] : (tensor<2x1xui8>, tensor<3xf32>, tensor<f32>) -> tensor<2x3xf32>
// CHECK:         return %[[R]] : tensor<2x3xf32>
func.func @where_generic(%c: tensor<2x1xui8>, %t: tensor<3xf32>, %f: tensor<f32>) -> tensor<2x3xf32> {
  %0 = "webnn.where"(%c, %t, %f) : (tensor<2x1xui8>, tensor<3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
