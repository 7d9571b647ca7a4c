// ResNet-50 v2's first pre-activation batch normalization, 1x64x56x56.
func.func @batch_normalization(%x: tensor<1x64x56x56xf32>, %m: tensor<64xf32>, %v: tensor<64xf32>, %s: tensor<64xf32>, %b: tensor<64xf32>) -> tensor<1x64x56x56xf32> {
  %0 = webnn.batch_normalization %x, %m, %v scale(%s) bias(%b) : (tensor<1x64x56x56xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x64x56x56xf32>
  return %0 : tensor<1x64x56x56xf32>
}
