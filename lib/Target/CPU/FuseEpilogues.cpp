//===- FuseEpilogues.cpp - Element-wise epilogues in heavy-op tiles -------===//
//
// The CPU kernels of the conv2d_bias_activation, conv2d_residual_activation
// and gemm labels (FusionLabels.h). A convolution or matmul whose
// webnn.fusion_label is one of them (lowered from a kept composite; a named
// webnn.gemm becomes one in the CPU pipeline) and whose only user is an
// element-wise linalg.generic (its bias add, residual add, scaling and
// activation, fused into one by webnn-cpu-fuse-elementwise)
//
//   %acc = linalg.fill 0 -> %empty
//   %conv = linalg.conv ins(%input, %filter) outs(%acc)
//   %out = linalg.generic ins(%conv, %bias) outs(%dest) {act(c + b)}
//
// becomes one loop nest over the heavy op's outer tiles (a convolution's
// output rows or filter blocks, a matmul's cache blocks: Schedule.h) whose body
// fills, computes and finishes its own tile in place:
//
//   scf.forall ... shared_outs(%d = %dest) {
//     %tile = tensor.extract_slice %d
//     %acc = linalg.fill 0 -> %tile
//     %conv = linalg.conv ins(...) outs(%acc)
//     %out = linalg.generic ins(%bias slice) outs(%conv) {act(out + b)}
//     tensor.parallel_insert_slice %out into %d
//   }
//
// The epilogue then reads each tile while it is still in cache, instead of
// reading the whole output again in a pass of its own. It reads the heavy
// op through its `outs` operand: that makes the heavy op its destination,
// through which tiling fuses and which bufferizes in place, so the
// full-size intermediate result disappears.
//
// A fused convolution tile is marked webnn_cpu.conv_tile = <schedule>; the
// heavy-op script tiles it to registers like a standalone convolution. A
// fused matmul tile is a cache block that the script's matmul tiling
// leaves whole before cutting it to registers.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Target/CPU/Passes.h"

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"
#include "WebNN/Target/CPU/FusionLabels.h"
#include "WebNN/Target/CPU/Schedule.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Pass/Pass.h"

namespace mlir::webnn::cpu {
#define GEN_PASS_DEF_WEBNNCPUFUSEEPILOGUES
#include "WebNN/Target/CPU/Passes.h.inc"
} // namespace mlir::webnn::cpu

using namespace mlir;
using namespace mlir::webnn::cpu;

/// Whether the CPU claims the fusion label that `op` was lowered from.
static bool hasEpilogueLabel(Operation *op) {
  auto label = op->getAttrOfType<StringAttr>(webnn::kFusionLabelAttrName);
  return label && isEpilogueFusionLabel(label.getValue());
}

namespace {
/// A labelled heavy op and the element-wise op that finishes it.
struct HeavyOpWithEpilogue {
  linalg::LinalgOp heavy;
  linalg::FillOp fill;
  linalg::GenericOp epilogue;
  OpOperand *heavyUse; // the epilogue's input that reads the heavy op
  /// The convolution's schedule; none for a matmul.
  std::optional<ConvSchedule> schedule;
};

struct WebNNCPUFuseEpiloguesPass
    : webnn::cpu::impl::WebNNCPUFuseEpiloguesBase<WebNNCPUFuseEpiloguesPass> {
  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> marked;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (hasEpilogueLabel(op))
        marked.push_back(op);
    });
    // Matched one at a time: fusing a heavy op replaces its epilogue, which
    // another marked op may read too (a residual add of two convolutions);
    // that one no longer matches and is left alone.
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp heavy : marked)
      if (std::optional<HeavyOpWithEpilogue> candidate = match(heavy))
        if (failed(fuse(rewriter, *candidate)))
          return signalPassFailure();
  }

