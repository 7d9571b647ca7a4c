//===- Quantization.cpp - quantizeLinear and dequantizeLinear to linalg ---===//
//
// Each is one linalg.generic over the input that reads the scale and the
// zero point of its block: dimension d of a blockwise-broadcast operand is
// the loop index floordiv the block size (the input's dimension over the
// operand's), so a per-tensor, per-channel or per-block scale is never
// expanded to the input's size.
//
// The 4-bit types arrive as i8 (their storage, WebNNTypeConverter) and the
// unsigned ones as signless: the signedness comes from the op's own types.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "Utils.h"

#include "WebNN/Dialect/WebNN/IR/DataType.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;
using namespace mlir::webnn;

/// How an element of `shape` reads an operand of `blocks` (each dimension
/// dividing shape's): its index floordiv the block size, 0 where the
/// operand has one element along the dimension.
static AffineMap getBlockwiseMap(MLIRContext *context, ArrayRef<int64_t> shape,
                                 ArrayRef<int64_t> blocks) {
  SmallVector<AffineExpr> exprs;
  for (auto [d, size, count] : llvm::enumerate(shape, blocks)) {
    AffineExpr index = getAffineDimExpr(d, context);
    if (count == 1)
      exprs.push_back(getAffineConstantExpr(0, context));
    else if (count == size)
      exprs.push_back(index);
    else
      exprs.push_back(index.floorDiv(size / count));
  }
  return AffineMap::get(shape.size(), 0, exprs, context);
}

/// The range of a quantized data type.
static std::pair<double, double> getQuantizedRange(Type webnnElement) {
  switch (*getDataType(webnnElement)) {
  case DataType::Int4:
    return {-8.0, 7.0};
  case DataType::Uint4:
    return {0.0, 15.0};
  case DataType::Int8:
    return {-128.0, 127.0};
  case DataType::Uint8:
    return {0.0, 255.0};
  case DataType::Int32:
    return {-2147483648.0, 2147483647.0};
  case DataType::Uint32:
    return {0.0, 4294967295.0};
  default:
    llvm_unreachable("the shape function allows only quantized types");
  }
}

/// One linalg.generic over `input` computing `body(x, scale, zeroPoint)`,
/// the scale and zero point read through their blocks.
static Value createQuantizationGeneric(
    OpBuilder &b, Location loc, RankedTensorType resultType, Value input,
    Value scale, Value zeroPoint,
    function_ref<Value(OpBuilder &, Location, ValueRange)> body) {
  MLIRContext *context = b.getContext();
  ArrayRef<int64_t> shape = cast<RankedTensorType>(input.getType()).getShape();
  ArrayRef<int64_t> blocks = cast<RankedTensorType>(scale.getType()).getShape();
  AffineMap blockwise = getBlockwiseMap(context, shape, blocks);
  return createParallelGeneric(
      b, loc, resultType, {input, scale, zeroPoint},
      {AffineMap::getMultiDimIdentityMap(shape.size(), context), blockwise,
       blockwise},
      body);
}

namespace {
/// `clamp(roundEven(x / scale) + zeroPoint)`: the quotient and its rounding
/// in float32 (float16 widened), the sum and the clamp in float64, where
/// any int32 or uint32 zero point is exact. A NaN quantizes to the zero
/// point, the value of 0.
struct QuantizeLinearLowering : OpConversionPattern<QuantizeLinearOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(QuantizeLinearOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = dyn_cast_or_null<RankedTensorType>(
        getTypeConverter()->convertType(op.getType()));
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unsupported result type");
    Type webnnElement = cast<RankedTensorType>(op.getType()).getElementType();
    bool isUnsigned = webnnElement.isUnsignedInteger();
    std::pair<double, double> range = getQuantizedRange(webnnElement);
    double lowest = range.first, highest = range.second;
    Type storage = resultType.getElementType();
    Value result = createQuantizationGeneric(
        rewriter, op.getLoc(), resultType, adaptor.getInput(),
        adaptor.getScale(), adaptor.getZeroPoint(),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Type f32 = b.getF32Type(), f64 = b.getF64Type();
          auto widen = [&](Value v) -> Value {
            return v.getType() == f32 ? v : arith::ExtFOp::create(b, l, f32, v);
          };
          Value quotient =
              arith::DivFOp::create(b, l, widen(args[0]), widen(args[1]));
          Value rounded = arith::ExtFOp::create(
              b, l, f64, math::RoundEvenOp::create(b, l, quotient).getResult());
          Value zeroPoint =
              isUnsigned ? Value(arith::UIToFPOp::create(b, l, f64, args[2]))
                         : Value(arith::SIToFPOp::create(b, l, f64, args[2]));
          Value sum = arith::AddFOp::create(b, l, rounded, zeroPoint);
          // maxnumf/minnumf pick the number over a NaN; the NaN is
          // replaced by the zero point below.
          Value clamped = arith::MinNumFOp::create(
              b, l,
              arith::MaxNumFOp::create(b, l, sum,
                                       createScalarConstant(b, l, f64, lowest)),
              createScalarConstant(b, l, f64, highest));
          Value isNaN =
              arith::CmpFOp::create(b, l, arith::CmpFPredicate::UNO, sum, sum);
          clamped = arith::SelectOp::create(b, l, isNaN, zeroPoint, clamped);
          return isUnsigned
                     ? Value(arith::FPToUIOp::create(b, l, storage, clamped))
                     : Value(arith::FPToSIOp::create(b, l, storage, clamped));
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// `(x - zeroPoint) * scale`: the difference exact in i64, converted to
/// float32 (exact up to 2^24, the 8- and 4-bit types' whole range) and
/// multiplied in float32 (float16 widened, the product rounded once).
struct DequantizeLinearLowering : OpConversionPattern<DequantizeLinearOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(DequantizeLinearOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = dyn_cast_or_null<RankedTensorType>(
        getTypeConverter()->convertType(op.getType()));
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unsupported result type");
    bool isUnsigned = cast<RankedTensorType>(op.getInput().getType())
                          .getElementType()
                          .isUnsignedInteger();
    Type element = resultType.getElementType();
    Value result = createQuantizationGeneric(
        rewriter, op.getLoc(), resultType, adaptor.getInput(),
        adaptor.getScale(), adaptor.getZeroPoint(),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Type i64 = b.getI64Type(), f32 = b.getF32Type();
          auto extend = [&](Value v) -> Value {
            return isUnsigned ? Value(arith::ExtUIOp::create(b, l, i64, v))
                              : Value(arith::ExtSIOp::create(b, l, i64, v));
          };
          Value difference =
              arith::SubIOp::create(b, l, extend(args[0]), extend(args[2]));
          Value scale = args[1].getType() == f32
                            ? args[1]
                            : Value(arith::ExtFOp::create(b, l, f32, args[1]));
          Value product = arith::MulFOp::create(
              b, l, arith::SIToFPOp::create(b, l, f32, difference), scale);
          return element == f32
                     ? product
                     : Value(arith::TruncFOp::create(b, l, element, product));
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNQuantizationToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<QuantizeLinearLowering, DequantizeLinearLowering>(
      typeConverter, patterns.getContext());
}
