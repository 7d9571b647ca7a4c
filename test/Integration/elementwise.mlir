// webnn.elementwise computed by both pipelines against numpy: a hard-swish
// (x * relu6(x + 3) / 6) of x plus a broadcast bias row, on random data.
//
// RUN: %python -c "import numpy as np; r = np.random.default_rng(3); np.save('%t.x.npy', r.uniform(-6, 6, (4, 16)).astype(np.float32)); np.save('%t.b.npy', r.uniform(-1, 1, (16,)).astype(np.float32))"
// RUN: %python -c "import numpy as np; x = np.load('%t.x.npy').astype(np.float64) + np.load('%t.b.npy'); np.save('%t.y.npy', (x * np.clip(x + 3, 0, 6) / 6).astype(np.float32))"
// RUN: webnn-run %s --input x=%t.x.npy --input b=%t.b.npy --compare %t.y.npy --rtol 1e-6 --atol 1e-6 | FileCheck %s
// RUN: webnn-run %s --pipeline reference --input x=%t.x.npy --input b=%t.b.npy --compare %t.y.npy --rtol 1e-6 --atol 1e-6 | FileCheck %s
// CHECK: output 'y': float32 [4, 16]
// CHECK: compare 'y' with {{.*}}: match

func.func @hard_swish_of_sum(%x: tensor<4x16xf32> {webnn.name = "x"}, %b: tensor<16xf32> {webnn.name = "b"})
    -> (tensor<4x16xf32> {webnn.name = "y"}) {
  %y = webnn.elementwise %x, %b : (tensor<4x16xf32>, tensor<16xf32>) -> tensor<4x16xf32> {
  ^bb0(%v: f32, %w: f32):
    %zero = arith.constant 0.0 : f32
    %three = arith.constant 3.0 : f32
    %six = arith.constant 6.0 : f32
    %s = arith.addf %v, %w : f32
    %shifted = arith.addf %s, %three : f32
    %low = arith.maximumf %shifted, %zero : f32
    %relu6 = arith.minimumf %low, %six : f32
    %product = arith.mulf %s, %relu6 : f32
    %r = arith.divf %product, %six : f32
    webnn.yield %r : f32
  }
  return %y : tensor<4x16xf32>
}
