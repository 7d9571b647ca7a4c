//===- CaseGraphTest.cpp - Unit tests of building a case's graph ----------===//
//
// Each operator goes through its entry in the op table; an op without an
// entry, an option its entry does not read, a wrong argument and a graph
// the builder rejects are each an error naming the op, never a crash.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conformance/CaseGraph.h"
#include "CaseErrors.h"
#include "WebNN/Conformance/OpTable.h"

#include "mlir/IR/MLIRContext.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

namespace {

/// A case of two float32 inputs x [2, 3] and y [3] whose graph is the JSON
/// list `operators`, expecting `out` (the expected values do not matter to
/// building).
Case makeCase(StringRef operators) {
  std::string text = (R"({"name": "case", "graph": {
    "inputs": {
      "x": {"data": [1, 2, 3, 4, 5, 6],
            "descriptor": {"shape": [2, 3], "dataType": "float32"}},
      "y": {"data": [1, 2, 3],
            "descriptor": {"shape": [3], "dataType": "float32"}}},
    "operators": )" + operators +
                      R"(,
    "expectedOutputs": {"out": {"data": 0,
        "descriptor": {"shape": [2, 3], "dataType": "float32"}}}},
    "tolerance": {"metricType": "ULP", "value": 0}})")
                         .str();
  return llvm::cantFail(parseCase(text));
}

class CaseGraphTest : public ::testing::Test {
protected:
  llvm::Expected<OwningOpRef<ModuleOp>> build(StringRef operators) {
    // A builder per graph: a builder's input names are used up.
    GraphBuilder builder(&context);
    testCase = makeCase(operators);
    return buildCaseGraph(testCase, builder);
  }
  std::string getUnsupportedMessage(StringRef operators) {
    return getCaseErrorMessage(build(operators), CaseError::Kind::Unsupported);
  }
  std::string getMalformedMessage(StringRef operators) {
    return getCaseErrorMessage(build(operators), CaseError::Kind::Malformed);
  }

  MLIRContext context;
  Case testCase;
};

TEST_F(CaseGraphTest, BuildsOperatorsInOrder) {
  auto module = build(R"([
    {"name": "add", "arguments": [{"a": "x"}, {"b": "y"}], "outputs": "sum"},
    {"name": "clamp", "arguments": [{"input": "sum"},
        {"options": {"minValue": 0, "maxValue": 4, "label": "c"}}],
     "outputs": ["out"]}])");
  ASSERT_TRUE(static_cast<bool>(module)) << toString(module.takeError());
  std::string text;
  llvm::raw_string_ostream os(text);
  (*module)->print(os);
  EXPECT_NE(text.find("webnn.add"), std::string::npos) << text;
  EXPECT_NE(text.find("webnn.clamp"), std::string::npos) << text;
}

TEST_F(CaseGraphTest, UnknownOpIsUnsupported) {
  // The op is looked up before its arguments are read: WPT writes other
  // ops' arguments in forms of their own (two members in one object here).
  EXPECT_EQ(getUnsupportedMessage(R"([{"name": "notAWebNNOp",
      "arguments": [{"input": "x", "scale": "y"}], "outputs": "out"}])"),
            "operator 'notAWebNNOp'");
}

TEST_F(CaseGraphTest, UnreadOptionIsUnsupported) {
  EXPECT_EQ(getUnsupportedMessage(R"([{"name": "clamp",
      "arguments": [{"input": "x"}, {"options": {"mystery": 1}}],
      "outputs": "out"}])"),
            "clamp: option 'mystery'");
}

TEST_F(CaseGraphTest, UnknownEnumValueIsUnsupported) {
  EXPECT_EQ(getUnsupportedMessage(R"([{"name": "averagePool2d",
      "arguments": [{"input": "x"}, {"options": {"layout": "nchw4"}}],
      "outputs": "out"}])"),
            "averagePool2d: layout 'nchw4'");
}

TEST_F(CaseGraphTest, BuilderRejectionIsUnsupported) {
  EXPECT_EQ(getUnsupportedMessage(R"([{"name": "matmul",
      "arguments": [{"a": "x"}, {"b": "x"}], "outputs": "out"}])")
                .rfind("rejected by the builder: matmul", 0),
            0u);
}

TEST_F(CaseGraphTest, WrongArgumentsAreMalformed) {
  EXPECT_EQ(getMalformedMessage(R"([{"name": "add",
      "arguments": [{"a": "x"}], "outputs": "out"}])"),
            "malformed case: graph.operators[0]: add takes 2 positional "
            "arguments, got 1");
  EXPECT_EQ(getMalformedMessage(R"([{"name": "add",
      "arguments": [{"a": "x"}, {"b": "nope"}], "outputs": "out"}])"),
            "malformed case: graph.operators[0].arguments[1]: no operand is "
            "called 'nope'");
  // Only qdq_subgraph.json's (scale, zeroPoint) may share an object.
  EXPECT_EQ(getMalformedMessage(R"([{"name": "add",
      "arguments": [{"a": "x", "b": "y"}], "outputs": "out"}])"),
            "malformed case: graph.operators[0].arguments[0]: expected an "
            "object of one member, or of 'scale' and 'zeroPoint'");
  EXPECT_EQ(getMalformedMessage(R"([{"name": "add",
      "arguments": [{"a": "x", "b": "y", "c": "z"}], "outputs": "out"}])"),
            "malformed case: graph.operators[0].arguments[0]: expected an "
            "object of one member");
  EXPECT_EQ(getMalformedMessage(R"([{"name": "softmax",
      "arguments": [{"input": "x"}, {"axis": "1"}], "outputs": "out"}])"),
            "malformed case: graph.operators[0].arguments[1]: expected an "
            "integer axis");
  EXPECT_EQ(getMalformedMessage(R"([{"name": "gemm",
      "arguments": [{"a": "x"}, {"b": "x"}, {"options": {"alpha": "big"}}],
      "outputs": "out"}])"),
            "malformed case: gemm options.alpha: expected a number");
  EXPECT_EQ(getMalformedMessage(R"([{"name": "add",
      "arguments": [{"a": "x"}, {"b": "y"}]}])"),
            "malformed case: graph.operators[0]: expected an 'outputs' name");
}

TEST_F(CaseGraphTest, ExpectedOutputMustBeComputed) {
  EXPECT_EQ(getMalformedMessage(R"([{"name": "add",
      "arguments": [{"a": "x"}, {"b": "y"}], "outputs": "sum"}])"),
            "malformed case: graph.expectedOutputs.out: no operator computes "
            "'out'");
}

TEST(OpTableTest, EveryFamilyIsInTheTable) {
  for (StringRef name :
       {"add", "relu", "clamp", "matmul", "gemm", "conv2d", "maxPool2d",
        "batchNormalization", "softmax", "concat", "reshape", "transpose"}) {
    const OpEntry *entry = lookupOp(name);
    ASSERT_NE(entry, nullptr) << name.str();
    EXPECT_EQ(entry->name, name);
  }
  EXPECT_EQ(lookupOp("batchNormalization")->positionalCount, 3u);
  EXPECT_EQ(lookupOp("notAWebNNOp"), nullptr);
  EXPECT_EQ(lookupOp(""), nullptr);
  EXPECT_TRUE(
      llvm::is_sorted(getOpTable(), [](const OpEntry &a, const OpEntry &b) {
        return a.name < b.name;
      }));
}

} // namespace
