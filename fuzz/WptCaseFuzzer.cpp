//===- WptCaseFuzzer.cpp - libFuzzer target: the WPT case reader ----------===//
//
// Bytes as one WPT conformance case (JSON): reading it and building its
// graph return a module or an error, never a crash. The graph is not run.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Builder/GraphBuilder.h"
#include "WebNN/Conformance/Case.h"
#include "WebNN/Conformance/CaseGraph.h"
#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"

using namespace mlir;
using namespace mlir::webnn;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  llvm::Expected<conformance::Case> testCase = conformance::parseCase(text);
  if (!testCase) {
    llvm::consumeError(testCase.takeError());
    return 0;
  }
  DialectRegistry registry;
  registry.insert<WebNNDialect, func::FuncDialect>();
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  ScopedDiagnosticHandler quiet(&context,
                                [](Diagnostic &) { return success(); });
  GraphBuilder builder(&context);
  auto module = conformance::buildCaseGraph(*testCase, builder);
  if (!module)
    llvm::consumeError(module.takeError());
  return 0;
}
