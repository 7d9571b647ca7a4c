//===- Gather.cpp - Gather and scatter ops to linalg and scf --------------===//
//
// These ops read indices at run time, which the graph's builder could not
// check: every index goes through clampIndex before it addresses a tensor,
// so that whatever the indices hold (negative, huge, garbage), no access
// leaves the tensor (docs/untrusted-input.md).
//
// A gather is one linalg.generic over its output whose body computes the
// coordinates (its loop indices and the clamped indices) and extracts the
// element. A scatter copies the input and inserts each update in a loop
// nest over the updates, in order, so that the last of several updates to
// one element stays.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "Utils.h"

#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::webnn;

/// An index read at run time, as a position along a dimension of `size`:
/// a negative index counts from the end, and any index outside
/// [-size, size) is clamped into it (docs/spec-notes.md).
static Value clampIndex(OpBuilder &b, Location loc, Value raw, bool isUnsigned,
                        int64_t size) {
  Type i64 = b.getI64Type();
  Value index = raw;
  if (raw.getType() != i64)
    index = isUnsigned ? Value(arith::ExtUIOp::create(b, loc, i64, raw))
                       : Value(arith::ExtSIOp::create(b, loc, i64, raw));
  auto constant = [&](int64_t value) -> Value {
    return arith::ConstantIntOp::create(b, loc, i64, value);
  };
  if (!isUnsigned) {
    Value negative = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt,
                                           index, constant(0));
    index = arith::SelectOp::create(
        b, loc, negative, arith::AddIOp::create(b, loc, index, constant(size)),
        index);
  }
  index = arith::MaxSIOp::create(b, loc, index, constant(0));
  index = arith::MinSIOp::create(b, loc, index, constant(size - 1));
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), index);
}

static bool hasUnsignedIndices(Operation *op) {
  return getScalarKind(op->getOperand(1).getType()) == ScalarKind::Unsigned;
}

/// The loop indices `first` to `first + count` of the enclosing generic.
static void appendLoopIndices(OpBuilder &b, Location loc, int64_t first,
                              int64_t count, SmallVectorImpl<Value> &out) {
  for (int64_t i = 0; i < count; ++i)
    out.push_back(linalg::IndexOp::create(b, loc, first + i));
}

