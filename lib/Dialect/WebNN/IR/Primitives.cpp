//===- Primitives.cpp - Verifiers of the HLO-style primitives -------------===//
//
// The primitives take their scalar computation as a region: the verifiers
// check that the region is a scalar function of the right signature, made
// of side-effect free scalar ops, besides the usual shape rules.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::webnn;

static bool isScalar(Type type) { return type.isIntOrIndexOrFloat(); }

/// Checks that `region` is one block of side-effect free scalar ops taking
/// `argumentTypes` and ending in a webnn.yield of one `resultType` value.
static LogicalResult verifyScalarBody(Operation *op, Region &region,
                                      TypeRange argumentTypes,
                                      Type resultType) {
  StringRef name = op->getName().stripDialect();
  Block &block = region.front();
  if (block.getNumArguments() != argumentTypes.size())
    return op->emitOpError()
           << name << ": the body takes " << block.getNumArguments()
           << " scalars, expected " << argumentTypes.size()
           << " (one per operand)";
  for (auto [index, argument, expected] :
       llvm::enumerate(block.getArguments(), argumentTypes))
    if (argument.getType() != expected)
      return op->emitOpError()
             << name << ": body argument " << index << " has type "
             << argument.getType() << ", expected " << expected;
  auto yield = dyn_cast_or_null<YieldOp>(
      block.empty() ? nullptr : &block.back());
  if (!yield)
    return op->emitOpError() << name << ": the body must end in webnn.yield";
  if (yield.getValue().getType() != resultType)
    return yield.emitOpError()
           << "yields " << yield.getValue().getType() << ", but " << name
           << " produces " << resultType;
  for (Operation &inner : block.without_terminator()) {
    if (inner.getNumRegions() != 0 || !isMemoryEffectFree(&inner))
      return inner.emitOpError()
             << "is not a side-effect free scalar op: the body of " << name
             << " computes one scalar from scalars";
    for (Type type : llvm::concat<const Type>(inner.getOperandTypes(),
                                              inner.getResultTypes()))
      if (!isScalar(type))
        return inner.emitOpError()
               << "works on " << type << ": the body of " << name
               << " holds scalar ops only";
  }
  return success();
}

LogicalResult ElementwiseOp::verify() {
  if (getInputs().empty())
    return emitOpError("elementwise: needs at least one operand");
  SmallVector<int64_t> shape;
  for (auto [index, input] : llvm::enumerate(getInputs())) {
    auto type = cast<RankedTensorType>(input.getType());
    if (type.getElementType().isUnsignedInteger())
      return emitOpError() << "elementwise: operand " << index << " is "
                           << type.getElementType()
                           << "; the scalar body works on float and "
                              "signless integer types";
    if (index == 0) {
      shape = llvm::to_vector(type.getShape());
      continue;
    }
    auto broadcast = broadcastShapes(shape, type.getShape());
    if (failed(broadcast)) {
      InFlightDiagnostic diag = emitOpError()
                                << "elementwise: operand " << index
                                << " of shape [";
      llvm::interleaveComma(type.getShape(), diag);
      diag << "] does not broadcast with the shape [";
      llvm::interleaveComma(shape, diag);
      return diag << "] of the operands before it";
    }
    shape = *broadcast;
  }
  auto resultType = cast<RankedTensorType>(getType());
  if (resultType.getShape() != ArrayRef<int64_t>(shape)) {
    InFlightDiagnostic diag = emitOpError()
                              << "elementwise: the result shape must be the "
                                 "broadcast shape [";
    llvm::interleaveComma(shape, diag);
    return diag << "] of the operands";
  }
  return success();
}

LogicalResult ElementwiseOp::verifyRegions() {
  SmallVector<Type> argumentTypes;
  for (Value input : getInputs())
    argumentTypes.push_back(
        cast<RankedTensorType>(input.getType()).getElementType());
  return verifyScalarBody(*this, getBody(), argumentTypes,
                          cast<RankedTensorType>(getType()).getElementType());
}
