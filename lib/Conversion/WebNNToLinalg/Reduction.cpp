//===- Reduction.cpp - The reduce* ops to linalg --------------------------===//
//
// A reduction is element-wise steps around a webnn.reduce (webnn-decompose),
// which Primitives.cpp lowers to linalg.reduce. The reductions allow
// unsigned integers, which the primitives' scalar bodies cannot take, so
// each gets a pattern that builds the decomposition on the converted
// (signless) input, with unsigned comparisons where they matter.
//
// argMin and argMax are one linalg.generic that carries the best value and
// its index; cumulativeSum is a loop along its axis that adds one slice at
// a time to a running sum.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "Utils.h"

#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "WebNN/Dialect/WebNN/Transforms/Decompose.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

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

/// One linalg.generic over the input, reducing `axis`, with two results:
/// the best value so far and its index. The axis is visited in order and
/// only a strictly better value (or the first NaN) replaces the best one,
/// so that ties give the first index.
template <typename OpTy> struct ArgMinMaxLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  static constexpr bool isMax = std::is_same_v<OpTy, ArgMaxOp>;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inputType = cast<RankedTensorType>(input.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    Type element = inputType.getElementType();
    Type indexType = resultType.getElementType();
    ScalarKind kind = getScalarKind(op.getInput().getType());
    int64_t rank = inputType.getRank();
    int64_t axis = op.getAxis();

    SmallVector<int64_t> reducedShape;
    SmallVector<AffineExpr> outputExprs;
    SmallVector<utils::IteratorType> iterators;
    for (int64_t d = 0; d < rank; ++d) {
      iterators.push_back(d == axis ? utils::IteratorType::reduction
                                    : utils::IteratorType::parallel);
      if (d == axis)
        continue;
      reducedShape.push_back(inputType.getDimSize(d));
      outputExprs.push_back(rewriter.getAffineDimExpr(d));
    }
    MLIRContext *context = rewriter.getContext();
    AffineMap inputMap = AffineMap::getMultiDimIdentityMap(rank, context);
    AffineMap outputMap = AffineMap::get(rank, 0, outputExprs, context);
    Value start = isMax ? createLowestValue(rewriter, loc, element, kind)
                        : createHighestValue(rewriter, loc, element, kind);
    Value bestInit = createFilledTensor(
        rewriter, loc, RankedTensorType::get(reducedShape, element), start);
    Value indexInit = createFilledTensor(
        rewriter, loc, RankedTensorType::get(reducedShape, indexType),
        arith::ConstantOp::create(rewriter, loc,
                                  rewriter.getIntegerAttr(indexType, 0)));
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{bestInit.getType(), indexInit.getType()},
        ValueRange{input}, ValueRange{bestInit, indexInit},
        ArrayRef<AffineMap>{inputMap, outputMap, outputMap}, iterators,
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value value = args[0], best = args[1], bestIndex = args[2];
          Value index = arith::IndexCastOp::create(
              b, l, indexType, linalg::IndexOp::create(b, l, axis));
          Value better;
          if (kind == ScalarKind::Float) {
            // A NaN is "better" than any number, once: the first NaN wins.
            Value strictly = arith::CmpFOp::create(
                b, l,
                isMax ? arith::CmpFPredicate::OGT : arith::CmpFPredicate::OLT,
                value, best);
            Value valueIsNaN = arith::CmpFOp::create(
                b, l, arith::CmpFPredicate::UNO, value, value);
            Value bestIsNumber = arith::CmpFOp::create(
                b, l, arith::CmpFPredicate::ORD, best, best);
            better = arith::OrIOp::create(
                b, l, strictly,
                arith::AndIOp::create(b, l, valueIsNaN, bestIsNumber));
          } else {
            bool isUnsigned = kind == ScalarKind::Unsigned;
            arith::CmpIPredicate predicate =
                isMax ? (isUnsigned ? arith::CmpIPredicate::ugt
                                    : arith::CmpIPredicate::sgt)
                      : (isUnsigned ? arith::CmpIPredicate::ult
                                    : arith::CmpIPredicate::slt);
            better = arith::CmpIOp::create(b, l, predicate, value, best);
          }
          linalg::YieldOp::create(
              b, l,
              ValueRange{
                  arith::SelectOp::create(b, l, better, value, best),
                  arith::SelectOp::create(b, l, better, index, bestIndex)});
        });
    Value result = generic.getResult(1);
    if (op.getKeepDimensions())
      result = createReshape(rewriter, loc, result, resultType.getShape());
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// A loop over the axis (backwards when reversed) that carries the running
/// sum of the slices seen so far (in float32 for float16) and writes it,
/// after (inclusive) or before (exclusive) adding the current slice.
struct CumulativeSumLowering : OpConversionPattern<CumulativeSumOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(CumulativeSumOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto type = cast<RankedTensorType>(input.getType());
    Type element = type.getElementType();
    bool floating = isa<FloatType>(element);
    Type sumElement = element.isF16() ? rewriter.getF32Type() : element;
    int64_t rank = type.getRank();
    int64_t axis = op.getAxis();
    int64_t length = type.getDimSize(axis);

    SmallVector<int64_t> sliceShape;
    for (int64_t d = 0; d < rank; ++d)
      if (d != axis)
        sliceShape.push_back(type.getDimSize(d));
    auto sliceType = RankedTensorType::get(sliceShape, element);
    auto sumType = RankedTensorType::get(sliceShape, sumElement);
    Value zero = arith::ConstantOp::create(rewriter, loc,
                                           rewriter.getZeroAttr(sumElement));
    Value sumInit = createFilledTensor(rewriter, loc, sumType, zero);
    Value outputInit =
        tensor::EmptyOp::create(rewriter, loc, type.getShape(), element);

    // The slice at `position` along the axis, all of every other dimension.
    SmallVector<OpFoldResult> sizes, strides(rank, rewriter.getIndexAttr(1));
    for (int64_t d = 0; d < rank; ++d)
      sizes.push_back(
          rewriter.getIndexAttr(d == axis ? 1 : type.getDimSize(d)));
    auto offsetsAt = [&](Value position) {
      SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
      offsets[axis] = position;
      return offsets;
    };
    auto narrowed = [&](OpBuilder &b, Location l, Value sum) -> Value {
      if (sumElement == element)
        return sum;
      return createElementwise(
          b, l, sliceType, sum,
          [&](OpBuilder &nb, Location nl, ValueRange args) -> Value {
            return arith::TruncFOp::create(nb, nl, element, args[0]);
          });
    };

    Value lower = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value upper = arith::ConstantIndexOp::create(rewriter, loc, length);
    Value step = arith::ConstantIndexOp::create(rewriter, loc, 1);
    auto loop = scf::ForOp::create(
        rewriter, loc, lower, upper, step, ValueRange{sumInit, outputInit},
        [&](OpBuilder &b, Location l, Value i, ValueRange carried) {
          Value position = i;
          if (op.getReversed())
            position = arith::SubIOp::create(
                b, l, arith::ConstantIndexOp::create(b, l, length - 1), i);
          SmallVector<OpFoldResult> offsets = offsetsAt(position);
          Value slice = tensor::ExtractSliceOp::create(b, l, sliceType, input,
                                                       offsets, sizes, strides);
          Value sum = carried[0], output = carried[1];
          auto write = [&](Value value) {
            output = tensor::InsertSliceOp::create(
                b, l, narrowed(b, l, value), output, offsets, sizes, strides);
          };
          if (op.getExclusive())
            write(sum);
          // The slice is added into the running sum in place (its init is
          // the loop's carried sum), so that the loop bufferizes without a
          // copy per step.
          AffineMap identity =
              AffineMap::getMultiDimIdentityMap(rank - 1, b.getContext());
          Value next =
              linalg::GenericOp::create(
                  b, l, TypeRange{sumType}, ValueRange{slice}, ValueRange{sum},
                  ArrayRef<AffineMap>{identity, identity},
                  SmallVector<utils::IteratorType>(
                      rank - 1, utils::IteratorType::parallel),
                  [&](OpBuilder &nb, Location nl, ValueRange args) {
                    Value x = args[0];
                    if (x.getType() != sumElement)
                      x = arith::ExtFOp::create(nb, nl, sumElement, x);
                    Value added =
                        floating
                            ? Value(arith::AddFOp::create(nb, nl, args[1], x))
                            : Value(arith::AddIOp::create(nb, nl, args[1], x));
                    linalg::YieldOp::create(nb, nl, added);
                  })
                  .getResult(0);
          if (!op.getExclusive())
            write(next);
          scf::YieldOp::create(b, l, ValueRange{next, output});
        });
    rewriter.replaceOp(op, loop.getResult(1));
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNReductionToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns
      .add<ReductionLowering<ReduceL1Op>, ReductionLowering<ReduceL2Op>,
           ReductionLowering<ReduceLogSumOp>,
           ReductionLowering<ReduceLogSumExpOp>, ReductionLowering<ReduceMaxOp>,
           ReductionLowering<ReduceMeanOp>, ReductionLowering<ReduceMinOp>,
           ReductionLowering<ReduceProductOp>, ReductionLowering<ReduceSumOp>,
           ReductionLowering<ReduceSumSquareOp>, ArgMinMaxLowering<ArgMinOp>,
           ArgMinMaxLowering<ArgMaxOp>, CumulativeSumLowering>(
          typeConverter, patterns.getContext());
}
