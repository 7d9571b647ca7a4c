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

Value mlir::webnn::createCastConstant(OpBuilder &b, Location loc, Type type,
                                      double value, bool isUnsigned) {
  auto intType = dyn_cast<IntegerType>(type);
  if (!intType)
    return createScalarConstant(b, loc, type, value);
  // The comparisons are done in double before converting, since converting
  // an out-of-range double (or NaN) to an integer is undefined.
  unsigned width = intType.getWidth();
  APInt result;
  if (std::isnan(value)) {
    result = APInt::getZero(width);
  } else if (isUnsigned) {
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
    return createCastConstant(b, loc, type, value.convertToDouble(),
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

/// e^t - 1 for t <= 0 without the cancellation of computing e^t and then
/// subtracting 1: with u = e^t rounded, (u - 1) * t / ln(u) is accurate to a
/// few ulp (Kahan's method), u == 1 means t is below the rounding of 1 and
/// the result is t, and u == 0 means the result is -1.
static Value createExpMinusOne(OpBuilder &b, Location loc, Value t) {
  Type type = t.getType();
  Value one = createScalarConstant(b, loc, type, 1.0);
  Value u = math::ExpOp::create(b, loc, t);
  Value uMinusOne = arith::SubFOp::create(b, loc, u, one);
  Value ratio =
      arith::DivFOp::create(b, loc, arith::MulFOp::create(b, loc, uMinusOne, t),
                            math::LogOp::create(b, loc, u));
  Value isOne =
      arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, u, one);
  Value isZero = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, u,
                                       createScalarConstant(b, loc, type, 0.0));
  Value result = arith::SelectOp::create(b, loc, isZero, uMinusOne, ratio);
  return arith::SelectOp::create(b, loc, isOne, t, result);
}

/// ln(1 + e) for 0 <= e <= 1, accurate also where 1 + e rounds to 1: with
/// u = 1 + e rounded, e * ln(u) / (u - 1) corrects for the rounding
/// (Goldberg's method), and u == 1 means the result is e.
static Value createLogOnePlus(OpBuilder &b, Location loc, Value e) {
  Type type = e.getType();
  Value one = createScalarConstant(b, loc, type, 1.0);
  Value u = arith::AddFOp::create(b, loc, one, e);
  Value ratio = arith::DivFOp::create(
      b, loc, arith::MulFOp::create(b, loc, e, math::LogOp::create(b, loc, u)),
      arith::SubFOp::create(b, loc, u, one));
  Value isOne =
      arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, u, one);
  return arith::SelectOp::create(b, loc, isOne, e, ratio);
}

Value mlir::webnn::createElu(OpBuilder &b, Location loc, Value x,
                             double alpha) {
  Type type = x.getType();
  Value zero = createScalarConstant(b, loc, type, 0.0);
  Value negativePart =
      createExpMinusOne(b, loc, arith::MinimumFOp::create(b, loc, zero, x));
  return arith::AddFOp::create(
      b, loc, arith::MaximumFOp::create(b, loc, zero, x),
      arith::MulFOp::create(b, loc, createScalarConstant(b, loc, type, alpha),
                            negativePart));
}

/// 1 + erf(z) is computed as erfc(-z): for negative z, 1 + erf(z) cancels
/// to a small number that keeps erf's absolute error, erfc keeps its
/// relative one (gelu(-2) would be off by ~40 float32 ulp).
Value mlir::webnn::createGelu(OpBuilder &b, Location loc, Value x) {
  Type type = x.getType();
  Value scaled = arith::MulFOp::create(
      b, loc, x, createScalarConstant(b, loc, type, -M_SQRT1_2));
  Value onePlusErf = math::ErfcOp::create(b, loc, scaled);
  Value half =
      arith::MulFOp::create(b, loc, createScalarConstant(b, loc, type, 0.5), x);
  return arith::MulFOp::create(b, loc, half, onePlusErf);
}

Value mlir::webnn::createHardSigmoid(OpBuilder &b, Location loc, Value x,
                                     double alpha, double beta) {
  Type type = x.getType();
  Value linear = createLinear(b, loc, x, alpha, beta);
  Value upper = arith::MinimumFOp::create(
      b, loc, linear, createScalarConstant(b, loc, type, 1.0));
  return arith::MaximumFOp::create(b, loc, upper,
                                   createScalarConstant(b, loc, type, 0.0));
}

Value mlir::webnn::createHardSwish(OpBuilder &b, Location loc, Value x) {
  Type type = x.getType();
  Value shifted =
      arith::AddFOp::create(b, loc, x, createScalarConstant(b, loc, type, 3.0));
  Value clamped = arith::MaximumFOp::create(
      b, loc,
      arith::MinimumFOp::create(b, loc, shifted,
                                createScalarConstant(b, loc, type, 6.0)),
      createScalarConstant(b, loc, type, 0.0));
  return arith::DivFOp::create(b, loc,
                               arith::MulFOp::create(b, loc, x, clamped),
                               createScalarConstant(b, loc, type, 6.0));
}

Value mlir::webnn::createLinear(OpBuilder &b, Location loc, Value x,
                                double alpha, double beta) {
  Type type = x.getType();
  Value scaled = arith::MulFOp::create(
      b, loc, createScalarConstant(b, loc, type, alpha), x);
  return arith::AddFOp::create(b, loc, scaled,
                               createScalarConstant(b, loc, type, beta));
}

Value mlir::webnn::createPrelu(OpBuilder &b, Location loc, Value x,
                               Value slope) {
  Value zero = createScalarConstant(b, loc, x.getType(), 0);
  if (isa<FloatType>(x.getType())) {
    Value positive =
        arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGE, x, zero);
    return arith::SelectOp::create(b, loc, positive, x,
                                   arith::MulFOp::create(b, loc, slope, x));
  }
  Value positive =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, x, zero);
  return arith::SelectOp::create(b, loc, positive, x,
                                 arith::MulIOp::create(b, loc, slope, x));
}

Value mlir::webnn::createSoftplus(OpBuilder &b, Location loc, Value x) {
  Type type = x.getType();
  Value zero = createScalarConstant(b, loc, type, 0.0);
  Value decay = math::ExpOp::create(
      b, loc, arith::NegFOp::create(b, loc, math::AbsFOp::create(b, loc, x)));
  return arith::AddFOp::create(b, loc,
                               arith::MaximumFOp::create(b, loc, x, zero),
                               createLogOnePlus(b, loc, decay));
}

Value mlir::webnn::createSoftsign(OpBuilder &b, Location loc, Value x) {
  Type type = x.getType();
  Value denominator =
      arith::AddFOp::create(b, loc, createScalarConstant(b, loc, type, 1.0),
                            math::AbsFOp::create(b, loc, x));
  return arith::DivFOp::create(b, loc, x, denominator);
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
