//===- WebNNDialect.cpp - The webnn dialect -------------------------------===//

#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"

#include "WebNN/Dialect/WebNN/IR/Limits.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/RegionKindInterface.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::webnn;

#include "WebNN/Dialect/WebNN/IR/WebNNOpsDialect.cpp.inc"

#include "WebNN/Dialect/WebNN/IR/WebNNEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "WebNN/Dialect/WebNN/IR/WebNNAttrs.cpp.inc"

void WebNNDialect::initialize() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "WebNN/Dialect/WebNN/IR/WebNNAttrs.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "WebNN/Dialect/WebNN/IR/WebNNOps.cpp.inc"
      >();
}

/// The ops that infer their result type check their tensors there, with the
/// builder's words; the others (the primitives and composites) are checked
/// here, so that no webnn op holds a tensor over kMaxTensorByteLength.
static LogicalResult checkTensorLimits(Operation *op) {
  if (isa<InferTypeOpInterface>(op))
    return success();
  StringRef name = op->getName().stripDialect();
  auto check = [&](Type type, const Twine &what) {
    auto tensorType = dyn_cast<RankedTensorType>(type);
    if (!tensorType || !tensorType.hasStaticShape())
      return success();
    return checkTensorByteLength(op->getLoc(), name, what.str(), tensorType);
  };
  for (auto [index, type] : llvm::enumerate(op->getOperandTypes()))
    if (failed(check(type, "operand " + Twine(index))))
      return failure();
  for (auto [index, type] : llvm::enumerate(op->getResultTypes()))
    if (failed(check(type, "result " + Twine(index))))
      return failure();
  return success();
}

LogicalResult mlir::webnn::verifyGraphNode(Operation *op) {
  if (failed(checkTensorLimits(op)))
    return failure();
  Region *region = op->getParentRegion();
  if (!region)
    return success();
  auto kind = dyn_cast_if_present<RegionKindInterface>(region->getParentOp());
  if (!kind || kind.hasSSADominance(region->getRegionNumber()))
    return success();
  return op->emitOpError(
      "must be in a region where values are defined before use (e.g. a "
      "func.func body): a WebNN graph has no cycles");
}

Operation *WebNNDialect::materializeConstant(OpBuilder &builder,
                                             Attribute value, Type type,
                                             Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  if (!elements || elements.getType() != type)
    return nullptr;
  return ConstantOp::create(builder, loc, type, elements);
}
