// RUN: webnn-opt %s -webnn-form-composites -split-input-file | FileCheck %s
// RUN: webnn-opt %s -webnn-form-composites="labels=gemm" -split-input-file | FileCheck %s --check-prefix=GEMM
// RUN: not webnn-opt %s -webnn-form-composites="labels=vendor.fused" 2>&1 | FileCheck %s --check-prefix=UNKNOWN

// UNKNOWN: webnn-form-composites: cannot form 'vendor.fused' (it forms gemm, conv2d_batchnorm, conv2d_bias_activation, conv2d_residual_activation, softmax, hard_swish)

// matmul + a broadcast bias is the group's "matmul + add -> gemm".
// CHECK-LABEL: func @gemm
// CHECK: %[[Y:.*]] = webnn.composite "gemm" %arg0, %arg1, %arg2 : (tensor<2x4xf32>, tensor<4x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> {
// CHECK: ^bb0(%[[A:.*]]: tensor<2x4xf32>, %[[B:.*]]: tensor<4x3xf32>, %[[C:.*]]: tensor<3xf32>):
// CHECK:   %[[P:.*]] = webnn.matmul %[[A]], %[[B]]
// CHECK:   %[[S:.*]] = webnn.add %[[P]], %[[C]]
// CHECK:   webnn.yield %[[S]] : tensor<2x3xf32>
// CHECK: return %[[Y]]
func.func @gemm(%a: tensor<2x4xf32>, %b: tensor<4x3xf32>, %c: tensor<3xf32>) -> tensor<2x3xf32> {
  %p = webnn.matmul %a, %b : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  %s = webnn.add %p, %c : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %s : tensor<2x3xf32>
}

// -----

// The add broadcasts the product (not a bias), the product has another
// use, or the matmul is batched: no gemm.
// CHECK-LABEL: func @not_gemm
// CHECK-NOT: webnn.composite
// GEMM-LABEL: func @not_gemm
// GEMM-NOT: webnn.composite
func.func @not_gemm(%a: tensor<2x4xf32>, %b: tensor<4x3xf32>, %big: tensor<5x2x3xf32>, %c: tensor<2x3xf32>, %x: tensor<2x2x4xf32>, %y: tensor<2x4x3xf32>, %d: tensor<3xf32>) -> (tensor<5x2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x2x3xf32>) {
  %p = webnn.matmul %a, %b : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  %s = webnn.add %p, %big : (tensor<2x3xf32>, tensor<5x2x3xf32>) -> tensor<5x2x3xf32>
  %q = webnn.matmul %a, %b : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  %t = webnn.add %q, %c : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %r = webnn.matmul %x, %y : (tensor<2x2x4xf32>, tensor<2x4x3xf32>) -> tensor<2x2x3xf32>
  %u = webnn.add %r, %d : (tensor<2x2x3xf32>, tensor<3xf32>) -> tensor<2x2x3xf32>
  return %s, %q, %t, %u : tensor<5x2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x2x3xf32>
}

// -----

// conv + batchNormalization along its output channels.
// CHECK-LABEL: func @conv_batchnorm
// CHECK: webnn.composite "conv2d_batchnorm" %arg0, %arg1, %arg2, %arg3
// CHECK:   webnn.conv2d
// CHECK:   webnn.batch_normalization
// CHECK: webnn.clamp
// GEMM-LABEL: func @conv_batchnorm
// GEMM-NOT: webnn.composite
func.func @conv_batchnorm(%x: tensor<1x2x5x5xf32>, %w: tensor<4x2x3x3xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) -> tensor<1x4x3x3xf32> {
  %c = webnn.conv2d %x, %w : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32>
  %n = webnn.batch_normalization %c, %m, %v : (tensor<1x4x3x3xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x3x3xf32>
  %r = webnn.clamp %n {min_value = 0.0 : f64, max_value = 6.0 : f64} : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %r : tensor<1x4x3x3xf32>
}

// -----

// conv + activation names the activation.
// CHECK-LABEL: func @conv_leaky_relu
// CHECK: webnn.composite "conv2d_bias_activation" %arg0, %arg1, %arg2 {composite_attributes = {activation = "leaky_relu"}}
// CHECK:   webnn.conv2d
// CHECK:   webnn.leaky_relu
func.func @conv_leaky_relu(%x: tensor<1x2x5x5xf32>, %w: tensor<4x2x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x3x3xf32> {
  %c = webnn.conv2d %x, %w bias(%b) : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>, tensor<4xf32>) -> tensor<1x4x3x3xf32>
  %r = webnn.leaky_relu %c {alpha = 0.1 : f64} : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %r : tensor<1x4x3x3xf32>
}

// -----

// A conv with a bias and no activation after it: activation none. Without
// a bias there is nothing to fuse: no composite.
// CHECK-LABEL: func @conv_bias_only
// CHECK: %[[Y:.*]] = webnn.composite "conv2d_bias_activation" %arg0, %arg1, %arg2 {composite_attributes = {activation = "none"}}
// CHECK:   %[[C:.*]] = webnn.conv2d
// CHECK-NEXT: webnn.yield %[[C]]
// CHECK: %[[Z:.*]] = webnn.conv2d %arg0, %arg1 :
// CHECK: webnn.sigmoid %[[Y]]
// CHECK: return
func.func @conv_bias_only(%x: tensor<1x2x5x5xf32>, %w: tensor<4x2x3x3xf32>, %b: tensor<4xf32>) -> (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) {
  %c = webnn.conv2d %x, %w bias(%b) : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>, tensor<4xf32>) -> tensor<1x4x3x3xf32>
  %n = webnn.conv2d %x, %w : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32>
  %s = webnn.sigmoid %c : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %s, %n : tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>
}

