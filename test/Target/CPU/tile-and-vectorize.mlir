// RUN: webnn-opt --webnn-cpu-tile-and-vectorize --split-input-file %s | FileCheck %s

// A matmul: cache blocks of 64x128x128, then register tiles of 8x32x16.
// CHECK-LABEL: func.func @matmul
// CHECK:         scf.for {{.*}} step %c64
// CHECK:           scf.for {{.*}} step %c128
// CHECK:             scf.for {{.*}} step %c128
// CHECK:               scf.for {{.*}} step %c8
// CHECK:                 scf.for {{.*}} step %c32
// CHECK:                   scf.for {{.*}} step %c16
// CHECK:                     linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<8x16xf32>, tensor<16x32xf32>) outs(%{{.*}} : tensor<8x32xf32>)
func.func @matmul(%a: tensor<128x256xf32>, %b: tensor<256x256xf32>, %c: tensor<128x256xf32>) -> tensor<128x256xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<128x256xf32>, tensor<256x256xf32>) outs(%c : tensor<128x256xf32>) -> tensor<128x256xf32>
  return %0 : tensor<128x256xf32>
}

// -----

// A batch matmul: register tiles of 1x8x32x16.
// CHECK-LABEL: func.func @batch_matmul
// CHECK-COUNT-4: scf.for
// CHECK:           linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<1x8x16xf32>, tensor<1x16x32xf32>) outs(%{{.*}} : tensor<1x8x32xf32>)
func.func @batch_matmul(%a: tensor<2x16x32xf32>, %b: tensor<2x32x64xf32>, %c: tensor<2x16x64xf32>) -> tensor<2x16x64xf32> {
  %0 = linalg.batch_matmul ins(%a, %b : tensor<2x16x32xf32>, tensor<2x32x64xf32>) outs(%c : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
  return %0 : tensor<2x16x64xf32>
}

// -----

// The rows schedule: a parallel loop over (n, oh), then 8 output columns x
// 32 filters x one kernel row x one kernel column x 8 input channels, a
// 1-D convolution.
// CHECK-LABEL: func.func @conv_rows
// CHECK:         scf.forall (%{{.*}}, %{{.*}}) in (1, 32)
// CHECK-COUNT-5:   scf.for
// CHECK:             linalg.conv_1d_nwc_wcf {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x8x8xf32>, tensor<1x8x32xf32>) outs(%{{.*}} : tensor<1x8x32xf32>)
// CHECK:           tensor.parallel_insert_slice
func.func @conv_rows(%x: tensor<1x34x34x8xf32>, %w: tensor<3x3x8x32xf32>, %o: tensor<1x32x32x32xf32>) -> tensor<1x32x32x32xf32> {
  %0 = linalg.conv_2d_nhwc_hwcf {webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>} ins(%x, %w : tensor<1x34x34x8xf32>, tensor<3x3x8x32xf32>) outs(%o : tensor<1x32x32x32xf32>) -> tensor<1x32x32x32xf32>
  return %0 : tensor<1x32x32x32xf32>
}

// -----

// The filter-blocks schedule: a parallel loop over blocks of 32 filters,
// then (n, oh, ow by 8, kh, kw, c by 8) in serial loops.
// CHECK-LABEL: func.func @conv_filter_blocks
// CHECK:         scf.forall (%{{.*}}) in (2)
// CHECK-COUNT-6:   scf.for
// CHECK:             linalg.conv_1d_nwc_wcf {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x8x8xf32>, tensor<1x8x32xf32>) outs(%{{.*}} : tensor<1x8x32xf32>)
// CHECK:           tensor.parallel_insert_slice
func.func @conv_filter_blocks(%x: tensor<1x10x10x16xf32>, %w: tensor<3x3x16x64xf32>, %o: tensor<1x8x8x64xf32>) -> tensor<1x8x8x64xf32> {
  %0 = linalg.conv_2d_nhwc_hwcf {webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<filter_blocks>} ins(%x, %w : tensor<1x10x10x16xf32>, tensor<3x3x16x64xf32>) outs(%o : tensor<1x8x8x64xf32>) -> tensor<1x8x8x64xf32>
  return %0 : tensor<1x8x8x64xf32>
}

// -----

// A tile already inside its schedule's parallel loop (webnn_cpu.conv_tile,
// left by webnn-cpu-fuse-epilogues) gets the register tiles only.
// CHECK-LABEL: func.func @conv_tile
// CHECK-NOT:     scf.forall
// CHECK-COUNT-5: scf.for
// CHECK:           linalg.conv_1d_nwc_wcf {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x8x8xf32>, tensor<1x8x32xf32>) outs(%{{.*}} : tensor<1x8x32xf32>)
func.func @conv_tile(%x: tensor<1x3x34x8xf32>, %w: tensor<3x3x8x32xf32>, %o: tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32> {
  %0 = linalg.conv_2d_nhwc_hwcf {webnn_cpu.conv_tile = #webnn_cpu.conv_schedule<rows>} ins(%x, %w : tensor<1x3x34x8xf32>, tensor<3x3x8x32xf32>) outs(%o : tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
  return %0 : tensor<1x1x32x32xf32>
}

// -----

// Depthwise convolutions and pooling: a parallel loop over (n, oh), then 8
// columns x 32 channels x one window row, a 1-D op.
// CHECK-LABEL: func.func @depthwise_and_pool
// CHECK:         scf.forall (%{{.*}}, %{{.*}}) in (1, 8)
// CHECK-COUNT-3:   scf.for
// CHECK:             linalg.depthwise_conv_1d_nwc_wc {{.*}} outs(%{{.*}} : tensor<1x8x32xf32>)
// CHECK:         scf.forall (%{{.*}}, %{{.*}}) in (1, 8)
// CHECK-COUNT-3:   scf.for
// CHECK:             linalg.pooling_nwc_max {{.*}} outs(%{{.*}} : tensor<1x8x32xf32>)
func.func @depthwise_and_pool(%x: tensor<1x10x10x64xf32>, %w: tensor<3x3x64xf32>, %o: tensor<1x8x8x64xf32>, %y: tensor<1x16x16x64xf32>, %k: tensor<2x2xf32>, %p: tensor<1x8x8x64xf32>) -> (tensor<1x8x8x64xf32>, tensor<1x8x8x64xf32>) {
  %0 = linalg.depthwise_conv_2d_nhwc_hwc {webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>} ins(%x, %w : tensor<1x10x10x64xf32>, tensor<3x3x64xf32>) outs(%o : tensor<1x8x8x64xf32>) -> tensor<1x8x8x64xf32>
  %1 = linalg.pooling_nhwc_max {strides = dense<2> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%y, %k : tensor<1x16x16x64xf32>, tensor<2x2xf32>) outs(%p : tensor<1x8x8x64xf32>) -> tensor<1x8x8x64xf32>
  return %0, %1 : tensor<1x8x8x64xf32>, tensor<1x8x8x64xf32>
}

// -----

// What the schedule leaves alone: a convolution without a schedule (the
// pipeline always chooses one first) and element-wise ops (tiled by
// webnn-cpu-vectorize-remaining).
// CHECK-LABEL: func.func @untouched
// CHECK-NOT:     scf.for
// CHECK-NOT:     scf.forall
// CHECK:         linalg.conv_2d_nhwc_hwcf
// CHECK:         linalg.generic
// CHECK:         return
func.func @untouched(%x: tensor<1x10x10x8xf32>, %w: tensor<3x3x8x8xf32>, %o: tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32> {
  %0 = linalg.conv_2d_nhwc_hwcf ins(%x, %w : tensor<1x10x10x8xf32>, tensor<3x3x8x8xf32>) outs(%o : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %1 = linalg.generic {indexing_maps = [affine_map<(n, h, w, c) -> (n, h, w, c)>, affine_map<(n, h, w, c) -> (n, h, w, c)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%0 : tensor<1x8x8x8xf32>) outs(%o : tensor<1x8x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %e = math.exp %in : f32
    linalg.yield %e : f32
  } -> tensor<1x8x8x8xf32>
  return %1 : tensor<1x8x8x8xf32>
}
