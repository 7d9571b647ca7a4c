//===- ImportOnnx.h - What the ONNX fuzz targets check ----------*- C++ -*-===//
//
// The property both ONNX targets (OnnxFuzzer on bytes, OnnxModelFuzzer on
// mutated models) check: the importer returns an error, or a module that
// verifies and that the CPU pipeline lowers to the LLVM dialect or
// diagnoses, and never crashes.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_FUZZ_IMPORTONNX_H
#define WEBNN_FUZZ_IMPORTONNX_H

#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "WebNN/Pipelines/Pipelines.h"
#include "WebNN/Target/ONNX/ImportONNX.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"

#include <cstdint>
#include <cstdlib>

inline void fuzzOnnxImport(const uint8_t *data, size_t size) {
  using namespace mlir;
  DialectRegistry registry;
  registry.insert<webnn::WebNNDialect, func::FuncDialect>();
  webnn::registerPipelineDependencies(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  // One input at a time: MLIR's thread pool would only add start-up cost.
  context.disableMultithreading();
  // The importer reports its errors as llvm::Error; keep MLIR's diagnostics
  // (from the builder's verification and the pipeline) off stderr.
  ScopedDiagnosticHandler quiet(&context,
                                [](Diagnostic &) { return success(); });
  llvm::StringRef bytes(reinterpret_cast<const char *>(data), size);
  auto module = webnn::importONNXModel(&context, bytes, "fuzz.onnx");
  if (!module) {
    llvm::consumeError(module.takeError());
    return;
  }
  // What the importer returns must be valid IR.
  if (failed(verify(**module)))
    std::abort();
  PassManager pm(&context);
  if (failed(webnn::buildPipeline(pm, "cpu")))
    std::abort();
  (void)pm.run(**module);
}

#endif // WEBNN_FUZZ_IMPORTONNX_H
