//===- Primitives.cpp - The HLO-style primitives to linalg ----------------===//
//
// webnn.elementwise is one linalg.generic: the operands are read through
// broadcasting indexing maps, and the op's scalar body becomes the
// generic's body. webnn.reduce_window pads its input with the init value;
// a max or add body over the spatial window of a 4-D input becomes the
// named pooling op (linalg.pooling_nhwc_max / _max_unsigned / _sum, or the
// nchw ones); windows over whole dimensions a linalg.reduce; any other
// window a linalg.generic with the window as reduction loops.
// webnn.reduce is a linalg.generic with its axes as reduction loops.
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
/// its two arguments: max (maximumf, maxsi), unsigned max (maxui) or add.
enum class PoolingKind { None, Max, MaxUnsigned, Sum };
static PoolingKind getPoolingKind(ReduceWindowOp op) {
  Operation *combiner = op.getCombiner();
  if (isa_and_nonnull<arith::MaximumFOp, arith::MaxSIOp>(combiner))
    return PoolingKind::Max;
  if (isa_and_nonnull<arith::MaxUIOp>(combiner))
    return PoolingKind::MaxUnsigned;
  if (isa_and_nonnull<arith::AddFOp, arith::AddIOp>(combiner))
    return PoolingKind::Sum;
  return PoolingKind::None;
}

/// A reduce_window's attributes, every list at its full length.
struct Window {
  SmallVector<int64_t> dimensions, strides, dilations, padding;
};

/// The named linalg pooling op for a `kind` reduction whose window covers
/// the spatial dimensions of a 4-D input in nhwc or nchw, or null.
static Value createNamedPool(OpBuilder &b, Location loc, PoolingKind kind,
                             const Window &w, Value padded,
                             RankedTensorType type, Value initValue) {
  // The window covers two spatial dimensions of a 4-D input: H and W in
  // nhwc (1, 2) or nchw (2, 3).
  auto isWindowOver = [&](int64_t h, int64_t wd) {
    if (type.getRank() != 4)
      return false;
    for (int64_t d = 0; d < 4; ++d)
      if (d != h && d != wd &&
          (w.dimensions[d] != 1 || w.strides[d] != 1 || w.dilations[d] != 1))
        return false;
    return true;
  };
  bool nhwc = isWindowOver(1, 2);
  // linalg has an unsigned max pool in nhwc only.
  bool nchw = !nhwc && kind != PoolingKind::MaxUnsigned && isWindowOver(2, 3);
  if (kind == PoolingKind::None || (!nhwc && !nchw))
    return nullptr;
  int64_t h = nhwc ? 1 : 2, wd = h + 1;
  Value windowShape = tensor::EmptyOp::create(
      b, loc, ArrayRef<int64_t>{w.dimensions[h], w.dimensions[wd]},
      type.getElementType());
  Value init = createFilledTensor(b, loc, type, initValue);
  auto strides = getI64TensorAttr(b, {w.strides[h], w.strides[wd]});
  auto dilations = getI64TensorAttr(b, {w.dilations[h], w.dilations[wd]});
  auto create = [&](auto opTag) -> Value {
    using PoolOp = decltype(opTag);
    return PoolOp::create(b, loc, TypeRange{type},
                          ValueRange{padded, windowShape}, ValueRange{init},
                          strides, dilations)
        .getResult(0);
  };
  switch (kind) {
  case PoolingKind::Max:
    return nhwc ? create(linalg::PoolingNhwcMaxOp())
                : create(linalg::PoolingNchwMaxOp());
  case PoolingKind::MaxUnsigned:
    return create(linalg::PoolingNhwcMaxUnsignedOp());
  case PoolingKind::Sum:
    return nhwc ? create(linalg::PoolingNhwcSumOp())
                : create(linalg::PoolingNchwSumOp());
  case PoolingKind::None:
    break;
  }
  return nullptr;
}

/// For windows that span whole dimensions, one window per output
/// (softmax's max and sum over an axis): a linalg.reduce over those
/// dimensions, reshaped back to the size-1 dimensions reduce_window keeps.
/// Null for any other window.
static Value createWholeDimensionReduction(OpBuilder &b, Location loc,
                                           const Window &w, Value padded,
                                           RankedTensorType type,
                                           Value initValue, Block &body) {
  auto paddedType = cast<RankedTensorType>(padded.getType());
  SmallVector<int64_t> reduced, keptShape;
  for (int64_t d = 0; d < type.getRank(); ++d) {
    if (w.dimensions[d] == 1) {
      keptShape.push_back(type.getDimSize(d));
      continue;
    }
    if (type.getDimSize(d) != 1 || w.dilations[d] != 1 ||
        w.dimensions[d] != paddedType.getDimSize(d))
      return nullptr;
    reduced.push_back(d);
  }
  if (reduced.empty())
    return nullptr;
  Value init = createFilledTensor(
      b, loc, RankedTensorType::get(keptShape, type.getElementType()),
      initValue);
  Value reduction =
      linalg::ReduceOp::create(
          b, loc, ValueRange{padded}, ValueRange{init}, reduced,
          [&](OpBuilder &nb, Location l, ValueRange args) {
            // args: element, accumulator.
            linalg::YieldOp::create(
                nb, l, cloneScalarBody(nb, body, {args[1], args[0]}));
          })
          .getResult(0);
  return createReshape(b, loc, reduction, type.getShape());
}

