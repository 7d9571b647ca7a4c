//===- Shape.cpp - concat, reshape and transpose to tensor/linalg ---------===//
//
// reshape becomes collapse/expand (views after bufferization), transpose
// linalg.transpose, and concat tensor.concat.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "Utils.h"
#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"

using namespace mlir;
using namespace mlir::webnn;

namespace {
struct ReshapeLowering : OpConversionPattern<ReshapeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op,
                       createReshape(rewriter, op.getLoc(), adaptor.getInput(),
                                     op.getType().getShape()));
    return success();
  }
};

struct TransposeLowering : OpConversionPattern<TransposeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(TransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    SmallVector<int64_t> perm =
        getTransposePermutation(resultType.getRank(), op.getPermutation());
    Value init =
        tensor::EmptyOp::create(rewriter, op.getLoc(), resultType.getShape(),
                                resultType.getElementType());
    rewriter.replaceOp(op, linalg::TransposeOp::create(rewriter, op.getLoc(),
                                                       adaptor.getInput(), init,
                                                       perm)
                               .getResults());
    return success();
  }
};

/// One tensor.concat rather than a chain of tensor.insert_slice: One-Shot
/// Bufferize analyzes a chain of n inserts into one tensor in time that
/// grows with about n^4 (100 inputs took 1.3 s, 200 took 21 s), while a
/// single op bufferizes to the same subview copies far faster (10,000
/// operands in 9 s).
struct ConcatLowering : OpConversionPattern<ConcatOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ConcatOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    rewriter.replaceOpWithNewOp<tensor::ConcatOp>(
        op, resultType, static_cast<uint64_t>(op.getAxis()),
        adaptor.getInputs());
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNShapeToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<ReshapeLowering, TransposeLowering, ConcatLowering>(
      typeConverter, patterns.getContext());
}
