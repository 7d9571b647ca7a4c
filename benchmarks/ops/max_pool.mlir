// SqueezeNet's first max pool: 3x3, stride 2, ceil rounding, nhwc.
func.func @max_pool(%x: tensor<1x111x111x64xf32>) -> tensor<1x55x55x64xf32> {
  %0 = webnn.max_pool2d %x {window_dimensions = array<i64: 3, 3>, strides = array<i64: 2, 2>, layout = #webnn.layout<nhwc>, output_shape_rounding = #webnn.rounding<ceil>} : (tensor<1x111x111x64xf32>) -> tensor<1x55x55x64xf32>
  return %0 : tensor<1x55x55x64xf32>
}