/// Any window: a linalg.generic whose loops are the output dimensions
/// (parallel), then the window's (reduction). The input is read at
/// out * stride + w * dilation; an empty tensor of the window's shape gives
/// the window loops their bounds, as in linalg's pooling ops.
static Value createWindowLoops(OpBuilder &b, Location loc, const Window &w,
                               Value padded, RankedTensorType type,
                               Value initValue, Block &body) {
  MLIRContext *context = b.getContext();
  int64_t rank = type.getRank();
  SmallVector<AffineExpr> inputExprs, windowExprs, outputExprs;
  for (int64_t i = 0; i < rank; ++i) {
    AffineExpr out = getAffineDimExpr(i, context);
    AffineExpr wd = getAffineDimExpr(rank + i, context);
    inputExprs.push_back(out * w.strides[i] + wd * w.dilations[i]);
    windowExprs.push_back(wd);
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
      tensor::EmptyOp::create(b, loc, w.dimensions, type.getElementType());
  Value init = createFilledTensor(b, loc, type, initValue);
  return linalg::GenericOp::create(
             b, loc, TypeRange{type}, ValueRange{padded, windowShape},
             ValueRange{init}, maps, iterators,
             [&](OpBuilder &nb, Location l, ValueRange args) {
               // args: element, (unused) window element, accumulator.
               linalg::YieldOp::create(
                   nb, l, cloneScalarBody(nb, body, {args[2], args[0]}));
             })
      .getResult(0);
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
    Window w{llvm::to_vector(op.getWindowDimensions()),
             op.getStridesOrDefault(), op.getDilationsOrDefault(),
             op.getPaddingOrDefault()};
    Value initValue = arith::ConstantOp::create(
        rewriter, loc, cast<TypedAttr>(op.getInitValue()));
    SmallVector<int64_t> low, high;
    for (int64_t i = 0; i < type.getRank(); ++i) {
      low.push_back(w.padding[2 * i]);
      high.push_back(w.padding[2 * i + 1]);
    }
    Value padded =
        createPadded(rewriter, loc, adaptor.getInput(), low, high, initValue);
    Block &body = op.getBody().front();
    // The named pooling ops first: the CPU backend's schedules know them
    // (a global pool is also a whole-dimension reduction).
    Value result = createNamedPool(rewriter, loc, getPoolingKind(op), w, padded,
                                   type, initValue);
    if (!result)
      result = createWholeDimensionReduction(rewriter, loc, w, padded, type,
                                             initValue, body);
    if (!result)
      result =
          createWindowLoops(rewriter, loc, w, padded, type, initValue, body);
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// A linalg.generic whose loops are the input's dimensions, the axes
/// reduction loops: a linalg.generic rather than a linalg.reduce, so that
/// the element-wise steps before it (the square of an L2 norm, the float16
/// widening) fuse into it and the intermediate tensor is never written.
/// Without axes it is the body applied to the init value and each element.
struct ReduceLowering : OpConversionPattern<ReduceOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ReduceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast_or_null<RankedTensorType>(
        getTypeConverter()->convertType(op.getType()));
    if (!type)
      return rewriter.notifyMatchFailure(op, "unsupported result type");
    Location loc = op.getLoc();
    Block &body = op.getBody().front();
    auto inputType = cast<RankedTensorType>(adaptor.getInput().getType());
    int64_t rank = inputType.getRank();
    MLIRContext *context = rewriter.getContext();
    SmallVector<AffineExpr> outputExprs;
    SmallVector<utils::IteratorType> iterators;
    for (int64_t d = 0; d < rank; ++d) {
      bool reduced = llvm::is_contained(op.getAxes(), d);
      iterators.push_back(reduced ? utils::IteratorType::reduction
                                  : utils::IteratorType::parallel);
      if (!reduced)
        outputExprs.push_back(getAffineDimExpr(d, context));
    }
    Value initValue = arith::ConstantOp::create(
        rewriter, loc, cast<TypedAttr>(op.getInitValue()));
    Value init = createFilledTensor(rewriter, loc, type, initValue);
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, TypeRange{type}, ValueRange{adaptor.getInput()},
            ValueRange{init},
            ArrayRef<AffineMap>{
                AffineMap::getMultiDimIdentityMap(rank, context),
                AffineMap::get(rank, 0, outputExprs, context)},
            iterators,
            [&](OpBuilder &b, Location l, ValueRange args) {
              // args: element, accumulator.
              linalg::YieldOp::create(
                  b, l, cloneScalarBody(b, body, {args[1], args[0]}));
            })
            .getResult(0);
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// A linalg.generic with no inputs whose body is its index along the
/// dimension: fused into the element-wise step that reads it, it is a loop
/// counter.
struct IotaLowering : OpConversionPattern<IotaOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(IotaOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast_or_null<RankedTensorType>(
        getTypeConverter()->convertType(op.getType()));
    if (!type)
      return rewriter.notifyMatchFailure(op, "unsupported result type");
    Type element = type.getElementType();
    int64_t dimension = op.getDimension();
    Value iota = createParallelGeneric(
        rewriter, op.getLoc(), type, {}, {},
        [&](OpBuilder &b, Location l, ValueRange) -> Value {
          Value index = linalg::IndexOp::create(b, l, dimension);
          if (isa<FloatType>(element))
            return arith::UIToFPOp::create(
                b, l, element,
                arith::IndexCastUIOp::create(b, l, b.getI64Type(), index));
          return arith::IndexCastOp::create(b, l, element, index);
        });
    rewriter.replaceOp(op, iota);
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNPrimitivesToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<ElementwiseLowering, ReduceWindowLowering, ReduceLowering,
               IotaLowering>(typeConverter, patterns.getContext());
}
