// RUN: webnn-opt --webnn-cpu-fuse-pads-into-producers --split-input-file %s | FileCheck %s

// The relu writes into the interior of the padded tensor, which is filled
// with the padding value first: no copy of the activation.
// CHECK-LABEL: func.func @relu_then_pad
// CHECK:         %[[FILL:.*]] = linalg.fill {{.*}} -> tensor<1x6x6x8xf32>
// CHECK:         %[[INTERIOR:.*]] = tensor.extract_slice %[[FILL]][0, 1, 1, 0] [1, 4, 4, 8]
// CHECK:         %[[RELU:.*]] = linalg.generic {{.*}} outs(%[[INTERIOR]] : tensor<1x4x4x8xf32>)
// CHECK:           arith.maximumf
// CHECK:         tensor.insert_slice %[[RELU]] into %[[FILL]][0, 1, 1, 0] [1, 4, 4, 8]
// CHECK-NOT:     tensor.pad
func.func @relu_then_pad(%x: tensor<1x4x4x8xf32>) -> tensor<1x6x6x8xf32> {
  %e = tensor.empty() : tensor<1x4x4x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x : tensor<1x4x4x8xf32>) outs(%e : tensor<1x4x4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %z = arith.constant 0.0 : f32
    %m = arith.maximumf %a, %z : f32
    linalg.yield %m : f32
  } -> tensor<1x4x4x8xf32>
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %r low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x4x4x8xf32> to tensor<1x6x6x8xf32>
  return %p : tensor<1x6x6x8xf32>
}

// -----

// A pad of a function argument (no linalg producer) stays a pad.
// CHECK-LABEL: func.func @pad_of_argument
// CHECK:         tensor.pad
func.func @pad_of_argument(%x: tensor<1x4x4x8xf32>) -> tensor<1x6x6x8xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x4x4x8xf32> to tensor<1x6x6x8xf32>
  return %p : tensor<1x6x6x8xf32>
}
