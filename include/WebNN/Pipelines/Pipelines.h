//===- Pipelines.h - From webnn to the LLVM dialect -------------*- C++ -*-===//
//
// Two registered pipelines from a module of webnn graphs to the LLVM
// dialect, ready for the JIT:
// - `webnn-cpu-pipeline{threads=N}`: element-wise fusion, tiling,
//   vectorization and parallel loops on N threads through OpenMP (the
//   pipeline webnn-run uses by default);
// - `webnn-reference-pipeline`: the same lowering through plain scalar
//   loops, kept simple on purpose as a reference for differential tests.
// Both bufferize with results turned into caller-provided output buffers,
// so that a compiled graph is `void f(inputs..., outputs...)`. The passes
// are the generic layers' and the CPU backend's (WebNN/Target/CPU); this
// file only assembles them.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_PIPELINES_PIPELINES_H
#define WEBNN_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

namespace mlir::webnn {

struct CPUPipelineOptions : public PassPipelineOptions<CPUPipelineOptions> {
  Option<unsigned> threads{
      *this, "threads",
      llvm::cl::desc("Threads that run the parallel loops (through OpenMP); "
                     "1 makes serial code that needs no OpenMP runtime"),
      llvm::cl::init(1)};
  Option<bool> fusionLabels{
      *this, "fusion-labels",
      llvm::cl::desc("Form the fusion labels the CPU backend has kernels for "
                     "and use them (false: inline every composite)"),
      llvm::cl::init(true)};
};

void buildCPUPipeline(OpPassManager &pm, const CPUPipelineOptions &options);
void buildReferencePipeline(OpPassManager &pm);

/// Adds the pipeline called `name` ("cpu" or "reference") to `pm`, with
/// `threads` threads for the CPU pipeline (the reference is serial) and its
/// fusion labels on or off; fails on an unknown name.
LogicalResult buildPipeline(OpPassManager &pm, StringRef name,
                            unsigned threads = 1, bool fusionLabels = true);

/// Adds the dialects and interface implementations (bufferization models,
/// the CPU backend's transform extensions, ...) that the pipelines need to
/// `registry`.
void registerPipelineDependencies(DialectRegistry &registry);

/// Registers both pipelines and the CPU backend's passes for webnn-opt.
void registerWebNNPipelines();

} // namespace mlir::webnn

#endif // WEBNN_PIPELINES_PIPELINES_H
