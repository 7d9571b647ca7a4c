// SqueezeNet's softmax over 1000 classes.
func.func @softmax(%x: tensor<1x1000xf32>) -> tensor<1x1000xf32> {
  %0 = webnn.softmax %x {axis = 1 : i32} : (tensor<1x1000xf32>) -> tensor<1x1000xf32>
  return %0 : tensor<1x1000xf32>
}
