//===- GuardIntegerDivision.cpp - Integer division without traps ----------===//
//
// The webnn-guard-integer-division pass (Passes.td). x86's integer division
// traps on a zero divisor and on INT_MIN / -1, so a division whose divisor
// comes from a graph's data could kill the process that runs the graph.
// Each one divides by a divisor made safe instead:
//
//   safe   = (d == 0 || (signed && x == INT_MIN && d == -1)) ? 1 : d
//   result = d == 0 ? 0 : x op safe
//
// which gives x / 1 = INT_MIN and x % 1 = 0 for the overflowing pair.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::webnn {
#define GEN_PASS_DEF_WEBNNGUARDINTEGERDIVISION
#include "WebNN/Dialect/WebNN/Transforms/Passes.h.inc"
} // namespace mlir::webnn

using namespace mlir;
using namespace mlir::webnn;

namespace {
/// The element type of integer scalars and vectors; null for index and
/// everything else.
IntegerType getIntegerElementType(Type type) {
  if (auto vector = dyn_cast<VectorType>(type))
    type = vector.getElementType();
  return dyn_cast<IntegerType>(type);
}

/// `value` as a constant of `type` (a splat for vectors).
Value createConstant(OpBuilder &b, Location loc, Type type,
                     const APInt &value) {
  if (auto vector = dyn_cast<VectorType>(type))
    return arith::ConstantOp::create(b, loc,
                                     DenseElementsAttr::get(vector, value));
  return arith::ConstantOp::create(b, loc, IntegerAttr::get(type, value));
}

/// Whether a constant divisor can neither be zero nor, for signed ops, -1.
bool isSafeConstant(Value divisor, bool isSigned) {
  APInt value;
  if (!matchPattern(divisor, m_ConstantInt(&value)))
    return false;
  return !value.isZero() && !(isSigned && value.isAllOnes());
}

/// Rewrites `op` (a division or remainder of integers) to divide by a safe
/// divisor and to give 0 where the divisor is 0.
template <typename OpTy>
void guard(IRRewriter &rewriter, OpTy op, bool isSigned) {
  Value lhs = op.getLhs(), rhs = op.getRhs();
  Type type = rhs.getType();
  IntegerType elementType = getIntegerElementType(type);
  if (!elementType || isSafeConstant(rhs, isSigned))
    return;
  unsigned width = elementType.getWidth();
  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  auto constant = [&](const APInt &value) {
    return createConstant(rewriter, loc, type, value);
  };
  auto equals = [&](Value value, Value constant) -> Value {
    return arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, value,
                                 constant);
  };
  Value zero = constant(APInt::getZero(width));
  Value one = constant(APInt(width, 1));
  Value min, minusOne;
  if (isSigned) {
    min = constant(APInt::getSignedMinValue(width));
    minusOne = constant(APInt::getAllOnes(width));
  }
  Value isZero = equals(rhs, zero);
  Value unsafe = isZero;
  if (isSigned) {
    unsafe = arith::OrIOp::create(rewriter, loc, unsafe,
                                  arith::AndIOp::create(rewriter, loc,
                                                        equals(lhs, min),
                                                        equals(rhs, minusOne)));
  }
  Value safe = arith::SelectOp::create(rewriter, loc, unsafe, one, rhs);
  Value result = OpTy::create(rewriter, loc, lhs, safe);
  rewriter.replaceOpWithNewOp<arith::SelectOp>(op, isZero, zero, result);
}

struct WebNNGuardIntegerDivisionPass
    : webnn::impl::WebNNGuardIntegerDivisionBase<
          WebNNGuardIntegerDivisionPass> {
  void runOnOperation() override {
    // Collected first: the rewrite creates ops of the same kinds.
    SmallVector<Operation *> divisions;
    getOperation()->walk([&](Operation *op) {
      if (isa<arith::DivSIOp, arith::DivUIOp, arith::RemSIOp, arith::RemUIOp>(
              op))
        divisions.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (Operation *op : divisions) {
      if (auto div = dyn_cast<arith::DivSIOp>(op))
        guard(rewriter, div, /*isSigned=*/true);
      else if (auto div = dyn_cast<arith::DivUIOp>(op))
        guard(rewriter, div, /*isSigned=*/false);
      else if (auto rem = dyn_cast<arith::RemSIOp>(op))
        guard(rewriter, rem, /*isSigned=*/true);
      else if (auto rem = dyn_cast<arith::RemUIOp>(op))
        guard(rewriter, rem, /*isSigned=*/false);
    }
  }
};
} // namespace
