// webnn.reduce_window computed by both pipelines against numpy: a padded
// 3x3 / 2 max pool in nhwc (the named pooling op) and a dilated, strided,
// padded sum of squares over the last dimension (a linalg.generic).
//
// RUN: %python -c "import numpy as np; np.save('%t.x.npy', np.random.default_rng(5).uniform(-4, 4, (1, 9, 9, 8)).astype(np.float32))"
// RUN: %python %S/reduce_window_reference.py %t.x.npy %t.max.npy %t.sumsq.npy
// RUN: webnn-run %s --input x=%t.x.npy --compare max=%t.max.npy --compare sumsq=%t.sumsq.npy --rtol 1e-6 --atol 1e-6 | FileCheck %s
// RUN: webnn-run %s --pipeline reference --input x=%t.x.npy --compare max=%t.max.npy --compare sumsq=%t.sumsq.npy --rtol 1e-6 --atol 1e-6 | FileCheck %s
// CHECK: compare 'max' with {{.*}}: match
// CHECK: compare 'sumsq' with {{.*}}: match

func.func @windows(%x: tensor<1x9x9x8xf32> {webnn.name = "x"})
    -> (tensor<1x5x5x8xf32> {webnn.name = "max"},
        tensor<1x9x9x3xf32> {webnn.name = "sumsq"}) {
  %max = webnn.reduce_window %x {window_dimensions = array<i64: 1, 3, 3, 1>, window_strides = array<i64: 1, 2, 2, 1>, padding = array<i64: 0, 0, 1, 1, 1, 1, 0, 0>, init_value = 0xFF800000 : f32} : (tensor<1x9x9x8xf32>) -> tensor<1x5x5x8xf32> {
  ^bb0(%acc: f32, %v: f32):
    %m = arith.maximumf %acc, %v : f32
    webnn.yield %m : f32
  }
  %sumsq = webnn.reduce_window %x {window_dimensions = array<i64: 1, 1, 1, 2>, window_strides = array<i64: 1, 1, 1, 3>, window_dilations = array<i64: 1, 1, 1, 2>, padding = array<i64: 0, 0, 0, 0, 0, 0, 1, 2>, init_value = 0.0 : f32} : (tensor<1x9x9x8xf32>) -> tensor<1x9x9x3xf32> {
  ^bb0(%acc: f32, %v: f32):
    %sq = arith.mulf %v, %v : f32
    %s = arith.addf %acc, %sq : f32
    webnn.yield %s : f32
  }
  return %max, %sumsq : tensor<1x5x5x8xf32>, tensor<1x9x9x3xf32>
}
