// RUN: webnn-opt %s --split-input-file --verify-diagnostics

// The CPU backend's attributes are checked where they are set, so that a
// hand-written or corrupted schedule is an error, not a silently ignored
// string.

func.func @not_a_schedule(%x: tensor<1x3x3x1xf32>, %w: tensor<1x1x1x1xf32>, %o: tensor<1x3x3x1xf32>) -> tensor<1x3x3x1xf32> {
  // expected-error @+1 {{'webnn_cpu.conv_schedule' must be a #webnn_cpu.conv_schedule}}
  %0 = linalg.conv_2d_nhwc_hwcf {webnn_cpu.conv_schedule = "rows"} ins(%x, %w : tensor<1x3x3x1xf32>, tensor<1x1x1x1xf32>) outs(%o : tensor<1x3x3x1xf32>) -> tensor<1x3x3x1xf32>
  return %0 : tensor<1x3x3x1xf32>
}

// -----

func.func @unknown_attribute(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{unknown attribute 'webnn_cpu.tile' of the webnn_cpu dialect}}
  %0 = arith.addf %x, %x {webnn_cpu.tile = #webnn_cpu.conv_schedule<rows>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// expected-error @+2 {{expected ::mlir::webnn::cpu::ConvSchedule to be one of: rows, filter_blocks}}
// expected-error @+1 {{failed to parse WebNNCPU_ConvScheduleAttr parameter 'value'}}
func.func @unknown_schedule() attributes {webnn_cpu.conv_tile = #webnn_cpu.conv_schedule<columns>} {
  return
}
