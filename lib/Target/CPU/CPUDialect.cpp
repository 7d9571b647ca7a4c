//===- CPUDialect.cpp - The CPU backend's attributes ----------------------===//

#include "WebNN/Target/CPU/CPUDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::webnn::cpu;

#include "WebNN/Target/CPU/CPUDialect.cpp.inc"

#include "WebNN/Target/CPU/CPUEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "WebNN/Target/CPU/CPUAttrs.cpp.inc"

void WebNNCPUDialect::initialize() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "WebNN/Target/CPU/CPUAttrs.cpp.inc"
      >();
}

LogicalResult
WebNNCPUDialect::verifyOperationAttribute(Operation *op,
                                          NamedAttribute attribute) {
  StringRef name = attribute.getName().getValue();
  if (name != kConvScheduleAttrName && name != kConvTileAttrName)
    return op->emitError() << "unknown attribute '" << name
                           << "' of the webnn_cpu dialect";
  if (!isa<ConvScheduleAttr>(attribute.getValue()))
    return op->emitError() << "'" << name
                           << "' must be a #webnn_cpu.conv_schedule";
  return success();
}
