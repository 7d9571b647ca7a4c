//===- FuseConvEpilogues.cpp - Bias and activation in conv tiles ----------===//
//
// The CPU kernel of the conv2d_bias_activation label. A convolution marked
// webnn.fused_epilogue (lowered from a kept composite) whose only user is an
// element-wise linalg.generic (its bias add and activation, fused into one
// by webnn-cpu-fuse-elementwise)
//
//   %acc = linalg.fill 0 -> %empty
//   %conv = linalg.conv ins(%input, %filter) outs(%acc)
//   %out = linalg.generic ins(%conv, %bias) outs(%dest) {act(c + b)}
//
// becomes one parallel loop, over the convolution's schedule (output rows,
// or blocks of 32 filters), whose body fills, convolves and finishes its
// own tile in place:
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
// reading the whole output again in a pass of its own. It reads the
// convolution through its `outs` operand: that makes the convolution its
// destination, through which tiling fuses and which bufferizes in place,
// so the full-size convolution result disappears.
//
// The fused convolution tile is marked webnn.conv_tile = <schedule>; the
// heavy-op script tiles it to registers like a standalone convolution.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Pipelines/Pipelines.h"

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;

namespace {
/// A marked convolution and the element-wise op that finishes it.
struct ConvWithEpilogue {
  linalg::LinalgOp conv;
  linalg::FillOp fill;
  linalg::GenericOp epilogue;
  OpOperand *convUse; // the epilogue's input that reads the convolution
  StringRef schedule;
};

class FuseConvEpiloguesPass
    : public PassWrapper<FuseConvEpiloguesPass, OperationPass<func::FuncOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(FuseConvEpiloguesPass)

  StringRef getArgument() const override {
    return "webnn-cpu-fuse-conv-epilogues";
  }
  StringRef getDescription() const override {
    return "Compute the element-wise consumer of each convolution marked "
           "webnn.fused_epilogue inside the convolution's parallel loop "
           "(CPU)";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<linalg::LinalgDialect, scf::SCFDialect,
                    tensor::TensorDialect>();
  }

  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> convs;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (op->hasAttr(webnn::kFusedEpilogueAttrName))
        convs.push_back(op);
    });
    // Matched one at a time: fusing a convolution replaces its epilogue,
    // which another marked convolution may read too (a residual add of two
    // convolutions); that one no longer matches and is left alone.
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp conv : convs)
      if (std::optional<ConvWithEpilogue> candidate = match(conv))
        if (failed(fuse(rewriter, *candidate)))
          return signalPassFailure();
  }

