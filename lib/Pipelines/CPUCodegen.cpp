//===- CPUCodegen.cpp - Tiling and vectorization for the CPU --------------===//
//
// The CPU pipeline's code generation strategy, written as transform dialect
// scripts so that it reads as a schedule:
// - on tensors: tile each heavy linalg op to register-sized blocks (matmul:
//   64x128x128 for the caches, then 8x32x16 for the registers; convolutions
//   and pooling: a parallel loop over output rows, then 8 output columns,
//   32 channels, one kernel row, decomposed to 1-D);
// - tile what is left (fills, element-wise ops, ...) into a parallel loop of
//   blocks of at most 512 elements and vectorize them and the register
//   tiles; lower contractions to FMAs;
// - on buffers: rewrite copies (padding) to loops that LLVM vectorizes, and
//   keep the accumulators of register tiles in registers across their
//   reduction loops.
// The parallel loops become OpenMP work-sharing loops or serial loops in
// Pipelines.cpp, as the thread count asks.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Pipelines/Pipelines.h"

#include "WebNN/Dialect/WebNN/IR/ConstantData.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Hoisting.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Patterns.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/Transform/IR/TransformDialect.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Transform/IR/TransformOps.h"
#include "mlir/Dialect/Transform/Interfaces/TransformInterfaces.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"

#include <cstring>

using namespace mlir;

/// Tiling and vectorization of the heavy ops (matmul, convolution, pooling)
/// on tensors.
static constexpr const char *kHeavyOpSchedule = R"mlir(
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %mm = transform.structured.match ops{["linalg.matmul"]} in %root : (!transform.any_op) -> !transform.any_op
    %mm1, %mml1:3 = transform.structured.tile_using_for %mm tile_sizes [64, 128, 128] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    %mm2, %mml2:3 = transform.structured.tile_using_for %mm1 tile_sizes [8, 32, 16] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)

    %bmm = transform.structured.match ops{["linalg.batch_matmul"]} in %root : (!transform.any_op) -> !transform.any_op
    %bmm1, %bmml:4 = transform.structured.tile_using_for %bmm tile_sizes [1, 8, 32, 16] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)

    // Convolutions run one of two schedules, chosen per op by
    // webnn-cpu-choose-conv-schedule. conv dims: n, oh, ow, f, kh, kw, c.
    // "rows": a parallel loop over output rows, each of which streams the
    // whole filter (early layers: the activations outweigh the filter).
    // Tiles marked webnn.conv_tile are already inside their schedule's
    // parallel loop, fused with their epilogue (webnn-cpu-fuse-epilogues).
    %convr = transform.structured.match ops{["linalg.conv_2d_nhwc_hwcf"]} attributes{webnn.conv_schedule = "rows"} in %root : (!transform.any_op) -> !transform.any_op
    %convrt = transform.structured.match ops{["linalg.conv_2d_nhwc_hwcf"]} attributes{webnn.conv_tile = "rows"} in %root : (!transform.any_op) -> !transform.any_op
    %convr0, %convrf = transform.structured.tile_using_forall %convr tile_sizes [1, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %convrs = transform.merge_handles %convr0, %convrt : !transform.any_op
    %convr1, %convrl:5 = transform.structured.tile_using_for %convrs tile_sizes [0, 0, 8, 32, 1, 1, 8] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    // "filter_blocks": a parallel loop over blocks of 32 filters, each of
    // which stays in cache while every output row uses it (late layers:
    // the filter outweighs the activations, and streaming it once per row
    // made them memory-bound).
    %convb = transform.structured.match ops{["linalg.conv_2d_nhwc_hwcf"]} attributes{webnn.conv_schedule = "filter_blocks"} in %root : (!transform.any_op) -> !transform.any_op
    %convbt = transform.structured.match ops{["linalg.conv_2d_nhwc_hwcf"]} attributes{webnn.conv_tile = "filter_blocks"} in %root : (!transform.any_op) -> !transform.any_op
    %convb0, %convbf = transform.structured.tile_using_forall %convb tile_sizes [0, 0, 0, 32] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %convbs = transform.merge_handles %convb0, %convbt : !transform.any_op
    %convb1, %convbl:6 = transform.structured.tile_using_for %convbs tile_sizes [1, 1, 8, 0, 1, 1, 8] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    // Pooling and depthwise convolutions: output rows are independent, an
    // scf.forall over (n, oh) carries each op's share of the threads (or
    // becomes a serial loop).
    // depthwise dims: n, oh, ow, c, kh, kw.
    %dw = transform.structured.match ops{["linalg.depthwise_conv_2d_nhwc_hwc"]} attributes{webnn.conv_schedule = "rows"} in %root : (!transform.any_op) -> !transform.any_op
    %dwt = transform.structured.match ops{["linalg.depthwise_conv_2d_nhwc_hwc"]} attributes{webnn.conv_tile = "rows"} in %root : (!transform.any_op) -> !transform.any_op
    %dw0, %dwf = transform.structured.tile_using_forall %dw tile_sizes [1, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %dws = transform.merge_handles %dw0, %dwt : !transform.any_op
    %dw1, %dwl:3 = transform.structured.tile_using_for %dws tile_sizes [0, 0, 8, 32, 1, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    // pooling dims: n, oh, ow, c, kh, kw.
    %pool = transform.structured.match ops{["linalg.pooling_nhwc_sum", "linalg.pooling_nhwc_max", "linalg.pooling_nhwc_max_unsigned"]} in %root : (!transform.any_op) -> !transform.any_op
    %pool0, %poolf = transform.structured.tile_using_forall %pool tile_sizes [1, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %pool1, %pooll:3 = transform.structured.tile_using_for %pool0 tile_sizes [0, 0, 8, 32, 1, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)

    // With one kernel row per tile, 2-D convolutions and pools become 1-D.
    %convr1d = transform.structured.decompose %convr1 : (!transform.any_op) -> !transform.any_op
    %convb1d = transform.structured.decompose %convb1 : (!transform.any_op) -> !transform.any_op
    %dw1d = transform.structured.decompose %dw1 : (!transform.any_op) -> !transform.any_op
    %pool1d = transform.structured.decompose %pool1 : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}
)mlir";

/// Lowering of the vector ops that vectorization produced: contractions to
/// FMAs on 1-D vectors (outer products), transfers to 1-D loads and stores.
static constexpr const char *kVectorLoweringSchedule = R"mlir(
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    // Separate groups: some of these sets do not converge when applied
    // together (e.g. broadcast lowering with canonicalization).
    // Vectorized matmuls arrive as broadcast + multiply + reduction: turn
    // them back into contractions first.
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.reduction_to_contract
      transform.apply_patterns.vector.cast_away_vector_leading_one_dim
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.lower_contraction lowering_strategy = "outerproduct"
      transform.apply_patterns.vector.lower_outerproduct
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.transfer_permutation_patterns
      transform.apply_patterns.vector.lower_transfer max_transfer_rank = 1
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.lower_multi_reduction lowering_strategy = "innerreduction"
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.lower_transpose
      transform.apply_patterns.vector.lower_shape_cast
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.lower_broadcast
    } : !transform.any_op
    transform.yield
  }
}
)mlir";

