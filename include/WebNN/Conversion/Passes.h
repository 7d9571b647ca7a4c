//===- Passes.h - Conversions out of the webnn dialect ----------*- C++ -*-===//

#ifndef WEBNN_CONVERSION_PASSES_H
#define WEBNN_CONVERSION_PASSES_H

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::webnn {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "WebNN/Conversion/Passes.h.inc"

} // namespace mlir::webnn

#endif // WEBNN_CONVERSION_PASSES_H