// -----

// A conv plus a residual shaped like its output, with or without an
// activation after the sum (ResNet's blocks).
// CHECK-LABEL: func @conv_residual
// CHECK: %[[R:.*]] = webnn.composite "conv2d_residual_activation" %arg0, %arg1, %arg2 {composite_attributes = {activation = "relu"}}
// CHECK:   webnn.conv2d
// CHECK:   webnn.add
// CHECK:   webnn.relu
// CHECK: webnn.composite "conv2d_residual_activation" %arg0, %arg1, %[[R]] {composite_attributes = {activation = "none"}}
// CHECK:   webnn.conv2d
// CHECK:   webnn.add
// CHECK-NOT: webnn.relu
func.func @conv_residual(%x: tensor<1x4x5x5xf32>, %w: tensor<4x4x3x3xf32>, %r: tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32> {
  %c = webnn.conv2d %x, %w : (tensor<1x4x5x5xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %s = webnn.add %c, %r : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %a = webnn.relu %s : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %c2 = webnn.conv2d %x, %w : (tensor<1x4x5x5xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %s2 = webnn.add %a, %c2 : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %s2 : tensor<1x4x3x3xf32>
}

// -----

// An add that broadcasts (a bias, not a residual) and an add whose conv has
// another use are not residuals.
// CHECK-LABEL: func @not_residual
// CHECK-NOT: conv2d_residual_activation
func.func @not_residual(%x: tensor<1x4x5x5xf32>, %w: tensor<4x4x3x3xf32>, %b: tensor<1x4x1x1xf32>, %r: tensor<1x4x3x3xf32>) -> (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) {
  %c = webnn.conv2d %x, %w : (tensor<1x4x5x5xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %s = webnn.add %c, %b : (tensor<1x4x3x3xf32>, tensor<1x4x1x1xf32>) -> tensor<1x4x3x3xf32>
  %c2 = webnn.conv2d %x, %w : (tensor<1x4x5x5xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %s2 = webnn.add %c2, %r : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %s, %s2, %c2 : tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>
}

// -----

// A conv whose output is also used elsewhere stays out of composites.
// CHECK-LABEL: func @conv_shared
// CHECK-NOT: webnn.composite
func.func @conv_shared(%x: tensor<1x2x5x5xf32>, %w: tensor<4x2x3x3xf32>) -> (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) {
  %c = webnn.conv2d %x, %w : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32>
  %r = webnn.relu %c : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %c, %r : tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>
}

// -----

// The same tensor as mean and variance is two operands of the composite:
// labels count operands by role.
// CHECK-LABEL: func @shared_operand
// CHECK: webnn.composite "conv2d_batchnorm" %arg0, %arg1, %arg2, %arg2 : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>, tensor<4xf32>, tensor<4xf32>)
// CHECK: ^bb0(%{{.*}}: tensor<1x2x5x5xf32>, %{{.*}}: tensor<4x2x3x3xf32>, %[[M:.*]]: tensor<4xf32>, %[[V:.*]]: tensor<4xf32>):
// CHECK:   webnn.batch_normalization %{{.*}}, %[[M]], %[[V]]
func.func @shared_operand(%x: tensor<1x2x5x5xf32>, %w: tensor<4x2x3x3xf32>, %p: tensor<4xf32>) -> tensor<1x4x3x3xf32> {
  %c = webnn.conv2d %x, %w : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32>
  %n = webnn.batch_normalization %c, %p, %p : (tensor<1x4x3x3xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x3x3xf32>
  return %n : tensor<1x4x3x3xf32>
}

// -----

// hard_swish as PyTorch's ONNX exports write it, both ways round: the
// constants 3 and 6 move into the region, x is one operand.
// CHECK-LABEL: func @hard_swish
// CHECK-NOT: webnn.constant
// CHECK: %[[A:.*]] = webnn.composite "hard_swish" %arg0 : (tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32> {
// CHECK: ^bb0(%[[X:.*]]: tensor<1x8x4x4xf32>):
// CHECK-DAG:   %[[SIX:.*]] = webnn.constant dense<6.000000e+00>
// CHECK-DAG:   %[[THREE:.*]] = webnn.constant dense<3.000000e+00>
// CHECK:   %[[S:.*]] = webnn.add %[[X]], %[[THREE]]
// CHECK:   %[[C:.*]] = webnn.clamp %[[S]]
// CHECK:   %[[M:.*]] = webnn.mul %[[X]], %[[C]]
// CHECK:   %[[D:.*]] = webnn.div %[[M]], %[[SIX]]
// CHECK:   webnn.yield %[[D]]
// CHECK: webnn.composite "hard_swish" %[[A]]
// CHECK:   webnn.div
// CHECK:   webnn.mul
// CHECK: return
func.func @hard_swish(%x: tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32> {
  %three = webnn.constant dense<3.0> : tensor<f32>
  %six = webnn.constant dense<6.0> : tensor<f32>
  %a = webnn.add %x, %three : (tensor<1x8x4x4xf32>, tensor<f32>) -> tensor<1x8x4x4xf32>
  %c = webnn.clamp %a {min_value = 0.0 : f64, max_value = 6.0 : f64} : (tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %m = webnn.mul %x, %c : (tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %d = webnn.div %m, %six : (tensor<1x8x4x4xf32>, tensor<f32>) -> tensor<1x8x4x4xf32>
  %a2 = webnn.add %three, %d : (tensor<f32>, tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %c2 = webnn.clamp %a2 {min_value = 0.0 : f64, max_value = 6.0 : f64} : (tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %q2 = webnn.div %c2, %six : (tensor<1x8x4x4xf32>, tensor<f32>) -> tensor<1x8x4x4xf32>
  %m2 = webnn.mul %d, %q2 : (tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  return %m2 : tensor<1x8x4x4xf32>
}

// -----

// Not hard_swish: other bounds, another divisor, another tensor
// multiplied, the constant 3 as x (no operand left).
// CHECK-LABEL: func @not_hard_swish
// CHECK-NOT: webnn.composite
func.func @not_hard_swish(%x: tensor<4xf32>, %y: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<f32>) {
  %three = webnn.constant dense<3.0> : tensor<f32>
  %six = webnn.constant dense<6.0> : tensor<f32>
  %five = webnn.constant dense<5.0> : tensor<f32>
  %a = webnn.add %x, %three : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %c = webnn.clamp %a {min_value = 0.0 : f64, max_value = 5.0 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %m = webnn.mul %x, %c : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %d = webnn.div %m, %six : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %a1 = webnn.add %x, %three : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %c1 = webnn.clamp %a1 {min_value = 0.0 : f64, max_value = 6.0 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %m1 = webnn.mul %x, %c1 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %d1 = webnn.div %m1, %five : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %a2 = webnn.add %x, %three : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %c2 = webnn.clamp %a2 {min_value = 0.0 : f64, max_value = 6.0 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %m2 = webnn.mul %y, %c2 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %d2 = webnn.div %m2, %six : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %a3 = webnn.add %three, %three : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %c3 = webnn.clamp %a3 {min_value = 0.0 : f64, max_value = 6.0 : f64} : (tensor<f32>) -> tensor<f32>
  %m3 = webnn.mul %three, %c3 : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %d3 = webnn.div %m3, %six : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return %d, %d1, %d2, %d3 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<f32>
}

// -----

// softmax in primitives (as webnn-decompose writes it) becomes a softmax
// composite of its one input.
// CHECK-LABEL: func @softmax
// CHECK: webnn.composite "softmax" %arg0 : (tensor<2x10xf32>) -> tensor<2x10xf32> {
// CHECK:   webnn.reduce_window
// CHECK:   webnn.elementwise
// CHECK:   webnn.reduce_window
// CHECK:   webnn.elementwise
// CHECK:   webnn.yield
func.func @softmax(%x: tensor<2x10xf32>) -> tensor<2x10xf32> {
  %m = webnn.reduce_window %x {init_value = 0xFF800000 : f32, window_dimensions = array<i64: 1, 10>} : (tensor<2x10xf32>) -> tensor<2x1xf32> {
  ^bb0(%acc: f32, %v: f32):
    %r = arith.maximumf %acc, %v : f32
    webnn.yield %r : f32
  }
  %e = webnn.elementwise %x, %m : (tensor<2x10xf32>, tensor<2x1xf32>) -> tensor<2x10xf32> {
  ^bb0(%a: f32, %b: f32):
    %d = arith.subf %a, %b : f32
    %r = math.exp %d : f32
    webnn.yield %r : f32
  }
  %s = webnn.reduce_window %e {init_value = 0.0 : f32, window_dimensions = array<i64: 1, 10>} : (tensor<2x10xf32>) -> tensor<2x1xf32> {
  ^bb0(%acc: f32, %v: f32):
    %r = arith.addf %acc, %v : f32
    webnn.yield %r : f32
  }
  %y = webnn.elementwise %e, %s : (tensor<2x10xf32>, tensor<2x1xf32>) -> tensor<2x10xf32> {
  ^bb0(%a: f32, %b: f32):
    %r = arith.divf %a, %b : f32
    webnn.yield %r : f32
  }
  return %y : tensor<2x10xf32>
}

// -----

// Batch-1 logits: the axis is the one dimension beyond size 1.
// CHECK-LABEL: func @softmax_batch_one
// CHECK: webnn.composite "softmax" %arg0 : (tensor<1x10xf32>) -> tensor<1x10xf32>
func.func @softmax_batch_one(%x: tensor<1x10xf32>) -> tensor<1x10xf32> {
  %m = webnn.reduce_window %x {init_value = 0xFF800000 : f32, window_dimensions = array<i64: 1, 10>} : (tensor<1x10xf32>) -> tensor<1x1xf32> {
  ^bb0(%acc: f32, %v: f32):
    %r = arith.maximumf %acc, %v : f32
    webnn.yield %r : f32
  }
  %e = webnn.elementwise %x, %m : (tensor<1x10xf32>, tensor<1x1xf32>) -> tensor<1x10xf32> {
  ^bb0(%a: f32, %b: f32):
    %d = arith.subf %a, %b : f32
    %r = math.exp %d : f32
    webnn.yield %r : f32
  }
  %s = webnn.reduce_window %e {init_value = 0.0 : f32, window_dimensions = array<i64: 1, 10>} : (tensor<1x10xf32>) -> tensor<1x1xf32> {
  ^bb0(%acc: f32, %v: f32):
    %r = arith.addf %acc, %v : f32
    webnn.yield %r : f32
  }
  %y = webnn.elementwise %e, %s : (tensor<1x10xf32>, tensor<1x1xf32>) -> tensor<1x10xf32> {
  ^bb0(%a: f32, %b: f32):
    %r = arith.divf %a, %b : f32
    webnn.yield %r : f32
  }
  return %y : tensor<1x10xf32>
}

// -----

// Not softmax: the sum runs over another axis than the max.
// CHECK-LABEL: func @not_softmax
// CHECK-NOT: webnn.composite
func.func @not_softmax(%x: tensor<4x4xf32>) -> tensor<4x4xf32> {
  %m = webnn.reduce_window %x {init_value = 0xFF800000 : f32, window_dimensions = array<i64: 1, 4>} : (tensor<4x4xf32>) -> tensor<4x1xf32> {
  ^bb0(%acc: f32, %v: f32):
    %r = arith.maximumf %acc, %v : f32
    webnn.yield %r : f32
  }
  %e = webnn.elementwise %x, %m : (tensor<4x4xf32>, tensor<4x1xf32>) -> tensor<4x4xf32> {
  ^bb0(%a: f32, %b: f32):
    %d = arith.subf %a, %b : f32
    %r = math.exp %d : f32
    webnn.yield %r : f32
  }
  %s = webnn.reduce_window %e {init_value = 0.0 : f32, window_dimensions = array<i64: 4, 1>} : (tensor<4x4xf32>) -> tensor<1x4xf32> {
  ^bb0(%acc: f32, %v: f32):
    %r = arith.addf %acc, %v : f32
    webnn.yield %r : f32
  }
  %y = webnn.elementwise %e, %s : (tensor<4x4xf32>, tensor<1x4xf32>) -> tensor<4x4xf32> {
  ^bb0(%a: f32, %b: f32):
    %r = arith.divf %a, %b : f32
    webnn.yield %r : f32
  }
  return %y : tensor<4x4xf32>
}

