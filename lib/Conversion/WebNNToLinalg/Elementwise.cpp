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
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::webnn;

namespace {
/// An integer clamp bound: the double saturated to [lowest, highest] of the
/// type, as the spec's cast to the data type does. The comparisons are done
/// in double before converting, since converting an out-of-range double to
/// an integer is undefined.
Value integerBound(OpBuilder &b, Location loc, IntegerType type, double value,
                   bool isUnsigned) {
  unsigned width = type.getWidth();
  APInt result;
  if (isUnsigned) {
    if (value <= 0)
      result = APInt::getZero(width);
    else if (value >= std::ldexp(1.0, width))
      result = APInt::getMaxValue(width);
    else
      result = APInt(width, static_cast<uint64_t>(value));
  } else {
    if (value <= -std::ldexp(1.0, width - 1))
      result = APInt::getSignedMinValue(width);
    else if (value >= std::ldexp(1.0, width - 1))
      result = APInt::getSignedMaxValue(width);
    else
      result = APInt(width, static_cast<int64_t>(value), /*isSigned=*/true);
  }
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, result));
}

Value binaryMax(OpBuilder &b, Location loc, Value x, Value y,
                ScalarKind kind) {
  switch (kind) {
  case ScalarKind::Float:
    return arith::MaximumFOp::create(b, loc, x, y);
  case ScalarKind::Signed:
    return arith::MaxSIOp::create(b, loc, x, y);
  case ScalarKind::Unsigned:
    return arith::MaxUIOp::create(b, loc, x, y);
  }
  llvm_unreachable("unknown ScalarKind");
}

Value binaryMin(OpBuilder &b, Location loc, Value x, Value y,
                ScalarKind kind) {
  switch (kind) {
  case ScalarKind::Float:
    return arith::MinimumFOp::create(b, loc, x, y);
  case ScalarKind::Signed:
    return arith::MinSIOp::create(b, loc, x, y);
  case ScalarKind::Unsigned:
    return arith::MinUIOp::create(b, loc, x, y);
  }
  llvm_unreachable("unknown ScalarKind");
}

/// The body of the linalg.generic for `op` on scalars `args`.
Value buildScalar(Operation *op, OpBuilder &b, Location loc,
                             ValueRange args, ScalarKind kind) {
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
        // Unsigned pow is rejected before the body is built.
        if (isFloat)
          return math::PowFOp::create(b, loc, args[0], args[1]);
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
        return arith::SubIOp::create(b, loc, createScalarConstant(b, loc, type, 0),
                                     args[0]);
      })
      .Case([&](CeilOp) { return Value(math::CeilOp::create(b, loc, args[0])); })
      .Case([&](FloorOp) {
        return Value(math::FloorOp::create(b, loc, args[0]));
      })
      .Case([&](ExpOp) { return Value(math::ExpOp::create(b, loc, args[0])); })
      .Case([&](LogOp) { return Value(math::LogOp::create(b, loc, args[0])); })
      .Case([&](SqrtOp) { return Value(math::SqrtOp::create(b, loc, args[0])); })
      .Case([&](TanhOp) { return Value(math::TanhOp::create(b, loc, args[0])); })
      .Case([&](ReciprocalOp) {
        return Value(arith::DivFOp::create(
            b, loc, createScalarConstant(b, loc, type, 1.0), args[0]));
      })
      .Case([&](SigmoidOp) { return createSigmoid(b, loc, args[0]); })
      .Case([&](ReluOp) -> Value {
        Value zero = createScalarConstant(b, loc, type, 0);
        if (isFloat)
          return arith::MaximumFOp::create(b, loc, args[0], zero);
        return arith::MaxSIOp::create(b, loc, args[0], zero);
      })
      .Case([&](LeakyReluOp leaky) {
        return createLeakyRelu(b, loc, args[0],
                               leaky.getAlpha().convertToDouble());
      })
      .Case([&](ClampOp clamp) {
        Value result = args[0];
        auto applyBound = [&](std::optional<APFloat> bound, bool isMin) {
          // A NaN bound leaves the input unchanged (WPT's clamp cases).
          if (!bound || bound->isNaN())
            return;
          double value = bound->convertToDouble();
          Value limit;
          if (isFloat)
            limit = createScalarConstant(b, loc, type, value);
          else
            limit = integerBound(b, loc, cast<IntegerType>(type), value,
                                 isUnsigned);
          result = isMin ? binaryMax(b, loc, result, limit, kind)
                         : binaryMin(b, loc, result, limit, kind);
        };
        applyBound(clamp.getMinValue(), /*isMin=*/true);
        applyBound(clamp.getMaxValue(), /*isMin=*/false);
        return result;
      })
      .Default([](Operation *) -> Value {
        llvm_unreachable("patterns are registered for the ops above only");
      });
}
} // namespace

namespace {
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

    // math.ipowi is signed: unsigned pow has no lowering.
    if (isa<PowOp>(op) && kind == ScalarKind::Unsigned)
      return rewriter.notifyMatchFailure(op, "no unsigned integer pow");
    Value result = createElementwise(
        rewriter, loc, resultType, inputs,
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
/// blob keeps its bytes and only changes type.
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
    if (auto dense = dyn_cast<DenseElementsAttr>(op.getValue()))
      value = dense.bitcast(type.getElementType());
    else if (auto resource = dyn_cast<DenseResourceElementsAttr>(op.getValue()))
      value = DenseResourceElementsAttr::get(type, resource.getRawHandle());
    else
      return rewriter.notifyMatchFailure(op, "unsupported constant attribute");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, type, value);
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNElementwiseToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  patterns.add<ElementwiseToGeneric<AddOp>, ElementwiseToGeneric<SubOp>,
               ElementwiseToGeneric<MulOp>, ElementwiseToGeneric<DivOp>,
               ElementwiseToGeneric<MaxOp>, ElementwiseToGeneric<MinOp>,
               ElementwiseToGeneric<PowOp>, ElementwiseToGeneric<AbsOp>,
               ElementwiseToGeneric<NegOp>, ElementwiseToGeneric<CeilOp>,
               ElementwiseToGeneric<FloorOp>, ElementwiseToGeneric<ExpOp>,
               ElementwiseToGeneric<LogOp>, ElementwiseToGeneric<SqrtOp>,
               ElementwiseToGeneric<ReciprocalOp>,
               ElementwiseToGeneric<SigmoidOp>, ElementwiseToGeneric<TanhOp>,
               ElementwiseToGeneric<ReluOp>, ElementwiseToGeneric<LeakyReluOp>,
               ElementwiseToGeneric<ClampOp>, IdentityToInput, ConstantToArith>(
      typeConverter, context);
}
