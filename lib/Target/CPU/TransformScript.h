//===- TransformScript.h - Passes that apply a transform script -*- C++ -*-===//
//
// Two CPU passes are transform-dialect scripts (tile-and-vectorize,
// lower-vectors): the text is parsed once per pass instance, in
// initialize(), and interpreted on each module.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_LIB_TARGET_CPU_TRANSFORMSCRIPT_H
#define WEBNN_LIB_TARGET_CPU_TRANSFORMSCRIPT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

#include <string>

namespace mlir::webnn::cpu {

/// A transform script with a `@__transform_main` entry.
class TransformScript {
public:
  TransformScript() = default;
  /// Pass instances are cloned before initialize(): a copy re-parses.
  TransformScript(const TransformScript &) {}
  TransformScript &operator=(const TransformScript &) = delete;

  /// Parses `source`; `passName` names the pass in the error.
  LogicalResult parse(StringRef source, MLIRContext *context,
                      StringRef passName);
  /// Interprets the script on `root`.
  LogicalResult apply(ModuleOp root) const;

private:
  OwningOpRef<ModuleOp> script;
  std::string passName;
};

} // namespace mlir::webnn::cpu

#endif // WEBNN_LIB_TARGET_CPU_TRANSFORMSCRIPT_H
