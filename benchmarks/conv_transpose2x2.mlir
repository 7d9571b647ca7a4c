// A U-Net decoder's upsampling: a 2x2 transposed convolution with stride 2,
// 1x32x32x128 -> 1x64x64x64 (NHWC input, the ONNX-style IOHW filter).
// flops: 2 * 32 * 32 * 128 * 64 * 2 * 2 = 67,108,864 (each input element
// times each filter element, once).
func.func @conv_transpose2x2(%x: tensor<1x32x32x128xf32> {webnn.name = "x"},
                             %w: tensor<128x64x2x2xf32> {webnn.name = "w"})
    -> (tensor<1x64x64x64xf32> {webnn.name = "y"}) {
  %0 = webnn.conv_transpose2d %x, %w {strides = array<i64: 2, 2>,
                                      input_layout = #webnn.layout<nhwc>}
      : (tensor<1x32x32x128xf32>, tensor<128x64x2x2xf32>)
      -> tensor<1x64x64x64xf32>
  return %0 : tensor<1x64x64x64xf32>
}
