//===- OpTable.cpp - WPT op names to GraphBuilder calls -------------------===//

#include "WebNN/Conformance/OpTable.h"
#include "OpFamilies.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::webnn::conformance;

/// The families' entries in one list sorted by name, made on first use.
static const std::vector<OpEntry> &getSortedTable() {
  static const std::vector<OpEntry> table = [] {
    std::vector<OpEntry> entries;
    for (ArrayRef<OpEntry> family :
         {getElementwiseOps(), getGatherOps(), getLinearOps(),
          getConvolutionOps(), getPoolingOps(), getQuantizationOps(),
          getReductionOps(), getNormalizationOps(), getShapeOps()})
      llvm::append_range(entries, family);
    llvm::sort(entries, [](const OpEntry &a, const OpEntry &b) {
      return a.name < b.name;
    });
    assert(llvm::adjacent_find(entries,
                               [](const OpEntry &a, const OpEntry &b) {
                                 return a.name == b.name;
                               }) == entries.end() &&
           "an op has two entries");
    return entries;
  }();
  return table;
}

ArrayRef<OpEntry> mlir::webnn::conformance::getOpTable() {
  return getSortedTable();
}

const OpEntry *mlir::webnn::conformance::lookupOp(StringRef name) {
  ArrayRef<OpEntry> table = getOpTable();
  const OpEntry *entry = llvm::partition_point(
      table, [&](const OpEntry &candidate) { return candidate.name < name; });
  if (entry == table.end() || entry->name != name)
    return nullptr;
  return entry;
}
