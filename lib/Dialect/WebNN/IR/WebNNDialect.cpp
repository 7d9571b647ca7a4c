//===- WebNNDialect.cpp - The webnn dialect -------------------------------===//

#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"

#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
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

Operation *WebNNDialect::materializeConstant(OpBuilder &builder,
                                             Attribute value, Type type,
                                             Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  if (!elements || elements.getType() != type)
    return nullptr;
  return ConstantOp::create(builder, loc, type, elements);
}
