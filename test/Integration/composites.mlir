// A graph written with composites runs in webnn-run (the pipelines inline
// the regions) and gives the numbers numpy computes for the same ops.
//
// RUN: %python -c "import numpy as np; r = np.random.default_rng(7); [np.save('%t.%%s.npy' %% n, r.uniform(-1, 1, s).astype(np.float32)) for n, s in (('a', (3, 8)), ('b', (8, 5)), ('c', (5,)))]"
// RUN: %python -c "import numpy as np; a, b, c = (np.load('%t.%%s.npy' %% n).astype(np.float64) for n in 'abc'); np.save('%t.y.npy', np.maximum(a @ b + c, 0).astype(np.float32))"
// RUN: webnn-run %s --input a=%t.a.npy --input b=%t.b.npy --input c=%t.c.npy --compare %t.y.npy --rtol 1e-5 --atol 1e-6 | FileCheck %s
// RUN: webnn-run %s --pipeline reference --input a=%t.a.npy --input b=%t.b.npy --input c=%t.c.npy --compare %t.y.npy --rtol 1e-5 --atol 1e-6 | FileCheck %s
// CHECK: compare 'y' with {{.*}}: match

func.func @gemm_relu(%a: tensor<3x8xf32> {webnn.name = "a"}, %b: tensor<8x5xf32> {webnn.name = "b"}, %c: tensor<5xf32> {webnn.name = "c"})
    -> (tensor<3x5xf32> {webnn.name = "y"}) {
  %g = webnn.composite "gemm" %a, %b, %c : (tensor<3x8xf32>, tensor<8x5xf32>, tensor<5xf32>) -> tensor<3x5xf32> {
  ^bb0(%x: tensor<3x8xf32>, %w: tensor<8x5xf32>, %bias: tensor<5xf32>):
    %p = webnn.matmul %x, %w : (tensor<3x8xf32>, tensor<8x5xf32>) -> tensor<3x5xf32>
    %s = webnn.add %p, %bias : (tensor<3x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
    webnn.yield %s : tensor<3x5xf32>
  }
  %y = webnn.relu %g : (tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}
