//===- Folders.cpp - Folds of the webnn ops -------------------------------===//
//
// Only folds that are plainly right: no-op reshapes, transposes and
// identities disappear, chains of reshapes or transposes collapse into one,
// and element-wise arithmetic on small constants is computed. Broadcasting
// folds are left to later passes: a fold here never changes a result type.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"

#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"
#include "mlir/Dialect/CommonFolders.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;
using namespace mlir::webnn;

/// Constant operands larger than this are not folded, so that canonicalizing
/// a model never copies megabytes of weights into new attributes.
static constexpr int64_t kMaxFoldedElements = 1024;

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

OpFoldResult IdentityOp::fold(FoldAdaptor) { return getInput(); }

OpFoldResult ReshapeOp::fold(FoldAdaptor adaptor) {
  if (getInput().getType() == getType())
    return getInput();
  // reshape(reshape(x)) is reshape(x): only the last shape matters.
  if (auto producer = getInput().getDefiningOp<ReshapeOp>()) {
    getInputMutable().assign(producer.getInput());
    return getResult();
  }
  if (auto dense = dyn_cast_if_present<DenseElementsAttr>(adaptor.getInput()))
    return dense.reshape(getType());
  return {};
}

OpFoldResult TransposeOp::fold(FoldAdaptor adaptor) {
  int64_t rank = getType().getRank();
  SmallVector<int64_t> perm = getTransposePermutation(rank, getPermutation());
  if (llvm::equal(perm, llvm::seq<int64_t>(0, rank)))
    return getInput();
  // transpose(transpose(x, p1), p2) is transpose(x, p1[p2[i]]).
  if (auto producer = getInput().getDefiningOp<TransposeOp>()) {
    SmallVector<int64_t> inner =
        getTransposePermutation(rank, producer.getPermutation());
    SmallVector<int64_t> composed;
    for (int64_t p : perm)
      composed.push_back(inner[p]);
    getInputMutable().assign(producer.getInput());
    setPermutation(composed);
    if (llvm::equal(composed, llvm::seq<int64_t>(0, rank)))
      return getInput();
    return getResult();
  }
  if (auto dense = dyn_cast_if_present<DenseElementsAttr>(adaptor.getInput());
      dense && dense.isSplat())
    return dense.resizeSplat(getType());
  return {};
}

//===----------------------------------------------------------------------===//
// Element-wise arithmetic
//===----------------------------------------------------------------------===//

namespace {
/// Integer arithmetic must know the signedness that the ui* types carry.
bool isUnsignedElement(Type type) {
  return getElementTypeOrSelf(type).isUnsignedInteger();
}

/// True when `attr` is a splat constant equal to `value` (in the element
/// type's own representation).
bool isSplatOf(Attribute attr, double value) {
  auto splat = dyn_cast_if_present<SplatElementsAttr>(attr);
  if (!splat)
    return false;
  Type elementType = splat.getElementType();
  if (isa<FloatType>(elementType)) {
    APFloat actual = splat.getSplatValue<APFloat>();
    return !actual.isNaN() && actual.convertToDouble() == value &&
           actual.isNegative() == std::signbit(value);
  }
  if (isa<IntegerType>(elementType))
    return splat.getSplatValue<APInt>().getSExtValue() ==
           static_cast<int64_t>(value);
  return false;
}

/// Folds a binary op on two constants of the result's own type.
template <typename FloatFn, typename IntFn>
OpFoldResult foldConstantBinary(Operation *op, ArrayRef<Attribute> operands,
                                FloatFn floatFn, IntFn intFn) {
  Type resultType = op->getResult(0).getType();
  for (auto [value, attr] : llvm::zip(op->getOperands(), operands)) {
    auto dense = dyn_cast_if_present<DenseElementsAttr>(attr);
    if (!dense || value.getType() != resultType)
      return {};
    if (!dense.isSplat() && dense.getNumElements() > kMaxFoldedElements)
      return {};
  }
  Type elementType = getElementTypeOrSelf(resultType);
  // `void`: the webnn dialect has no poison value to propagate.
  if (isa<FloatType>(elementType))
    return constFoldBinaryOpConditional<FloatAttr, APFloat, void>(
        operands, resultType,
        [&](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
          return floatFn(a, b);
        });
  bool isUnsigned = isUnsignedElement(resultType);
  return constFoldBinaryOpConditional<IntegerAttr, APInt, void>(
      operands, resultType,
      [&](const APInt &a, const APInt &b) -> std::optional<APInt> {
        return intFn(a, b, isUnsigned);
      });
}
} // namespace

OpFoldResult AddOp::fold(FoldAdaptor adaptor) {
  // x + 0 is x for integers; for floats -0 + 0 is +0, so only x + (-0) is.
  double zero = isa<FloatType>(getElementTypeOrSelf(getType())) ? -0.0 : 0.0;
  if (getA().getType() == getType() && isSplatOf(adaptor.getB(), zero))
    return getA();
  if (getB().getType() == getType() && isSplatOf(adaptor.getA(), zero))
    return getB();
  return foldConstantBinary(
      *this, adaptor.getOperands(),
      [](const APFloat &a, const APFloat &b) { return a + b; },
      [](const APInt &a, const APInt &b, bool) -> std::optional<APInt> {
        return a + b;
      });
}

OpFoldResult SubOp::fold(FoldAdaptor adaptor) {
  if (getA().getType() == getType() && isSplatOf(adaptor.getB(), 0.0))
    return getA();
  return foldConstantBinary(
      *this, adaptor.getOperands(),
      [](const APFloat &a, const APFloat &b) { return a - b; },
      [](const APInt &a, const APInt &b, bool) -> std::optional<APInt> {
        return a - b;
      });
}

OpFoldResult MulOp::fold(FoldAdaptor adaptor) {
  if (getA().getType() == getType() && isSplatOf(adaptor.getB(), 1.0))
    return getA();
  if (getB().getType() == getType() && isSplatOf(adaptor.getA(), 1.0))
    return getB();
  return foldConstantBinary(
      *this, adaptor.getOperands(),
      [](const APFloat &a, const APFloat &b) { return a * b; },
      [](const APInt &a, const APInt &b, bool) -> std::optional<APInt> {
        return a * b;
      });
}

OpFoldResult DivOp::fold(FoldAdaptor adaptor) {
  if (getA().getType() == getType() && isSplatOf(adaptor.getB(), 1.0))
    return getA();
  return foldConstantBinary(
      *this, adaptor.getOperands(),
      [](const APFloat &a, const APFloat &b) { return a / b; },
      [](const APInt &a, const APInt &b,
         bool isUnsigned) -> std::optional<APInt> {
        // Integer division by zero (and INT_MIN / -1) has no value to fold
        // to: leave it for the runtime.
        if (b.isZero() ||
            (!isUnsigned && a.isMinSignedValue() && b.isAllOnes()))
          return std::nullopt;
        return isUnsigned ? a.udiv(b) : a.sdiv(b);
      });
}
