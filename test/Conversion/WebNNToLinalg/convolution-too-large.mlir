// RUN: not webnn-opt %s -convert-webnn-to-linalg 2>&1 | FileCheck %s

// A transposed convolution with far more input than output channels and a
// large stride: its output (1.6 GB) is within the tensor size limit, but
// the zero-stuffed input of its decomposition (20000 x 40000 x 40000
// floats) is not. The decomposition leaves it, and the lowering fails with
// a message at the op instead of building an op that cannot exist (or, as
// it once did, failing without a word).
// CHECK: convolution-too-large.mlir:[[@LINE+3]]:8: error: failed to legalize operation 'webnn.conv_transpose2d'
func.func @main(%x: tensor<1x20000x2x2xf32>, %w: tensor<20000x1x1x1xf32>)
    -> tensor<1x1x20001x20001xf32> {
  %0 = webnn.conv_transpose2d %x, %w {strides = array<i64: 20000, 20000>} : (tensor<1x20000x2x2xf32>, tensor<20000x1x1x1xf32>) -> tensor<1x1x20001x20001xf32>
  return %0 : tensor<1x1x20001x20001xf32>
}
