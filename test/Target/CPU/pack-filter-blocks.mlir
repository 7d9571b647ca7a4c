// RUN: webnn-opt --webnn-cpu-pack-filter-blocks --canonicalize --split-input-file %s | FileCheck %s

// A parallel loop over blocks of 2 filters takes its slice of a constant
// [1, 1, 2, 4] filter from a packed [2, 1, 1, 2, 2] constant, where each
// block is contiguous: block 0 holds filters 0-1 (0, 1 / 4, 5), block 1
// filters 2-3 (2, 3 / 6, 7).
// CHECK-LABEL: func.func @filter_blocks
// CHECK:         %[[PACKED:.*]] = arith.constant dense_resource<packed_filter> : tensor<2x1x1x2x2xf32>
// CHECK:         scf.forall (%[[I:.*]]) in (2)
// CHECK:           tensor.extract_slice %[[PACKED]][%[[I]], 0, 0, 0, 0] [1, 1, 1, 2, 2] [1, 1, 1, 1, 1] : tensor<2x1x1x2x2xf32> to tensor<1x1x2x2xf32>
// CHECK:         packed_filter: "0x08000000000000000000803F000080400000A04000000040000040400000C0400000E040"
func.func @filter_blocks(%out: tensor<2x1x1x2x2xf32>) -> tensor<2x1x1x2x2xf32> {
  %w = arith.constant dense<[[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0]]]]> : tensor<1x1x2x4xf32>
  %r = scf.forall (%i) in (2) shared_outs(%o = %out) -> (tensor<2x1x1x2x2xf32>) {
    %off = affine.apply affine_map<(d0) -> (d0 * 2)>(%i)
    %block = tensor.extract_slice %w[0, 0, 0, %off] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x1x2x4xf32> to tensor<1x1x2x2xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %block into %o[%i, 0, 0, 0, 0] [1, 1, 1, 2, 2] [1, 1, 1, 1, 1] : tensor<1x1x2x2xf32> into tensor<2x1x1x2x2xf32>
    }
  }
  return %r : tensor<2x1x1x2x2xf32>
}

// -----

// A slice outside a parallel loop, a filter that is not a constant, and a
// slice of all the filters (folded away by canonicalize) are left alone.
// CHECK-LABEL: func.func @left_alone
// CHECK-NOT:     packed_filter
// CHECK:         tensor.extract_slice %{{.*}}[0, 0, 0, 2] [1, 1, 2, 2]
// CHECK:         scf.forall
// CHECK:           tensor.extract_slice %arg0[0, 0, 0, %{{.*}}] [1, 1, 2, 2]
// CHECK-NOT:     packed_filter
func.func @left_alone(%arg: tensor<1x1x2x4xf32>) -> (tensor<1x1x2x2xf32>, tensor<1x1x2x4xf32>, tensor<1x1x2x4xf32>) {
  %w = arith.constant dense<[[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0]]]]> : tensor<1x1x2x4xf32>
  %outside = tensor.extract_slice %w[0, 0, 0, 2] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x1x2x4xf32> to tensor<1x1x2x2xf32>
  %e = tensor.empty() : tensor<1x1x2x4xf32>
  %r:2 = scf.forall (%i) in (2) shared_outs(%o = %e, %p = %e) -> (tensor<1x1x2x4xf32>, tensor<1x1x2x4xf32>) {
    %off = affine.apply affine_map<(d0) -> (d0 * 2)>(%i)
    %fromArg = tensor.extract_slice %arg[0, 0, 0, %off] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x1x2x4xf32> to tensor<1x1x2x2xf32>
    %whole = tensor.extract_slice %w[0, 0, 0, 0] [1, 1, 2, 4] [1, 1, 1, 1] : tensor<1x1x2x4xf32> to tensor<1x1x2x4xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %fromArg into %o[0, 0, 0, %off] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x1x2x2xf32> into tensor<1x1x2x4xf32>
      tensor.parallel_insert_slice %whole into %p[0, 0, 0, 0] [1, 1, 2, 4] [1, 1, 1, 1] : tensor<1x1x2x4xf32> into tensor<1x1x2x4xf32>
    }
  }
  return %outside, %r#0, %r#1 : tensor<1x1x2x2xf32>, tensor<1x1x2x4xf32>, tensor<1x1x2x4xf32>
}
