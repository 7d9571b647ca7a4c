//===- OpTable.h - WPT op names to GraphBuilder calls -----------*- C++ -*-===//
//
// The table that maps the name of an op in a WPT case ("conv2d") to the
// function that reads its arguments and options and calls the GraphBuilder
// method. Each entry lives in the file of its family, as the dialect groups
// ops (lib/Conformance/{Elementwise,Linear,Convolution,Pooling,
// Normalization,Shape}.cpp); supporting one more op is one more entry there.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_CONFORMANCE_OPTABLE_H
#define WEBNN_CONFORMANCE_OPTABLE_H

#include "WebNN/Builder/GraphBuilder.h"
#include "WebNN/Conformance/OpArguments.h"

namespace mlir::webnn::conformance {

/// Reads an operator's arguments and builds it. Errors are CaseErrors from
/// reading, or the GraphBuilder's own errors, which the caller reports as a
/// rejected graph (see rejected()).
using OpBuildFn = llvm::Expected<Value> (*)(GraphBuilder &builder,
                                            OperatorArguments &arguments);

/// The same for an op of several results (split), in the order of the
/// operator's `outputs` names.
using OpBuildManyFn = llvm::Expected<SmallVector<Value>> (*)(
    GraphBuilder &builder, OperatorArguments &arguments);

struct OpEntry {
  /// WPT's (MLGraphBuilder's) name of the op.
  StringRef name;
  /// MLGraphBuilder's parameters before the options: the count of positional
  /// arguments, checked before `build` runs, so that `build` may read each.
  size_t positionalCount;
  /// Builds an op of one result; null for an op of several.
  OpBuildFn build;
  /// Builds an op of several results; null for an op of one.
  OpBuildManyFn buildMany = nullptr;
};

/// The entry of the op called `name`, or null when the runner does not
/// support it.
const OpEntry *lookupOp(StringRef name);

/// Every entry, ordered by name.
ArrayRef<OpEntry> getOpTable();

} // namespace mlir::webnn::conformance

#endif // WEBNN_CONFORMANCE_OPTABLE_H
