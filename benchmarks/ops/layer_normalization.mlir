// A BERT-base layer normalization: 128 tokens of 768 features, over the
// features, with scale and bias.
func.func @layer_normalization(%x: tensor<1x128x768xf32>,
                               %scale: tensor<768xf32>,
                               %bias: tensor<768xf32>) -> tensor<1x128x768xf32> {
  %0 = webnn.layer_normalization %x scale(%scale) bias(%bias)
      {axes = array<i64: 2>, epsilon = 1.0e-12 : f64}
      : (tensor<1x128x768xf32>, tensor<768xf32>, tensor<768xf32>) -> tensor<1x128x768xf32>
  return %0 : tensor<1x128x768xf32>
}