namespace {
/// Applies a transform dialect script, parsed once per pass instance.
class TransformSchedulePass
    : public PassWrapper<TransformSchedulePass, OperationPass<ModuleOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TransformSchedulePass)

  TransformSchedulePass(StringRef argument, StringRef description,
                        StringRef script)
      : argument(argument), description(description), script(script) {}
  TransformSchedulePass(const TransformSchedulePass &other)
      : PassWrapper(other), argument(other.argument),
        description(other.description), script(other.script) {}

  StringRef getArgument() const override { return argument; }
  StringRef getDescription() const override { return description; }

  void getDependentDialects(DialectRegistry &registry) const override {
    webnn::registerPipelineDependencies(registry);
  }

  LogicalResult initialize(MLIRContext *context) override {
    schedule = parseSourceString<ModuleOp>(script, context);
    if (!schedule)
      return emitError(UnknownLoc::get(context))
             << argument << ": the built-in schedule does not parse";
    return success();
  }

  void runOnOperation() override {
    auto entry = schedule->lookupSymbol<transform::NamedSequenceOp>(
        "__transform_main");
    if (!entry) {
      getOperation().emitError() << argument << ": no @__transform_main";
      return signalPassFailure();
    }
    if (failed(transform::applyTransforms(
            getOperation(), entry, {}, transform::TransformOptions(),
            /*enforceToplevelTransformOp=*/false)))
      signalPassFailure();
  }

