//===- VectorizeRemaining.cpp - Blocks of the remaining linalg ops --------===//
//
// The webnn-cpu-vectorize-remaining pass: after the heavy ops' register
// tiling, every tile loop whose step does not divide its trip count is
// peeled, so that every tile has a static shape; every remaining large
// linalg op (fills, element-wise ops, transposes, reductions) is cut into
// blocks that fit in registers, in a parallel loop unless a reduction is
// cut; then those blocks and the register tiles are vectorized. What cannot
// be vectorized stays a linalg op and becomes scalar loops later.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Target/CPU/Passes.h"

#include "WebNN/Target/CPU/Schedule.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Patterns.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::webnn::cpu {
#define GEN_PASS_DEF_WEBNNCPUVECTORIZEREMAINING
#include "WebNN/Target/CPU/Passes.h.inc"
} // namespace mlir::webnn::cpu

using namespace mlir;
using namespace mlir::webnn::cpu;

namespace {
struct WebNNCPUVectorizeRemainingPass
    : webnn::cpu::impl::WebNNCPUVectorizeRemainingBase<
          WebNNCPUVectorizeRemainingPass> {
  void getDependentDialects(DialectRegistry &registry) const override {
    registerCPUBackendDependencies(registry);
  }

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
  /// Ops with a reduction up to this many iterations are register tiles of
  /// the heavy-op schedule and are vectorized whole: twice the matmul
  /// register tile (Schedule.h), leaving room for pooling and depthwise
  /// tiles, whose window row is whole.
  static constexpr int64_t kMaxRegisterTileElements =
      2 * kMatmulRegisterTile[0] * kMatmulRegisterTile[1] *
      kMatmulRegisterTile[2];
  /// The largest block of any other op vectorized in one piece: 32 AVX-512
  /// registers of f32.
  static constexpr int64_t kMaxBlockElements = 512;

  /// Tile sizes that cut a loop nest into blocks of at most `budget`
  /// iterations, filled from the innermost loop outwards so that a block is
  /// as contiguous as the loop order allows. Each size divides its loop, so
  /// every block has the same static shape; 0 keeps a loop whole.
  static SmallVector<OpFoldResult>
  blockTileSizes(OpBuilder &builder, ArrayRef<int64_t> ranges, int64_t budget) {
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
      bool isRegisterTile =
          op.getNumReductionLoops() > 0 && count <= kMaxRegisterTileElements;
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
      for (auto [size, iterator] : llvm::zip(sizes, op.getIteratorTypesArray()))
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
      // An op without loops (a gather of one element) has nothing to
      // vectorize, and the vectorizer turns its tensor.extract into a 0-D
      // vector.gather that does not verify.
      if (op.hasDynamicShape() || op.getNumLoops() == 0)
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
