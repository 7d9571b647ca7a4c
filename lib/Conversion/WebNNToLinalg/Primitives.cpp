//===- Primitives.cpp - The HLO-style primitives to linalg ----------------===//
//
// webnn.elementwise is one linalg.generic: the operands are read through
// broadcasting indexing maps, and the op's scalar body becomes the
// generic's body. webnn.reduce_window pads its input with the init value;
// a max or add body over the spatial window of a 4-D input becomes the
// named pooling op (linalg.pooling_nhwc_max / _sum), which the CPU pipeline
// has a schedule for; any other body a linalg.generic with the window as
// reduction loops.
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
          IRMapping mapping;
          mapping.map(body.getArguments(), scalars);
          for (Operation &inner : body.without_terminator())
            b.clone(inner, mapping);
          return mapping.lookup(cast<YieldOp>(body.back()).getValue());
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// The pooling reduction `body` computes, if it is one op combining its two
/// arguments: max (maximumf, maxsi) or add.
enum class PoolingKind { None, Max, Sum };
static PoolingKind getPoolingKind(Block &body) {
  if (body.getOperations().size() != 2)
    return PoolingKind::None;
  Operation &op = body.front();
  auto yield = cast<YieldOp>(body.back());
  if (op.getNumResults() != 1 || yield.getValue() != op.getResult(0) ||
      op.getNumOperands() != 2)
    return PoolingKind::None;
  Value acc = body.getArgument(0), element = body.getArgument(1);
  bool combinesArguments =
      (op.getOperand(0) == acc && op.getOperand(1) == element) ||
      (op.getOperand(0) == element && op.getOperand(1) == acc);
  if (!combinesArguments)
    return PoolingKind::None;
  if (isa<arith::MaximumFOp, arith::MaxSIOp>(op))
    return PoolingKind::Max;
  if (isa<arith::AddFOp, arith::AddIOp>(op))
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
    PoolingKind kind = getPoolingKind(body);
    bool spatialWindow = rank == 4 && window[0] == 1 && window[3] == 1 &&
                         strides[0] == 1 && strides[3] == 1 &&
                         dilations[0] == 1 && dilations[3] == 1;
    if (kind != PoolingKind::None && spatialWindow) {
      Value windowShape = tensor::EmptyOp::create(
          rewriter, loc, ArrayRef<int64_t>{window[1], window[2]},
          type.getElementType());
      auto stridesAttr = getI64TensorAttr(rewriter, {strides[1], strides[2]});
      auto dilationsAttr =
          getI64TensorAttr(rewriter, {dilations[1], dilations[2]});
      ValueRange inputs = {padded, windowShape};
      Value result =
          kind == PoolingKind::Max
              ? linalg::PoolingNhwcMaxOp::create(
                    rewriter, loc, TypeRange{type}, inputs, ValueRange{init},
                    stridesAttr, dilationsAttr)
                    .getResult(0)
              : linalg::PoolingNhwcSumOp::create(
                    rewriter, loc, TypeRange{type}, inputs, ValueRange{init},
                    stridesAttr, dilationsAttr)
                    .getResult(0);
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
          IRMapping mapping;
          mapping.map(body.getArgument(0), args[2]);
          mapping.map(body.getArgument(1), args[0]);
          for (Operation &inner : body.without_terminator())
            b.clone(inner, mapping);
          linalg::YieldOp::create(
              b, l, mapping.lookup(cast<YieldOp>(body.back()).getValue()));
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
