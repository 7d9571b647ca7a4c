//===- Composites.cpp - Composites to linalg ------------------------------===//
//
// A composite that reaches the lowering is inlined: its region is the
// truth, so lowering the region is always correct. Each inlined op records
// the composite's label as `webnn.fusion_label`, which the convolution and
// matmul lowerings carry to their linalg op, so that a backend that claims
// the label can fuse the group again where it matters (the CPU backend's
// claims are its own: WebNN/Target/CPU/FusionLabels.h). Pipelines that do
// not use a label expand its composites before the lowering
// (webnn-expand-composites), so no label is ever recorded for them.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/IR/IRMapping.h"

using namespace mlir;
using namespace mlir::webnn;

namespace {
struct CompositeLowering : OpConversionPattern<CompositeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(CompositeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Block &body = op.getBody().front();
    // The cloned ops read the original values; the conversion maps them to
    // the converted ones when it lowers the clones.
    IRMapping mapping;
    mapping.map(body.getArguments(), op.getInputs());
    auto label = rewriter.getStringAttr(op.getName());
    for (Operation &inner : body.without_terminator()) {
      Operation *clone = rewriter.clone(inner, mapping);
      clone->setAttr(kFusionLabelAttrName, label);
    }
    SmallVector<Value> results;
    for (Value value : cast<YieldOp>(body.back()).getValues())
      results.push_back(mapping.lookupOrDefault(value));
    rewriter.replaceOp(op, results);
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNCompositeToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<CompositeLowering>(typeConverter, patterns.getContext());
}
