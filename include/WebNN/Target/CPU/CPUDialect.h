//===- CPUDialect.h - The CPU backend's attributes --------------*- C++ -*-===//
//
// The `webnn_cpu` dialect: the schedule attributes the CPU backend's passes
// hand to each other (CPUAttrs.td).
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_TARGET_CPU_CPUDIALECT_H
#define WEBNN_TARGET_CPU_CPUDIALECT_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Dialect.h"

#include "WebNN/Target/CPU/CPUDialect.h.inc"

#include "WebNN/Target/CPU/CPUEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "WebNN/Target/CPU/CPUAttrs.h.inc"

#endif // WEBNN_TARGET_CPU_CPUDIALECT_H
