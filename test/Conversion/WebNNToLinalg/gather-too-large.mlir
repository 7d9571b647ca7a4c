// RUN: not webnn-opt %s -convert-webnn-to-linalg 2>&1 | FileCheck %s

// resample2d's decomposition computes a table entry per output coordinate
// of a resized axis when the graph compiles. An int8 output of 2e9
// elements along one axis is within the tensor size limit, but its tables
// would take gigabytes: the decomposition leaves the op, and the lowering
// fails with a message at it.
// CHECK: gather-too-large.mlir:[[@LINE+2]]:8: error: failed to legalize operation 'webnn.resample2d'
func.func @main(%x: tensor<1x1x1x1xi8>) -> tensor<1x1x1x2000000000xi8> {
  %0 = webnn.resample2d %x {sizes = array<i64: 1, 2000000000>} : (tensor<1x1x1x1xi8>) -> tensor<1x1x1x2000000000xi8>
  return %0 : tensor<1x1x1x2000000000xi8>
}
