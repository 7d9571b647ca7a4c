// RUN: webnn-opt %s -webnn-expand-composites -split-input-file | FileCheck %s
// RUN: webnn-opt %s -webnn-expand-composites="keep=gemm" -split-input-file | FileCheck %s --check-prefix=KEEP

// Every composite is inlined by default: its region's ops take its place.
// CHECK-LABEL: func @gemm
// CHECK-NOT: webnn.composite
// CHECK: %[[P:.*]] = webnn.matmul %arg0, %arg1
// CHECK: %[[S:.*]] = webnn.add %[[P]], %arg2
// CHECK: %[[R:.*]] = webnn.relu %[[S]]
// CHECK: return %[[R]]
// A kept label stays as it is.
// KEEP-LABEL: func @gemm
// KEEP: %[[Y:.*]] = webnn.composite "gemm"
// KEEP: webnn.relu %[[Y]]
func.func @gemm(%a: tensor<2x4xf32>, %b: tensor<4x3xf32>, %c: tensor<3xf32>) -> tensor<2x3xf32> {
  %y = webnn.composite "gemm" %a, %b, %c : (tensor<2x4xf32>, tensor<4x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> {
  ^bb0(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>, %bias: tensor<3xf32>):
    %p = webnn.matmul %x, %w : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
    %s = webnn.add %p, %bias : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    webnn.yield %s : tensor<2x3xf32>
  }
  %r = webnn.relu %y : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

// -----

// Unknown labels are inlined too (always safe); several results map to the
// yielded values, and a kept label nested in an inlined one survives.
// CHECK-LABEL: func @nested
// CHECK-NOT: webnn.composite
// CHECK: %[[N:.*]] = webnn.neg %arg0
// CHECK: return %arg0, %[[N]]
// KEEP-LABEL: func @nested
// KEEP-NOT: "vendor.pair"
// KEEP: webnn.composite "gemm"
func.func @nested(%x: tensor<2x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) {
  %y:3 = webnn.composite "vendor.pair" %x : (tensor<2x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) {
  ^bb0(%v: tensor<2x2xf32>):
    %n = webnn.neg %v : (tensor<2x2xf32>) -> tensor<2x2xf32>
    %g = webnn.composite "gemm" %v, %n : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32> {
    ^bb0(%p: tensor<2x2xf32>, %q: tensor<2x2xf32>):
      %m = webnn.matmul %p, %q : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
      webnn.yield %m : tensor<2x2xf32>
    }
    webnn.yield %v, %n, %g : tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>
  }
  return %y#0, %y#1, %y#2 : tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>
}
