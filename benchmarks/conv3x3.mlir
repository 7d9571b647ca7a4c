// A ResNet-50 v2 stage-1 3x3 conv: 1x56x56x64 -> 64 channels, padding 1
// (NHWC input, OHWI filter as TFLite/ONNX-style exports hold them).
// flops: 2 * 56 * 56 * 64 * 64 * 3 * 3 = 231,211,008.
func.func @conv3x3(%x: tensor<1x56x56x64xf32> {webnn.name = "x"},
                   %w: tensor<64x3x3x64xf32> {webnn.name = "w"})
    -> (tensor<1x56x56x64xf32> {webnn.name = "y"}) {
  %0 = webnn.conv2d %x, %w {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<ohwi>, padding = array<i64: 1, 1, 1, 1>}
      : (tensor<1x56x56x64xf32>, tensor<64x3x3x64xf32>) -> tensor<1x56x56x64xf32>
  return %0 : tensor<1x56x56x64xf32>
}
