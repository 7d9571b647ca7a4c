//===- CompositeRegistry.h - The fusion labels webnn defines ----*- C++ -*-===//
//
// A webnn.composite's label names what its region computes. The labels
// below have a defined meaning (docs/fusion-labels.md): a version, the
// operands and results, the attributes, and the ops their region may hold.
// The composite verifier checks a known label against its entry; any other
// label is an opaque hint.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_DIALECT_WEBNN_IR_COMPOSITEREGISTRY_H
#define WEBNN_DIALECT_WEBNN_IR_COMPOSITEREGISTRY_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace mlir::webnn {

/// An attribute of a label's composite_attributes.
struct CompositeAttribute {
  StringRef name;
  /// "float" (a FloatAttr) or "string" (a StringAttr).
  StringRef kind;
  bool required;
  /// For strings: the allowed values, empty for any.
  ArrayRef<StringRef> values;
};

struct CompositeLabel {
  StringRef name;
  int32_t version;
  /// What the label means, for docs and --help.
  StringRef meaning;
  unsigned minInputs, maxInputs, results;
  ArrayRef<CompositeAttribute> attributes;
  /// Each entry must appear in the region; "a|b" accepts either op.
  ArrayRef<StringRef> requiredOps;
  /// The ops the region may hold (besides webnn.yield).
  ArrayRef<StringRef> allowedOps;
};

/// Every label, in the order docs/fusion-labels.md lists them.
ArrayRef<CompositeLabel> getCompositeLabels();

/// The label called `name`, or null for a label the registry does not know.
const CompositeLabel *lookupCompositeLabel(StringRef name);

} // namespace mlir::webnn

#endif // WEBNN_DIALECT_WEBNN_IR_COMPOSITEREGISTRY_H
