//===- Elementwise.cpp - Element-wise webnn ops to linalg.generic ---------===//
//
// Each element-wise op becomes one linalg.generic over the result shape. An
// operand's indexing map aligns its dimensions to the result's trailing ones
// and reads index 0 where the operand has size 1 and the result does not:
// that is WebNN's (numpy's) broadcasting, with no broadcast copies.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "Utils.h"

#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "WebNN/Dialect/WebNN/Transforms/Decompose.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace mlir::webnn;

namespace {
/// `base` to the power `exponent` for unsigned integers, wrapping modulo
/// 2^width as numpy does (math.ipowi is signed: it treats an exponent with
/// the top bit set as negative). Square-and-multiply over every bit of the
/// exponent, unrolled with selects instead of a loop, so that the body
/// stays straight-line code the CPU backend vectorizes.
Value createUnsignedPow(OpBuilder &b, Location loc, Value base,
                        Value exponent) {
  Type type = base.getType();
  unsigned width = type.getIntOrFloatBitWidth();
  Value zero = arith::ConstantIntOp::create(b, loc, type, 0);
  Value result = arith::ConstantIntOp::create(b, loc, type, 1);
  for (unsigned bit = 0; bit < width; ++bit) {
    Value mask = arith::ConstantIntOp::create(b, loc, type,
                                              APInt::getOneBitSet(width, bit));
    Value isSet = arith::CmpIOp::create(
        b, loc, arith::CmpIPredicate::ne,
        arith::AndIOp::create(b, loc, exponent, mask), zero);
    result = arith::SelectOp::create(
        b, loc, isSet, arith::MulIOp::create(b, loc, result, base), result);
    if (bit + 1 < width)
      base = arith::MulIOp::create(b, loc, base, base);
  }
  return result;
}

/// A comparison of `lhs` and `rhs` by kind: `floatPredicate` for floats,
/// `signedPredicate` or `unsignedPredicate` for integers.
Value createCompare(OpBuilder &b, Location loc, ScalarKind kind, Value lhs,
                    Value rhs, arith::CmpFPredicate floatPredicate,
                    arith::CmpIPredicate signedPredicate,
                    arith::CmpIPredicate unsignedPredicate) {
  if (kind == ScalarKind::Float)
    return arith::CmpFOp::create(b, loc, floatPredicate, lhs, rhs);
  return arith::CmpIOp::create(b, loc,
                               kind == ScalarKind::Unsigned ? unsignedPredicate
                                                            : signedPredicate,
                               lhs, rhs);
}

/// WebNN's truth value of a uint8 element: non-zero.
Value isTrue(OpBuilder &b, Location loc, Value value) {
  return arith::CmpIOp::create(
      b, loc, arith::CmpIPredicate::ne, value,
      createScalarConstant(b, loc, value.getType(), 0));
}

/// sign: 1 above zero, -1 below, the value itself otherwise (0, -0, NaN).
Value createSign(OpBuilder &b, Location loc, Value x, ScalarKind kind) {
  Type type = x.getType();
  Value zero = createScalarConstant(b, loc, type, 0);
  Value positive =
      createCompare(b, loc, kind, x, zero, arith::CmpFPredicate::OGT,
                    arith::CmpIPredicate::sgt, arith::CmpIPredicate::ugt);
  Value negative =
      createCompare(b, loc, kind, x, zero, arith::CmpFPredicate::OLT,
                    arith::CmpIPredicate::slt, arith::CmpIPredicate::ult);
  Value result = arith::SelectOp::create(
      b, loc, negative, createScalarConstant(b, loc, type, -1), x);
  return arith::SelectOp::create(b, loc, positive,
                                 createScalarConstant(b, loc, type, 1), result);
}

/// The body of the linalg.generic for a comparison or logical op: the i1
/// predicate, widened to the uint8 result (as i8).
Value buildPredicate(Operation *op, OpBuilder &b, Location loc, ValueRange args,
                     ScalarKind kind) {
  auto compare = [&](arith::CmpFPredicate f, arith::CmpIPredicate s,
                     arith::CmpIPredicate u) {
    return createCompare(b, loc, kind, args[0], args[1], f, s, u);
  };
  using F = arith::CmpFPredicate;
  using I = arith::CmpIPredicate;
  // Ordered predicates are false when either side is NaN; notEqual is the
  // unordered one, true then (IEEE 754, and the spec's note on NaN).
  Value predicate =
      llvm::TypeSwitch<Operation *, Value>(op)
          .Case([&](EqualOp) { return compare(F::OEQ, I::eq, I::eq); })
          .Case([&](NotEqualOp) { return compare(F::UNE, I::ne, I::ne); })
          .Case([&](GreaterOp) { return compare(F::OGT, I::sgt, I::ugt); })
          .Case(
              [&](GreaterOrEqualOp) { return compare(F::OGE, I::sge, I::uge); })
          .Case([&](LesserOp) { return compare(F::OLT, I::slt, I::ult); })
          .Case(
              [&](LesserOrEqualOp) { return compare(F::OLE, I::sle, I::ule); })
          .Case([&](LogicalAndOp) -> Value {
            return arith::AndIOp::create(b, loc, isTrue(b, loc, args[0]),
                                         isTrue(b, loc, args[1]));
          })
          .Case([&](LogicalOrOp) -> Value {
            return arith::OrIOp::create(b, loc, isTrue(b, loc, args[0]),
                                        isTrue(b, loc, args[1]));
          })
          .Case([&](LogicalXorOp) -> Value {
            return arith::XOrIOp::create(b, loc, isTrue(b, loc, args[0]),
                                         isTrue(b, loc, args[1]));
          })
          .Case([&](LogicalNotOp) -> Value {
            return arith::CmpIOp::create(
                b, loc, I::eq, args[0],
                createScalarConstant(b, loc, args[0].getType(), 0));
          })
          .Case([&](IsNaNOp) -> Value {
            return arith::CmpFOp::create(b, loc, F::UNO, args[0], args[0]);
          })
          .Case([&](IsInfiniteOp) -> Value {
            auto type = cast<FloatType>(args[0].getType());
            Value infinity = arith::ConstantOp::create(
                b, loc,
                b.getFloatAttr(type,
                               APFloat::getInf(type.getFloatSemantics())));
            return arith::CmpFOp::create(b, loc, F::OEQ,
                                         math::AbsFOp::create(b, loc, args[0]),
                                         infinity);
          })
          .Default([](Operation *) -> Value {
            llvm_unreachable("patterns are registered for the ops above only");
          });
  return arith::ExtUIOp::create(b, loc, b.getI8Type(), predicate);
}

/// The body of the linalg.generic for `op` on scalars `args`.
Value buildScalar(Operation *op, OpBuilder &b, Location loc, ValueRange args,
                  ScalarKind kind) {
  if (isa<EqualOp, NotEqualOp, GreaterOp, GreaterOrEqualOp, LesserOp,
          LesserOrEqualOp, LogicalAndOp, LogicalOrOp, LogicalXorOp,
          LogicalNotOp, IsNaNOp, IsInfiniteOp>(op))
    return buildPredicate(op, b, loc, args, kind);
  bool isFloat = kind == ScalarKind::Float;
  bool isUnsigned = kind == ScalarKind::Unsigned;
  Type type = args[0].getType();
  auto binary = [&](auto floatOp, auto signedOp, auto unsignedOp) -> Value {
    using FloatOp = decltype(floatOp);
    using SignedOp = decltype(signedOp);
    using UnsignedOp = decltype(unsignedOp);
    if (isFloat)
      return FloatOp::create(b, loc, args[0], args[1]);
    if (isUnsigned)
      return UnsignedOp::create(b, loc, args[0], args[1]);
    return SignedOp::create(b, loc, args[0], args[1]);
  };
  return llvm::TypeSwitch<Operation *, Value>(op)
      .Case([&](AddOp) {
        return binary(arith::AddFOp(), arith::AddIOp(), arith::AddIOp());
      })
      .Case([&](SubOp) {
        return binary(arith::SubFOp(), arith::SubIOp(), arith::SubIOp());
      })
      .Case([&](MulOp) {
        return binary(arith::MulFOp(), arith::MulIOp(), arith::MulIOp());
      })
      .Case([&](DivOp) {
        return binary(arith::DivFOp(), arith::DivSIOp(), arith::DivUIOp());
      })
      // maximumf/minimumf propagate NaN, as the spec's max/min do.
      .Case([&](MaxOp) {
        return binary(arith::MaximumFOp(), arith::MaxSIOp(), arith::MaxUIOp());
      })
      .Case([&](MinOp) {
        return binary(arith::MinimumFOp(), arith::MinSIOp(), arith::MinUIOp());
      })
      .Case([&](PowOp) -> Value {
        if (isFloat)
          return math::PowFOp::create(b, loc, args[0], args[1]);
        if (isUnsigned)
          return createUnsignedPow(b, loc, args[0], args[1]);
        return math::IPowIOp::create(b, loc, args[0], args[1]);
      })
      .Case([&](AbsOp) -> Value {
        if (isFloat)
          return math::AbsFOp::create(b, loc, args[0]);
        return math::AbsIOp::create(b, loc, args[0]);
      })
      .Case([&](NegOp) -> Value {
        if (isFloat)
          return arith::NegFOp::create(b, loc, args[0]);
        return arith::SubIOp::create(
            b, loc, createScalarConstant(b, loc, type, 0), args[0]);
      })
      .Case(
          [&](CeilOp) { return Value(math::CeilOp::create(b, loc, args[0])); })
      .Case([&](FloorOp) {
        return Value(math::FloorOp::create(b, loc, args[0]));
      })
      .Case([&](ExpOp) { return Value(math::ExpOp::create(b, loc, args[0])); })
      .Case([&](LogOp) { return Value(math::LogOp::create(b, loc, args[0])); })
      .Case(
          [&](SqrtOp) { return Value(math::SqrtOp::create(b, loc, args[0])); })
      .Case(
          [&](TanhOp) { return Value(math::TanhOp::create(b, loc, args[0])); })
      .Case([&](ReciprocalOp) {
        return Value(arith::DivFOp::create(
            b, loc, createScalarConstant(b, loc, type, 1.0), args[0]));
      })
      .Case([&](CosOp) { return Value(math::CosOp::create(b, loc, args[0])); })
      .Case([&](SinOp) { return Value(math::SinOp::create(b, loc, args[0])); })
      .Case([&](TanOp) { return Value(math::TanOp::create(b, loc, args[0])); })
      .Case([&](ErfOp) { return Value(math::ErfOp::create(b, loc, args[0])); })
      .Case([&](RoundEvenOp) {
        return Value(math::RoundEvenOp::create(b, loc, args[0]));
      })
      .Case([&](SignOp) { return createSign(b, loc, args[0], kind); })
      .Case([&](WhereOp) -> Value {
        return arith::SelectOp::create(b, loc, isTrue(b, loc, args[0]), args[1],
                                       args[2]);
      })
      .Case([&](SigmoidOp) { return createSigmoid(b, loc, args[0]); })
      .Case([&](ReluOp) { return createRelu(b, loc, args[0]); })
      .Case([&](LeakyReluOp leaky) {
        return createLeakyRelu(b, loc, args[0],
                               leaky.getAlpha().convertToDouble());
      })
      .Case([&](ClampOp clamp) {
        return createClamp(b, loc, args[0], clamp.getMinValue(),
                           clamp.getMaxValue(), isUnsigned);
      })
      .Default([](Operation *) -> Value {
        llvm_unreachable("patterns are registered for the ops above only");
      });
}
} // namespace

