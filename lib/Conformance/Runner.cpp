//===- Runner.cpp - Running a conformance case ----------------------------===//

#include "WebNN/Conformance/Runner.h"
#include "WebNN/Conformance/CaseError.h"
#include "WebNN/Conformance/CaseGraph.h"
#include "WebNN/Conformance/Compare.h"
#include "WebNN/Dialect/WebNN/Transforms/Passes.h"
#include "WebNN/Runtime/Executable.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

CaseResult mlir::webnn::conformance::getErrorResult(llvm::Error error) {
  CaseResult result;
  llvm::handleAllErrors(
      std::move(error),
      [&](const CaseError &caseError) {
        result.outcome = caseError.getKind() == CaseError::Kind::Unsupported
                             ? Outcome::Unsupported
                             : Outcome::Fail;
        result.message = caseError.message();
      },
      [&](const llvm::ErrorInfoBase &other) {
        result.outcome = Outcome::Fail;
        result.message = other.message();
      });
  return result;
}

/// The tensor called `name` in `tensors`, or null.
static const CaseTensor *findTensor(ArrayRef<CaseTensor> tensors,
                                    StringRef name) {
  const auto *it = llvm::find_if(
      tensors, [&](const CaseTensor &tensor) { return tensor.name == name; });
  return it == tensors.end() ? nullptr : it;
}

CaseResult mlir::webnn::conformance::runCase(const Case &testCase,
                                             const RunOptions &options) {
  // A context per case: a case's graph is compiled and dropped, and nothing
  // it creates is worth keeping for the next.
  MLIRContext context(MLIRContext::Threading::DISABLED);
  GraphBuilder builder(&context);
  auto module = buildCaseGraph(testCase, builder);
  if (!module)
    return getErrorResult(module.takeError());

  CaseResult result;
  if (options.decompose) {
    PassManager pm = PassManager::on<ModuleOp>(&context);
    pm.addNestedPass<func::FuncOp>(createWebNNDecompose());
    if (failed(pm.run(**module))) {
      result.message = "webnn-decompose failed";
      return result;
    }
  }
  if (options.graphOutput)
    (*module)->print(*options.graphOutput);

  CompileOptions compileOptions;
  compileOptions.pipeline = options.pipeline;
  auto executable = Executable::compile(**module, "", compileOptions);
  if (!executable) {
    result.message = "compile: " + llvm::toString(executable.takeError());
    return result;
  }
  SmallVector<HostTensor> arguments;
  for (const TensorDescriptor &input : (*executable)->getInputs()) {
    const CaseTensor *data = findTensor(testCase.inputs, input.name);
    if (!data || data->isConstant) {
      result.message =
          "the compiled graph has an unknown input '" + input.name + "'";
      return result;
    }
    arguments.push_back(data->tensor);
  }
  auto actual = (*executable)->run(arguments);
  if (!actual) {
    result.message = "run: " + llvm::toString(actual.takeError());
    return result;
  }

  SmallVector<std::string> mismatches;
  for (auto [output, tensor] :
       llvm::zip((*executable)->getOutputs(), *actual)) {
    const CaseTensor *expected =
        findTensor(testCase.expectedOutputs, output.name);
    if (!expected) {
      mismatches.push_back("the compiled graph has an unknown output '" +
                           output.name + "'");
      continue;
    }
    if (std::optional<std::string> mismatch =
            compareOutput(tensor, *expected, testCase.tolerance))
      mismatches.push_back(std::move(*mismatch));
  }
  result.outcome = mismatches.empty() ? Outcome::Pass : Outcome::Fail;
  result.message = llvm::join(mismatches, "; ");
  return result;
}
