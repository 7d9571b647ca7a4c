//===- Pooling.cpp - averagePool2d, l2Pool2d and maxPool2d to linalg ------===//
//
// Lowers pooling in the nhwc layout (the conversion pass moves every pool
// there first) to linalg.pooling_nhwc_{max,max_unsigned,sum}:
// - max pads with the type's lowest value;
// - average divides the sum by the count of non-padded elements in each
//   window (the window size when nothing is padded);
// - l2 is sqrt of the sum of squares (in float32 for float16).
// The input is padded at the end as far as ceil rounding needs, so that
// every output window lies inside the padded input.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "Utils.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;
using namespace mlir::webnn;

namespace {
/// The geometry of one pooling op in nhwc.
struct PoolGeometry {
  SmallVector<int64_t, 2> window, strides, dilations;
  /// Padding of H and W before and after, including the extra end padding
  /// that ceil rounding needs.
  SmallVector<int64_t, 4> low, high;
  bool isPadded = false;
};

template <typename OpTy>
PoolGeometry getGeometry(OpTy op) {
  auto inputType = cast<RankedTensorType>(op.getInput().getType());
  auto resultType = cast<RankedTensorType>(op.getType());
  PoolGeometry g;
  ArrayRef<int64_t> in = inputType.getShape();
  g.window.assign(getListOr(op.getWindowDimensions(), {in[1], in[2]}));
  SmallVector<int64_t, 4> padding =
      getListOr(op.getPadding(), {0, 0, 0, 0});
  SmallVector<int64_t, 4> strides =
      getListOr(op.getStrides(), {1, 1});
  SmallVector<int64_t, 4> dilations =
      getListOr(op.getDilations(), {1, 1});
  g.strides.assign(strides.begin(), strides.end());
  g.dilations.assign(dilations.begin(), dilations.end());
  g.low = {0, padding[0], padding[2], 0};
  g.high = {0, padding[1], padding[3], 0};
  for (int i = 0; i < 2; ++i) {
    int64_t needed = (resultType.getDimSize(1 + i) - 1) * g.strides[i] +
                     (g.window[i] - 1) * g.dilations[i] + 1;
    int64_t padded = in[1 + i] + g.low[1 + i] + g.high[1 + i];
    g.high[1 + i] += std::max<int64_t>(0, needed - padded);
  }
  g.isPadded = llvm::any_of(g.low, [](int64_t v) { return v; }) ||
               llvm::any_of(g.high, [](int64_t v) { return v; });
  return g;
}

/// Runs the linalg pooling op `PoolOp` over `input` padded with `padValue`,
/// accumulating from `initValue` into a tensor of `resultType`.
template <typename PoolOp>
Value createPool(OpBuilder &b, Location loc, Value input,
                 RankedTensorType resultType, const PoolGeometry &g,
                 Value padValue, Value initValue) {
  Value padded = createPadded(b, loc, input, g.low, g.high, padValue);
  Value window = tensor::EmptyOp::create(b, loc, g.window,
                                         resultType.getElementType());
  Value init = createFilledTensor(b, loc, resultType, initValue);
  return PoolOp::create(b, loc, TypeRange{resultType},
                        ValueRange{padded, window}, ValueRange{init},
                        getI64TensorAttr(b, g.strides),
                        getI64TensorAttr(b, g.dilations))
      .getResult(0);
}

template <typename OpTy>
LogicalResult checkLayout(OpTy op, ConversionPatternRewriter &rewriter) {
  if (op.getLayout() != InputLayout::nhwc)
    return rewriter.notifyMatchFailure(
        op, "expects the nhwc layout (webnn-normalize-layouts)");
  return success();
}

struct MaxPool2dLowering : OpConversionPattern<MaxPool2dOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(MaxPool2dOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkLayout(op, rewriter)))
      return failure();
    Location loc = op.getLoc();
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    ScalarKind kind = getScalarKind(op.getType());
    Value lowest =
        createLowestValue(rewriter, loc, resultType.getElementType(), kind);
    PoolGeometry g = getGeometry(op);
    Value result =
        kind == ScalarKind::Unsigned
            ? createPool<linalg::PoolingNhwcMaxUnsignedOp>(
                  rewriter, loc, adaptor.getInput(), resultType, g, lowest,
                  lowest)
            : createPool<linalg::PoolingNhwcMaxOp>(rewriter, loc,
                                                   adaptor.getInput(),
                                                   resultType, g, lowest,
                                                   lowest);
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct AveragePool2dLowering : OpConversionPattern<AveragePool2dOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(AveragePool2dOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkLayout(op, rewriter)))
      return failure();
    Location loc = op.getLoc();
    auto resultType = cast<RankedTensorType>(op.getType());
    Type element = resultType.getElementType();
    Value zero = createScalarConstant(rewriter, loc, element, 0);
    PoolGeometry g = getGeometry(op);
    Value sum = createPool<linalg::PoolingNhwcSumOp>(
        rewriter, loc, adaptor.getInput(), resultType, g, zero, zero);

    Value divisor;
    if (!g.isPadded) {
      divisor = tensor::FromElementsOp::create(
          rewriter, loc, RankedTensorType::get({}, element),
          createScalarConstant(rewriter, loc, element,
                               g.window[0] * g.window[1]));
    } else {
      // The count of real elements per window: the same pool over ones,
      // padded with zeros.
      auto inputType = cast<RankedTensorType>(op.getInput().getType());
      auto onesType = RankedTensorType::get(
          {1, inputType.getDimSize(1), inputType.getDimSize(2), 1}, element);
      Value ones = createFilledTensor(
          rewriter, loc, onesType, createScalarConstant(rewriter, loc, element, 1));
      auto countType = RankedTensorType::get(
          {1, resultType.getDimSize(1), resultType.getDimSize(2), 1}, element);
      divisor = createPool<linalg::PoolingNhwcSumOp>(rewriter, loc, ones,
                                                     countType, g, zero, zero);
    }
    rewriter.replaceOp(
        op, createElementwise(rewriter, loc, resultType, {sum, divisor},
                              [](OpBuilder &b, Location l,
                                 ValueRange args) -> Value {
                                return arith::DivFOp::create(b, l, args[0],
                                                             args[1]);
                              }));
    return success();
  }
};