private:
  std::string argument, description, script;
  OwningOpRef<ModuleOp> schedule;
};
} // namespace

namespace {
/// Tiles every remaining large linalg op (fills, element-wise ops,
/// transposes, reductions) into blocks that fit in registers and vectorizes
/// them, together with the register tiles of the heavy-op schedule. What cannot
/// be vectorized stays a linalg op and becomes scalar loops later.
class TileAndVectorizeRemainingPass
    : public PassWrapper<TileAndVectorizeRemainingPass,
                         OperationPass<func::FuncOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TileAndVectorizeRemainingPass)

  LogicalResult canonicalize() {
    MLIRContext *context = &getContext();
    RewritePatternSet patterns(context);
    for (Dialect *dialect : context->getLoadedDialects())
      dialect->getCanonicalizationPatterns(patterns);
    for (RegisteredOperationName op : context->getRegisteredOperations())
      op.getCanonicalizationPatterns(patterns, context);
    // Tile sizes such as min(128 - i, 32) in a loop over i = 0, 32, ..., 96
    // are 32: knowing the loop bounds makes the tile static.
    scf::populateSCFForLoopCanonicalizationPatterns(patterns);
    return applyPatternsGreedily(getOperation(), std::move(patterns));
  }

  /// Splits the last, partial iteration off every tile loop whose step does
  /// not divide its trip (144 channels in tiles of 32), so that every tile
  /// has a static shape and vectorizes. Inner loops come first in the walk.
  /// Returns whether a loop was peeled.
  bool peelPartialTiles(RewriterBase &rewriter) {
    SmallVector<scf::ForOp> loops;
    getOperation().walk([&](scf::ForOp loop) { loops.push_back(loop); });
    bool peeled = false;
    for (scf::ForOp loop : loops) {
      std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
      std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound());
      std::optional<int64_t> step = getConstantIntValue(loop.getStep());
      if (!lb || !ub || !step || *step <= 0 || (*ub - *lb) % *step == 0)
        continue;
      scf::ForOp partial;
      peeled |=
          succeeded(scf::peelForLoopAndSimplifyBounds(rewriter, loop, partial));
    }
    return peeled;
  }
  /// Peeling an outer loop makes the bounds of the loops inside its partial
  /// copy static (a 1000-wide matmul in tiles of 128 leaves a 104-wide
  /// tile, itself cut in tiles of 32): peel again, a few rounds at most.
  static constexpr int kPeelRounds = 3;
  /// The largest register tile of the heavy-op schedule (matmul 8x32x16).
  static constexpr int64_t kMaxRegisterTileElements = 8192;
  /// The largest block of any other op vectorized in one piece: 32 AVX-512
  /// registers of f32.
  static constexpr int64_t kMaxBlockElements = 512;

  /// Tile sizes that cut a loop nest into blocks of at most `budget`
  /// iterations, filled from the innermost loop outwards so that a block is
  /// as contiguous as the loop order allows. Each size divides its loop, so
  /// every block has the same static shape; 0 keeps a loop whole.
  static SmallVector<OpFoldResult>
  blockTileSizes(OpBuilder &builder, ArrayRef<int64_t> ranges,
                 int64_t budget) {
    SmallVector<int64_t> sizes(ranges.size(), 1);
    for (int64_t i = static_cast<int64_t>(ranges.size()) - 1; i >= 0; --i) {
      int64_t size = std::min(ranges[i], budget);
      while (ranges[i] % size != 0)
        --size;
      sizes[i] = size == ranges[i] ? 0 : size;
      budget /= size;
      if (size != ranges[i])
        break;
    }
    return getAsIndexOpFoldResult(builder.getContext(), sizes);
  }

  StringRef getArgument() const override {
    return "webnn-cpu-vectorize-remaining";
  }
  StringRef getDescription() const override {
    return "Tile the remaining linalg ops into blocks and vectorize (CPU)";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    webnn::registerPipelineDependencies(registry);
  }

  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    for (int round = 0; round < kPeelRounds; ++round) {
      bool peeled = peelPartialTiles(rewriter);
      // Fold the peeled tiles' constant sizes into static slice types.
      if (failed(canonicalize()))
        return signalPassFailure();
      if (!peeled)
        break;
    }
    SmallVector<linalg::LinalgOp> ops;
    getOperation().walk([&](linalg::LinalgOp op) { ops.push_back(op); });

    SmallVector<linalg::LinalgOp> small;
    for (linalg::LinalgOp op : ops) {
      if (!op.hasPureTensorSemantics() || op.hasDynamicShape())
        continue;
      SmallVector<int64_t> ranges = op.getStaticLoopRanges();
      int64_t count = 1;
      for (int64_t r : ranges)
        count *= r;
      // Register tiles left by the heavy-op schedule carry a reduction and
      // are vectorized whole; anything else is vectorized in blocks of at
      // most kMaxBlockElements, because unrolling a whole activation into
      // vector ops makes code (and compile time) grow with the tensor.
      bool isRegisterTile = op.getNumReductionLoops() > 0 &&
                            count <= kMaxRegisterTileElements;
      if (isRegisterTile || count <= kMaxBlockElements) {
        small.push_back(op);
        continue;
      }
      SmallVector<OpFoldResult> sizes =
          blockTileSizes(rewriter, ranges, kMaxBlockElements);
      scf::SCFTilingOptions options;
      options.setTileSizes(sizes);
      // The blocks are independent, and run in a parallel loop, unless the
      // op is already inside one or a reduction loop is cut: blocks of one
      // reduction accumulate into the same elements, which threads would
      // race on.
      bool cutsReduction = false;
      for (auto [size, iterator] :
           llvm::zip(sizes, op.getIteratorTypesArray()))
        cutsReduction |= iterator == utils::IteratorType::reduction &&
                         getConstantIntValue(size) != 0;
      if (!cutsReduction && !op->getParentOfType<scf::ForallOp>())
        options.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
      rewriter.setInsertionPoint(op);
      auto tiled = scf::tileUsingSCF(
          rewriter, cast<TilingInterface>(op.getOperation()), options);
      if (failed(tiled))
        continue;
      rewriter.replaceOp(op, tiled->replacements);
      for (Operation *tiledOp : tiled->tiledOps)
        if (auto linalgOp = dyn_cast<linalg::LinalgOp>(tiledOp))
          small.push_back(linalgOp);
    }

    for (linalg::LinalgOp op : small) {
      if (op.hasDynamicShape())
        continue;
      rewriter.setInsertionPoint(op);
      // Contractions (matmul tiles) go straight to vector.contract, which
      // lowers to FMAs on outer products.
      FailureOr<linalg::VectorizationResult> result = linalg::vectorize(
          rewriter, op, /*inputVectorSizes=*/{}, /*inputScalableVecDims=*/{},
          /*vectorizeNDExtract=*/false, /*flatten1DDepthwiseConv=*/false,
          /*assumeDynamicDimsMatchVecSizes=*/false,
          /*createNamedContraction=*/true);
      if (failed(result))
        continue;
      if (op->getNumResults() == 0)
        rewriter.eraseOp(op);
      else
        rewriter.replaceOp(op, result->replacements);
    }
  }
};
} // namespace

