//===- Shape.cpp - Shape and data movement ops to tensor and linalg -------===//
//
// reshape becomes collapse/expand (views after bufferization), transpose
// linalg.transpose, concat tensor.concat, slice tensor.extract_slice and
// constant padding tensor.pad. expand and tile are copies through
// indexing maps (broadcasting; a broadcast to an outer dimension per
// repetition, then collapsed); reverse reads each element at
// size - 1 - i; triangular
// selects by position; edge and reflection padding read the element each
// position copies.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "Utils.h"
#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"

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

struct SliceLowering : OpConversionPattern<SliceOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(SliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    SmallVector<int64_t> strides(resultType.getRank(), 1);
    if (auto given = op.getStrides())
      strides.assign(given->begin(), given->end());
    MLIRContext *context = rewriter.getContext();
    rewriter.replaceOpWithNewOp<tensor::ExtractSliceOp>(
        op, resultType, adaptor.getInput(),
        getAsIndexOpFoldResult(context, op.getStarts()),
        getAsIndexOpFoldResult(context, resultType.getShape()),
        getAsIndexOpFoldResult(context, strides));
    return success();
  }
};

/// Each piece of split is a tensor.extract_slice along the axis.
struct SplitLowering : OpConversionPattern<SplitOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(SplitOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    MLIRContext *context = rewriter.getContext();
    int64_t axis = op.getAxis();
    int64_t offset = 0;
    SmallVector<Value> pieces;
    for (Type type : op.getResultTypes()) {
      auto pieceType =
          cast<RankedTensorType>(getTypeConverter()->convertType(type));
      SmallVector<int64_t> offsets(pieceType.getRank(), 0);
      offsets[axis] = offset;
      offset += pieceType.getDimSize(axis);
      pieces.push_back(tensor::ExtractSliceOp::create(
          rewriter, op.getLoc(), pieceType, adaptor.getInput(),
          getAsIndexOpFoldResult(context, offsets),
          getAsIndexOpFoldResult(context, pieceType.getShape()),
          getAsIndexOpFoldResult(
              context, SmallVector<int64_t>(pieceType.getRank(), 1))));
    }
    rewriter.replaceOp(op, pieces);
    return success();
  }
};

/// expand is a copy through broadcasting indexing maps.
struct ExpandLowering : OpConversionPattern<ExpandOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ExpandOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    rewriter.replaceOp(
        op,
        createElementwise(
            rewriter, op.getLoc(), resultType, adaptor.getInput(),
            [](OpBuilder &, Location, ValueRange args) { return args[0]; }));
    return success();
  }
};

