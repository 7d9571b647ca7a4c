// MobileNetV2's global average pool, nhwc.
func.func @global_average_pool(%x: tensor<1x7x7x1280xf32>) -> tensor<1x1x1x1280xf32> {
  %0 = webnn.average_pool2d %x {layout = #webnn.layout<nhwc>} : (tensor<1x7x7x1280xf32>) -> tensor<1x1x1x1280xf32>
  return %0 : tensor<1x1x1x1280xf32>
}
