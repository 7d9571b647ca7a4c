//===- Linear.cpp - matmul and gemm to linalg -----------------------------===//
//
// matmul becomes linalg.matmul, or linalg.batch_matmul over the batch
// dimensions collapsed into one (after broadcasting them). gemm is lowered
// through its webnn-decompose rewrite: matmul of the (transposed) operands
// and one element-wise epilogue applying alpha and beta * c.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "Utils.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "WebNN/Dialect/WebNN/Transforms/Decompose.h"

using namespace mlir;
using namespace mlir::webnn;

/// A zero-filled accumulator of `type`.
static Value createZeroAccumulator(OpBuilder &b, Location loc,
                                   RankedTensorType type) {
  return createFilledTensor(
      b, loc, type, createScalarConstant(b, loc, type.getElementType(), 0));
}

/// `value` broadcast (right-aligned) to `shape`, or `value` when it has it.
static Value broadcastTo(OpBuilder &b, Location loc, Value value,
                         ArrayRef<int64_t> shape) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getShape() == shape)
    return value;
  auto resultType = RankedTensorType::get(shape, type.getElementType());
  return createElementwise(
      b, loc, resultType, value,
      [](OpBuilder &, Location, ValueRange args) { return args[0]; });
}

/// The product of two matrices or batches of matrices of converted types,
/// as a tensor of `resultType` ([..., M, N]).
static Value createMatmul(OpBuilder &b, Location loc, Value lhs, Value rhs,
                          RankedTensorType resultType) {
  Type element = resultType.getElementType();
  ArrayRef<int64_t> shape = resultType.getShape();
  int64_t m = shape[shape.size() - 2], n = shape.back();
  int64_t k = cast<RankedTensorType>(lhs.getType()).getShape().back();
  if (resultType.getRank() == 2) {
    Value init = createZeroAccumulator(b, loc, resultType);
    return linalg::MatmulOp::create(b, loc, ValueRange{lhs, rhs},
                                    ValueRange{init})
        .getResult(0);
  }
  ArrayRef<int64_t> batchShape = shape.drop_back(2);
  int64_t batch = 1;
  for (int64_t dim : batchShape)
    batch *= dim;
  auto withBatch = [&](ArrayRef<int64_t> matrix) {
    SmallVector<int64_t> full(batchShape);
    full.append(matrix.begin(), matrix.end());
    return full;
  };
  Value lhs3 = createReshape(
      b, loc, broadcastTo(b, loc, lhs, withBatch({m, k})), {batch, m, k});
  Value rhs3 = createReshape(
      b, loc, broadcastTo(b, loc, rhs, withBatch({k, n})), {batch, k, n});
  Value init = createZeroAccumulator(
      b, loc, RankedTensorType::get({batch, m, n}, element));
  Value product = linalg::BatchMatmulOp::create(b, loc, ValueRange{lhs3, rhs3},
                                                ValueRange{init})
                      .getResult(0);
  return createReshape(b, loc, product, shape);
}

namespace {
struct MatmulLowering : OpConversionPattern<MatmulOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(MatmulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Value product = createMatmul(rewriter, op.getLoc(), adaptor.getA(),
                                 adaptor.getB(), resultType);
    // A matmul of a kept gemm composite (Composites.cpp); batched products
    // are not fused.
    if (auto matmul = product.getDefiningOp<linalg::MatmulOp>())
      copyFusionLabel(op, matmul);
    rewriter.replaceOp(op, product);
    return success();
  }
};

} // namespace

void mlir::webnn::populateWebNNLinearToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<MatmulLowering>(typeConverter, patterns.getContext());
  populateDecomposePatterns(patterns, {"gemm"});
}