namespace {
/// cast of one scalar from `from` (its kind `fromKind`) to `to` (`toKind`),
/// with the spec's conversions (docs/spec-notes.md): a float reaches an
/// integer type truncated toward zero and saturated to the type's range,
/// NaN giving 0, so that no conversion is undefined.
Value createCast(OpBuilder &b, Location loc, Value x, ScalarKind fromKind,
                 Type to, ScalarKind toKind) {
  Type from = x.getType();
  if (from == to)
    return x;
  auto fromFloat = dyn_cast<FloatType>(from);
  auto toFloat = dyn_cast<FloatType>(to);
  if (fromFloat && toFloat) {
    if (fromFloat.getWidth() < toFloat.getWidth())
      return arith::ExtFOp::create(b, loc, to, x);
    return arith::TruncFOp::create(b, loc, to, x);
  }
  if (toFloat) {
    if (fromKind == ScalarKind::Unsigned)
      return arith::UIToFPOp::create(b, loc, to, x);
    return arith::SIToFPOp::create(b, loc, to, x);
  }
  unsigned toWidth = to.getIntOrFloatBitWidth();
  if (!fromFloat) {
    unsigned fromWidth = from.getIntOrFloatBitWidth();
    if (fromWidth > toWidth)
      return arith::TruncIOp::create(b, loc, to, x);
    if (fromWidth == toWidth)
      return x;
    if (fromKind == ScalarKind::Unsigned)
      return arith::ExtUIOp::create(b, loc, to, x);
    return arith::ExtSIOp::create(b, loc, to, x);
  }
  // Float to integer: in float64 (exact for float32 and float16), NaN to 0,
  // clamped to the largest doubles that truncate into the range.
  bool isUnsigned = toKind == ScalarKind::Unsigned;
  Type f64 = b.getF64Type();
  Value wide = x;
  if (fromFloat.getWidth() < 64)
    wide = arith::ExtFOp::create(b, loc, f64, x);
  Value zero = createScalarConstant(b, loc, f64, 0.0);
  Value isNaN =
      arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, wide, wide);
  wide = arith::SelectOp::create(b, loc, isNaN, zero, wide);
  unsigned valueBits = isUnsigned ? toWidth : toWidth - 1;
  double high = std::nextafter(std::ldexp(1.0, valueBits), 0.0);
  double low = isUnsigned ? 0.0 : -std::ldexp(1.0, valueBits);
  wide = arith::MaximumFOp::create(b, loc, wide,
                                   createScalarConstant(b, loc, f64, low));
  wide = arith::MinimumFOp::create(b, loc, wide,
                                   createScalarConstant(b, loc, f64, high));
  if (isUnsigned)
    return arith::FPToUIOp::create(b, loc, to, wide);
  return arith::FPToSIOp::create(b, loc, to, wide);
}