namespace {
/// Rewrites memref.copy (which lowers to a call of the runtime's generic,
/// element-by-element strided copy) to linalg.copy, which becomes loops
/// that LLVM vectorizes: padding an activation copies it into a strided
/// view of the padded buffer.
class CopiesToLoopsPass
    : public PassWrapper<CopiesToLoopsPass, OperationPass<func::FuncOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(CopiesToLoopsPass)

  StringRef getArgument() const override { return "webnn-cpu-copies-to-loops"; }
  StringRef getDescription() const override {
    return "Rewrite memref.copy to linalg.copy (CPU)";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<linalg::LinalgDialect>();
  }
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    getOperation().walk([&](memref::CopyOp copy) {
      rewriter.setInsertionPoint(copy);
      rewriter.replaceOpWithNewOp<linalg::CopyOp>(copy, copy.getSource(),
                                                  copy.getTarget());
    });
  }
};
} // namespace

namespace {
/// Keeps the accumulators of the register tiles in registers across their
/// reduction loops (kernel rows and columns, input channels): the
/// transfer_read/transfer_write pair of an output tile inside those loops
/// becomes one read before them and one write after them, with the vector
/// carried by the loops. Expects fold-memref-alias-ops to have turned the
/// transfers' subviews into indices on the whole buffer.
class HoistAccumulatorsPass
    : public PassWrapper<HoistAccumulatorsPass, OperationPass<func::FuncOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(HoistAccumulatorsPass)

