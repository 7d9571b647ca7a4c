// RUN: webnn-opt --webnn-cpu-vectorize-remaining --split-input-file %s | FileCheck %s

// An element-wise op over a whole activation (7688 elements) is cut into
// blocks of at most 512 elements, filled from the innermost loop outwards
// (1x1x31x8 = 248), in a parallel loop; each block is vectorized.

// CHECK-LABEL: func.func @bias_add
// CHECK:         scf.forall (%{{.*}}, %{{.*}}) in (1, 31)
// CHECK:           %[[X:.*]] = vector.transfer_read {{.*}} : tensor<1x1x31x8xf32>, vector<1x1x31x8xf32>
// CHECK:           %[[B:.*]] = vector.transfer_read {{.*}} : tensor<8xf32>, vector<1x1x31x8xf32>
// CHECK:           arith.addf %[[X]], %[[B]] : vector<1x1x31x8xf32>
// CHECK:           tensor.parallel_insert_slice {{.*}} [1, 1, 31, 8]
// CHECK-NOT:     linalg.generic
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#channel = affine_map<(d0, d1, d2, d3) -> (d3)>
func.func @bias_add(%x: tensor<1x31x31x8xf32>, %b: tensor<8xf32>) -> tensor<1x31x31x8xf32> {
  %e = tensor.empty() : tensor<1x31x31x8xf32>
  %r = linalg.generic {indexing_maps = [#id4, #channel, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x, %b : tensor<1x31x31x8xf32>, tensor<8xf32>) outs(%e : tensor<1x31x31x8xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    linalg.yield %s : f32
  } -> tensor<1x31x31x8xf32>
  return %r : tensor<1x31x31x8xf32>
}

// -----

// Block sizes divide their loops (1000 = 2 x 500), so that every block has
// the same static shape.

// CHECK-LABEL: func.func @block_divides_loop
// CHECK:         scf.forall (%{{.*}}) = (0) to (1000) step (500)
// CHECK:           arith.negf {{.*}} : vector<500xf32>
func.func @block_divides_loop(%x: tensor<1000xf32>) -> tensor<1000xf32> {
  %e = tensor.empty() : tensor<1000xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%x : tensor<1000xf32>) outs(%e : tensor<1000xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.negf %a : f32
    linalg.yield %s : f32
  } -> tensor<1000xf32>
  return %r : tensor<1000xf32>
}

// -----

// A small op is vectorized whole, without a loop.

// CHECK-LABEL: func.func @small
// CHECK-NOT:     scf.forall
// CHECK:         arith.negf {{.*}} : vector<4x8xf32>
// CHECK-NOT:     linalg.generic
func.func @small(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.negf %a : f32
    linalg.yield %s : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// -----

// A register tile of the heavy-op schedule (a matmul of 8x32x16) is
// vectorized whole into a contraction, though larger than a block.

// CHECK-LABEL: func.func @register_tile
// CHECK-NOT:     scf.forall
// CHECK:         vector.contract {{.*}} vector<8x16xf32>, vector<16x32xf32> into vector<8x32xf32>
func.func @register_tile(%a: tensor<8x16xf32>, %b: tensor<16x32xf32>, %c: tensor<8x32xf32>) -> tensor<8x32xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<8x16xf32>, tensor<16x32xf32>) outs(%c : tensor<8x32xf32>) -> tensor<8x32xf32>
  return %r : tensor<8x32xf32>
}

// -----

// An op already inside a parallel loop is tiled with serial loops (no
// nested parallelism).

// CHECK-LABEL: func.func @inside_parallel_loop
// CHECK:         scf.forall
// CHECK-NOT:       scf.forall
// CHECK:           scf.for
// CHECK:             arith.negf {{.*}} : vector<512xf32>
func.func @inside_parallel_loop(%x: tensor<2x1024xf32>) -> tensor<2x1024xf32> {
  %e = tensor.empty() : tensor<2x1024xf32>
  %r = scf.forall (%i) in (2) shared_outs(%out = %e) -> (tensor<2x1024xf32>) {
    %row = tensor.extract_slice %x[%i, 0] [1, 1024] [1, 1] : tensor<2x1024xf32> to tensor<1024xf32>
    %init = tensor.empty() : tensor<1024xf32>
    %neg = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%row : tensor<1024xf32>) outs(%init : tensor<1024xf32>) {
    ^bb0(%a: f32, %o: f32):
      %s = arith.negf %a : f32
      linalg.yield %s : f32
    } -> tensor<1024xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %neg into %out[%i, 0] [1, 1024] [1, 1] : tensor<1024xf32> into tensor<2x1024xf32>
    }
  }
  return %r : tensor<2x1024xf32>
}

// -----

// Dynamic shapes are left alone: they become scalar loops later.

// CHECK-LABEL: func.func @dynamic
// CHECK-NOT:     vector.
// CHECK:         linalg.generic
func.func @dynamic(%x: tensor<?x8xf32>, %e: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<?x8xf32>) outs(%e : tensor<?x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.negf %a : f32
    linalg.yield %s : f32
  } -> tensor<?x8xf32>
  return %r : tensor<?x8xf32>
}

// -----

// A reduction cut into blocks (16 rows of 1000 sums, in blocks of 500) is
// tiled with serial loops: blocks of one row's sum would race in a
// parallel loop.
// CHECK-LABEL: func.func @reduction_blocks
// CHECK-NOT:     scf.forall
// CHECK:         scf.for
// CHECK:           scf.for
// CHECK:             vector.multi_reduction
func.func @reduction_blocks(%x: tensor<16x1000xf32>, %init: tensor<16xf32>) -> tensor<16xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<16x1000xf32>) outs(%init : tensor<16xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    linalg.yield %s : f32
  } -> tensor<16xf32>
  return %r : tensor<16xf32>
}