private:
  /// The schedule attribute that webnn-cpu-choose-conv-schedule sets, and
  /// the one that marks a convolution tile already inside its loop.
  static constexpr StringLiteral kScheduleAttr = "webnn.conv_schedule";
  static constexpr StringLiteral kTileAttr = "webnn.conv_tile";

  static std::optional<ConvWithEpilogue> match(linalg::LinalgOp conv) {
    if (!conv->hasAttr(webnn::kFusedEpilogueAttrName) ||
        !isa<linalg::Conv2DNhwcHwcfOp, linalg::DepthwiseConv2DNhwcHwcOp>(
            conv.getOperation()))
      return std::nullopt;
    auto schedule = conv->getAttrOfType<StringAttr>(kScheduleAttr);
    if (!schedule || !conv.hasPureTensorSemantics())
      return std::nullopt;
    auto fill =
        conv.getDpsInitOperand(0)->get().getDefiningOp<linalg::FillOp>();
    if (!fill || !fill->hasOneUse())
      return std::nullopt;

    Value result = conv->getResult(0);
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
    // The epilogue writes a tensor shaped like the convolution's, element
    // by element, without reading what its destination held before.
    OpOperand *init = epilogue.getDpsInitOperand(0);
    if (init->get().getType() != result.getType() ||
        !epilogue.getMatchingIndexingMap(init).isIdentity() ||
        epilogue.payloadUsesValueFromOperand(init))
      return std::nullopt;
    return ConvWithEpilogue{conv, fill, epilogue, &use, schedule.getValue()};
  }

  /// Tile sizes of the parallel loop over the epilogue's (n, oh, ow, c)
  /// iterations: the convolution schedule's loop.
  static std::optional<SmallVector<int64_t>> getTileSizes(StringRef schedule) {
    if (schedule == "rows")
      return SmallVector<int64_t>{1, 1, 0, 0};
    if (schedule == "filter_blocks")
      return SmallVector<int64_t>{0, 0, 0, 32};
    return std::nullopt;
  }

  LogicalResult fuse(RewriterBase &rewriter, ConvWithEpilogue &candidate) {
    std::optional<SmallVector<int64_t>> sizes =
        getTileSizes(candidate.schedule);
    if (!sizes)
      return candidate.conv->emitError()
             << "webnn-cpu-fuse-conv-epilogues: unknown schedule '"
             << candidate.schedule << "'";
    linalg::GenericOp epilogue = candidate.epilogue;
    Location loc = epilogue.getLoc();

    // The convolution accumulates into the epilogue's destination, and the
    // epilogue finishes it in place: its input becomes its output.
    rewriter.setInsertionPoint(epilogue);
    Value dest = epilogue.getDpsInitOperand(0)->get();
    auto fill = linalg::FillOp::create(rewriter, candidate.fill.getLoc(),
                                       candidate.fill.value(), dest);
    Operation *conv = rewriter.clone(*candidate.conv);
    conv->setOperand(candidate.conv.getDpsInitOperand(0)->getOperandNumber(),
                     fill.getResult(0));

    SmallVector<Value> inputs;
    SmallVector<AffineMap> maps;
    for (OpOperand *input : epilogue.getDpsInputOperands()) {
      if (input == candidate.convUse)
        continue;
      inputs.push_back(input->get());
      maps.push_back(epilogue.getMatchingIndexingMap(input));
    }
    maps.push_back(
        epilogue.getMatchingIndexingMap(epilogue.getDpsInitOperand(0)));
    auto inPlace = linalg::GenericOp::create(
        rewriter, loc, epilogue.getResultTypes(), inputs,
        ValueRange{conv->getResult(0)}, maps,
        epilogue.getIteratorTypesArray());
    rewriter.inlineRegionBefore(epilogue.getRegion(), inPlace.getRegion(),
                                inPlace.getRegion().end());
    Block &body = inPlace.getRegion().front();
    unsigned convArgument = candidate.convUse->getOperandNumber();
    rewriter.replaceAllUsesWith(body.getArgument(convArgument),
                                body.getArguments().back());
    body.eraseArgument(convArgument);
    rewriter.replaceOp(epilogue, inPlace->getResults());
    rewriter.eraseOp(candidate.conv);
    rewriter.eraseOp(candidate.fill);

    // One parallel loop over the epilogue, with the convolution and its fill
    // fused through the destination; nothing else (the input's padding
    // stays one copy for all tiles).
    scf::SCFTilingOptions tiling;
    tiling.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
    tiling.setTileSizes(
        getAsIndexOpFoldResult(rewriter.getContext(), *sizes));
    scf::SCFTileAndFuseOptions options;
    options.setTilingOptions(tiling);
    options.setFusionControlFn(
        [&](tensor::ExtractSliceOp, OpResult producer, bool)
            -> std::optional<scf::SCFTileAndFuseOptions::ControlFnResult> {
          if (producer.getOwner() == conv || producer.getOwner() == fill)
            return scf::SCFTileAndFuseOptions::ControlFnResult{};
          return std::nullopt;
        });
    FailureOr<scf::SCFTileAndFuseResult> tiled =
        scf::tileConsumerAndFuseProducersUsingSCF(
            rewriter, cast<TilingInterface>(inPlace.getOperation()), options);
    if (failed(tiled))
      return inPlace->emitError()
             << "webnn-cpu-fuse-conv-epilogues: cannot tile the epilogue";
    rewriter.replaceOp(inPlace, tiled->replacements.lookup(inPlace->getResult(0)));

    bool fusedConv = false;
    for (Operation *op : tiled->tiledAndFusedOps)
      if (isa<linalg::Conv2DNhwcHwcfOp, linalg::DepthwiseConv2DNhwcHwcOp>(
              op)) {
        op->removeAttr(kScheduleAttr);
        op->removeAttr(webnn::kFusedEpilogueAttrName);
        op->setAttr(kTileAttr, rewriter.getStringAttr(candidate.schedule));
        fusedConv = true;
      }
    if (!fusedConv)
      return conv->emitError()
             << "webnn-cpu-fuse-conv-epilogues: the convolution did not fuse "
                "into its epilogue's loop";
    for (Operation *producer : {conv, fill.getOperation()})
      if (producer->use_empty())
        rewriter.eraseOp(producer);
    return success();
  }
};
} // namespace

std::unique_ptr<Pass> mlir::webnn::createCPUFuseConvEpiloguesPass() {
  return std::make_unique<FuseConvEpiloguesPass>();
}
