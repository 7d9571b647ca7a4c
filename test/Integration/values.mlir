// Small graphs on constants through both pipelines; FileCheck reads the
// printed values (each worked out by hand in the comments).
// RUN: webnn-run %s --entry broadcast_add | FileCheck %s --check-prefix=ADD
// RUN: webnn-run %s --entry broadcast_add --pipeline reference | FileCheck %s --check-prefix=ADD
// RUN: webnn-run %s --entry unsigned_div | FileCheck %s --check-prefix=UDIV
// RUN: webnn-run %s --entry unsigned_pow8 | FileCheck %s --check-prefix=UPOW8
// RUN: webnn-run %s --entry unsigned_pow8 --pipeline reference | FileCheck %s --check-prefix=UPOW8
// RUN: webnn-run %s --entry unsigned_pow32 | FileCheck %s --check-prefix=UPOW32
// RUN: webnn-run %s --entry unsigned_pow32 --pipeline reference | FileCheck %s --check-prefix=UPOW32
// RUN: webnn-run %s --entry unsigned_pow64 | FileCheck %s --check-prefix=UPOW64
// RUN: webnn-run %s --entry unsigned_pow64 --pipeline reference | FileCheck %s --check-prefix=UPOW64
// RUN: webnn-run %s --entry avg_pool_padding | FileCheck %s --check-prefix=AVG
// RUN: webnn-run %s --entry avg_pool_padding --pipeline reference | FileCheck %s --check-prefix=AVG
// RUN: webnn-run %s --entry grouped_conv | FileCheck %s --check-prefix=GROUPS
// RUN: webnn-run %s --entry batched_matmul | FileCheck %s --check-prefix=MATMUL
// RUN: webnn-run %s --entry concat_transpose | FileCheck %s --check-prefix=CONCAT
// RUN: webnn-run %s --entry half_softmax | FileCheck %s --check-prefix=HALF
// RUN: webnn-run %s --entry constant_filter | FileCheck %s --check-prefix=FILTER
// RUN: webnn-run %s --entry constant_filter --pipeline reference | FileCheck %s --check-prefix=FILTER

// [[1, 2, 3], [4, 5, 6]] + [10, 20, 30]
// ADD: output 'output 0': float32 [2, 3]
// ADD-NEXT: values: 11 22 33 14 25 36
func.func @broadcast_add() -> tensor<2x3xf32> {
  %a = webnn.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %b = webnn.constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %0 = webnn.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// 250 / 2 is 125 unsigned (a signed i8 would be -6 / 2 = -3 = 253).
// UDIV: output 'output 0': uint8 [2]
// UDIV-NEXT: values: 125 100
func.func @unsigned_div() -> tensor<2xui8> {
  %a = webnn.constant dense<[250, 200]> : tensor<2xui8>
  %b = webnn.constant dense<2> : tensor<2xui8>
  %0 = webnn.div %a, %b : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}

// 3x3 input 1..9, 2x2 window, padding 1 on every side, stride 2: each output
// window holds one to four real elements, and the average counts only them:
// [1] -> 1, [2, 3] -> 2.5, [4, 7] -> 5.5, [5, 6, 8, 9] -> 7.
// AVG: output 'output 0': float32 [1, 1, 2, 2]
// AVG-NEXT: values: 1 2.5 5.5 7
func.func @avg_pool_padding() -> tensor<1x1x2x2xf32> {
  %x = webnn.constant dense<[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]]> : tensor<1x1x3x3xf32>
  %0 = webnn.average_pool2d %x {window_dimensions = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x1x3x3xf32>) -> tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}

// Two groups of two channels, 1x1 filters: output channel 0 sums input
// channels 0 and 1 (1 + 2), channel 1 doubles them (2 * 3), channel 2 sums
// channels 2 and 3 (3 + 4), channel 3 is 10 * channel 3 (40).
// GROUPS: output 'output 0': float32 [1, 4, 1, 1]
// GROUPS-NEXT: values: 3 6 7 40
func.func @grouped_conv() -> tensor<1x4x1x1xf32> {
  %x = webnn.constant dense<[[[[1.0]], [[2.0]], [[3.0]], [[4.0]]]]> : tensor<1x4x1x1xf32>
  %w = webnn.constant dense<[[[[1.0]], [[1.0]]], [[[2.0]], [[2.0]]], [[[1.0]], [[1.0]]], [[[0.0]], [[10.0]]]]> : tensor<4x2x1x1xf32>
  %0 = webnn.conv2d %x, %w {groups = 2 : i32} : (tensor<1x4x1x1xf32>, tensor<4x2x1x1xf32>) -> tensor<1x4x1x1xf32>
  return %0 : tensor<1x4x1x1xf32>
}

