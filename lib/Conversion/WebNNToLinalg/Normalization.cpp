//===- Normalization.cpp - batchNormalization and softmax to linalg -------===//
//
// batchNormalization is a per-channel factor scale / sqrt(variance +
// epsilon) (a 1-D linalg.generic) and one linalg.generic over the input,
// (x - mean) * factor + bias, reading its 1-D parameters along the channel
// axis. softmax is the numerically stable sequence
// max-reduce, exp(x - max), sum-reduce, divide.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "Utils.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;
using namespace mlir::webnn;

/// The map from the `rank` loop dimensions to all of them but `axis`.
static AffineMap getMapDroppingAxis(MLIRContext *context, int64_t rank,
                                    int64_t axis) {
  SmallVector<AffineExpr> exprs;
  for (int64_t i = 0; i < rank; ++i)
    if (i != axis)
      exprs.push_back(getAffineDimExpr(i, context));
  return AffineMap::get(rank, 0, exprs, context);
}

/// Reduces `input` along `axis` with `combine`, starting from `initValue`.
static Value createReduction(
    OpBuilder &b, Location loc, Value input, int64_t axis, Value initValue,
    function_ref<Value(OpBuilder &, Location, Value, Value)> combine) {
  auto type = cast<RankedTensorType>(input.getType());
  SmallVector<int64_t> shape(type.getShape());
  shape.erase(shape.begin() + axis);
  Value init = createFilledTensor(
      b, loc, RankedTensorType::get(shape, type.getElementType()), initValue);
  return linalg::ReduceOp::create(
             b, loc, ValueRange{input}, ValueRange{init}, {axis},
             [&](OpBuilder &nb, Location nloc, ValueRange args) {
               linalg::YieldOp::create(nb, nloc,
                                       combine(nb, nloc, args[0], args[1]));
             })
      .getResult(0);
}

/// A linalg.generic over `resultType` reading `full` with the identity map
/// and `reduced` without dimension `axis`.
static Value createAlongAxis(
    OpBuilder &b, Location loc, RankedTensorType resultType, Value full,
    Value reduced, int64_t axis,
    function_ref<Value(OpBuilder &, Location, Value, Value)> body) {
  int64_t rank = resultType.getRank();
  MLIRContext *context = b.getContext();
  AffineMap identity = b.getMultiDimIdentityMap(rank);
  SmallVector<AffineMap> maps = {identity,
                                 getMapDroppingAxis(context, rank, axis),
                                 identity};
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  Value init = tensor::EmptyOp::create(b, loc, resultType.getShape(),
                                       resultType.getElementType());
  return linalg::GenericOp::create(
             b, loc, TypeRange{resultType}, ValueRange{full, reduced},
             ValueRange{init}, maps, iterators,
             [&](OpBuilder &nb, Location nloc, ValueRange args) {
               linalg::YieldOp::create(nb, nloc,
                                       body(nb, nloc, args[0], args[1]));
             })
      .getResult(0);
}

namespace {
struct SoftmaxLowering : OpConversionPattern<SoftmaxOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(SoftmaxOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(op.getType());
    Type element = type.getElementType();
    int64_t axis = op.getAxis();
    Value input = adaptor.getInput();

    Value max = createReduction(
        rewriter, loc, input, axis,
        createLowestValue(rewriter, loc, element, ScalarKind::Float),
        [](OpBuilder &b, Location l, Value x, Value acc) -> Value {
          return arith::MaximumFOp::create(b, l, x, acc);
        });
    Value exp = createAlongAxis(
        rewriter, loc, type, input, max, axis,
        [](OpBuilder &b, Location l, Value x, Value m) -> Value {
          return math::ExpOp::create(b, l, arith::SubFOp::create(b, l, x, m));
        });
    Value sum = createReduction(
        rewriter, loc, exp, axis, createScalarConstant(rewriter, loc, element, 0),
        [](OpBuilder &b, Location l, Value x, Value acc) -> Value {
          return arith::AddFOp::create(b, l, x, acc);
        });
    rewriter.replaceOp(
        op, createAlongAxis(rewriter, loc, type, exp, sum, axis,
                            [](OpBuilder &b, Location l, Value e,
                               Value s) -> Value {
                              return arith::DivFOp::create(b, l, e, s);
                            }));
    return success();
  }
};

struct BatchNormalizationLowering
    : OpConversionPattern<BatchNormalizationOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(BatchNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(op.getType());
    int64_t rank = type.getRank();
    int64_t axis = op.getAxis();
    MLIRContext *context = rewriter.getContext();

    bool hasScale = static_cast<bool>(adaptor.getScale());
    bool hasBias = static_cast<bool>(adaptor.getBias());
    double epsilon = op.getEpsilon().convertToDouble();
    Type elementType = type.getElementType();
    int64_t channels = type.getDimSize(axis);

    // Per channel: factor = scale / sqrt(variance + epsilon). The square
    // root and the division run once per channel, not once per element.
    SmallVector<Value> factorInputs = {adaptor.getVariance()};
    if (hasScale)
      factorInputs.push_back(adaptor.getScale());
    AffineMap identity1d = rewriter.getMultiDimIdentityMap(1);
    SmallVector<AffineMap> factorMaps(factorInputs.size() + 1, identity1d);
    Value factorInit =
        tensor::EmptyOp::create(rewriter, loc, {channels}, elementType);
    Value factor =
        linalg::GenericOp::create(
            rewriter, loc, TypeRange{factorInit.getType()}, factorInputs,
            ValueRange{factorInit}, factorMaps,
            {utils::IteratorType::parallel},
            [&](OpBuilder &b, Location l, ValueRange args) {
              linalg::YieldOp::create(
                  b, l,
                  createBatchNormFactor(b, l, args[0],
                                        hasScale ? args[1] : Value(),
                                        epsilon));
            })
            .getResult(0);

    // Per element: (x - mean) * factor + bias.
    SmallVector<Value> inputs = {adaptor.getInput(), adaptor.getMean(),
                                 factor};
    if (hasBias)
      inputs.push_back(adaptor.getBias());
    AffineMap identity = rewriter.getMultiDimIdentityMap(rank);
    AffineMap channel =
        AffineMap::get(rank, 0, getAffineDimExpr(axis, context), context);
    SmallVector<AffineMap> maps(inputs.size(), channel);
    maps[0] = identity;
    maps.push_back(identity);
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    Value init = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                         elementType);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{type}, inputs, ValueRange{init}, maps,
        iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          linalg::YieldOp::create(
              b, l,
              createBatchNormApply(b, l, args[0], args[1], args[2],
                                   hasBias ? args[3] : Value()));
        });
    rewriter.replaceOp(op, generic.getResults());
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNNormalizationToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<SoftmaxLowering, BatchNormalizationLowering>(
      typeConverter, patterns.getContext());
}
