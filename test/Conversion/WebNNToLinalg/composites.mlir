// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file | FileCheck %s

// A composite is lowered through its region. The CPU backend's kernels for
// conv2d_bias_activation, conv2d_residual_activation and gemm start here:
// the convolution or matmul is marked webnn.fused_epilogue
// (webnn-cpu-fuse-epilogues fuses the rest).
// CHECK-LABEL: func.func @conv_bias_relu
// CHECK-NOT:     webnn.composite
// CHECK:         %[[CONV:.*]] = linalg.conv_2d_nhwc_hwcf {{.*}}webnn.fused_epilogue
// CHECK:         %[[BIASED:.*]] = linalg.generic {{.*}} ins(%[[CONV]], %{{.*}} : tensor<1x4x4x8xf32>, tensor<8xf32>)
// CHECK:           arith.addf
// CHECK:         linalg.generic {{.*}} ins(%[[BIASED]] : tensor<1x4x4x8xf32>)
// CHECK:           arith.maximumf
func.func @conv_bias_relu(%x: tensor<1x6x6x3xf32>, %w: tensor<3x3x3x8xf32>, %b: tensor<8xf32>) -> tensor<1x4x4x8xf32> {
  %y = webnn.composite "conv2d_bias_activation" %x, %w, %b {composite_attributes = {activation = "relu"}} : (tensor<1x6x6x3xf32>, tensor<3x3x3x8xf32>, tensor<8xf32>) -> tensor<1x4x4x8xf32> {
  ^bb0(%i: tensor<1x6x6x3xf32>, %f: tensor<3x3x3x8xf32>, %bias: tensor<8xf32>):
    %c = webnn.conv2d %i, %f bias(%bias) {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x6x6x3xf32>, tensor<3x3x3x8xf32>, tensor<8xf32>) -> tensor<1x4x4x8xf32>
    %r = webnn.relu %c : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    webnn.yield %r : tensor<1x4x4x8xf32>
  }
  return %y : tensor<1x4x4x8xf32>
}

// -----

// Depthwise convolutions are marked too.
// CHECK-LABEL: func.func @depthwise_clamp
// CHECK:         linalg.depthwise_conv_2d_nhwc_hwc {{.*}}webnn.fused_epilogue
func.func @depthwise_clamp(%x: tensor<1x6x6x4xf32>, %w: tensor<3x3x1x4xf32>) -> tensor<1x4x4x4xf32> {
  %y = webnn.composite "conv2d_bias_activation" %x, %w {composite_attributes = {activation = "clamp"}} : (tensor<1x6x6x4xf32>, tensor<3x3x1x4xf32>) -> tensor<1x4x4x4xf32> {
  ^bb0(%i: tensor<1x6x6x4xf32>, %f: tensor<3x3x1x4xf32>):
    %c = webnn.conv2d %i, %f {groups = 4 : i32, input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x6x6x4xf32>, tensor<3x3x1x4xf32>) -> tensor<1x4x4x4xf32>
    %r = webnn.clamp %c {min_value = 0.0 : f64, max_value = 6.0 : f64} : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    webnn.yield %r : tensor<1x4x4x4xf32>
  }
  return %y : tensor<1x4x4x4xf32>
}

// -----

// gemm: the matmul is marked.
// CHECK-LABEL: func.func @gemm
// CHECK-NOT:     webnn.composite
// CHECK:         %[[P:.*]] = linalg.matmul {webnn.fused_epilogue}
// CHECK:         linalg.generic {{.*}} ins(%[[P]], %{{.*}} :
// CHECK:           arith.addf
// Other labels (and unknown ones) are only inlined: nothing is marked.
// CHECK-LABEL: func.func @unknown_label
// CHECK-NOT:     webnn.fused_epilogue
// CHECK:         linalg.conv_2d_nhwc_hwcf
// CHECK-NOT:     webnn.fused_epilogue
// CHECK:         return
func.func @gemm(%a: tensor<2x4xf32>, %b: tensor<4x3xf32>, %c: tensor<3xf32>) -> tensor<2x3xf32> {
  %y = webnn.composite "gemm" %a, %b, %c : (tensor<2x4xf32>, tensor<4x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> {
  ^bb0(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>, %bias: tensor<3xf32>):
    %m = webnn.matmul %x, %w : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
    %s = webnn.add %m, %bias : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    webnn.yield %s : tensor<2x3xf32>
  }
  return %y : tensor<2x3xf32>
}

func.func @unknown_label(%x: tensor<1x6x6x3xf32>, %w: tensor<3x3x3x8xf32>) -> tensor<1x4x4x8xf32> {
  %y = webnn.composite "vendor.conv_relu" %x, %w : (tensor<1x6x6x3xf32>, tensor<3x3x3x8xf32>) -> tensor<1x4x4x8xf32> {
  ^bb0(%i: tensor<1x6x6x3xf32>, %f: tensor<3x3x3x8xf32>):
    %c = webnn.conv2d %i, %f {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x6x6x3xf32>, tensor<3x3x3x8xf32>) -> tensor<1x4x4x8xf32>
    %r = webnn.relu %c : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
    webnn.yield %r : tensor<1x4x4x8xf32>
  }
  return %y : tensor<1x4x4x8xf32>
}
