// MobileNetV2's ReLU6 on 1x96x112x112.
func.func @clamp(%x: tensor<1x96x112x112xf32>) -> tensor<1x96x112x112xf32> {
  %0 = webnn.clamp %x {min_value = 0.0 : f64, max_value = 6.0 : f64} : (tensor<1x96x112x112xf32>) -> tensor<1x96x112x112xf32>
  return %0 : tensor<1x96x112x112xf32>
}
