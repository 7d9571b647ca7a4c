//===- ScalarBodies.cpp - Scalar computations of the webnn ops ------------===//

#include "WebNN/Dialect/WebNN/IR/ScalarBodies.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

#include <cmath>

using namespace mlir;
using namespace mlir::webnn;

Value mlir::webnn::createScalarConstant(OpBuilder &b, Location loc, Type type,
                                        double value) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(floatType, value));
  return arith::ConstantOp::create(
      b, loc, b.getIntegerAttr(type, static_cast<int64_t>(value)));
}

Value mlir::webnn::createSigmoid(OpBuilder &b, Location loc, Value x) {
  Value one = createScalarConstant(b, loc, x.getType(), 1.0);
  Value exp = math::ExpOp::create(b, loc, arith::NegFOp::create(b, loc, x));
  return arith::DivFOp::create(b, loc, one,
                               arith::AddFOp::create(b, loc, one, exp));
}

Value mlir::webnn::createRelu(OpBuilder &b, Location loc, Value x) {
  Value zero = createScalarConstant(b, loc, x.getType(), 0);
  if (isa<FloatType>(x.getType()))
    return arith::MaximumFOp::create(b, loc, x, zero);
  return arith::MaxSIOp::create(b, loc, x, zero);
}

/// An integer clamp bound: `value` saturated to [lowest, highest] of the
/// type. The comparisons are done in double before converting, since
/// converting an out-of-range double to an integer is undefined.
static Value createIntegerBound(OpBuilder &b, Location loc, IntegerType type,
                                double value, bool isUnsigned) {
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

Value mlir::webnn::createClamp(OpBuilder &b, Location loc, Value x,
                               std::optional<APFloat> low,
                               std::optional<APFloat> high, bool isUnsigned) {
  Type type = x.getType();
  auto intType = dyn_cast<IntegerType>(type);
  auto bound = [&](const APFloat &value) -> Value {
    if (!intType)
      return createScalarConstant(b, loc, type, value.convertToDouble());
    return createIntegerBound(b, loc, intType, value.convertToDouble(),
                              isUnsigned);
  };
  // maximumf/minimumf propagate a NaN input, as the spec's clamp does.
  Value result = x;
  if (low && !low->isNaN()) {
    Value limit = bound(*low);
    if (!intType)
      result = arith::MaximumFOp::create(b, loc, result, limit);
    else if (isUnsigned)
      result = arith::MaxUIOp::create(b, loc, result, limit);
    else
      result = arith::MaxSIOp::create(b, loc, result, limit);
  }
  if (high && !high->isNaN()) {
    Value limit = bound(*high);
    if (!intType)
      result = arith::MinimumFOp::create(b, loc, result, limit);
    else if (isUnsigned)
      result = arith::MinUIOp::create(b, loc, result, limit);
    else
      result = arith::MinSIOp::create(b, loc, result, limit);
  }
  return result;
}

Value mlir::webnn::createLeakyRelu(OpBuilder &b, Location loc, Value x,
                                   double alpha) {
  Type type = x.getType();
  Value zero = createScalarConstant(b, loc, type, 0);
  Value scaled = arith::MulFOp::create(
      b, loc, createScalarConstant(b, loc, type, alpha), x);
  Value positive =
      arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGE, x, zero);
  return arith::SelectOp::create(b, loc, positive, x, scaled);
}

Value mlir::webnn::createGemmEpilogue(OpBuilder &b, Location loc, Value product,
                                      Value c, double alpha, double beta) {
  Type type = product.getType();
  Value result = product;
  if (alpha != 1.0)
    result = arith::MulFOp::create(
        b, loc, createScalarConstant(b, loc, type, alpha), result);
  if (!c)
    return result;
  if (beta != 1.0)
    c = arith::MulFOp::create(b, loc, createScalarConstant(b, loc, type, beta),
                              c);
  return arith::AddFOp::create(b, loc, result, c);
}

Value mlir::webnn::createBatchNormFactor(OpBuilder &b, Location loc,
                                         Value variance, Value scale,
                                         double epsilon) {
  Type type = variance.getType();
  Value stddev = math::SqrtOp::create(
      b, loc,
      arith::AddFOp::create(b, loc, variance,
                            createScalarConstant(b, loc, type, epsilon)));
  Value numerator = scale ? scale : createScalarConstant(b, loc, type, 1.0);
  return arith::DivFOp::create(b, loc, numerator, stddev);
}

Value mlir::webnn::createBatchNormApply(OpBuilder &b, Location loc, Value x,
                                        Value mean, Value factor, Value bias) {
  Value centered = arith::SubFOp::create(b, loc, x, mean);
  Value result = arith::MulFOp::create(b, loc, centered, factor);
  if (bias)
    result = arith::AddFOp::create(b, loc, result, bias);
  return result;
}
