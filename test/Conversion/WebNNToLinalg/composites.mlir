// RUN: webnn-opt %s -convert-webnn-to-linalg -split-input-file | FileCheck %s

// A composite is lowered through its region, and the convolution or
// matmul carries the composite's label (webnn.fusion_label) for a backend
// that claims it: the CPU's kernels for conv2d_bias_activation,
// conv2d_residual_activation and gemm start here (webnn-cpu-fuse-epilogues
// fuses the rest).
// CHECK-LABEL: func.func @conv_bias_relu
// CHECK-NOT:     webnn.composite
// CHECK:         %[[CONV:.*]] = linalg.conv_2d_nhwc_hwcf {{.*}}webnn.fusion_label = "conv2d_bias_activation"
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

// Depthwise convolutions carry it too.
// CHECK-LABEL: func.func @depthwise_clamp
// CHECK:         linalg.depthwise_conv_2d_nhwc_hwc {{.*}}webnn.fusion_label = "conv2d_bias_activation"
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

// gemm: the matmul carries it.
// CHECK-LABEL: func.func @gemm
// CHECK-NOT:     webnn.composite
// CHECK:         %[[P:.*]] = linalg.matmul {webnn.fusion_label = "gemm"}
// CHECK:         linalg.generic {{.*}} ins(%[[P]], %{{.*}} :
// CHECK:           arith.addf
// The generic lowering claims no label: it records any label, the
// registry's or not, and which ones run fused is the backend's decision.
// CHECK-LABEL: func.func @unknown_label
// CHECK-NOT:     webnn.composite
// CHECK:         linalg.conv_2d_nhwc_hwcf {{.*}}webnn.fusion_label = "vendor.conv_relu"
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
