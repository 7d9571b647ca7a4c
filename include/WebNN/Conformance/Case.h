//===- Case.h - A WPT conformance case read from JSON -----------*- C++ -*-===//
//
// A WebNN conformance case of web-platform-tests in the JSON form of
// test/Conformance/wpt/README.md, read into a structure: the graph's inputs
// and constants with their data, its operators, the expected outputs and
// WPT's tolerance. Reading checks the case's structure and data; each
// operator's own arguments and options stay JSON, read when its graph is
// built (CaseGraph.h), because their form and meaning depend on the op.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_CONFORMANCE_CASE_H
#define WEBNN_CONFORMANCE_CASE_H

#include "WebNN/Runtime/Compare.h"
#include "WebNN/Runtime/HostTensor.h"
#include "mlir/Support/LLVM.h"
#include "llvm/Support/JSON.h"
#include <optional>
#include <string>
#include <vector>

namespace mlir::webnn::conformance {

/// A graph input (or constant) with its data, or an expected output.
struct CaseTensor {
  std::string name;
  HostTensor tensor;
  /// The case gave one number filling the shape rather than a list: WPT
  /// then compares at most the first 1000 elements.
  bool isScalar = false;
  /// A graph input given as a constant operand (`"constant": true`).
  bool isConstant = false;
};

/// One member of `graph.operators`. Only its name is read with the case:
/// the form of its arguments and outputs depends on the op (quantizeLinear's
/// second argument is an object of two members, split has many outputs), so
/// they are read once the op is found in the op table (OpArguments.h).
struct CaseOperator {
  /// WPT's (MLGraphBuilder's) name of the op: "conv2d".
  std::string name;
  /// The whole member: `name`, `arguments` and `outputs`.
  llvm::json::Object object;
  /// Where the operator is in the case, for messages: "graph.operators[2]".
  std::string where;
};

struct Case {
  std::string name;
  Tolerance tolerance;
  /// Sorted by name, so that graph inputs are created in a fixed order.
  std::vector<CaseTensor> inputs;
  /// In the case's order, which is an order of definition.
  std::vector<CaseOperator> operators;
  /// Sorted by name, so that graph results are created in a fixed order.
  std::vector<CaseTensor> expectedOutputs;
};

/// Reads one member of a case file's `tests` list. The error is a CaseError:
/// malformed, or unsupported for a data type or a tolerance the runner does
/// not handle.
llvm::Expected<Case> readCase(const llvm::json::Value &test);
/// Reads a case from its JSON text.
llvm::Expected<Case> parseCase(StringRef text);

/// A file of cases: a JSON object with a `tests` list. Its cases are read one
/// at a time, so that a malformed case fails alone.
class CaseFile {
public:
  /// Reads and parses the file; the error message starts with `path`.
  static llvm::Expected<CaseFile> read(StringRef path);
  /// Parses a file's text; `path` only names it in messages.
  static llvm::Expected<CaseFile> parse(StringRef text, StringRef path);

  size_t size() const { return tests.size(); }
  /// The name of case `index` (below size()), "tests[<index>]" when it has
  /// none.
  std::string getName(size_t index) const;
  /// Reads case `index` (below size()).
  llvm::Expected<Case> getCase(size_t index) const {
    return readCase(tests[index]);
  }

private:
  explicit CaseFile(llvm::json::Array tests) : tests(std::move(tests)) {}

  llvm::json::Array tests;
};

} // namespace mlir::webnn::conformance

#endif // WEBNN_CONFORMANCE_CASE_H
