// RUN: webnn-opt --webnn-cpu-fuse-elementwise --split-input-file %s | FileCheck %s

#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>

// A bias add followed by a relu becomes one generic.
// CHECK-LABEL: func.func @bias_relu
// CHECK:         linalg.generic
// CHECK:           arith.addf
// CHECK:           arith.maximumf
// CHECK-NOT:     linalg.generic
func.func @bias_relu(%x: tensor<4x8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %zero = arith.constant 0.0 : f32
  %add = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %b : tensor<4x8xf32>, tensor<8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    linalg.yield %s : f32
  } -> tensor<4x8xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%add : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.maximumf %a, %zero : f32
    linalg.yield %m : f32
  } -> tensor<4x8xf32>
  return %relu : tensor<4x8xf32>
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>

// A producer with another use stays: fusing would compute it twice.
// CHECK-LABEL: func.func @shared_producer
// CHECK-COUNT-2: linalg.generic
func.func @shared_producer(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %e = tensor.empty() : tensor<4x8xf32>
  %neg = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  %exp = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%neg : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %n = math.exp %a : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  return %neg, %exp : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// A matmul after a flatten stays a linalg.matmul: the reshape is not
// propagated into it (the classifier of MobileNetV2 and ResNet).
// CHECK-LABEL: func.func @flatten_matmul
// CHECK:         tensor.collapse_shape
// CHECK:         linalg.matmul
func.func @flatten_matmul(%x: tensor<1x16x1x1xf32>, %w: tensor<16x10xf32>) -> tensor<1x10xf32> {
  %flat = tensor.collapse_shape %x [[0], [1, 2, 3]] : tensor<1x16x1x1xf32> into tensor<1x16xf32>
  %e = tensor.empty() : tensor<1x10xf32>
  %zero = arith.constant 0.0 : f32
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<1x10xf32>) -> tensor<1x10xf32>
  %r = linalg.matmul ins(%flat, %w : tensor<1x16xf32>, tensor<16x10xf32>) outs(%init : tensor<1x10xf32>) -> tensor<1x10xf32>
  return %r : tensor<1x10xf32>
}
