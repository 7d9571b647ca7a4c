// A MobileNetV2 3x3 depthwise conv: 1x112x112x96, stride 2, padding 1 ->
// 1x56x56x96. flops: 2 * 56 * 56 * 96 * 3 * 3 = 5,419,008.
func.func @depthwise3x3(%x: tensor<1x112x112x96xf32> {webnn.name = "x"},
                        %w: tensor<1x3x3x96xf32> {webnn.name = "w"})
    -> (tensor<1x56x56x96xf32> {webnn.name = "y"}) {
  %0 = webnn.conv2d %x, %w {groups = 96 : i32, input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<ihwo>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>}
      : (tensor<1x112x112x96xf32>, tensor<1x3x3x96xf32>) -> tensor<1x56x56x96xf32>
  return %0 : tensor<1x56x56x96xf32>
}
