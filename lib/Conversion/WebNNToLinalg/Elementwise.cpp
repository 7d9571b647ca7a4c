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

/// The body of the linalg.generic for `op` on scalars `args`.
Value buildScalar(Operation *op, OpBuilder &b, Location loc, ValueRange args,
                  ScalarKind kind) {
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
