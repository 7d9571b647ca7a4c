//===- MlirFuzzer.cpp - libFuzzer target: the text format to LLVM ---------===//
//
// Bytes as .mlir text with the dialects webnn-run accepts: parsed and
// verified, and when valid lowered by the CPU pipeline to the LLVM dialect
// (not JIT-compiled: the pipeline, not LLVM's backend, is the code under
// test). Every step returns success or a diagnostic, never a crash.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "WebNN/Pipelines/Pipelines.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

#include <string>

using namespace mlir;
using namespace mlir::webnn;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  DialectRegistry registry;
  registry.insert<WebNNDialect, func::FuncDialect>();
  registerPipelineDependencies(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  // One input at a time: MLIR's thread pool would only add start-up cost.
  context.disableMultithreading();
  ScopedDiagnosticHandler quiet(&context,
                                [](Diagnostic &) { return success(); });

  // MLIR's lexer stops at a NUL after the text, as a file read by the tools
  // (MemoryBuffer::getFile) ends in one; libFuzzer's bytes do not, and
  // parseSourceString does not add one (the lexer then read past the end
  // of "func.func @reciprofc").
  std::string text(reinterpret_cast<const char *>(data), size);
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBuffer(text, "fuzz.mlir",
                                       /*RequiresNullTerminator=*/true),
      llvm::SMLoc());
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return 0; // Parse or verification error.
  PassManager pm(&context);
  if (failed(buildPipeline(pm, "cpu")))
    return 0;
  (void)pm.run(*module);
  return 0;
}
