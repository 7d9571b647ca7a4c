//===- CaseGraph.h - Building the graph of a conformance case ---*- C++ -*-===//
//
// Builds a case's graph with the GraphBuilder: its inputs and constants,
// each operator through its entry in the op table, and the expected outputs
// as the graph's results.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_CONFORMANCE_CASEGRAPH_H
#define WEBNN_CONFORMANCE_CASEGRAPH_H

#include "WebNN/Builder/GraphBuilder.h"
#include "WebNN/Conformance/Case.h"

namespace mlir::webnn::conformance {

/// The module of `testCase`'s graph, built with `builder`. The error is a
/// CaseError: malformed (an operand that is not defined, a wrong argument),
/// or unsupported (an op without an entry in the op table, an option the
/// entry does not read, or a graph the builder rejects).
llvm::Expected<OwningOpRef<ModuleOp>> buildCaseGraph(const Case &testCase,
                                                     GraphBuilder &builder);

} // namespace mlir::webnn::conformance

#endif // WEBNN_CONFORMANCE_CASEGRAPH_H
