// A MobileNetV2 expansion 1x1 conv: 1x56x56x24 -> 144 channels.
// flops: 2 * 56 * 56 * 24 * 144 = 21,676,032.
func.func @conv1x1(%x: tensor<1x56x56x24xf32> {webnn.name = "x"},
                   %w: tensor<144x1x1x24xf32> {webnn.name = "w"})
    -> (tensor<1x56x56x144xf32> {webnn.name = "y"}) {
  %0 = webnn.conv2d %x, %w {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<ohwi>}
      : (tensor<1x56x56x24xf32>, tensor<144x1x1x24xf32>) -> tensor<1x56x56x144xf32>
  return %0 : tensor<1x56x56x144xf32>
}