namespace {
struct GatherLowering : OpConversionPattern<GatherOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(GatherOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Value input = adaptor.getInput();
    auto inputType = cast<RankedTensorType>(input.getType());
    auto indicesType = cast<RankedTensorType>(adaptor.getIndices().getType());
    int64_t axis = op.getAxis();
    int64_t indicesRank = indicesType.getRank();
    bool isUnsigned = hasUnsignedIndices(op);
    // The output's dimensions [axis, axis + indicesRank) walk the indices.
    SmallVector<AffineExpr> indexExprs;
    for (int64_t i = 0; i < indicesRank; ++i)
      indexExprs.push_back(rewriter.getAffineDimExpr(axis + i));
    AffineMap indicesMap =
        AffineMap::get(type.getRank(), 0, indexExprs, rewriter.getContext());
    Value result = createParallelGeneric(
        rewriter, op.getLoc(), type, adaptor.getIndices(), indicesMap,
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          SmallVector<Value> coordinates;
          appendLoopIndices(b, l, 0, axis, coordinates);
          coordinates.push_back(clampIndex(b, l, args[0], isUnsigned,
                                           inputType.getDimSize(axis)));
          appendLoopIndices(b, l, axis + indicesRank,
                            inputType.getRank() - axis - 1, coordinates);
          return tensor::ExtractOp::create(b, l, input, coordinates);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct GatherElementsLowering : OpConversionPattern<GatherElementsOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(GatherElementsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Value input = adaptor.getInput();
    auto inputType = cast<RankedTensorType>(input.getType());
    int64_t axis = op.getAxis();
    bool isUnsigned = hasUnsignedIndices(op);
    AffineMap identity = AffineMap::getMultiDimIdentityMap(
        type.getRank(), rewriter.getContext());
    Value result = createParallelGeneric(
        rewriter, op.getLoc(), type, adaptor.getIndices(), identity,
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          SmallVector<Value> coordinates;
          appendLoopIndices(b, l, 0, type.getRank(), coordinates);
          coordinates[axis] =
              clampIndex(b, l, args[0], isUnsigned, inputType.getDimSize(axis));
          return tensor::ExtractOp::create(b, l, input, coordinates);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// The coordinates in `indices` at position `outer` (its leading
/// dimensions), each clamped into its input dimension.
static void appendCoordinates(OpBuilder &b, Location loc, Value indices,
                              ValueRange outer, RankedTensorType inputType,
                              bool isUnsigned, SmallVectorImpl<Value> &out) {
  int64_t count = cast<RankedTensorType>(indices.getType()).getShape().back();
  for (int64_t j = 0; j < count; ++j) {
    SmallVector<Value> position(outer);
    position.push_back(arith::ConstantIndexOp::create(b, loc, j));
    Value raw = tensor::ExtractOp::create(b, loc, indices, position);
    out.push_back(clampIndex(b, loc, raw, isUnsigned, inputType.getDimSize(j)));
  }
}

struct GatherNDLowering : OpConversionPattern<GatherNDOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(GatherNDOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Value input = adaptor.getInput(), indices = adaptor.getIndices();
    auto inputType = cast<RankedTensorType>(input.getType());
    auto indicesType = cast<RankedTensorType>(indices.getType());
    int64_t outer = indicesType.getRank() - 1;
    int64_t count = indicesType.getShape().back();
    bool isUnsigned = hasUnsignedIndices(op);
    Value result = createParallelGeneric(
        rewriter, op.getLoc(), type, ValueRange{}, {},
        [&](OpBuilder &b, Location l, ValueRange) -> Value {
          SmallVector<Value> outerIndices, coordinates;
          appendLoopIndices(b, l, 0, outer, outerIndices);
          appendCoordinates(b, l, indices, outerIndices, inputType, isUnsigned,
                            coordinates);
          appendLoopIndices(b, l, outer, inputType.getRank() - count,
                            coordinates);
          return tensor::ExtractOp::create(b, l, input, coordinates);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// The input with `insert(position)` for every position of `updates`, in
/// row-major order: a loop nest carrying the output tensor, which
/// bufferizes to one copy of the input and stores into it.
static Value createScatter(
    OpBuilder &b, Location loc, Value input, Value updates,
    function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange)>
        coordinatesOf) {
  auto updatesType = cast<RankedTensorType>(updates.getType());
  SmallVector<Value> lower, upper, steps;
  for (int64_t size : updatesType.getShape()) {
    lower.push_back(arith::ConstantIndexOp::create(b, loc, 0));
    upper.push_back(arith::ConstantIndexOp::create(b, loc, size));
    steps.push_back(arith::ConstantIndexOp::create(b, loc, 1));
  }
  scf::LoopNest nest = scf::buildLoopNest(
      b, loc, lower, upper, steps, ValueRange{input},
      [&](OpBuilder &nb, Location l, ValueRange ivs,
          ValueRange carried) -> scf::ValueVector {
        Value update = tensor::ExtractOp::create(nb, l, updates, ivs);
        SmallVector<Value> coordinates = coordinatesOf(nb, l, ivs);
        return {
            tensor::InsertOp::create(nb, l, update, carried[0], coordinates)};
      });
  return nest.results.empty() ? input : nest.results[0];
}

struct ScatterElementsLowering : OpConversionPattern<ScatterElementsOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ScatterElementsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value input = adaptor.getInput(), indices = adaptor.getIndices();
    auto inputType = cast<RankedTensorType>(input.getType());
    int64_t axis = op.getAxis();
    bool isUnsigned = hasUnsignedIndices(op);
    Value result = createScatter(
        rewriter, op.getLoc(), input, adaptor.getUpdates(),
        [&](OpBuilder &b, Location l, ValueRange ivs) {
          SmallVector<Value> coordinates(ivs);
          Value raw = tensor::ExtractOp::create(b, l, indices, ivs);
          coordinates[axis] =
              clampIndex(b, l, raw, isUnsigned, inputType.getDimSize(axis));
          return coordinates;
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct ScatterNDLowering : OpConversionPattern<ScatterNDOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ScatterNDOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value input = adaptor.getInput(), indices = adaptor.getIndices();
    auto inputType = cast<RankedTensorType>(input.getType());
    int64_t outer = cast<RankedTensorType>(indices.getType()).getRank() - 1;
    bool isUnsigned = hasUnsignedIndices(op);
    Value result =
        createScatter(rewriter, op.getLoc(), input, adaptor.getUpdates(),
                      [&](OpBuilder &b, Location l, ValueRange ivs) {
                        SmallVector<Value> coordinates;
                        appendCoordinates(b, l, indices, ivs.take_front(outer),
                                          inputType, isUnsigned, coordinates);
                        llvm::append_range(coordinates, ivs.drop_front(outer));
                        return coordinates;
                      });
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNGatherToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<GatherLowering, GatherElementsLowering, GatherNDLowering,
               ScatterElementsLowering, ScatterNDLowering>(
      typeConverter, patterns.getContext());
}
