//===- Reduction.cpp - The reduce* ops to linalg --------------------------===//
//
// A reduction is element-wise steps around a webnn.reduce (webnn-decompose),
// which Primitives.cpp lowers to linalg.reduce. The reductions allow
// unsigned integers, which the primitives' scalar bodies cannot take, so
// each gets a pattern that builds the decomposition on the converted
// (signless) input, with unsigned comparisons where they matter.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "WebNN/Dialect/WebNN/Transforms/Decompose.h"

using namespace mlir;
using namespace mlir::webnn;

namespace {
template <typename OpTy> struct ReductionLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, createReduction(rewriter, op, adaptor.getInput()));
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNReductionToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<
      ReductionLowering<ReduceL1Op>, ReductionLowering<ReduceL2Op>,
      ReductionLowering<ReduceLogSumOp>, ReductionLowering<ReduceLogSumExpOp>,
      ReductionLowering<ReduceMaxOp>, ReductionLowering<ReduceMeanOp>,
      ReductionLowering<ReduceMinOp>, ReductionLowering<ReduceProductOp>,
      ReductionLowering<ReduceSumOp>, ReductionLowering<ReduceSumSquareOp>>(
      typeConverter, patterns.getContext());
}
