//===- ConverterTable.cpp - ONNX op types to converters -------------------===//
//
// The families' entries joined in one list sorted by op type and first
// opset; a lookup finds the op type's entries by binary search and takes
// the last one whose first opset is not above the model's.
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::onnx_import;

static bool lessThan(const ConverterEntry &a, const ConverterEntry &b) {
  return std::make_pair(a.opType, a.sinceVersion) <
         std::make_pair(b.opType, b.sinceVersion);
}

/// Made on first use.
static const std::vector<ConverterEntry> &getSortedTable() {
  static const std::vector<ConverterEntry> table = [] {
    std::vector<ConverterEntry> entries;
    for (ArrayRef<ConverterEntry> family :
         {getElementwiseConverters(), getConvolutionConverters(),
          getPoolingConverters(), getQuantizationConverters(),
          getNormalizationConverters(), getLinearConverters(),
          getReductionConverters(), getShapeConverters(),
          getForwardingConverters()})
      llvm::append_range(entries, family);
    llvm::sort(entries, lessThan);
    assert(llvm::adjacent_find(
               entries,
               [](const ConverterEntry &a, const ConverterEntry &b) {
                 return a.opType == b.opType &&
                        a.sinceVersion == b.sinceVersion;
               }) == entries.end() &&
           "an op type has two entries for one opset");
    return entries;
  }();
  return table;
}

/// The entries of `opType`, by first opset.
static ArrayRef<ConverterEntry> getEntriesOf(StringRef opType) {
  ArrayRef<ConverterEntry> table = getSortedTable();
  auto begin = llvm::partition_point(
      table, [&](const ConverterEntry &e) { return e.opType < opType; });
  auto end = std::find_if(begin, table.end(), [&](const ConverterEntry &e) {
    return e.opType != opType;
  });
  return ArrayRef<ConverterEntry>(begin, end);
}

ArrayRef<ConverterEntry> mlir::webnn::onnx_import::getConverterTable() {
  return getSortedTable();
}

const ConverterEntry *
mlir::webnn::onnx_import::lookupConverter(StringRef opType, int64_t opset) {
  ArrayRef<ConverterEntry> entries = getEntriesOf(opType);
  const ConverterEntry *after =
      llvm::partition_point(entries, [&](const ConverterEntry &e) {
        return e.sinceVersion <= opset;
      });
  return after == entries.begin() ? nullptr : after - 1;
}

std::optional<int64_t>
mlir::webnn::onnx_import::getFirstSupportedOpset(StringRef opType) {
  ArrayRef<ConverterEntry> entries = getEntriesOf(opType);
  if (entries.empty())
    return std::nullopt;
  return entries.front().sinceVersion;
}
