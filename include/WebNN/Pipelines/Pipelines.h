//===- Pipelines.h - From webnn to the LLVM dialect -------------*- C++ -*-===//
//
// Two registered pipelines from a module of webnn graphs to the LLVM
// dialect, ready for the JIT:
// - `webnn-cpu-pipeline`: element-wise fusion, then the rest of the
//   lowering (the pipeline webnn-run uses by default);
// - `webnn-reference-pipeline`: the same lowering through plain scalar
//   loops, kept simple on purpose as a reference for differential tests.
// Both bufferize with results turned into caller-provided output buffers,
// so that a compiled graph is `void f(inputs..., outputs...)`.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_PIPELINES_PIPELINES_H
#define WEBNN_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"

namespace mlir::webnn {

void buildCPUPipeline(OpPassManager &pm);
void buildReferencePipeline(OpPassManager &pm);

/// Adds the pipeline called `name` ("cpu" or "reference") to `pm`; fails on
/// an unknown name.
LogicalResult buildPipeline(OpPassManager &pm, StringRef name);

/// The CPU pipeline's tiling and vectorization of linalg on tensors
/// (CPUCodegen.cpp).
std::unique_ptr<Pass> createCPUTensorSchedulePass();
std::unique_ptr<Pass> createCPUVectorizeRemainingPass();
std::unique_ptr<Pass> createCPUVectorLoweringPass();
std::unique_ptr<Pass> createCPUCopiesToLoopsPass();

/// Adds the dialects and interface implementations (bufferization models,
/// ...) that the pipelines need to `registry`.
void registerPipelineDependencies(DialectRegistry &registry);

/// Registers both pipelines for webnn-opt.
void registerWebNNPipelines();

} // namespace mlir::webnn

#endif // WEBNN_PIPELINES_PIPELINES_H
