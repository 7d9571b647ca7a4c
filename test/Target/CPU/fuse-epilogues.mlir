// RUN: webnn-opt %s --split-input-file --webnn-cpu-fuse-epilogues --canonicalize | FileCheck %s

// A convolution of a label the CPU claims, in the rows schedule, and its element-wise epilogue
// (bias add and relu) become one parallel loop over output rows: each tile
// is filled, convolved and finished in place in the destination.
// CHECK-LABEL: func.func @rows
// CHECK-SAME:      (%[[X:.*]]: tensor<1x10x10x8xf32>, %[[W:.*]]: tensor<3x3x8x16xf32>, %[[B:.*]]: tensor<16xf32>)
// CHECK:         %[[DEST:.*]] = tensor.empty() : tensor<1x8x8x16xf32>
// CHECK:         scf.forall (%[[H:.*]]) in (8) shared_outs(%[[OUT:.*]] = %[[DEST]])
// CHECK:           %[[ROWS:.*]] = tensor.extract_slice %[[X]][0, %[[H]], 0, 0] [1, 3, 10, 8]
// CHECK:           %[[TILE:.*]] = tensor.extract_slice %[[OUT]][0, %[[H]], 0, 0] [1, 1, 8, 16]
// CHECK:           %[[ACC:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[TILE]] : tensor<1x1x8x16xf32>)
// CHECK:           %[[CONV:.*]] = linalg.conv_2d_nhwc_hwcf
// CHECK-SAME:          webnn_cpu.conv_tile = #webnn_cpu.conv_schedule<rows>
// CHECK-NOT:           webnn.fusion_label
// CHECK-SAME:          ins(%[[ROWS]], %[[W]] : tensor<1x3x10x8xf32>, tensor<3x3x8x16xf32>) outs(%[[ACC]] : tensor<1x1x8x16xf32>)
// CHECK:           %[[EPI:.*]] = linalg.generic {{.*}} ins(%[[B]] : tensor<16xf32>) outs(%[[CONV]] : tensor<1x1x8x16xf32>)
// CHECK-NEXT:      ^bb0(%[[BIAS:.*]]: f32, %[[ACCUM:.*]]: f32):
// CHECK-NEXT:        %[[SUM:.*]] = arith.addf %[[ACCUM]], %[[BIAS]]
// CHECK-NEXT:        arith.maximumf %[[SUM]]
// CHECK:           tensor.parallel_insert_slice %[[EPI]] into %[[OUT]][0, %[[H]], 0, 0] [1, 1, 8, 16]
#bias = affine_map<(n, h, w, c) -> (c)>
#id = affine_map<(n, h, w, c) -> (n, h, w, c)>
func.func @rows(%x: tensor<1x10x10x8xf32>, %w: tensor<3x3x8x16xf32>, %b: tensor<16xf32>) -> tensor<1x8x8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8x8x16xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %c = linalg.conv_2d_nhwc_hwcf {webnn.fusion_label = "conv2d_bias_activation", webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>} ins(%x, %w : tensor<1x10x10x8xf32>, tensor<3x3x8x16xf32>) outs(%acc : tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %d = tensor.empty() : tensor<1x8x8x16xf32>
  %y = linalg.generic {indexing_maps = [#id, #bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c, %b : tensor<1x8x8x16xf32>, tensor<16xf32>) outs(%d : tensor<1x8x8x16xf32>) {
  ^bb0(%in: f32, %bias: f32, %out: f32):
    %s = arith.addf %in, %bias : f32
    %r = arith.maximumf %s, %zero : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8x16xf32>
  return %y : tensor<1x8x8x16xf32>
}

// -----

// The filter-blocks schedule: a parallel loop over blocks of 32 filters.
// CHECK-LABEL: func.func @filter_blocks
// CHECK:         scf.forall (%[[F:.*]]) = (0) to (64) step (32)
// CHECK:           tensor.extract_slice %{{.*}}[0, 0, 0, %[[F]]] [3, 3, 16, 32]
// CHECK:           linalg.fill
// CHECK:           linalg.conv_2d_nhwc_hwcf {{.*}}webnn_cpu.conv_tile = #webnn_cpu.conv_schedule<filter_blocks>
// CHECK:           linalg.generic
// CHECK:           tensor.parallel_insert_slice
#bias = affine_map<(n, h, w, c) -> (c)>
#id = affine_map<(n, h, w, c) -> (n, h, w, c)>
func.func @filter_blocks(%x: tensor<1x6x6x16xf32>, %w: tensor<3x3x16x64xf32>, %b: tensor<64xf32>) -> tensor<1x4x4x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x4x64xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<1x4x4x64xf32>) -> tensor<1x4x4x64xf32>
  %c = linalg.conv_2d_nhwc_hwcf {webnn.fusion_label = "conv2d_bias_activation", webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<filter_blocks>} ins(%x, %w : tensor<1x6x6x16xf32>, tensor<3x3x16x64xf32>) outs(%acc : tensor<1x4x4x64xf32>) -> tensor<1x4x4x64xf32>
  %y = linalg.generic {indexing_maps = [#id, #bias, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c, %b : tensor<1x4x4x64xf32>, tensor<64xf32>) outs(%e : tensor<1x4x4x64xf32>) {
  ^bb0(%in: f32, %bias: f32, %out: f32):
    %s = arith.addf %in, %bias : f32
    linalg.yield %s : f32
  } -> tensor<1x4x4x64xf32>
  return %y : tensor<1x4x4x64xf32>
}

// -----

// Depthwise convolutions, and an epilogue writing into a slice of a larger
// (padded) tensor, as webnn-cpu-fuse-pads-into-producers leaves it: the
// convolution accumulates in that slice.
// CHECK-LABEL: func.func @depthwise_into_padded
// CHECK:         %[[PADDED:.*]] = linalg.fill {{.*}} -> tensor<1x10x10x8xf32>
// CHECK:         %[[INTERIOR:.*]] = tensor.extract_slice %[[PADDED]][0, 1, 1, 0] [1, 8, 8, 8]
// CHECK:         %[[LOOP:.*]] = scf.forall (%{{.*}}) in (8) shared_outs(%{{.*}} = %[[INTERIOR]])
// CHECK:           linalg.depthwise_conv_2d_nhwc_hwc {{.*}}webnn_cpu.conv_tile = #webnn_cpu.conv_schedule<rows>
// CHECK:           linalg.generic
// CHECK:         tensor.insert_slice %[[LOOP]] into %[[PADDED]][0, 1, 1, 0] [1, 8, 8, 8]
#id = affine_map<(n, h, w, c) -> (n, h, w, c)>
func.func @depthwise_into_padded(%x: tensor<1x10x10x8xf32>, %w: tensor<3x3x8xf32>) -> tensor<1x10x10x8xf32> {
  %zero = arith.constant 0.0 : f32
  %six = arith.constant 6.0 : f32
  %e = tensor.empty() : tensor<1x8x8x8xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %c = linalg.depthwise_conv_2d_nhwc_hwc {webnn.fusion_label = "conv2d_bias_activation", webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>} ins(%x, %w : tensor<1x10x10x8xf32>, tensor<3x3x8xf32>) outs(%acc : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %pe = tensor.empty() : tensor<1x10x10x8xf32>
  %padded = linalg.fill ins(%zero : f32) outs(%pe : tensor<1x10x10x8xf32>) -> tensor<1x10x10x8xf32>
  %interior = tensor.extract_slice %padded[0, 1, 1, 0] [1, 8, 8, 8] [1, 1, 1, 1] : tensor<1x10x10x8xf32> to tensor<1x8x8x8xf32>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c : tensor<1x8x8x8xf32>) outs(%interior : tensor<1x8x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.minimumf %in, %six : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8x8xf32>
  %r = tensor.insert_slice %y into %padded[0, 1, 1, 0] [1, 8, 8, 8] [1, 1, 1, 1] : tensor<1x8x8x8xf32> into tensor<1x10x10x8xf32>
  return %r : tensor<1x10x10x8xf32>
}

// -----

// A marked matmul (gemm): serial loops over 64x128 blocks of the epilogue,
// the last ones partial (webnn-cpu-vectorize-remaining peels them).
// CHECK-LABEL: func.func @matmul
// CHECK:         scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %c64 iter_args(%[[OUTER:.*]] = %{{.*}})
// CHECK:           scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %c128 iter_args(%[[OUT:.*]] = %[[OUTER]])
// CHECK:             %[[TILE:.*]] = tensor.extract_slice %[[OUT]][%[[I]], %[[J]]]
// CHECK:             %[[ACC:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[TILE]] : tensor<?x?xf32>)
// CHECK:             %[[P:.*]] = linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<?x96xf32>, tensor<96x?xf32>) outs(%[[ACC]] : tensor<?x?xf32>)
// CHECK:             %[[EPI:.*]] = linalg.generic {{.*}} outs(%[[P]] : tensor<?x?xf32>)
// CHECK:             tensor.insert_slice %[[EPI]] into %[[OUT]][%[[I]], %[[J]]]
#bias = affine_map<(m, n) -> (n)>
#id = affine_map<(m, n) -> (m, n)>
func.func @matmul(%a: tensor<200x96xf32>, %b: tensor<96x300xf32>, %c: tensor<300xf32>) -> tensor<200x300xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<200x300xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<200x300xf32>) -> tensor<200x300xf32>
  %p = linalg.matmul {webnn.fusion_label = "gemm"} ins(%a, %b : tensor<200x96xf32>, tensor<96x300xf32>) outs(%acc : tensor<200x300xf32>) -> tensor<200x300xf32>
  %y = linalg.generic {indexing_maps = [#id, #bias, #id], iterator_types = ["parallel", "parallel"]} ins(%p, %c : tensor<200x300xf32>, tensor<300xf32>) outs(%e : tensor<200x300xf32>) {
  ^bb0(%in: f32, %bias: f32, %out: f32):
    %s = arith.addf %in, %bias : f32
    linalg.yield %s : f32
  } -> tensor<200x300xf32>
  return %y : tensor<200x300xf32>
}

// -----

// Two marked convolutions read by one add (a residual block's convolution
// and its projection shortcut): the first one's loop takes the add, the
// second one, no longer followed by an element-wise op, stays as it is.
// CHECK-LABEL: func.func @two_convs_one_epilogue
// CHECK:         %[[SHORTCUT:.*]] = linalg.conv_2d_nhwc_hwcf {webnn.fusion_label = "conv2d_residual_activation", webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>}
// CHECK:         scf.forall
// CHECK:           %[[S:.*]] = tensor.extract_slice %[[SHORTCUT]]
// CHECK:           linalg.conv_2d_nhwc_hwcf {{.*}}webnn_cpu.conv_tile = #webnn_cpu.conv_schedule<rows>
// CHECK:           linalg.generic {{.*}} ins(%[[S]] :
// CHECK:           scf.forall.in_parallel
// CHECK-NOT:     scf.forall
// CHECK:         return
#id = affine_map<(n, h, w, c) -> (n, h, w, c)>
func.func @two_convs_one_epilogue(%x: tensor<1x8x8x8xf32>, %w: tensor<1x1x8x8xf32>, %p: tensor<1x1x8x8xf32>) -> tensor<1x8x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8x8x8xf32>
  %acc0 = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %c0 = linalg.conv_2d_nhwc_hwcf {webnn.fusion_label = "conv2d_residual_activation", webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>} ins(%x, %w : tensor<1x8x8x8xf32>, tensor<1x1x8x8xf32>) outs(%acc0 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %acc1 = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %c1 = linalg.conv_2d_nhwc_hwcf {webnn.fusion_label = "conv2d_residual_activation", webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>} ins(%x, %p : tensor<1x8x8x8xf32>, tensor<1x1x8x8xf32>) outs(%acc1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %y = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c0, %c1 : tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>) outs(%e : tensor<1x8x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %out: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<1x8x8x8xf32>
  return %y : tensor<1x8x8x8xf32>
}

// -----

// What the pass leaves alone: a convolution without a label (no kept
// composite); one whose label the CPU does not claim; a labelled one
// without a schedule; one whose result is also used
// elsewhere; an epilogue that reads the convolution transposed; an
// epilogue that reads its own destination; an empty matmul.
// CHECK-LABEL: func.func @untouched
// CHECK-NOT:     scf.forall
// CHECK-NOT:     webnn_cpu.conv_tile
// CHECK:         return
#id = affine_map<(n, h, w, c) -> (n, h, w, c)>
#swap = affine_map<(n, h, w, c) -> (n, w, h, c)>
func.func @untouched(%x: tensor<1x10x10x8xf32>, %w: tensor<3x3x8x8xf32>, %d: tensor<1x8x8x8xf32>) -> (tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8x8x8xf32>
  %acc0 = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %c0 = linalg.conv_2d_nhwc_hwcf {webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>} ins(%x, %w : tensor<1x10x10x8xf32>, tensor<3x3x8x8xf32>) outs(%acc0 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %y0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c0 : tensor<1x8x8x8xf32>) outs(%e : tensor<1x8x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8x8xf32>
  %accu = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %cu = linalg.conv_2d_nhwc_hwcf {webnn.fusion_label = "vendor.conv_relu", webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>} ins(%x, %w : tensor<1x10x10x8xf32>, tensor<3x3x8x8xf32>) outs(%accu : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %yu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cu : tensor<1x8x8x8xf32>) outs(%e : tensor<1x8x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8x8xf32>
  %acc1 = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %c1 = linalg.conv_2d_nhwc_hwcf {webnn.fusion_label = "conv2d_bias_activation"} ins(%x, %w : tensor<1x10x10x8xf32>, tensor<3x3x8x8xf32>) outs(%acc1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %y1 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c1 : tensor<1x8x8x8xf32>) outs(%e : tensor<1x8x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8x8xf32>
  %acc2 = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %c2 = linalg.conv_2d_nhwc_hwcf {webnn.fusion_label = "conv2d_bias_activation", webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>} ins(%x, %w : tensor<1x10x10x8xf32>, tensor<3x3x8x8xf32>) outs(%acc2 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %y2 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c2 : tensor<1x8x8x8xf32>) outs(%e : tensor<1x8x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8x8xf32>
  %acc3 = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %c3 = linalg.conv_2d_nhwc_hwcf {webnn.fusion_label = "conv2d_bias_activation", webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>} ins(%x, %w : tensor<1x10x10x8xf32>, tensor<3x3x8x8xf32>) outs(%acc3 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %y3 = linalg.generic {indexing_maps = [#swap, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c3 : tensor<1x8x8x8xf32>) outs(%e : tensor<1x8x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8x8xf32>
  %acc4 = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %c4 = linalg.conv_2d_nhwc_hwcf {webnn.fusion_label = "conv2d_bias_activation", webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>} ins(%x, %w : tensor<1x10x10x8xf32>, tensor<3x3x8x8xf32>) outs(%acc4 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %y4 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c4 : tensor<1x8x8x8xf32>) outs(%d : tensor<1x8x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.addf %in, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8x8xf32>
  return %y0, %yu, %y1, %y2, %c2, %y3, %y4 : tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>
}

// CHECK-LABEL: func.func @empty_matmul
// CHECK-NOT:     scf.for
// CHECK:         linalg.matmul {webnn.fusion_label = "gemm"}
func.func @empty_matmul(%a: tensor<0x4xf32>, %b: tensor<4x0xf32>) -> tensor<0x0xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<0x0xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<0x0xf32>) -> tensor<0x0xf32>
  %p = linalg.matmul {webnn.fusion_label = "gemm"} ins(%a, %b : tensor<0x4xf32>, tensor<4x0xf32>) outs(%acc : tensor<0x0xf32>) -> tensor<0x0xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(m, n) -> (m, n)>, affine_map<(m, n) -> (m, n)>], iterator_types = ["parallel", "parallel"]} ins(%p : tensor<0x0xf32>) outs(%e : tensor<0x0xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<0x0xf32>
  return %y : tensor<0x0xf32>
}
