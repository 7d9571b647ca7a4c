//===- Reduction.cpp - The reduce* ops to linalg --------------------------===//
//
// A reduction is element-wise steps around a webnn.reduce (webnn-decompose),
// which Primitives.cpp lowers to linalg.reduce. The reductions allow
// unsigned integers, which the primitives' scalar bodies cannot take, so
// each gets a pattern that builds the decomposition on the converted
// (signless) input, with unsigned comparisons where they matter.
//
// argMin and argMax are their decomposition too: a webnn.reduce of the
// values and their indices. cumulativeSum is not: its decomposition, a
// window as long as the axis, is quadratic, so it lowers to a loop along
// its axis that adds one slice at a time to a running sum.
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
/// A reduce* op or argMin/argMax as its decomposition (createReduction,
/// createArgReduction), built on the converted input so that unsigned
/// integers compare unsigned.
template <typename OpTy, Value (*create)(OpBuilder &, Operation *, Value)>
struct DecompositionLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, create(rewriter, op, adaptor.getInput()));
    return success();
  }
};
template <typename OpTy>
using ReductionLowering = DecompositionLowering<OpTy, createReduction>;
template <typename OpTy>
using ArgMinMaxLowering = DecompositionLowering<OpTy, createArgReduction>;

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