struct CastLowering : OpConversionPattern<CastOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(CastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = dyn_cast_or_null<RankedTensorType>(
        getTypeConverter()->convertType(op.getType()));
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible result type");
    ScalarKind fromKind = getScalarKind(op.getInput().getType());
    ScalarKind toKind = getScalarKind(op.getType());
    Type to = resultType.getElementType();
    if (adaptor.getInput().getType() == resultType) {
      rewriter.replaceOp(op, adaptor.getInput());
      return success();
    }
    rewriter.replaceOp(
        op, createElementwise(
                rewriter, op.getLoc(), resultType, adaptor.getInput(),
                [&](OpBuilder &b, Location l, ValueRange args) {
                  return createCast(b, l, args[0], fromKind, to, toKind);
                }));
    return success();
  }
};

/// Lowers one element-wise op to a linalg.generic over its result.
template <typename OpTy>
struct ElementwiseToGeneric : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto resultType = dyn_cast_or_null<RankedTensorType>(
        this->getTypeConverter()->convertType(op.getType()));
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible result type");
    Location loc = op.getLoc();
    ValueRange inputs = adaptor.getOperands();
    ScalarKind kind = getScalarKind(op->getOperand(0).getType());

    Value result =
        createElementwise(rewriter, loc, resultType, inputs,
                          [&](OpBuilder &b, Location bodyLoc, ValueRange args) {
                            return buildScalar(op, b, bodyLoc, args, kind);
                          });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct IdentityToInput : OpConversionPattern<IdentityOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(IdentityOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, adaptor.getInput());
    return success();
  }
};

