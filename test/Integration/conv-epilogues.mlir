// The conv2d_bias_activation and conv2d_residual_activation kernels of the
// CPU pipeline: each convolution followed by relu, clamp or leakyRelu, or
// by a residual add, becomes a composite, and its bias, residual and
// activation run inside the convolution's tiles
// (webnn-cpu-fuse-epilogues). Each graph is run with the label kept,
// on 1 and 2 threads, and with every composite inlined, and compared with
// the reference pipeline (plain scalar loops, no fusion). The graphs cover
// both convolution schedules (rows; blocks of 32 filters when the filter
// outweighs the input), channel counts that are not multiples of the
// register tile, strides with padding, depthwise convolutions, the nchw
// layout, residual adds (one of two convolutions, with a relu), and a graph
// written with the composite.
//
// RUN: for g in rows_relu blocks_clamp partial_leaky depthwise_clamp nchw_relu residual_relu two_convs_add written; do \
// RUN:   webnn-run %s --entry $g --pipeline reference --random-inputs --seed 7 --save %t.$g.npy > /dev/null && \
// RUN:   webnn-run %s --entry $g --random-inputs --seed 7 --threads 1 --compare %t.$g.npy --rtol 1e-5 --atol 1e-5 && \
// RUN:   webnn-run %s --entry $g --random-inputs --seed 7 --threads 2 --compare %t.$g.npy --rtol 1e-5 --atol 1e-5 && \
// RUN:   webnn-run %s --entry $g --random-inputs --seed 7 --no-fusion-labels --compare %t.$g.npy --rtol 1e-5 --atol 1e-5 || exit 1; \
// RUN: done | FileCheck %s
// CHECK-COUNT-24: compare 'y' with {{.*}}: match
//
// The kept label is what puts the epilogue in the convolution's loop; with
// every composite inlined, the convolution and its epilogue stay apart.
// RUN: webnn-opt %s --webnn-cpu-pipeline --mlir-disable-threading --mlir-print-ir-after=webnn-cpu-fuse-epilogues -o /dev/null 2>&1 | FileCheck %s --check-prefix=KEPT
// RUN: webnn-opt %s --webnn-cpu-pipeline=fusion-labels=false --mlir-disable-threading --mlir-print-ir-after=webnn-cpu-fuse-epilogues -o /dev/null 2>&1 | FileCheck %s --check-prefix=INLINED
// KEPT-LABEL: func.func @rows_relu
// KEPT:         scf.forall
// KEPT:           linalg.fill
// KEPT:           linalg.conv_2d_nhwc_hwcf {{.*}}webnn_cpu.conv_tile = #webnn_cpu.conv_schedule<rows>
// KEPT:           linalg.generic
// KEPT:             arith.maximumf
// KEPT:           tensor.parallel_insert_slice
// KEPT-LABEL: func.func @blocks_clamp
// KEPT:           linalg.conv_2d_nhwc_hwcf {{.*}}webnn_cpu.conv_tile = #webnn_cpu.conv_schedule<filter_blocks>
// KEPT-LABEL: func.func @depthwise_clamp
// KEPT:           linalg.depthwise_conv_2d_nhwc_hwc {{.*}}webnn_cpu.conv_tile = #webnn_cpu.conv_schedule<rows>
// KEPT-LABEL: func.func @residual_relu
// KEPT:           linalg.conv_2d_nhwc_hwcf {{.*}}webnn_cpu.conv_tile = #webnn_cpu.conv_schedule<rows>
// KEPT:           linalg.generic
// KEPT:             arith.addf
// KEPT:             arith.addf
// KEPT:             arith.maximumf
// KEPT-LABEL: func.func @two_convs_add
// KEPT:           webnn_cpu.conv_tile = #webnn_cpu.conv_schedule<rows>
// KEPT-LABEL: func.func @written
// KEPT:           linalg.conv_2d_nhwc_hwcf {{.*}}webnn_cpu.conv_tile = #webnn_cpu.conv_schedule<rows>
// INLINED-LABEL: func.func @rows_relu
// INLINED-NOT:   scf.forall
// INLINED:       linalg.conv_2d_nhwc_hwcf {{.*}}webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>
// INLINED-NOT:   scf.forall
// INLINED:       linalg.generic
// INLINED-LABEL: func.func @written
// INLINED-NOT:   webnn_cpu.conv_tile

func.func @rows_relu(%x: tensor<1x12x12x8xf32> {webnn.name = "x"}, %w: tensor<3x3x8x16xf32> {webnn.name = "w"}, %b: tensor<16xf32> {webnn.name = "b"}) -> (tensor<1x12x12x16xf32> {webnn.name = "y"}) {
  %c = webnn.conv2d %x, %w bias(%b) {padding = array<i64: 1, 1, 1, 1>, input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x12x12x8xf32>, tensor<3x3x8x16xf32>, tensor<16xf32>) -> tensor<1x12x12x16xf32>
  %y = webnn.relu %c : (tensor<1x12x12x16xf32>) -> tensor<1x12x12x16xf32>
  return %y : tensor<1x12x12x16xf32>
}

// 3x3x16x64 filter against a 6x6x16 input: blocks of 32 filters.
func.func @blocks_clamp(%x: tensor<1x6x6x16xf32> {webnn.name = "x"}, %w: tensor<3x3x16x64xf32> {webnn.name = "w"}, %b: tensor<64xf32> {webnn.name = "b"}) -> (tensor<1x4x4x64xf32> {webnn.name = "y"}) {
  %c = webnn.conv2d %x, %w bias(%b) {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x6x6x16xf32>, tensor<3x3x16x64xf32>, tensor<64xf32>) -> tensor<1x4x4x64xf32>
  %y = webnn.clamp %c {min_value = -0.5 : f64, max_value = 0.5 : f64} : (tensor<1x4x4x64xf32>) -> tensor<1x4x4x64xf32>
  return %y : tensor<1x4x4x64xf32>
}

