//===- Primitives.cpp - The HLO-style primitives to linalg ----------------===//
//
// webnn.elementwise is one linalg.generic: the operands are read through
// broadcasting indexing maps, and the op's scalar body becomes the
// generic's body.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "Utils.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/IR/IRMapping.h"

using namespace mlir;
using namespace mlir::webnn;

namespace {
struct ElementwiseLowering : OpConversionPattern<ElementwiseOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ElementwiseOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast_or_null<RankedTensorType>(
        getTypeConverter()->convertType(op.getType()));
    if (!type)
      return rewriter.notifyMatchFailure(op, "unsupported result type");
    Block &body = op.getBody().front();
    Value result = createElementwise(
        rewriter, op.getLoc(), type, adaptor.getInputs(),
        [&](OpBuilder &b, Location loc, ValueRange scalars) -> Value {
          IRMapping mapping;
          mapping.map(body.getArguments(), scalars);
          for (Operation &inner : body.without_terminator())
            b.clone(inner, mapping);
          return mapping.lookup(cast<YieldOp>(body.back()).getValue());
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNPrimitivesToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<ElementwiseLowering>(typeConverter, patterns.getContext());
}