/// webnn.constant becomes arith.constant of the signless type; a resource
/// blob keeps its bytes and only changes type (4-bit values are already
/// one per byte there).
struct ConstantToArith : OpConversionPattern<ConstantOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ConstantOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast_or_null<RankedTensorType>(
        getTypeConverter()->convertType(op.getType()));
    if (!type)
      return rewriter.notifyMatchFailure(op, "unconvertible result type");
    TypedAttr value;
    auto dense = dyn_cast<DenseElementsAttr>(op.getValue());
    auto elementType = cast<ShapedType>(op.getType()).getElementType();
    if (dense && elementType.getIntOrFloatBitWidth() == 4) {
      // int4 and uint4 widen to their i8 storage.
      bool isUnsigned = elementType.isUnsignedInteger();
      value = dense.mapValues(type.getElementType(), [&](const APInt &v) {
        return isUnsigned ? v.zext(8) : v.sext(8);
      });
    } else if (dense) {
      value = dense.bitcast(type.getElementType());
    } else if (auto resource =
                   dyn_cast<DenseResourceElementsAttr>(op.getValue())) {
      value = DenseResourceElementsAttr::get(type, resource.getRawHandle());
    } else {
      return rewriter.notifyMatchFailure(op, "unsupported constant attribute");
    }
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, type, value);
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNElementwiseToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  patterns.add<
      ElementwiseToGeneric<AddOp>, ElementwiseToGeneric<SubOp>,
      ElementwiseToGeneric<MulOp>, ElementwiseToGeneric<DivOp>,
      ElementwiseToGeneric<MaxOp>, ElementwiseToGeneric<MinOp>,
      ElementwiseToGeneric<PowOp>, ElementwiseToGeneric<AbsOp>,
      ElementwiseToGeneric<NegOp>, ElementwiseToGeneric<CeilOp>,
      ElementwiseToGeneric<FloorOp>, ElementwiseToGeneric<ExpOp>,
      ElementwiseToGeneric<LogOp>, ElementwiseToGeneric<SqrtOp>,
      ElementwiseToGeneric<ReciprocalOp>, ElementwiseToGeneric<SigmoidOp>,
      ElementwiseToGeneric<TanhOp>, ElementwiseToGeneric<ReluOp>,
      ElementwiseToGeneric<LeakyReluOp>, ElementwiseToGeneric<ClampOp>,
      ElementwiseToGeneric<CosOp>, ElementwiseToGeneric<SinOp>,
      ElementwiseToGeneric<TanOp>, ElementwiseToGeneric<ErfOp>,
      ElementwiseToGeneric<RoundEvenOp>, ElementwiseToGeneric<SignOp>,
      ElementwiseToGeneric<EqualOp>, ElementwiseToGeneric<NotEqualOp>,
      ElementwiseToGeneric<GreaterOp>, ElementwiseToGeneric<GreaterOrEqualOp>,
      ElementwiseToGeneric<LesserOp>, ElementwiseToGeneric<LesserOrEqualOp>,
      ElementwiseToGeneric<LogicalAndOp>, ElementwiseToGeneric<LogicalOrOp>,
      ElementwiseToGeneric<LogicalXorOp>, ElementwiseToGeneric<LogicalNotOp>,
      ElementwiseToGeneric<IsNaNOp>, ElementwiseToGeneric<IsInfiniteOp>,
      ElementwiseToGeneric<WhereOp>, IdentityToInput, ConstantToArith,
      CastLowering>(typeConverter, context);
  // The activations below have no lowering of their own: each is one
  // webnn.elementwise (webnn-decompose), lowered as such.
  populateDecomposePatterns(patterns, getActivationDecompositions());
}
