//===- Composites.cpp - Composites to linalg ------------------------------===//
//
// A composite that reaches the lowering is inlined: its region is the
// truth, so lowering the region is always correct. For the labels that the
// CPU backend has a fused kernel for, the inlined group's root op is marked
// so that code generation can fuse the group again where it matters:
// - conv2d_bias_activation, conv2d_residual_activation: the convolution
//   carries `webnn.fused_epilogue`; the CPU pipeline computes the bias, the
//   residual add and the activation inside the convolution's tiles
//   (webnn-cpu-fuse-epilogues) instead of in a pass of their own over the
//   whole output;
// - gemm: the matmul is marked the same way, and its bias and scaling run
//   in the matmul's tiles.
// Pipelines that do not use a label expand its composites before the
// lowering (webnn-expand-composites), so no mark is ever set for them.
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
    StringRef label = op.getName();
    bool fuseConv = label == "conv2d_bias_activation" ||
                    label == "conv2d_residual_activation";
    bool fuseMatmul = label == "gemm";
    for (Operation &inner : body.without_terminator()) {
      Operation *clone = rewriter.clone(inner, mapping);
      if ((fuseConv && isa<Conv2dOp>(clone)) ||
          (fuseMatmul && isa<MatmulOp>(clone)))
        clone->setAttr(kFusedEpilogueAttrName, rewriter.getUnitAttr());
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
