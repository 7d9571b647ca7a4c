//===- WebNNOps.h - The ops of the webnn dialect ----------------*- C++ -*-===//

#ifndef WEBNN_DIALECT_WEBNN_IR_WEBNNOPS_H
#define WEBNN_DIALECT_WEBNN_IR_WEBNNOPS_H

#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"
#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "WebNN/Dialect/WebNN/IR/WebNNTraits.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#define GET_OP_CLASSES
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h.inc"

#endif // WEBNN_DIALECT_WEBNN_IR_WEBNNOPS_H