struct L2Pool2dLowering : OpConversionPattern<L2Pool2dOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(L2Pool2dOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkLayout(op, rewriter)))
      return failure();
    Location loc = op.getLoc();
    auto resultType = cast<RankedTensorType>(op.getType());
    auto inputType = cast<RankedTensorType>(adaptor.getInput().getType());
    // float16 squares overflow long before the norm does (300 squares to
    // 90000 > 65504): square, sum and take the root in float32.
    Type element = resultType.getElementType();
    Type sumElement = element.isF16() ? rewriter.getF32Type() : element;
    Value zero = createScalarConstant(rewriter, loc, sumElement, 0);
    Value squares = createElementwise(
        rewriter, loc, inputType.clone(sumElement), adaptor.getInput(),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value x = args[0];
          if (x.getType() != sumElement)
            x = arith::ExtFOp::create(b, l, sumElement, x);
          return arith::MulFOp::create(b, l, x, x);
        });
    Value sum = createPool<linalg::PoolingNhwcSumOp>(
        rewriter, loc, squares, resultType.clone(sumElement), getGeometry(op),
        zero, zero);
    rewriter.replaceOp(
        op, createElementwise(
                rewriter, loc, resultType, sum,
                [&](OpBuilder &b, Location l, ValueRange args) -> Value {
                  Value root = math::SqrtOp::create(b, l, args[0]);
                  if (root.getType() != element)
                    root = arith::TruncFOp::create(b, l, element, root);
                  return root;
                }));
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNPoolingToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<MaxPool2dLowering, AveragePool2dLowering, L2Pool2dLowering>(
      typeConverter, patterns.getContext());
}
