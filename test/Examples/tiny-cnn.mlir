// The README's bundled example: it verifies, and canonicalization removes the
// importer leftovers (identity, reshape chain, multiply by one) and nothing
// else.
// RUN: webnn-opt %webnn_src_root/examples/tiny_cnn.mlir -canonicalize | FileCheck %s

// CHECK-LABEL: func @tiny_cnn
// CHECK-NOT: webnn.identity
// CHECK: webnn.conv2d %arg0,
// CHECK: webnn.batch_normalization
// CHECK: webnn.clamp
// CHECK: webnn.conv2d {{.*}}groups = 8
// CHECK: webnn.relu
// CHECK: webnn.average_pool2d
// CHECK-NEXT: %[[FLAT:.*]] = webnn.reshape %{{.*}} {new_shape = array<i64: 1, 8>} : (tensor<1x8x1x1xf32>) -> tensor<1x8xf32>
// CHECK-NEXT: webnn.gemm %[[FLAT]]
// CHECK-NEXT: webnn.softmax
// CHECK-NOT: webnn.mul