  StringRef getArgument() const override {
    return "webnn-cpu-hoist-accumulators";
  }
  StringRef getDescription() const override {
    return "Hoist the accumulator reads and writes of register tiles out "
           "of their reduction loops (CPU)";
  }
  void runOnOperation() override {
    // The tiles' index computations are loop-invariant but sit in the
    // innermost loop body; move them out first, so that the transfers'
    // operands are invariant.
    getOperation().walk(
        [](LoopLikeOpInterface loop) { moveLoopInvariantCode(loop); });
    linalg::hoistRedundantVectorTransfers(getOperation(),
                                          /*verifyNonZeroTrip=*/true);
  }
};
} // namespace

std::unique_ptr<Pass> mlir::webnn::createCPUHoistAccumulatorsPass() {
  return std::make_unique<HoistAccumulatorsPass>();
}

std::unique_ptr<Pass> mlir::webnn::createCPUCopiesToLoopsPass() {
  return std::make_unique<CopiesToLoopsPass>();
}

namespace {
/// Fuses chains of element-wise linalg.generic ops (bias add, batch
/// normalization, relu) into one, where the producer has no other use.
/// Unlike upstream's linalg-fuse-elementwise-ops it does not propagate
/// reshapes through other ops: that turned the classifier's matmul after a
/// flatten into a generic contraction that no schedule recognized.
class FuseElementwisePass
    : public PassWrapper<FuseElementwisePass, OperationPass<func::FuncOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(FuseElementwisePass)

  StringRef getArgument() const override {
    return "webnn-cpu-fuse-elementwise";
  }
  StringRef getDescription() const override {
    return "Fuse chains of element-wise linalg ops (CPU)";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<linalg::LinalgDialect>();
  }
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    linalg::populateElementwiseOpsFusionPatterns(
        patterns, [](OpOperand *fused) {
          Operation *producer = fused->get().getDefiningOp();
          return producer && producer->hasOneUse();
        });
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace

std::unique_ptr<Pass> mlir::webnn::createCPUFuseElementwisePass() {
  return std::make_unique<FuseElementwisePass>();
}

namespace {
/// Lets the element-wise op that produces a padded activation (batch
/// normalization and relu before a 3x3 convolution) write straight into
/// the interior of the padded buffer, instead of writing the activation
/// and copying it there.
class FusePadsIntoProducersPass
    : public PassWrapper<FusePadsIntoProducersPass,
                         OperationPass<func::FuncOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(FusePadsIntoProducersPass)

  StringRef getArgument() const override {
    return "webnn-cpu-fuse-pads-into-producers";
  }
  StringRef getDescription() const override {
    return "Make element-wise producers of tensor.pad write into the padded "
           "tensor (CPU)";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<linalg::LinalgDialect, tensor::TensorDialect>();
  }
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    linalg::populateFuseTensorPadWithProducerLinalgOpPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace

std::unique_ptr<Pass> mlir::webnn::createCPUFusePadsIntoProducersPass() {
  return std::make_unique<FusePadsIntoProducersPass>();
}

namespace {
/// Marks each convolution with the schedule the heavy-op script gives it
/// (webnn.conv_schedule): a linalg.conv_2d_nhwc_hwcf "filter_blocks" when its
/// filter is larger than its input and splits into blocks of 32 filters,
/// "rows" otherwise; a depthwise convolution "rows".
class ChooseConvSchedulePass
    : public PassWrapper<ChooseConvSchedulePass, OperationPass<func::FuncOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(ChooseConvSchedulePass)

