//===- ConverterTable.h - The ONNX importer's op table ----------*- C++ -*-===//
//
// The ONNX importer converts a node through a table of {op type, first
// opset, converter}: the entry of an op type with the highest first opset
// not above the model's default-domain opset applies. An op whose ONNX
// semantics changed at some opset (Softmax at 13, Clip at 11, ...) has one
// entry per semantics. The converters themselves are private to the
// importer (lib/Target/ONNX/); the table is public for its unit tests.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_TARGET_ONNX_CONVERTERTABLE_H
#define WEBNN_TARGET_ONNX_CONVERTERTABLE_H

#include "mlir/IR/Value.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <climits>
#include <optional>

namespace mlir::webnn::onnx_import {

class Importer;
struct Node;

/// Builds the webnn ops of one node and returns the value of its first
/// output; a null value when the node makes no op (Constant).
using Converter = llvm::Expected<Value> (*)(Importer &, const Node &);

struct ConverterEntry {
  /// All of a node's inputs are graph operands.
  static constexpr unsigned kAllOperands = UINT_MAX;

  llvm::StringRef opType;
  /// The first opset (the ONNX since_version) whose semantics the
  /// converter implements.
  int64_t sinceVersion;
  Converter convert;
  /// How many leading inputs are graph operands, made values before the
  /// converter runs (and the first one required). The later inputs are
  /// read by the converter at import time: Reshape's shape, Clip's bounds.
  /// 0: the converter reads all of its inputs itself.
  unsigned operandCount = kAllOperands;
};

/// Every entry, sorted by op type, then first opset.
llvm::ArrayRef<ConverterEntry> getConverterTable();

/// The entry that converts `opType` at `opset`, or null if the op is not
/// supported at that opset.
const ConverterEntry *lookupConverter(llvm::StringRef opType, int64_t opset);

/// The first opset from which `opType` is supported, or nullopt if it is
/// not supported at any.
std::optional<int64_t> getFirstSupportedOpset(llvm::StringRef opType);

} // namespace mlir::webnn::onnx_import

#endif // WEBNN_TARGET_ONNX_CONVERTERTABLE_H
