//===- Passes.h - The CPU backend's passes ----------------------*- C++ -*-===//
//
// The CPU backend's passes (Passes.td), one per file under lib/Target/CPU/,
// and the dialects and interfaces its transform scripts need.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_TARGET_CPU_PASSES_H
#define WEBNN_TARGET_CPU_PASSES_H

#include "WebNN/Target/CPU/CPUDialect.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir {
class DialectRegistry;

namespace webnn::cpu {

#define GEN_PASS_DECL
#include "WebNN/Target/CPU/Passes.h.inc"

/// Adds the dialects, transform-dialect extensions and interface models
/// (tiling, bufferization, value bounds) that the CPU backend's passes and
/// the pipelines after them need.
void registerCPUBackendDependencies(DialectRegistry &registry);

#define GEN_PASS_REGISTRATION
#include "WebNN/Target/CPU/Passes.h.inc"

} // namespace webnn::cpu
} // namespace mlir

#endif // WEBNN_TARGET_CPU_PASSES_H
