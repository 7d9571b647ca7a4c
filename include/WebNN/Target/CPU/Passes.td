//===- Passes.td - The CPU backend's passes ----------------*- tablegen -*-===//
//
// The passes of the CPU backend, in the order webnn-cpu-pipeline runs them:
// on linalg on tensors (fusion, schedules, tiling, vectorization), then on
// buffers (copies, accumulators).
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_TARGET_CPU_PASSES_TD
#define WEBNN_TARGET_CPU_PASSES_TD

include "mlir/Pass/PassBase.td"

def WebNNCPUFuseElementwise
    : Pass<"webnn-cpu-fuse-elementwise", "::mlir::func::FuncOp"> {
  let summary = "Fuse chains of element-wise linalg ops";
  let description = [{
    Fuses chains of element-wise `linalg.generic` ops (bias add, batch
    normalization, relu) into one where the producer has no other use.
    Unlike upstream's `linalg-fuse-elementwise-ops` it does not propagate
    reshapes through other ops: that turned the classifier's matmul after a
    flatten into a generic contraction that no schedule recognized.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def WebNNCPUFusePadsIntoProducers
    : Pass<"webnn-cpu-fuse-pads-into-producers", "::mlir::func::FuncOp"> {
  let summary = "Make element-wise producers of tensor.pad write into the "
                "padded tensor";
  let description = [{
    Lets the element-wise op that produces a padded activation (batch
    normalization and relu before a 3x3 convolution) write straight into the
    interior of the padded tensor, instead of writing the activation and
    copying it there.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def WebNNCPUChooseConvSchedule
    : Pass<"webnn-cpu-choose-conv-schedule", "::mlir::func::FuncOp"> {
  let summary = "Choose the loop order of each convolution";
  let description = [{
    Marks each convolution with the schedule `webnn-cpu-tile-and-vectorize`
    gives it (`webnn_cpu.conv_schedule`): a `linalg.conv_2d_nhwc_hwcf` gets
    `#webnn_cpu.conv_schedule<filter_blocks>` when its filter is larger than
    its input and splits into whole filter blocks, `<rows>` otherwise; a
    depthwise convolution gets `<rows>`. Other ops are left alone.
  }];
  let dependentDialects = ["::mlir::webnn::cpu::WebNNCPUDialect"];
}

def WebNNCPUFuseEpilogues
    : Pass<"webnn-cpu-fuse-epilogues", "::mlir::func::FuncOp"> {
  let summary = "Compute the element-wise epilogue of a labelled convolution "
                "or matmul inside the loops over its tiles";
  let description = [{
    The kernels of the fusion labels the CPU claims for epilogues
    (`conv2d_bias_activation`, `conv2d_residual_activation`, `gemm`). A
    convolution or matmul whose `webnn.fusion_label` is one of them and
    whose only user is an element-wise `linalg.generic` (its bias add,
    residual add, scaling and activation) becomes one loop nest over the
    heavy op's outer tiles (a convolution schedule's parallel tile, a
    matmul's cache blocks) whose body fills, computes and finishes its own
    tile in place, while it is in cache. A fused convolution tile carries
    `webnn_cpu.conv_tile` with its schedule. Heavy ops with another label,
    none, or a consumer that is not such an epilogue are left alone.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::scf::SCFDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::webnn::cpu::WebNNCPUDialect"];
}

def WebNNCPUTileAndVectorize
    : Pass<"webnn-cpu-tile-and-vectorize", "::mlir::ModuleOp"> {
  let summary = "Tile the heavy linalg ops to register blocks";
  let description = [{
    A transform-dialect schedule written from the tile sizes of
    `WebNN/Target/CPU/Schedule.h`: matmul in cache blocks then register
    tiles; batch matmul in register tiles; each convolution by its
    `webnn_cpu.conv_schedule` (a parallel loop over output rows or over
    filter blocks) then register tiles of one kernel row, decomposed to 1-D
    (tiles marked `webnn_cpu.conv_tile` are already in their parallel loop:
    only the register tiling is left); depthwise convolutions and pooling
    in a parallel loop over output rows, then one window row. The register
    tiles are vectorized by `webnn-cpu-vectorize-remaining`.
  }];
}

def WebNNCPUPackFilterBlocks
    : Pass<"webnn-cpu-pack-filter-blocks", "::mlir::func::FuncOp"> {
  let summary = "Pack constant filters so that the filter blocks of "
                "parallel loops are contiguous";
  let description = [{
    Packs the constant filter of every filter-blocks convolution so that
    each block of filters is contiguous: a filter `[KH, KW, C, F]` becomes
    `[F / B, KH, KW, C, B]`, and a parallel loop's slice of B filters at
    offset f becomes block f / B of the packed constant. Unpacked, a block's
    rows lie F * 4 bytes apart: with 1024 filters each row is on its own
    page, and the reduction over 3x3x1024 rows thrashed the TLB.
  }];
  let dependentDialects = ["::mlir::affine::AffineDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::tensor::TensorDialect"];
}

def WebNNCPUVectorizeRemaining
    : Pass<"webnn-cpu-vectorize-remaining", "::mlir::func::FuncOp"> {
  let summary = "Tile the remaining linalg ops into blocks and vectorize";
  let description = [{
    Peels the partial last tiles of loops whose step does not divide their
    trip count, so that every tile has a static shape; cuts every remaining
    large linalg op (fills, element-wise ops, transposes, reductions) into
    blocks of at most 512 iterations, in a parallel loop unless a reduction
    is cut; and vectorizes those blocks and the register tiles of
    `webnn-cpu-tile-and-vectorize` (contractions straight to
    `vector.contract`). What cannot be vectorized stays a linalg op and
    becomes scalar loops later.
  }];
  let dependentDialects = ["::mlir::affine::AffineDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::scf::SCFDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::vector::VectorDialect"];
}

def WebNNCPULowerVectors : Pass<"webnn-cpu-lower-vectors", "::mlir::ModuleOp"> {
  let summary = "Lower contractions to FMAs and transfers to 1-D loads and "
                "stores";
  let description = [{
    Lowers the vector ops that vectorization produced, in separate pattern
    groups since some sets do not converge when applied together:
    multiply-reductions back to contractions, contractions to outer
    products and FMAs, transfers to 1-D transfers, multi-reductions,
    transposes and shape casts, broadcasts. Then splits n-D vector
    `math.absi`, `math.ctlz` and `math.cttz` into 1-D ones, the only form
    the conversion to LLVM lowers.
  }];
  let dependentDialects = ["::mlir::vector::VectorDialect"];
}

def WebNNCPUCopiesToLoops
    : Pass<"webnn-cpu-copies-to-loops", "::mlir::func::FuncOp"> {
  let summary = "Rewrite memref.copy to linalg.copy";
  let description = [{
    `memref.copy` lowers to a call of the runtime's generic,
    element-by-element strided copy; `linalg.copy` becomes loops that LLVM
    vectorizes. Padding an activation copies it into a strided view of the
    padded buffer.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def WebNNCPUHoistAccumulators
    : Pass<"webnn-cpu-hoist-accumulators", "::mlir::func::FuncOp"> {
  let summary = "Hoist the accumulator reads and writes of register tiles "
                "out of their reduction loops";
  let description = [{
    Keeps the accumulators of the register tiles in registers across their
    reduction loops (kernel rows and columns, input channels): the
    `vector.transfer_read`/`transfer_write` pair of an output tile inside
    those loops becomes one read before them and one write after them, with
    the vector carried by the loops. Expects `fold-memref-alias-ops` to have
    turned the transfers' subviews into indices on the whole buffer.
  }];
}

#endif // WEBNN_TARGET_CPU_PASSES_TD
