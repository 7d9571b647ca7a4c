//===- Primitives.cpp - The HLO-style primitives to linalg ----------------===//
//
// webnn.elementwise is one linalg.generic: the operands are read through
// broadcasting indexing maps, and the op's scalar body becomes the
// generic's body. webnn.reduce_window pads its input with the init value;
// a max or add body over the spatial window of a 4-D input becomes the
// named pooling op (linalg.pooling_nhwc_max / _sum, or the nchw ones); any
// other body a linalg.generic with the window as reduction loops.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "Utils.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"

using namespace mlir;
using namespace mlir::webnn;

/// Clones a primitive's scalar body at `b`'s insertion point with its
/// arguments bound to `scalars`; returns the clone of the yielded value.
static Value cloneScalarBody(OpBuilder &b, Block &body, ValueRange scalars) {
  IRMapping mapping;
  mapping.map(body.getArguments(), scalars);
  for (Operation &inner : body.without_terminator())
    b.clone(inner, mapping);
  return mapping.lookup(cast<YieldOp>(body.back()).getValues()[0]);
}

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
          return cloneScalarBody(b, body, scalars);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// The pooling reduction `op` computes, if its body is one op combining
/// its two arguments: max (maximumf, maxsi) or add.
enum class PoolingKind { None, Max, Sum };
static PoolingKind getPoolingKind(ReduceWindowOp op) {
  Operation *combiner = op.getCombiner();
  if (isa_and_nonnull<arith::MaximumFOp, arith::MaxSIOp>(combiner))
    return PoolingKind::Max;
  if (isa_and_nonnull<arith::AddFOp, arith::AddIOp>(combiner))
    return PoolingKind::Sum;
  return PoolingKind::None;
}

struct ReduceWindowLowering : OpConversionPattern<ReduceWindowOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ReduceWindowOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast_or_null<RankedTensorType>(
        getTypeConverter()->convertType(op.getType()));
    if (!type)
      return rewriter.notifyMatchFailure(op, "unsupported result type");
    Location loc = op.getLoc();
    int64_t rank = type.getRank();
    SmallVector<int64_t> window = llvm::to_vector(op.getWindowDimensions());
    SmallVector<int64_t> strides = op.getStridesOrDefault();
    SmallVector<int64_t> dilations = op.getDilationsOrDefault();
    SmallVector<int64_t> padding = op.getPaddingOrDefault();

    Value initValue = arith::ConstantOp::create(
        rewriter, loc, cast<TypedAttr>(op.getInitValue()));
    SmallVector<int64_t> low, high;
    for (int64_t i = 0; i < rank; ++i) {
      low.push_back(padding[2 * i]);
      high.push_back(padding[2 * i + 1]);
    }
    Value padded =
        createPadded(rewriter, loc, adaptor.getInput(), low, high, initValue);
    Value init = createFilledTensor(rewriter, loc, type, initValue);

    Block &body = op.getBody().front();
    PoolingKind kind = getPoolingKind(op);
    // The window covers two spatial dimensions of a 4-D input: H and W in
    // nhwc (1, 2) or nchw (2, 3).
    auto isWindowOver = [&](int64_t h, int64_t w) {
      if (rank != 4)
        return false;
      for (int64_t d = 0; d < 4; ++d)
        if (d != h && d != w &&
            (window[d] != 1 || strides[d] != 1 || dilations[d] != 1))
          return false;
      return true;
    };
    bool nhwc = isWindowOver(1, 2), nchw = !nhwc && isWindowOver(2, 3);
    if (kind != PoolingKind::None && (nhwc || nchw)) {
      int64_t h = nhwc ? 1 : 2, w = h + 1;
      Value windowShape = tensor::EmptyOp::create(
          rewriter, loc, ArrayRef<int64_t>{window[h], window[w]},
          type.getElementType());
      auto stridesAttr = getI64TensorAttr(rewriter, {strides[h], strides[w]});
      auto dilationsAttr =
          getI64TensorAttr(rewriter, {dilations[h], dilations[w]});
      SmallVector<Value> inputs = {padded, windowShape};
      auto create = [&](auto opTag) -> Value {
        using PoolOp = decltype(opTag);
        return PoolOp::create(rewriter, loc, TypeRange{type}, inputs,
                              ValueRange{init}, stridesAttr, dilationsAttr)
            .getResult(0);
      };
      Value result;
      if (kind == PoolingKind::Max)
        result = nhwc ? create(linalg::PoolingNhwcMaxOp())
                      : create(linalg::PoolingNchwMaxOp());
      else
        result = nhwc ? create(linalg::PoolingNhwcSumOp())
                      : create(linalg::PoolingNchwSumOp());
      rewriter.replaceOp(op, result);
      return success();
    }

    // Loops: the output dimensions (parallel), then the window's
    // (reduction). The input is read at out * stride + w * dilation; an
    // empty tensor of the window's shape gives the window loops their
    // bounds, as in linalg's pooling ops.
    MLIRContext *context = rewriter.getContext();
    SmallVector<AffineExpr> inputExprs, windowExprs, outputExprs;
    for (int64_t i = 0; i < rank; ++i) {
      AffineExpr out = getAffineDimExpr(i, context);
      AffineExpr w = getAffineDimExpr(rank + i, context);
      inputExprs.push_back(out * strides[i] + w * dilations[i]);
      windowExprs.push_back(w);
      outputExprs.push_back(out);
    }
    SmallVector<AffineMap> maps = {
        AffineMap::get(2 * rank, 0, inputExprs, context),
        AffineMap::get(2 * rank, 0, windowExprs, context),
        AffineMap::get(2 * rank, 0, outputExprs, context)};
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    iterators.append(rank, utils::IteratorType::reduction);
    Value windowShape =
        tensor::EmptyOp::create(rewriter, loc, window, type.getElementType());
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{type}, ValueRange{padded, windowShape},
        ValueRange{init}, maps, iterators,
        [&](OpBuilder &b, Location l, ValueRange args) {
          // args: element, (unused) window element, accumulator.
          linalg::YieldOp::create(
              b, l, cloneScalarBody(b, body, {args[2], args[0]}));
        });
    rewriter.replaceOp(op, generic.getResults());
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNPrimitivesToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<ElementwiseLowering, ReduceWindowLowering>(
      typeConverter, patterns.getContext());
}
