// RUN: webnn-opt %s -split-input-file -verify-diagnostics

// Malformed webnn ops: the parser or the ODS verifier must report each one
// (and never crash).

func.func @unknown_custom_op(%a: tensor<2xf32>) {
  // expected-error @+1 {{custom op 'webnn.frobnicate' is unknown}}
  %0 = webnn.frobnicate %a : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @unknown_generic_op(%a: tensor<2xf32>) {
  // expected-error @+1 {{unregistered operation 'webnn.frobnicate' found in dialect ('webnn') that does not allow unknown operations}}
  %0 = "webnn.frobnicate"(%a) : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @missing_operand(%a: tensor<2xf32>) {
  // expected-error @+1 {{expected ','}}
  %0 = webnn.add %a : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @missing_operand_after_comma(%a: tensor<2xf32>) {
  // expected-error @+1 {{expected SSA operand}}
  %0 = webnn.add %a, : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @missing_operand_types(%a: tensor<2xf32>) {
  // expected-error @+1 {{custom op 'webnn.add' number of operands and types do not match: got 2 operands and 1 types}}
  %0 = webnn.add %a, %a : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @extra_operand(%a: tensor<2x2xf32>) {
  // expected-error @+1 {{expected ':'}}
  %0 = webnn.gemm %a, %a, %a, %a : (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @undeclared_operand(%a: tensor<2xf32>) {
  // expected-error @+1 {{use of undeclared SSA value name}}
  %0 = webnn.relu %c : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @missing_bias_paren(%x: tensor<1x1x4x4xf32>, %w: tensor<1x1x4x4xf32>) {
  // expected-error @+1 {{expected ')'}}
  %0 = webnn.conv2d %x, %w bias(%w : (tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @bias_before_scale(%x: tensor<1x2xf32>, %m: tensor<2xf32>) {
  // expected-error @+1 {{expected ':'}}
  %0 = webnn.batch_normalization %x, %m, %m bias(%m) scale(%m) : (tensor<1x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  return
}

// -----

func.func @constant_missing_value() {
  // expected-error @+1 {{expected attribute value}}
  %0 = webnn.constant
  return
}

// -----

func.func @generic_add_one_operand(%a: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.add' op expected 2 operands, but found 1}}
  %0 = "webnn.add"(%a) : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @generic_add_three_operands(%a: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.add' op expected 2 operands, but found 3}}
  %0 = "webnn.add"(%a, %a, %a) : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @generic_relu_two_operands(%a: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.relu' op requires a single operand}}
  %0 = "webnn.relu"(%a, %a) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @generic_conv2d_one_operand(%x: tensor<1x1x4x4xf32>) {
  // expected-error @+1 {{'webnn.conv2d' op expected 2 or more operands, but found 1}}
  %0 = "webnn.conv2d"(%x) : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @generic_constant_with_operand(%a: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.constant' op requires zero operands}}
  %0 = "webnn.constant"(%a) {value = dense<1.0> : tensor<2xf32>} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @generic_add_no_result(%a: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.add' op requires one result}}
  "webnn.add"(%a, %a) : (tensor<2xf32>, tensor<2xf32>) -> ()
  return
}

// -----

func.func @generic_relu_two_results(%a: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.relu' op requires one result}}
  %0:2 = "webnn.relu"(%a) : (tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>)
  return
}

// -----

func.func @generic_relu_with_region(%a: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.relu' op requires zero regions}}
  %0 = "webnn.relu"(%a) ({ }) : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @generic_relu_properties(%a: tensor<2xf32>) {
  // expected-error @+1 {{invalid properties {foo = 1 : i64} for op webnn.relu: this operation does not support properties}}
  %0 = "webnn.relu"(%a) <{foo = 1}> : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @generic_softmax_missing_axis(%a: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.softmax' op requires attribute 'axis'}}
  %0 = "webnn.softmax"(%a) : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @generic_batch_normalization_missing_segments(%x: tensor<1x2xf32>, %m: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.batch_normalization' op operand count (3) does not match with the total size (0) specified in attribute 'operandSegmentSizes'}}
  %0 = "webnn.batch_normalization"(%x, %m, %m) : (tensor<1x2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  return
}

// -----

func.func @generic_batch_normalization_short_segments(%x: tensor<1x2xf32>, %m: tensor<2xf32>) {
  // expected-error @+1 {{size mismatch in attribute conversion: 3 vs 5}}
  %0 = "webnn.batch_normalization"(%x, %m, %m) <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (tensor<1x2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  return
}

// -----

func.func @bad_input_layout(%x: tensor<1x1x4x4xf32>) {
  // expected-error @+2 {{expected ::mlir::webnn::InputLayout to be one of: nchw, nhwc}}
  // expected-error @+1 {{failed to parse WebNN_InputLayoutAttr parameter 'value' which is to be a `::mlir::webnn::InputLayout`}}
  %0 = webnn.max_pool2d %x {layout = #webnn.layout<nchwx>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @empty_input_layout(%x: tensor<1x1x4x4xf32>) {
  // expected-error @+2 {{expected valid keyword or string}}
  // expected-error @+1 {{failed to parse WebNN_InputLayoutAttr parameter 'value'}}
  %0 = webnn.max_pool2d %x {layout = #webnn.layout<>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @input_layout_without_value(%x: tensor<1x1x4x4xf32>) {
  // expected-error @+1 {{expected '<'}}
  %0 = webnn.max_pool2d %x {layout = #webnn.layout} : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @bad_filter_layout(%x: tensor<1x1x4x4xf32>, %w: tensor<1x1x4x4xf32>) {
  // expected-error @+2 {{expected ::mlir::webnn::FilterLayout to be one of: oihw, hwio, ohwi, ihwo}}
  // expected-error @+1 {{failed to parse WebNN_FilterLayoutAttr parameter 'value'}}
  %0 = webnn.conv2d %x, %w {filter_layout = #webnn.filter_layout<oihwx>} : (tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @integer_filter_layout(%x: tensor<1x1x4x4xf32>, %w: tensor<1x1x4x4xf32>) {
  // expected-error @+2 {{expected valid keyword or string}}
  // expected-error @+1 {{failed to parse WebNN_FilterLayoutAttr parameter 'value'}}
  %0 = webnn.conv2d %x, %w {filter_layout = #webnn.filter_layout<1>} : (tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

// oihw is a conv2d filter layout, not a transposed one.
func.func @bad_transposed_filter_layout(%x: tensor<1x1x4x4xf32>, %w: tensor<1x1x1x1xf32>) {
  // expected-error @+2 {{expected ::mlir::webnn::ConvTranspose2dFilterLayout to be one of: iohw, hwoi, ohwi}}
  // expected-error @+1 {{failed to parse WebNN_ConvTranspose2dFilterLayoutAttr parameter 'value'}}
  %0 = webnn.conv_transpose2d %x, %w {filter_layout = #webnn.transposed_filter_layout<oihw>} : (tensor<1x1x4x4xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @bad_rounding(%x: tensor<1x1x4x4xf32>) {
  // expected-error @+2 {{expected ::mlir::webnn::RoundingType to be one of: floor, ceil}}
  // expected-error @+1 {{failed to parse WebNN_RoundingTypeAttr parameter 'value'}}
  %0 = webnn.max_pool2d %x {output_shape_rounding = #webnn.rounding<round>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @unknown_webnn_attribute(%x: tensor<2xf32>) {
  // expected-error @+1 {{unknown attribute `bogus` in dialect `webnn`}}
  %0 = webnn.leaky_relu %x {alpha = #webnn.bogus<1>} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @layout_of_wrong_enum(%x: tensor<1x1x4x4xf32>) {
  // expected-error @+1 {{'webnn.max_pool2d' op attribute 'layout' failed to satisfy constraint: MLInputOperandLayout}}
  %0 = webnn.max_pool2d %x {layout = #webnn.rounding<floor>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @layout_as_string(%x: tensor<1x1x4x4xf32>) {
  // expected-error @+1 {{'webnn.max_pool2d' op attribute 'layout' failed to satisfy constraint: MLInputOperandLayout}}
  %0 = webnn.max_pool2d %x {layout = "nhwc"} : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @padding_integer(%x: tensor<1x1x4x4xf32>) {
  // expected-error @+1 {{'webnn.max_pool2d' op attribute 'padding' failed to satisfy constraint: i64 dense array attribute}}
  %0 = webnn.max_pool2d %x {padding = 5} : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @generic_padding_integer(%x: tensor<1x1x4x4xf32>) {
  // expected-error @+1 {{'webnn.max_pool2d' op attribute 'padding' failed to satisfy constraint: i64 dense array attribute}}
  %0 = "webnn.max_pool2d"(%x) {padding = 5} : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @generic_padding_integer_property(%x: tensor<1x1x4x4xf32>) {
  // expected-error @+1 {{invalid properties {padding = 5 : i64} for op webnn.max_pool2d: Invalid attribute `padding` in property conversion: 5 : i64}}
  %0 = "webnn.max_pool2d"(%x) <{padding = 5}> : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @padding_array_attr(%x: tensor<1x1x4x4xf32>) {
  // expected-error @+1 {{'webnn.max_pool2d' op attribute 'padding' failed to satisfy constraint: i64 dense array attribute}}
  %0 = webnn.max_pool2d %x {padding = [0, 0, 0, 0]} : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @window_dimensions_i32_array(%x: tensor<1x1x4x4xf32>) {
  // expected-error @+1 {{'webnn.max_pool2d' op attribute 'window_dimensions' failed to satisfy constraint: i64 dense array attribute}}
  %0 = webnn.max_pool2d %x {window_dimensions = array<i32: 2, 2>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @new_shape_f32_array(%x: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.reshape' op attribute 'new_shape' failed to satisfy constraint: i64 dense array attribute}}
  %0 = webnn.reshape %x {new_shape = array<f32: 2.0>} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @new_shape_bad_element(%x: tensor<2xf32>) {
  // expected-error @+1 {{expected integer literal}}
  %0 = webnn.reshape %x {new_shape = array<i64: x>} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @alpha_string(%x: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.leaky_relu' op attribute 'alpha' failed to satisfy constraint: 64-bit float attribute}}
  %0 = webnn.leaky_relu %x {alpha = "small"} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @alpha_f32(%x: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.leaky_relu' op attribute 'alpha' failed to satisfy constraint: 64-bit float attribute}}
  %0 = webnn.leaky_relu %x {alpha = 5.0e-01 : f32} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @alpha_enum(%x: tensor<2xf32>) {
  // expected-error @+1 {{'webnn.leaky_relu' op attribute 'alpha' failed to satisfy constraint: 64-bit float attribute}}
  %0 = webnn.leaky_relu %x {alpha = #webnn.layout<nchw>} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @groups_float(%x: tensor<1x1x4x4xf32>, %w: tensor<1x1x4x4xf32>) {
  // expected-error @+1 {{'webnn.conv2d' op attribute 'groups' failed to satisfy constraint: 32-bit signless integer attribute}}
  %0 = webnn.conv2d %x, %w {groups = 1.0 : f32} : (tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @constant_integer_value() {
  // expected-error @+1 {{custom op 'webnn.constant' invalid kind of attribute specified}}
  %0 = webnn.constant 5
  return
}

// -----

func.func @constant_attr_dict_integer_value() {
  // expected-error @+1 {{'webnn.constant' op attribute 'value' failed to satisfy constraint: constant vector/tensor attribute}}
  %0 = webnn.constant {value = 5 : i32} dense<2.0> : tensor<2xf32>
  return
}

// -----

func.func @generic_constant_missing_value() {
  // expected-error @+1 {{'webnn.constant' op requires attribute 'value'}}
  %0 = "webnn.constant"() : () -> tensor<2xf32>
  return
}

// -----

func.func @generic_constant_integer_value() {
  // expected-error @+1 {{'webnn.constant' op attribute 'value' failed to satisfy constraint: constant vector/tensor attribute}}
  %0 = "webnn.constant"() {value = 5 : i32} : () -> tensor<2xf32>
  return
}

// -----

func.func @constant_literal_shape_mismatch() {
  // expected-error @+1 {{inferred shape of elements literal ([3]) does not match type ([2])}}
  %0 = webnn.constant dense<[1.0, 2.0, 3.0]> : tensor<2xf32>
  return
}

// -----

func.func @attribute_of_unregistered_type(%x: tensor<2xf32>) {
  // expected-error @+1 {{type created with unregistered dialect}}
  %0 = webnn.leaky_relu %x {alpha = 1.0 : !foo.bar} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @unregistered_attribute(%x: tensor<2xf32>) {
  // expected-error @+1 {{attribute created with unregistered dialect}}
  %0 = webnn.leaky_relu %x {alpha = #foo.bar<1>} : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @unknown_webnn_type(%x: tensor<2xf32>) {
  // expected-error @+1 {{dialect 'webnn' provides no type parsing hook}}
  %0 = webnn.add %x, %x : (tensor<2xf32>, tensor<2xf32>) -> !webnn.tensor
  return
}

// -----

func.func @not_a_function_type(%x: tensor<2xf32>) {
  // expected-error @+1 {{custom op 'webnn.add' invalid kind of type specified: expected builtin.function, but found 'tensor<2xf32>'}}
  %0 = webnn.add %x, %x : tensor<2xf32>
  return
}

// -----

// expected-note @+1 {{prior use here}}
func.func @wrong_operand_type(%x: tensor<2xf32>) {
  // expected-error @+1 {{use of value '%x' expects different type than prior uses: 'tensor<3xf32>' vs 'tensor<2xf32>'}}
  %0 = webnn.relu %x : (tensor<3xf32>) -> tensor<3xf32>
  return
}
