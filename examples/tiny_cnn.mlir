// A small image classifier in the shape of the first-wave models: a conv +
// batch normalization + ReLU6 stem, a depthwise conv, global average pooling,
// a fully connected layer (gemm) and softmax. It also holds the kind of
// leftovers an importer writes (an identity, a reshape chain, a multiply by
// one) that `webnn-opt -canonicalize` removes.
func.func @tiny_cnn(%image: tensor<1x3x32x32xf32> {webnn.name = "image"})
    -> (tensor<1x10xf32> {webnn.name = "probabilities"}) {
  %w1 = webnn.constant dense<0.05> : tensor<8x3x3x3xf32>
  %mean = webnn.constant dense<0.1> : tensor<8xf32>
  %variance = webnn.constant dense<0.9> : tensor<8xf32>
  %gamma = webnn.constant dense<1.0> : tensor<8xf32>
  %beta = webnn.constant dense<0.0> : tensor<8xf32>
  %dw = webnn.constant dense<0.1> : tensor<8x1x3x3xf32>
  %fc = webnn.constant dense<[[-0.45, 0.45, 0.40, 0.35, 0.30, 0.25, 0.20, 0.15],
        [0.10, 0.05, 0.00, -0.05, -0.10, -0.15, -0.20, -0.25],
        [-0.30, -0.35, -0.40, -0.45, 0.45, 0.40, 0.35, 0.30],
        [0.25, 0.20, 0.15, 0.10, 0.05, 0.00, -0.05, -0.10],
        [-0.15, -0.20, -0.25, -0.30, -0.35, -0.40, -0.45, 0.45],
        [0.40, 0.35, 0.30, 0.25, 0.20, 0.15, 0.10, 0.05],
        [0.00, -0.05, -0.10, -0.15, -0.20, -0.25, -0.30, -0.35],
        [-0.40, -0.45, 0.45, 0.40, 0.35, 0.30, 0.25, 0.20],
        [0.15, 0.10, 0.05, 0.00, -0.05, -0.10, -0.15, -0.20],
        [-0.25, -0.30, -0.35, -0.40, -0.45, 0.45, 0.40, 0.35]]> : tensor<10x8xf32>
  %fc_bias = webnn.constant dense<0.5> : tensor<10xf32>
  %one = webnn.constant dense<1.0> : tensor<f32>

  %x = webnn.identity %image : (tensor<1x3x32x32xf32>) -> tensor<1x3x32x32xf32>
  %c1 = webnn.conv2d %x, %w1 {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>}
      : (tensor<1x3x32x32xf32>, tensor<8x3x3x3xf32>) -> tensor<1x8x16x16xf32>
  %bn = webnn.batch_normalization %c1, %mean, %variance scale(%gamma) bias(%beta)
      : (tensor<1x8x16x16xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<1x8x16x16xf32>
  %r1 = webnn.clamp %bn {min_value = 0.0 : f64, max_value = 6.0 : f64}
      : (tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  %c2 = webnn.conv2d %r1, %dw {groups = 8 : i32, padding = array<i64: 1, 1, 1, 1>}
      : (tensor<1x8x16x16xf32>, tensor<8x1x3x3xf32>) -> tensor<1x8x16x16xf32>
  %r2 = webnn.relu %c2 : (tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  %pool = webnn.average_pool2d %r2 : (tensor<1x8x16x16xf32>) -> tensor<1x8x1x1xf32>
  %flat0 = webnn.reshape %pool {new_shape = array<i64: 8>} : (tensor<1x8x1x1xf32>) -> tensor<8xf32>
  %flat = webnn.reshape %flat0 {new_shape = array<i64: 1, 8>} : (tensor<8xf32>) -> tensor<1x8xf32>
  %scaled = webnn.mul %flat, %one : (tensor<1x8xf32>, tensor<f32>) -> tensor<1x8xf32>
  %logits = webnn.gemm %scaled, %fc, %fc_bias {b_transpose = true}
      : (tensor<1x8xf32>, tensor<10x8xf32>, tensor<10xf32>) -> tensor<1x10xf32>
  %probs = webnn.softmax %logits {axis = 1 : i32} : (tensor<1x10xf32>) -> tensor<1x10xf32>
  return %probs : tensor<1x10xf32>
}