// a is [2, 1, 2] (two 1x2 rows), b is [2, 1] broadcast over the batch:
// [1, 2] . [3, 4] = 11 and [5, 6] . [3, 4] = 39.
// MATMUL: output 'output 0': float32 [2, 1, 1]
// MATMUL-NEXT: values: 11 39
func.func @batched_matmul() -> tensor<2x1x1xf32> {
  %a = webnn.constant dense<[[[1.0, 2.0]], [[5.0, 6.0]]]> : tensor<2x1x2xf32>
  %b = webnn.constant dense<[[3.0], [4.0]]> : tensor<2x1xf32>
  %0 = webnn.matmul %a, %b : (tensor<2x1x2xf32>, tensor<2x1xf32>) -> tensor<2x1x1xf32>
  return %0 : tensor<2x1x1xf32>
}

// concat([[1], [2]], [[3], [4]]) along axis 1 is [[1, 3], [2, 4]];
// transposed: [[1, 2], [3, 4]].
// CONCAT: output 'output 0': int32 [2, 2]
// CONCAT-NEXT: values: 1 2 3 4
func.func @concat_transpose() -> tensor<2x2xi32> {
  %a = webnn.constant dense<[[1], [2]]> : tensor<2x1xi32>
  %b = webnn.constant dense<[[3], [4]]> : tensor<2x1xi32>
  %c = webnn.concat %a, %b {axis = 1 : i32} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
  %0 = webnn.transpose %c : (tensor<2x2xi32>) -> tensor<2x2xi32>
  return %0 : tensor<2x2xi32>
}

// float16 softmax of [0, ln 3] is [0.25, 0.75].
// HALF: output 'output 0': float16 [2]
// HALF-NEXT: values: 0.25 0.75
func.func @half_softmax() -> tensor<2xf16> {
  %x = webnn.constant dense<[0.0, 1.0986123]> : tensor<2xf16>
  %0 = webnn.softmax %x {axis = 0 : i32} : (tensor<2xf16>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// A constant oihw filter is transposed to hwio at compile time: the dot
// products of [1, 2, 3, 4] with the three filters are 30, 70 and 110.
// FILTER: output 'output 0': float32 [1, 3, 1, 1]
// FILTER-NEXT: values: 30 70 110
func.func @constant_filter() -> tensor<1x3x1x1xf32> {
  %x = webnn.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x1x2x2xf32>
  %w = webnn.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]], [[[5.0, 6.0], [7.0, 8.0]]], [[[9.0, 10.0], [11.0, 12.0]]]]> : tensor<3x1x2x2xf32>
  %0 = webnn.conv2d %x, %w : (tensor<1x1x2x2xf32>, tensor<3x1x2x2xf32>) -> tensor<1x3x1x1xf32>
  return %0 : tensor<1x3x1x1xf32>
}

// Unsigned pow wraps modulo 2^width, and an exponent with the top bit set
// is large, not negative (Python: pow(b, e, 2**width)):
// 3^200 = 161, 2^7 = 128, 2^8 = 0, 255^255 = 255 (mod 2^8).
// UPOW8: output 'output 0': uint8 [4]
// UPOW8-NEXT: values: 161 128 0 255
func.func @unsigned_pow8() -> tensor<4xui8> {
  %a = webnn.constant dense<[3, 2, 2, 255]> : tensor<4xui8>
  %b = webnn.constant dense<[200, 7, 8, 255]> : tensor<4xui8>
  %0 = webnn.pow %a, %b : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// 3^(2^31 + 1) = 3, 7^(2^32 - 1) = 3067833783 (mod 2^32).
// UPOW32: output 'output 0': uint32 [2]
// UPOW32-NEXT: values: 3 3067833783
func.func @unsigned_pow32() -> tensor<2xui32> {
  %a = webnn.constant dense<[3, 7]> : tensor<2xui32>
  %b = webnn.constant dense<[2147483649, 4294967295]> : tensor<2xui32>
  %0 = webnn.pow %a, %b : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
  return %0 : tensor<2xui32>
}

// 3^(2^63 + 5) = 243, 5^(2^64 - 1) = 14757395258967641293 (mod 2^64).
// UPOW64: output 'output 0': uint64 [2]
// UPOW64-NEXT: values: 243 14757395258967641293
func.func @unsigned_pow64() -> tensor<2xui64> {
  %a = webnn.constant dense<[3, 5]> : tensor<2xui64>
  %b = webnn.constant dense<[9223372036854775813, 18446744073709551615]> : tensor<2xui64>
  %0 = webnn.pow %a, %b : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
  return %0 : tensor<2xui64>
}
