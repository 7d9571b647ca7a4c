// RUN: webnn-opt --webnn-cpu-choose-conv-schedule --split-input-file %s | FileCheck %s

// The filter (3x3x512x1024) outweighs the input (13x13x512), and 1024
// filters split into blocks of 32: the filter-blocks schedule.
// CHECK-LABEL: func.func @late_layer
// CHECK: linalg.conv_2d_nhwc_hwcf {{.*}}webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<filter_blocks>
func.func @late_layer(%x: tensor<1x15x15x512xf32>, %w: tensor<3x3x512x1024xf32>, %o: tensor<1x13x13x1024xf32>) -> tensor<1x13x13x1024xf32> {
  %0 = linalg.conv_2d_nhwc_hwcf ins(%x, %w : tensor<1x15x15x512xf32>, tensor<3x3x512x1024xf32>) outs(%o : tensor<1x13x13x1024xf32>) -> tensor<1x13x13x1024xf32>
  return %0 : tensor<1x13x13x1024xf32>
}

// -----

// The input (58x58x64) outweighs the filter (3x3x64x64): the rows schedule.
// CHECK-LABEL: func.func @early_layer
// CHECK: linalg.conv_2d_nhwc_hwcf {{.*}}webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>
func.func @early_layer(%x: tensor<1x58x58x64xf32>, %w: tensor<3x3x64x64xf32>, %o: tensor<1x56x56x64xf32>) -> tensor<1x56x56x64xf32> {
  %0 = linalg.conv_2d_nhwc_hwcf ins(%x, %w : tensor<1x58x58x64xf32>, tensor<3x3x64x64xf32>) outs(%o : tensor<1x56x56x64xf32>) -> tensor<1x56x56x64xf32>
  return %0 : tensor<1x56x56x64xf32>
}

// -----

// The filter outweighs the input, but 24 filters do not split into blocks
// of 32: the rows schedule.
// CHECK-LABEL: func.func @odd_filter_count
// CHECK: linalg.conv_2d_nhwc_hwcf {{.*}}webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>
func.func @odd_filter_count(%x: tensor<1x7x7x160xf32>, %w: tensor<1x1x160x24xf32>, %o: tensor<1x7x7x24xf32>) -> tensor<1x7x7x24xf32> {
  %0 = linalg.conv_2d_nhwc_hwcf ins(%x, %w : tensor<1x7x7x160xf32>, tensor<1x1x160x24xf32>) outs(%o : tensor<1x7x7x24xf32>) -> tensor<1x7x7x24xf32>
  return %0 : tensor<1x7x7x24xf32>
}

// -----

// Depthwise convolutions have one schedule: rows.
// CHECK-LABEL: func.func @depthwise
// CHECK: linalg.depthwise_conv_2d_nhwc_hwc {{.*}}webnn_cpu.conv_schedule = #webnn_cpu.conv_schedule<rows>
func.func @depthwise(%x: tensor<1x10x10x8xf32>, %w: tensor<3x3x8xf32>, %o: tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32> {
  %0 = linalg.depthwise_conv_2d_nhwc_hwc ins(%x, %w : tensor<1x10x10x8xf32>, tensor<3x3x8xf32>) outs(%o : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  return %0 : tensor<1x8x8x8xf32>
}

// -----

// Other ops are left alone.
// CHECK-LABEL: func.func @pooling
// CHECK-NOT: webnn_cpu.conv_schedule
func.func @pooling(%x: tensor<1x10x10x8xf32>, %w: tensor<3x3xf32>, %o: tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32> {
  %0 = linalg.pooling_nhwc_max ins(%x, %w : tensor<1x10x10x8xf32>, tensor<3x3xf32>) outs(%o : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  return %0 : tensor<1x8x8x8xf32>
}