// 40 filters (a partial register tile of 32), stride 2, asymmetric padding.
func.func @partial_leaky(%x: tensor<1x11x9x5xf32> {webnn.name = "x"}, %w: tensor<3x3x5x40xf32> {webnn.name = "w"}, %b: tensor<40xf32> {webnn.name = "b"}) -> (tensor<1x6x5x40xf32> {webnn.name = "y"}) {
  %c = webnn.conv2d %x, %w bias(%b) {padding = array<i64: 1, 1, 1, 2>, strides = array<i64: 2, 2>, input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x11x9x5xf32>, tensor<3x3x5x40xf32>, tensor<40xf32>) -> tensor<1x6x5x40xf32>
  %y = webnn.leaky_relu %c {alpha = 0.1 : f64} : (tensor<1x6x5x40xf32>) -> tensor<1x6x5x40xf32>
  return %y : tensor<1x6x5x40xf32>
}

func.func @depthwise_clamp(%x: tensor<1x10x10x24xf32> {webnn.name = "x"}, %w: tensor<3x3x1x24xf32> {webnn.name = "w"}, %b: tensor<24xf32> {webnn.name = "b"}) -> (tensor<1x10x10x24xf32> {webnn.name = "y"}) {
  %c = webnn.conv2d %x, %w bias(%b) {padding = array<i64: 1, 1, 1, 1>, groups = 24 : i32, input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x10x10x24xf32>, tensor<3x3x1x24xf32>, tensor<24xf32>) -> tensor<1x10x10x24xf32>
  %y = webnn.clamp %c {min_value = 0.0 : f64, max_value = 6.0 : f64} : (tensor<1x10x10x24xf32>) -> tensor<1x10x10x24xf32>
  return %y : tensor<1x10x10x24xf32>
}

// The default layouts (nchw input, oihw filter), as the ONNX importer
// writes them: the pipeline normalizes the layouts before forming groups.
func.func @nchw_relu(%x: tensor<1x4x9x9xf32> {webnn.name = "x"}, %w: tensor<8x4x3x3xf32> {webnn.name = "w"}, %b: tensor<8xf32> {webnn.name = "b"}) -> (tensor<1x8x7x7xf32> {webnn.name = "y"}) {
  %c = webnn.conv2d %x, %w bias(%b) : (tensor<1x4x9x9xf32>, tensor<8x4x3x3xf32>, tensor<8xf32>) -> tensor<1x8x7x7xf32>
  %y = webnn.relu %c : (tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
  return %y : tensor<1x8x7x7xf32>
}

func.func @residual_relu(%x: tensor<1x8x8x16xf32> {webnn.name = "x"}, %w: tensor<3x3x16x16xf32> {webnn.name = "w"}, %b: tensor<16xf32> {webnn.name = "b"}) -> (tensor<1x8x8x16xf32> {webnn.name = "y"}) {
  %c = webnn.conv2d %x, %w bias(%b) {padding = array<i64: 1, 1, 1, 1>, input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x8x8x16xf32>, tensor<3x3x16x16xf32>, tensor<16xf32>) -> tensor<1x8x8x16xf32>
  %s = webnn.add %c, %x : (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %y = webnn.relu %s : (tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  return %y : tensor<1x8x8x16xf32>
}

// A block's last convolution plus its projection shortcut: one of the two
// is fused with the add, the other stays apart.
func.func @two_convs_add(%x: tensor<1x8x8x16xf32> {webnn.name = "x"}, %w: tensor<1x1x16x48xf32> {webnn.name = "w"}, %p: tensor<1x1x16x48xf32> {webnn.name = "p"}, %b: tensor<48xf32> {webnn.name = "b"}) -> (tensor<1x8x8x48xf32> {webnn.name = "y"}) {
  %c = webnn.conv2d %x, %w bias(%b) {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x8x8x16xf32>, tensor<1x1x16x48xf32>, tensor<48xf32>) -> tensor<1x8x8x48xf32>
  %s = webnn.conv2d %x, %p {input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x8x8x16xf32>, tensor<1x1x16x48xf32>) -> tensor<1x8x8x48xf32>
  %y = webnn.add %c, %s : (tensor<1x8x8x48xf32>, tensor<1x8x8x48xf32>) -> tensor<1x8x8x48xf32>
  return %y : tensor<1x8x8x48xf32>
}

func.func @written(%x: tensor<1x12x12x8xf32> {webnn.name = "x"}, %w: tensor<3x3x8x16xf32> {webnn.name = "w"}, %b: tensor<16xf32> {webnn.name = "b"}) -> (tensor<1x12x12x16xf32> {webnn.name = "y"}) {
  %y = webnn.composite "conv2d_bias_activation" %x, %w, %b {composite_attributes = {activation = "relu"}} : (tensor<1x12x12x8xf32>, tensor<3x3x8x16xf32>, tensor<16xf32>) -> tensor<1x12x12x16xf32> {
  ^bb0(%i: tensor<1x12x12x8xf32>, %f: tensor<3x3x8x16xf32>, %bias: tensor<16xf32>):
    %c = webnn.conv2d %i, %f bias(%bias) {padding = array<i64: 1, 1, 1, 1>, input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>} : (tensor<1x12x12x8xf32>, tensor<3x3x8x16xf32>, tensor<16xf32>) -> tensor<1x12x12x16xf32>
    %r = webnn.relu %c : (tensor<1x12x12x16xf32>) -> tensor<1x12x12x16xf32>
    webnn.yield %r : tensor<1x12x12x16xf32>
  }
  return %y : tensor<1x12x12x16xf32>
}
