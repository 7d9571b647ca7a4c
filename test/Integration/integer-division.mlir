// Integer division by run-time data cannot trap (webnn-guard-integer-
// division): x / 0 is 0, and INT_MIN / -1 wraps to INT_MIN, on both
// pipelines. Found by BuilderFuzzer: an int32 div by a zero input killed
// the process with SIGFPE.
// RUN: %python -c "import numpy as np; np.save('%t.x32.npy', np.array([7, -7, -2147483648, 5, 9, -2147483648], np.int32)); np.save('%t.d32.npy', np.array([0, 2, -1, 0, -3, 1], np.int32))"
// RUN: %python -c "import numpy as np; np.save('%t.x64.npy', np.array([-9223372036854775808, 8], np.int64)); np.save('%t.d64.npy', np.array([-1, 0], np.int64))"
// RUN: %python -c "import numpy as np; np.save('%t.xu.npy', np.array([4294967295, 10], np.uint32)); np.save('%t.du.npy', np.array([0, 3], np.uint32))"
// RUN: webnn-run %s --entry div_i32 --input %t.x32.npy --input %t.d32.npy | FileCheck %s --check-prefix=I32
// RUN: webnn-run %s --entry div_i32 --input %t.x32.npy --input %t.d32.npy --pipeline reference | FileCheck %s --check-prefix=I32
// RUN: webnn-run %s --entry div_i64 --input %t.x64.npy --input %t.d64.npy | FileCheck %s --check-prefix=I64
// RUN: webnn-run %s --entry div_i64 --input %t.x64.npy --input %t.d64.npy --pipeline reference | FileCheck %s --check-prefix=I64
// RUN: webnn-run %s --entry div_u32 --input %t.xu.npy --input %t.du.npy | FileCheck %s --check-prefix=U32
// RUN: webnn-run %s --entry div_u32 --input %t.xu.npy --input %t.du.npy --pipeline reference | FileCheck %s --check-prefix=U32
// RUN: webnn-run %s --entry remainder_body --input %t.x32.npy --input %t.d32.npy | FileCheck %s --check-prefix=REM

// [7, -7, INT_MIN, 5, 9, INT_MIN] / [0, 2, -1, 0, -3, 1], truncating.
// I32: output 'output 0': int32 [6]
// I32-NEXT: values: 0 -3 -2147483648 0 -3 -2147483648
func.func @div_i32(%x: tensor<6xi32>, %d: tensor<6xi32>) -> tensor<6xi32> {
  %0 = webnn.div %x, %d : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32>
  return %0 : tensor<6xi32>
}

// I64: output 'output 0': int64 [2]
// I64-NEXT: values: -9223372036854775808 0
func.func @div_i64(%x: tensor<2xi64>, %d: tensor<2xi64>) -> tensor<2xi64> {
  %0 = webnn.div %x, %d : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// U32: output 'output 0': uint32 [2]
// U32-NEXT: values: 0 3
func.func @div_u32(%x: tensor<2xui32>, %d: tensor<2xui32>) -> tensor<2xui32> {
  %0 = webnn.div %x, %d : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
  return %0 : tensor<2xui32>
}

// A remainder in an elementwise body (the primitive takes any side-effect
// free scalar ops): x % 0 is 0, INT_MIN % -1 is 0.
// REM: output 'output 0': int32 [6]
// REM-NEXT: values: 0 -1 0 0 0 0
func.func @remainder_body(%x: tensor<6xi32>, %d: tensor<6xi32>) -> tensor<6xi32> {
  %0 = webnn.elementwise %x, %d : (tensor<6xi32>, tensor<6xi32>) -> tensor<6xi32> {
  ^bb0(%a: i32, %b: i32):
    %r = arith.remsi %a, %b : i32
    webnn.yield %r : i32
  }
  return %0 : tensor<6xi32>
}
