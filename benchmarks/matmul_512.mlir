// f32 matmul 512x512x512: 2 * 512^3 = 268,435,456 flops.
func.func @matmul_512(%a: tensor<512x512xf32> {webnn.name = "a"},
                      %b: tensor<512x512xf32> {webnn.name = "b"})
    -> (tensor<512x512xf32> {webnn.name = "c"}) {
  %0 = webnn.matmul %a, %b : (tensor<512x512xf32>, tensor<512x512xf32>) -> tensor<512x512xf32>
  return %0 : tensor<512x512xf32>
}
