// One value returned as several graph outputs, and a graph input returned
// as an output: each output is its own buffer, filled with the same values,
// on both pipelines. (BuilderFuzzer: returning one value twice crashed
// buffer-results-to-out-params, which erased its allocation once per
// output; webnn-distinct-results returns copies for the repeats.)
// RUN: %python -c "import numpy as np; x = np.array([[-1, 2, -3], [4, -5, 6]], np.float32); np.save('%t.x.npy', x); np.save('%t.relu.npy', np.maximum(x, 0))"
// RUN: webnn-run %s --input x=%t.x.npy --compare a=%t.relu.npy --compare b=%t.relu.npy --compare c=%t.x.npy --compare d=%t.relu.npy --atol 0 --rtol 0 | FileCheck %s
// RUN: webnn-run %s --input x=%t.x.npy --compare a=%t.relu.npy --compare b=%t.relu.npy --compare c=%t.x.npy --compare d=%t.relu.npy --atol 0 --rtol 0 --pipeline reference | FileCheck %s

// CHECK: compare 'a' with {{.*}}: match
// CHECK: compare 'b' with {{.*}}: match
// CHECK: compare 'c' with {{.*}}: match
// CHECK: compare 'd' with {{.*}}: match
func.func @main(%x: tensor<2x3xf32> {webnn.name = "x"}) -> (tensor<2x3xf32> {webnn.name = "a"}, tensor<2x3xf32> {webnn.name = "b"}, tensor<2x3xf32> {webnn.name = "c"}, tensor<2x3xf32> {webnn.name = "d"}) {
  %0 = webnn.relu %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %0, %x, %0 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}