  StringRef getArgument() const override {
    return "webnn-cpu-choose-conv-schedule";
  }
  StringRef getDescription() const override {
    return "Choose the loop order of each convolution (CPU)";
  }
  void runOnOperation() override {
    // Depthwise convolutions have one schedule.
    getOperation().walk([](linalg::DepthwiseConv2DNhwcHwcOp conv) {
      conv->setAttr(webnn::kConvScheduleAttrName,
                    StringAttr::get(conv.getContext(), "rows"));
    });
    getOperation().walk([](linalg::Conv2DNhwcHwcfOp conv) {
      auto input = cast<ShapedType>(conv.getInputs()[0].getType());
      auto filter = cast<ShapedType>(conv.getInputs()[1].getType());
      StringRef schedule = "rows";
      if (input.hasStaticShape() && filter.hasStaticShape() &&
          filter.getNumElements() > input.getNumElements() &&
          filter.getDimSize(3) % kFilterBlock == 0)
        schedule = "filter_blocks";
      conv->setAttr(webnn::kConvScheduleAttrName,
                    StringAttr::get(conv.getContext(), schedule));
    });
  }

private:
  /// The filter block of the "filter_blocks" schedule.
  static constexpr int64_t kFilterBlock = 32;
};
} // namespace

std::unique_ptr<Pass> mlir::webnn::createCPUChooseConvSchedulePass() {
  return std::make_unique<ChooseConvSchedulePass>();
}

namespace {
/// Packs the constant filter of every "filter_blocks" convolution so that
/// each block of 32 filters is contiguous: a filter [KH, KW, C, F] becomes
/// [F / 32, KH, KW, C, 32], and the parallel loop's slice of filters
/// [KH, KW, C, 32] at offset f becomes block f / 32 of the packed constant.
/// Unpacked, a block's rows lie F * 4 bytes apart: with 1024 filters each
/// row is on its own page, and the reduction over 3x3x1024 rows thrashed
/// the TLB (TinyYOLOv2's last layers ran at a third of the peak).
class PackFilterBlocksPass
    : public PassWrapper<PackFilterBlocksPass, OperationPass<func::FuncOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(PackFilterBlocksPass)

  StringRef getArgument() const override {
    return "webnn-cpu-pack-filter-blocks";
  }
  StringRef getDescription() const override {
    return "Pack constant filters so that the filter blocks of parallel "
           "loops are contiguous (CPU)";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<affine::AffineDialect, arith::ArithDialect,
                    tensor::TensorDialect>();
  }

  void runOnOperation() override {
    SmallVector<tensor::ExtractSliceOp> slices;
    getOperation().walk([&](tensor::ExtractSliceOp slice) {
      if (slice->getParentOfType<scf::ForallOp>() && getBlock(slice))
        slices.push_back(slice);
    });
    DenseMap<std::pair<Operation *, int64_t>, Value> packedConstants;
    IRRewriter rewriter(&getContext());
    for (tensor::ExtractSliceOp slice : slices) {
      auto constant = slice.getSource().getDefiningOp<arith::ConstantOp>();
      int64_t block = *getBlock(slice);
      Value &packed = packedConstants[{constant, block}];
      if (!packed) {
        rewriter.setInsertionPoint(constant);
        packed = pack(rewriter, constant, block);
        if (!packed)
          continue;
      }
      auto type = cast<RankedTensorType>(slice.getType());
      rewriter.setInsertionPoint(slice);
      Location loc = slice.getLoc();
      OpFoldResult offset = slice.getMixedOffsets()[3];
      AffineExpr d0 = rewriter.getAffineDimExpr(0);
      OpFoldResult blockIndex = affine::makeComposedFoldedAffineApply(
          rewriter, loc, d0.floorDiv(block), {offset});
      OpFoldResult zero = rewriter.getIndexAttr(0);
      OpFoldResult one = rewriter.getIndexAttr(1);
      SmallVector<OpFoldResult> offsets = {blockIndex, zero, zero, zero, zero};
      SmallVector<OpFoldResult> sizes = {one};
      for (int64_t size : type.getShape())
        sizes.push_back(rewriter.getIndexAttr(size));
      SmallVector<OpFoldResult> strides(5, one);
      rewriter.replaceOpWithNewOp<tensor::ExtractSliceOp>(
          slice, type, packed, offsets, sizes, strides);
    }
  }

private:
  /// The filter block a slice takes from a constant [KH, KW, C, F] filter:
  /// all of its first three dimensions and B < F filters, B dividing F.
  static std::optional<int64_t> getBlock(tensor::ExtractSliceOp slice) {
    auto constant = slice.getSource().getDefiningOp<arith::ConstantOp>();
    auto sourceType = dyn_cast<RankedTensorType>(slice.getSourceType());
    auto type = slice.getType();
    if (!constant || !sourceType || sourceType.getRank() != 4 ||
        type.getRank() != 4 || !sourceType.hasStaticShape() ||
        !type.hasStaticShape() || !sourceType.getElementType().isIntOrFloat())
      return std::nullopt;
    for (int64_t d = 0; d < 3; ++d)
      if (type.getDimSize(d) != sourceType.getDimSize(d) ||
          getConstantIntValue(slice.getMixedOffsets()[d]) != 0)
        return std::nullopt;
    for (OpFoldResult stride : slice.getMixedStrides())
      if (getConstantIntValue(stride) != 1)
        return std::nullopt;
    int64_t block = type.getDimSize(3);
    int64_t filters = sourceType.getDimSize(3);
    if (block >= filters || filters % block != 0)
      return std::nullopt;
    // The slice must start on a block: a constant multiple of it, or
    // iv * block as the parallel loop computes it.
    OpFoldResult offset = slice.getMixedOffsets()[3];
    if (std::optional<int64_t> value = getConstantIntValue(offset))
      return *value % block == 0 ? std::optional<int64_t>(block)
                                 : std::nullopt;
    // Or the induction variable of a parallel loop stepping by blocks from
    // a block boundary, as the fused epilogues' loops have it.
    if (auto iv = dyn_cast<BlockArgument>(cast<Value>(offset)))
      if (auto loop = dyn_cast<scf::ForallOp>(iv.getOwner()->getParentOp());
          loop && iv.getArgNumber() < loop.getRank()) {
        std::optional<int64_t> lb =
            getConstantIntValue(loop.getMixedLowerBound()[iv.getArgNumber()]);
        std::optional<int64_t> step =
            getConstantIntValue(loop.getMixedStep()[iv.getArgNumber()]);
        if (lb && step && *lb % block == 0 && *step % block == 0)
          return block;
        return std::nullopt;
      }
    auto apply = cast<Value>(offset).getDefiningOp<affine::AffineApplyOp>();
    if (!apply || apply.getAffineMap().getNumResults() != 1 ||
        apply.getAffineMap().getResult(0) !=
            getAffineDimExpr(0, slice.getContext()) * block)
      return std::nullopt;
    return block;
  }

