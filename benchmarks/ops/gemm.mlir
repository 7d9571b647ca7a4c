// MobileNetV2's classifier: 1280 -> 1000 with a bias.
func.func @gemm(%a: tensor<1x1280xf32>, %b: tensor<1280x1000xf32>, %c: tensor<1000xf32>) -> tensor<1x1000xf32> {
  %0 = webnn.gemm %a, %b, %c : (tensor<1x1280xf32>, tensor<1280x1000xf32>, tensor<1000xf32>) -> tensor<1x1000xf32>
  return %0 : tensor<1x1000xf32>
}
