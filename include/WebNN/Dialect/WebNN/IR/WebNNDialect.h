//===- WebNNDialect.h - The webnn dialect -----------------------*- C++ -*-===//
//
// Declares the dialect class and its enum attributes.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_DIALECT_WEBNN_IR_WEBNNDIALECT_H
#define WEBNN_DIALECT_WEBNN_IR_WEBNNDIALECT_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Dialect.h"

#include "WebNN/Dialect/WebNN/IR/WebNNOpsDialect.h.inc"

#include "WebNN/Dialect/WebNN/IR/WebNNEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "WebNN/Dialect/WebNN/IR/WebNNAttrs.h.inc"

#endif // WEBNN_DIALECT_WEBNN_IR_WEBNNDIALECT_H
