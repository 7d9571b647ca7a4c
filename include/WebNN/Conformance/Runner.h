//===- Runner.h - Running a conformance case --------------------*- C++ -*-===//
//
// Runs a case end to end: builds its graph (CaseGraph.h), JIT-compiles it
// with a pipeline, runs it on the case's inputs and compares every output
// with the case's tolerance (Compare.h). The outcome is one of WPT's three:
// pass, fail, or not supported.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_CONFORMANCE_RUNNER_H
#define WEBNN_CONFORMANCE_RUNNER_H

#include "WebNN/Conformance/Case.h"
#include "llvm/Support/raw_ostream.h"
#include <string>

namespace mlir::webnn::conformance {

struct RunOptions {
  /// The lowering pipeline: "cpu" or "reference".
  std::string pipeline = "cpu";
  /// Run webnn-decompose on the graph first, so that composite ops run as
  /// their primitives.
  bool decompose = false;
  /// Where each graph is printed before it is compiled; null: nowhere.
  llvm::raw_ostream *graphOutput = nullptr;
};

enum class Outcome { Pass, Fail, Unsupported };

struct CaseResult {
  Outcome outcome = Outcome::Fail;
  /// Why the case failed or is not supported; empty when it passes.
  std::string message;
};

/// Builds, compiles and runs `testCase` and compares its outputs.
CaseResult runCase(const Case &testCase, const RunOptions &options);

/// The result of a case that stopped at `error`: a malformed case fails, an
/// unsupported one is not supported.
CaseResult getErrorResult(llvm::Error error);

} // namespace mlir::webnn::conformance

#endif // WEBNN_CONFORMANCE_RUNNER_H