/// reverse reads, for each output position, the input element at
/// (size - 1 - i) along the reversed dimensions. The input is read by
/// tensor.extract rather than through a (size - 1 - i) indexing map, which
/// the tiling of the CPU backend cannot slice.
struct ReverseLowering : OpConversionPattern<ReverseOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ReverseOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Value input = adaptor.getInput();
    Value result = createParallelGeneric(
        rewriter, op.getLoc(), resultType, ValueRange{}, {},
        [&](OpBuilder &b, Location l, ValueRange) -> Value {
          SmallVector<Value> coordinates;
          for (int64_t d = 0; d < resultType.getRank(); ++d) {
            Value i = linalg::IndexOp::create(b, l, d);
            if (!op.getAxes() || llvm::is_contained(*op.getAxes(), d))
              i = arith::SubIOp::create(b, l,
                                        arith::ConstantIndexOp::create(
                                            b, l, resultType.getDimSize(d) - 1),
                                        i);
            coordinates.push_back(i);
          }
          return tensor::ExtractOp::create(b, l, input, coordinates);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// tile is a broadcast to [r0, n0, r1, n1, ...] (each repetition a new
/// outer dimension) collapsed to [r0 * n0, r1 * n1, ...]: every map is a
/// projection, which tiling and vectorization handle (an `i mod n` map
/// would make the tiling of the CPU backend read past the input).
struct TileLowering : OpConversionPattern<TileOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(TileOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    auto inputType = cast<RankedTensorType>(adaptor.getInput().getType());
    int64_t rank = resultType.getRank();
    SmallVector<int64_t> expandedShape;
    SmallVector<AffineExpr> inputExprs;
    for (int64_t d = 0; d < rank; ++d) {
      expandedShape.push_back(op.getRepetitions()[d]);
      expandedShape.push_back(inputType.getDimSize(d));
      inputExprs.push_back(rewriter.getAffineDimExpr(2 * d + 1));
    }
    auto expandedType =
        RankedTensorType::get(expandedShape, resultType.getElementType());
    AffineMap map =
        AffineMap::get(2 * rank, 0, inputExprs, rewriter.getContext());
    Value repeated = createParallelGeneric(
        rewriter, op.getLoc(), expandedType, adaptor.getInput(), map,
        [](OpBuilder &, Location, ValueRange args) { return args[0]; });
    rewriter.replaceOp(op, createReshape(rewriter, op.getLoc(), repeated,
                                         resultType.getShape()));
    return success();
  }
};

/// triangular keeps an element where its column minus its row (in the last
/// two dimensions) is at least (upper) or at most (lower) the diagonal.
struct TriangularLowering : OpConversionPattern<TriangularOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(TriangularOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    int64_t rank = resultType.getRank();
    bool upper = op.getUpper();
    int64_t diagonal = op.getDiagonal();
    Value result = createElementwise(
        rewriter, op.getLoc(), resultType, adaptor.getInput(),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Type i64 = b.getI64Type();
          auto indexAt = [&](int64_t d) -> Value {
            return arith::IndexCastOp::create(b, l, i64,
                                              linalg::IndexOp::create(b, l, d));
          };
          Value offset =
              arith::SubIOp::create(b, l, indexAt(rank - 1), indexAt(rank - 2));
          Value keep = arith::CmpIOp::create(
              b, l,
              upper ? arith::CmpIPredicate::sge : arith::CmpIPredicate::sle,
              offset, arith::ConstantIntOp::create(b, l, i64, diagonal));
          Value zero = createScalarConstant(b, l, args[0].getType(), 0);
          return arith::SelectOp::create(b, l, keep, args[0], zero);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// constant padding is tensor.pad; edge and reflection read, for each
/// output position, the input element they copy (the index clamped to the
/// edge, or mirrored at it).
struct PadLowering : OpConversionPattern<PadOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(PadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType =
        cast<RankedTensorType>(getTypeConverter()->convertType(op.getType()));
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inputType = cast<RankedTensorType>(input.getType());
    ArrayRef<int64_t> before = op.getBeginningPadding();
    if (op.getMode() == PaddingMode::constant) {
      Value value = createCastConstant(
          rewriter, loc, resultType.getElementType(),
          op.getValue().convertToDouble(),
          getScalarKind(op.getType()) == ScalarKind::Unsigned);
      rewriter.replaceOp(op, createPadded(rewriter, loc, input, before,
                                          op.getEndingPadding(), value));
      return success();
    }
    bool reflect = op.getMode() == PaddingMode::reflection;
    Value result = createParallelGeneric(
        rewriter, loc, resultType, ValueRange{}, {},
        [&](OpBuilder &b, Location l, ValueRange) -> Value {
          auto constant = [&](int64_t value) -> Value {
            return arith::ConstantIndexOp::create(b, l, value);
          };
          SmallVector<Value> coordinates;
          for (int64_t d = 0; d < resultType.getRank(); ++d) {
            int64_t size = inputType.getDimSize(d);
            Value i = arith::SubIOp::create(
                b, l, linalg::IndexOp::create(b, l, d), constant(before[d]));
            if (reflect) {
              // -i before the start, 2 (size - 1) - i past the end.
              Value negative = arith::CmpIOp::create(
                  b, l, arith::CmpIPredicate::slt, i, constant(0));
              i = arith::SelectOp::create(
                  b, l, negative, arith::SubIOp::create(b, l, constant(0), i),
                  i);
              Value past = arith::CmpIOp::create(
                  b, l, arith::CmpIPredicate::sge, i, constant(size));
              i = arith::SelectOp::create(
                  b, l, past,
                  arith::SubIOp::create(b, l, constant(2 * (size - 1)), i), i);
            }
            // Edge padding repeats the nearest element; after a reflection
            // this only keeps the index inside (the padding is smaller than
            // the dimension).
            i = arith::MaxSIOp::create(b, l, i, constant(0));
            i = arith::MinSIOp::create(b, l, i, constant(size - 1));
            coordinates.push_back(i);
          }
          return tensor::ExtractOp::create(b, l, input, coordinates);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNShapeToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<ReshapeLowering, TransposeLowering, ConcatLowering,
               SliceLowering, ExpandLowering, ReverseLowering, TileLowering,
               TriangularLowering, PadLowering, SplitLowering>(
      typeConverter, patterns.getContext());
}
