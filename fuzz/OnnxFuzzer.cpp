//===- OnnxFuzzer.cpp - libFuzzer target: the ONNX importer ---------------===//
//
// Bytes as an ONNX model file: the importer returns a verified module or an
// error, never a crash, whatever the protobuf holds.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "WebNN/Target/ONNX/ImportONNX.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Verifier.h"

#include <cstdlib>

using namespace mlir;
using namespace mlir::webnn;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  DialectRegistry registry;
  registry.insert<WebNNDialect, func::FuncDialect>();
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  // The importer reports its errors as llvm::Error; keep MLIR's diagnostics
  // (from the builder's verification) off stderr.
  ScopedDiagnosticHandler quiet(&context,
                                [](Diagnostic &) { return success(); });
  llvm::StringRef bytes(reinterpret_cast<const char *>(data), size);
  auto module = importONNXModel(&context, bytes, "fuzz.onnx");
  if (!module) {
    llvm::consumeError(module.takeError());
    return 0;
  }
  // What the importer returns must be valid IR.
  if (failed(verify(**module)))
    std::abort();
  return 0;
}
