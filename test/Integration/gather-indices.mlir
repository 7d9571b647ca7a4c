// Indices read at run time never address outside the tensor: gather,
// gatherElements, gatherND, scatterElements and scatterND take a negative
// index from the end and clamp any index outside [-N, N) into it
// (docs/spec-notes.md), on both pipelines. The sanitized suite runs this
// file with the JIT-compiled code instrumented by AddressSanitizer, where a
// read or write past a buffer would be reported.
// RUN: %python -c "import numpy as np; np.save('%t.x.npy', np.arange(10, 15, dtype=np.float32)); np.save('%t.i32.npy', np.array([0, 4, -1, -5, 5, -6, 2147483647, -2147483648], np.int32)); np.save('%t.u32.npy', np.array([0, 4, 5, 4294967295], np.uint32)); np.save('%t.i64.npy', np.array([9223372036854775807, -9223372036854775808, -2], np.int64))"
// RUN: %python -c "import numpy as np; np.save('%t.m.npy', np.arange(6, dtype=np.float32).reshape(2, 3)); np.save('%t.e.npy', np.array([[5, -1, -9]], np.int32)); np.save('%t.nd.npy', np.array([[7, -100], [-2, 1], [1, 2147483647]], np.int64)); np.save('%t.u.npy', np.array([[-1.0, -2.0, -3.0]], np.float32)); np.save('%t.ndu.npy', np.array([[100.0, 200.0, 300.0]], np.float32)); np.save('%t.ndi.npy', np.array([[-1000]], np.int32))"
// RUN: webnn-run %s --entry gather_i32 --input %t.x.npy --input %t.i32.npy | FileCheck %s --check-prefix=GATHER32
// RUN: webnn-run %s --entry gather_i32 --input %t.x.npy --input %t.i32.npy --pipeline reference | FileCheck %s --check-prefix=GATHER32
// RUN: webnn-run %s --entry gather_u32 --input %t.x.npy --input %t.u32.npy | FileCheck %s --check-prefix=GATHERU32
// RUN: webnn-run %s --entry gather_u32 --input %t.x.npy --input %t.u32.npy --pipeline reference | FileCheck %s --check-prefix=GATHERU32
// RUN: webnn-run %s --entry gather_i64 --input %t.x.npy --input %t.i64.npy | FileCheck %s --check-prefix=GATHER64
// RUN: webnn-run %s --entry gather_i64 --input %t.x.npy --input %t.i64.npy --pipeline reference | FileCheck %s --check-prefix=GATHER64
// RUN: webnn-run %s --entry gather_elements --input %t.m.npy --input %t.e.npy | FileCheck %s --check-prefix=ELEMENTS
// RUN: webnn-run %s --entry gather_elements --input %t.m.npy --input %t.e.npy --pipeline reference | FileCheck %s --check-prefix=ELEMENTS
// RUN: webnn-run %s --entry gather_nd --input %t.m.npy --input %t.nd.npy | FileCheck %s --check-prefix=ND
// RUN: webnn-run %s --entry gather_nd --input %t.m.npy --input %t.nd.npy --pipeline reference | FileCheck %s --check-prefix=ND
// RUN: webnn-run %s --entry scatter_elements --input %t.m.npy --input %t.e.npy --input %t.u.npy | FileCheck %s --check-prefix=SCATTER
// RUN: webnn-run %s --entry scatter_elements --input %t.m.npy --input %t.e.npy --input %t.u.npy --pipeline reference | FileCheck %s --check-prefix=SCATTER
// RUN: webnn-run %s --entry scatter_nd --input %t.m.npy --input %t.ndi.npy --input %t.ndu.npy | FileCheck %s --check-prefix=SCATTERND
// RUN: webnn-run %s --entry scatter_nd --input %t.m.npy --input %t.ndi.npy --input %t.ndu.npy --pipeline reference | FileCheck %s --check-prefix=SCATTERND

// x = [10, 11, 12, 13, 14]; indices [0, 4, -1, -5, 5, -6, INT_MAX, INT_MIN]
// read x[0], x[4], x[4], x[0], then clamped: x[4], x[0], x[4], x[0].
// GATHER32: output 'output 0': float32 [8]
// GATHER32-NEXT: values: 10 14 14 10 14 10 14 10
func.func @gather_i32(%x: tensor<5xf32>, %i: tensor<8xi32>) -> tensor<8xf32> {
  %0 = webnn.gather %x, %i : (tensor<5xf32>, tensor<8xi32>) -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// uint32 indices are never negative: 4294967295 is past the end.
// GATHERU32: values: 10 14 14 14
func.func @gather_u32(%x: tensor<5xf32>, %i: tensor<4xui32>) -> tensor<4xf32> {
  %0 = webnn.gather %x, %i : (tensor<5xf32>, tensor<4xui32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// INT64_MAX, INT64_MIN (whose + N does not overflow), -2.
// GATHER64: values: 14 10 13
func.func @gather_i64(%x: tensor<5xf32>, %i: tensor<3xi64>) -> tensor<3xf32> {
  %0 = webnn.gather %x, %i : (tensor<5xf32>, tensor<3xi64>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// m = [[0, 1, 2], [3, 4, 5]]; row indices [5, -1, -9] along axis 0: row 1
// (clamped), row 1 (from the end), row 0 (clamped).
// ELEMENTS: output 'output 0': float32 [1, 3]
// ELEMENTS-NEXT: values: 3 4 2
func.func @gather_elements(%m: tensor<2x3xf32>, %i: tensor<1x3xi32>) -> tensor<1x3xf32> {
  %0 = webnn.gather_elements %m, %i {axis = 0 : i32} : (tensor<2x3xf32>, tensor<1x3xi32>) -> tensor<1x3xf32>
  return %0 : tensor<1x3xf32>
}

// Coordinates (7, -100) -> (1, 0); (-2, 1) -> (0, 1); (1, INT32_MAX) -> (1, 2).
// ND: output 'output 0': float32 [3]
// ND-NEXT: values: 3 1 5
func.func @gather_nd(%m: tensor<2x3xf32>, %i: tensor<3x2xi64>) -> tensor<3xf32> {
  %0 = webnn.gather_nd %m, %i : (tensor<2x3xf32>, tensor<3x2xi64>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// Updates [-1, -2, -3] written at rows [5, -1, -9] -> [1, 1, 0].
// SCATTER: output 'output 0': float32 [2, 3]
// SCATTER-NEXT: values: 0 1 -3 -1 -2 5
func.func @scatter_elements(%m: tensor<2x3xf32>, %i: tensor<1x3xi32>, %u: tensor<1x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.scatter_elements %m, %i, %u {axis = 0 : i32} : (tensor<2x3xf32>, tensor<1x3xi32>, tensor<1x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// Row -1000 is clamped to row 0.
// SCATTERND: output 'output 0': float32 [2, 3]
// SCATTERND-NEXT: values: 100 200 300 3 4 5
func.func @scatter_nd(%m: tensor<2x3xf32>, %i: tensor<1x1xi32>, %u: tensor<1x3xf32>) -> tensor<2x3xf32> {
  %0 = webnn.scatter_nd %m, %i, %u : (tensor<2x3xf32>, tensor<1x1xi32>, tensor<1x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