private:
  static bool isConvolution(Operation *op) {
    return isa<linalg::Conv2DNhwcHwcfOp, linalg::DepthwiseConv2DNhwcHwcOp>(op);
  }

  static std::optional<HeavyOpWithEpilogue> match(linalg::LinalgOp heavy) {
    if (!hasEpilogueLabel(heavy) || !heavy.hasPureTensorSemantics())
      return std::nullopt;
    std::optional<ConvSchedule> schedule;
    if (isConvolution(heavy)) {
      auto attr = heavy->getAttrOfType<ConvScheduleAttr>(
          WebNNCPUDialect::kConvScheduleAttrName);
      if (!attr)
        return std::nullopt;
      schedule = attr.getValue();
    } else if (!isa<linalg::MatmulOp>(heavy.getOperation()) ||
               heavy.hasDynamicShape()) {
      return std::nullopt;
    }
    auto fill =
        heavy.getDpsInitOperand(0)->get().getDefiningOp<linalg::FillOp>();
    if (!fill || !fill->hasOneUse())
      return std::nullopt;

    Value result = heavy->getResult(0);
    if (!result.hasOneUse())
      return std::nullopt;
    OpOperand &use = *result.getUses().begin();
    auto epilogue = dyn_cast<linalg::GenericOp>(use.getOwner());
    if (!epilogue || !epilogue.hasPureTensorSemantics() ||
        epilogue.getNumDpsInits() != 1 ||
        epilogue.getNumParallelLoops() != epilogue.getNumLoops() ||
        !epilogue.isDpsInput(&use) ||
        !epilogue.getMatchingIndexingMap(&use).isIdentity())
      return std::nullopt;
    // The epilogue writes a tensor shaped like the heavy op's, element by
    // element, without reading what its destination held before; an empty
    // one leaves nothing to tile.
    OpOperand *init = epilogue.getDpsInitOperand(0);
    if (llvm::is_contained(epilogue.getStaticLoopRanges(), 0))
      return std::nullopt;
    if (init->get().getType() != result.getType() ||
        !epilogue.getMatchingIndexingMap(init).isIdentity() ||
        epilogue.payloadUsesValueFromOperand(init))
      return std::nullopt;
    return HeavyOpWithEpilogue{heavy, fill, epilogue, &use, schedule};
  }

  /// The loops over the epilogue's iterations: a convolution schedule's
  /// parallel loop over (n, oh, ow, c), or the matmul schedule's cache
  /// blocks of (m, n) as serial loops (whose partial last blocks
  /// webnn-cpu-vectorize-remaining peels).
  static scf::SCFTilingOptions getTiling(MLIRContext *context,
                                         HeavyOpWithEpilogue candidate) {
    scf::SCFTilingOptions tiling;
    SmallVector<int64_t> sizes;
    if (!candidate.schedule) {
      SmallVector<int64_t> ranges = candidate.epilogue.getStaticLoopRanges();
      sizes = {std::min(ranges[0], kMatmulCacheTile[0]),
               std::min(ranges[1], kMatmulCacheTile[1])};
    } else {
      bool depthwise =
          isa<linalg::DepthwiseConv2DNhwcHwcOp>(candidate.heavy.getOperation());
      llvm::append_range(sizes,
                         getConvParallelTile(*candidate.schedule, depthwise));
      tiling.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
    }
    tiling.setTileSizes(getAsIndexOpFoldResult(context, sizes));
    return tiling;
  }

  LogicalResult fuse(RewriterBase &rewriter, HeavyOpWithEpilogue &candidate) {
    scf::SCFTilingOptions tiling = getTiling(rewriter.getContext(), candidate);
    linalg::GenericOp epilogue = candidate.epilogue;
    Location loc = epilogue.getLoc();

    // The heavy op accumulates into the epilogue's destination, and the
    // epilogue finishes it in place: its input becomes its output.
    rewriter.setInsertionPoint(epilogue);
    Value dest = epilogue.getDpsInitOperand(0)->get();
    auto fill = linalg::FillOp::create(rewriter, candidate.fill.getLoc(),
                                       candidate.fill.value(), dest);
    Operation *heavy = rewriter.clone(*candidate.heavy);
    heavy->setOperand(candidate.heavy.getDpsInitOperand(0)->getOperandNumber(),
                      fill.getResult(0));

    SmallVector<Value> inputs;
    SmallVector<AffineMap> maps;
    for (OpOperand *input : epilogue.getDpsInputOperands()) {
      if (input == candidate.heavyUse)
        continue;
      inputs.push_back(input->get());
      maps.push_back(epilogue.getMatchingIndexingMap(input));
    }
    maps.push_back(
        epilogue.getMatchingIndexingMap(epilogue.getDpsInitOperand(0)));
    auto inPlace =
        linalg::GenericOp::create(rewriter, loc, epilogue.getResultTypes(),
                                  inputs, ValueRange{heavy->getResult(0)}, maps,
                                  epilogue.getIteratorTypesArray());
    rewriter.inlineRegionBefore(epilogue.getRegion(), inPlace.getRegion(),
                                inPlace.getRegion().end());
    Block &body = inPlace.getRegion().front();
    unsigned heavyArgument = candidate.heavyUse->getOperandNumber();
    rewriter.replaceAllUsesWith(body.getArgument(heavyArgument),
                                body.getArguments().back());
    body.eraseArgument(heavyArgument);
    rewriter.replaceOp(epilogue, inPlace->getResults());
    rewriter.eraseOp(candidate.heavy);
    rewriter.eraseOp(candidate.fill);

    // Loops over the epilogue, with the heavy op and its fill fused through
    // the destination; nothing else (a convolution input's padding stays
    // one copy for all tiles).
    scf::SCFTileAndFuseOptions options;
    options.setTilingOptions(tiling);
    options.setFusionControlFn(
        [&](tensor::ExtractSliceOp, OpResult producer, bool)
            -> std::optional<scf::SCFTileAndFuseOptions::ControlFnResult> {
          if (producer.getOwner() == heavy || producer.getOwner() == fill)
            return scf::SCFTileAndFuseOptions::ControlFnResult{};
          return std::nullopt;
        });
    FailureOr<scf::SCFTileAndFuseResult> tiled =
        scf::tileConsumerAndFuseProducersUsingSCF(
            rewriter, cast<TilingInterface>(inPlace.getOperation()), options);
    if (failed(tiled))
      return inPlace->emitError()
             << "webnn-cpu-fuse-epilogues: cannot tile the epilogue";
    rewriter.replaceOp(inPlace,
                       tiled->replacements.lookup(inPlace->getResult(0)));

    bool fused = false;
    for (Operation *op : tiled->tiledAndFusedOps) {
      if (op->getName() != heavy->getName())
        continue;
      fused = true;
      op->removeAttr(webnn::kFusionLabelAttrName);
      if (isConvolution(op)) {
        op->removeAttr(WebNNCPUDialect::kConvScheduleAttrName);
        op->setAttr(
            WebNNCPUDialect::kConvTileAttrName,
            ConvScheduleAttr::get(rewriter.getContext(), *candidate.schedule));
      }
    }
    if (!fused)
      return heavy->emitError() << "webnn-cpu-fuse-epilogues: the "
                                   "producer did not fuse into its "
                                   "epilogue's loops";
    for (Operation *producer : {heavy, fill.getOperation()})
      if (producer->use_empty())
        rewriter.eraseOp(producer);
    return success();
  }
};
} // namespace
