//===- ConverterTableTest.cpp - The ONNX importer's op table --------------===//
//
// The lookup rule the importer relies on: the entry of an op type with the
// highest first opset not above the model's opset applies, and an op type
// has at most one entry per first opset.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Target/ONNX/ConverterTable.h"

#include "gtest/gtest.h"

using namespace mlir::webnn::onnx_import;

namespace {

/// The first opset of the entry that converts `opType` at `opset`, or -1
/// when none does.
int64_t sinceVersionAt(llvm::StringRef opType, int64_t opset) {
  const ConverterEntry *entry = lookupConverter(opType, opset);
  return entry ? entry->sinceVersion : -1;
}

TEST(ConverterTable, SortedByOpTypeThenOpsetWithoutDuplicates) {
  llvm::ArrayRef<ConverterEntry> table = getConverterTable();
  ASSERT_FALSE(table.empty());
  for (size_t i = 1; i < table.size(); ++i) {
    const ConverterEntry &a = table[i - 1], &b = table[i];
    EXPECT_TRUE(a.opType < b.opType ||
                (a.opType == b.opType && a.sinceVersion < b.sinceVersion))
        << a.opType.str() << "-" << a.sinceVersion << " before "
        << b.opType.str() << "-" << b.sinceVersion;
  }
}

TEST(ConverterTable, EveryEntryHasAConverter) {
  for (const ConverterEntry &entry : getConverterTable())
    EXPECT_NE(entry.convert, nullptr) << entry.opType.str();
}

TEST(ConverterTable, LookupPicksTheNewestEntryNotAboveTheOpset) {
  // Softmax changed meaning at 13 (2-D coercion before, one axis after).
  EXPECT_EQ(sinceVersionAt("Softmax", 7), 1);
  EXPECT_EQ(sinceVersionAt("Softmax", 12), 1);
  EXPECT_EQ(sinceVersionAt("Softmax", 13), 13);
  EXPECT_EQ(sinceVersionAt("Softmax", 17), 13);
  // Clip's bounds moved from attributes to inputs at 11.
  EXPECT_EQ(sinceVersionAt("Clip", 6), 6);
  EXPECT_EQ(sinceVersionAt("Clip", 10), 6);
  EXPECT_EQ(sinceVersionAt("Clip", 11), 11);
  // BatchNormalization dropped `spatial` at 9.
  EXPECT_EQ(sinceVersionAt("BatchNormalization", 8), 7);
  EXPECT_EQ(sinceVersionAt("BatchNormalization", 9), 9);
}

TEST(ConverterTable, NoEntryBelowTheFirstOpset) {
  // Reshape took its shape as an attribute before opset 5, which the
  // importer does not implement.
  EXPECT_EQ(sinceVersionAt("Reshape", 4), -1);
  EXPECT_EQ(sinceVersionAt("Reshape", 5), 5);
  EXPECT_EQ(getFirstSupportedOpset("Reshape"), std::optional<int64_t>(5));
}

// Ops whose axes moved from an attribute to an input get one row per form.
TEST(ConverterTable, ReductionAxesByOpset) {
  const ConverterEntry *attribute = lookupConverter("ReduceMean", 17);
  const ConverterEntry *input = lookupConverter("ReduceMean", 18);
  ASSERT_NE(attribute, nullptr);
  ASSERT_NE(input, nullptr);
  EXPECT_EQ(attribute->sinceVersion, 1);
  EXPECT_EQ(input->sinceVersion, 18);
  EXPECT_EQ(lookupConverter("ReduceSum", 13)->sinceVersion, 13);
  EXPECT_EQ(lookupConverter("ReduceSum", 12)->sinceVersion, 1);
}

TEST(ConverterTable, UnsupportedOpTypes) {
  EXPECT_EQ(lookupConverter("Hardmax", 13), nullptr);
  EXPECT_EQ(getFirstSupportedOpset("Hardmax"), std::nullopt);
  // Op types are case-sensitive, as in ONNX.
  EXPECT_EQ(lookupConverter("relu", 13), nullptr);
  EXPECT_EQ(lookupConverter("", 13), nullptr);
}

} // namespace
