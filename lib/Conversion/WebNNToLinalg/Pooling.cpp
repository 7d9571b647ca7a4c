//===- Pooling.cpp - maxPool2d to linalg ----------------------------------===//
//
// Pooling is a window reduction: every pool is lowered through its
// webnn-decompose rewrite into webnn.reduce_window, which Primitives.cpp
// lowers to linalg's named pooling ops. maxPool2d gets a pattern of its own
// because it allows unsigned integers, which the primitives' scalar bodies
// cannot take: the reduce_window is built on the converted (signless)
// input, with an unsigned maximum. averagePool2d and l2Pool2d take floats
// only; the conversion applies their decomposition patterns as they are.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "WebNN/Dialect/WebNN/Transforms/Decompose.h"

using namespace mlir;
using namespace mlir::webnn;

namespace {
struct MaxPool2dLowering : OpConversionPattern<MaxPool2dOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(MaxPool2dOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    FailureOr<Value> pool =
        createMaxPoolWindow(rewriter, op, adaptor.getInput());
    if (failed(pool))
      return rewriter.notifyMatchFailure(op, "output sizes off the window");
    rewriter.replaceOp(op, *pool);
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNPoolingToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<MaxPool2dLowering>(typeConverter, patterns.getContext());
  populateDecomposePatterns(patterns, {"average_pool2d", "l2_pool2d"});
}