  /// A new constant [F / block, KH, KW, C, block] holding `constant`'s
  /// filters block by block; null if its data is not available.
  static Value pack(RewriterBase &rewriter, arith::ConstantOp constant,
                    int64_t block) {
    std::optional<ArrayRef<char>> bytes =
        webnn::getElementBytes(constant.getValue());
    if (!bytes)
      return {};
    ArrayRef<char> data = *bytes;
    auto type = cast<RankedTensorType>(constant.getType());
    unsigned bits = type.getElementType().getIntOrFloatBitWidth();
    if (bits % 8 != 0 ||
        data.size() != static_cast<size_t>(type.getNumElements()) * bits / 8)
      return {};
    size_t width = bits / 8;
    int64_t filters = type.getDimSize(3);
    int64_t rows = type.getNumElements() / filters; // KH * KW * C
    std::vector<char> packed(data.size());
    char *out = packed.data();
    for (int64_t first = 0; first < filters; first += block)
      for (int64_t row = 0; row < rows; ++row) {
        std::memcpy(out, data.data() + (row * filters + first) * width,
                    block * width);
        out += block * width;
      }
    auto packedType = RankedTensorType::get(
        {filters / block, type.getDimSize(0), type.getDimSize(1),
         type.getDimSize(2), block},
        type.getElementType());
    return arith::ConstantOp::create(
        rewriter, constant.getLoc(), packedType,
        webnn::createResourceElements(packedType, "packed_filter", packed));
  }
};
} // namespace

std::unique_ptr<Pass> mlir::webnn::createCPUPackFilterBlocksPass() {
  return std::make_unique<PackFilterBlocksPass>();
}

std::unique_ptr<Pass> mlir::webnn::createCPUTensorSchedulePass() {
  return std::make_unique<TransformSchedulePass>(
      "webnn-cpu-tile-and-vectorize",
      "Tile the heavy linalg ops to register blocks and vectorize them (CPU)",
      kHeavyOpSchedule);
}

std::unique_ptr<Pass> mlir::webnn::createCPUVectorizeRemainingPass() {
  return std::make_unique<TileAndVectorizeRemainingPass>();
}

std::unique_ptr<Pass> mlir::webnn::createCPUVectorLoweringPass() {
  return std::make_unique<TransformSchedulePass>(
      "webnn-cpu-lower-vectors",
      "Lower contractions to FMAs and transfers to 1-D loads/stores (CPU)",
      kVectorLoweringSchedule);
}
