// An op of several results feeds several graph outputs: webnn-run saves and
// compares each by its name, on both pipelines.
// RUN: %python -c "import numpy as np; x = np.arange(18, dtype=np.float32).reshape(3, 6); np.save('%t.x.npy', x); np.save('%t.a.npy', x[:, :2]); np.save('%t.b.npy', x[:, 2:] * 2)"
// RUN: webnn-run %s --input x=%t.x.npy --compare a=%t.a.npy --compare b=%t.b.npy --save a=%t.saved.npy | FileCheck %s
// RUN: webnn-run %s --input x=%t.x.npy --compare a=%t.a.npy --compare b=%t.b.npy --pipeline reference | FileCheck %s
// RUN: webnn-run %s --input x=%t.x.npy --compare a=%t.saved.npy --compare b=%t.b.npy | FileCheck %s
// RUN: not webnn-run %s --input x=%t.x.npy --compare a=%t.b.npy 2>&1 | FileCheck %s --check-prefix=SWAPPED

// CHECK: compare 'a' with {{.*}}: match
// CHECK: compare 'b' with {{.*}}: match
// SWAPPED: compare 'a' with {{.*}}: {{MISMATCH|error}}
func.func @main(%x: tensor<3x6xf32> {webnn.name = "x"}) -> (tensor<3x2xf32> {webnn.name = "a"}, tensor<3x4xf32> {webnn.name = "b"}) {
  %a, %b = webnn.split %x {splits = array<i64: 2, 4>, axis = 1 : i32} : (tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>)
  %twice = webnn.add %b, %b : (tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x4xf32>
  return %a, %twice : tensor<3x2xf32>, tensor<3x4xf32>
}
