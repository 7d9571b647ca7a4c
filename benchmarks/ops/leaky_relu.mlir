// TinyYOLOv2's first activation: leakyRelu(0.1) on 1x16x416x416.
func.func @leaky_relu(%x: tensor<1x16x416x416xf32>) -> tensor<1x16x416x416xf32> {
  %0 = webnn.leaky_relu %x {alpha = 0.1 : f64} : (tensor<1x16x416x416xf32>) -> tensor<1x16x416x416xf32>
  return %0 : tensor<1x16x416x416xf32>
}
