//===- RunnerTest.cpp - Unit tests of running conformance cases -----------===//
//
// A case read from JSON text runs end to end on both pipelines: it passes
// when its expected values are right and fails, naming the output, when
// they are not; a case that does not build is not supported.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conformance/Runner.h"
#include "WebNN/Conformance/CaseError.h"
#include "WebNN/Conformance/ExpectedFailures.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

namespace {

/// relu(x * w + b) on float32 with a constant w, and its expected value.
constexpr const char *kCase = R"({
  "name": "relu of mul and add",
  "graph": {
    "inputs": {
      "x": {"data": [1, -2, 3, -4], "descriptor": {"shape": [2, 2],
            "dataType": "float32"}},
      "w": {"data": [2, 2], "descriptor": {"shape": [2],
            "dataType": "float32"}, "constant": true},
      "b": {"data": [1], "descriptor": {"shape": [1],
            "dataType": "float32"}}
    },
    "operators": [
      {"name": "mul", "arguments": [{"a": "x"}, {"b": "w"}], "outputs": "m"},
      {"name": "add", "arguments": [{"a": "m"}, {"b": "b"}], "outputs": "s"},
      {"name": "relu", "arguments": [{"input": "s"}], "outputs": "out"}
    ],
    "expectedOutputs": {
      "out": {"data": [3, 0, 7, 0], "descriptor": {"shape": [2, 2],
              "dataType": "float32"}}
    }
  },
  "tolerance": {"metricType": "ULP", "value": 0}
})";

Case readCase() { return llvm::cantFail(parseCase(kCase)); }

class RunnerTest : public ::testing::TestWithParam<const char *> {
protected:
  RunOptions getOptions() {
    RunOptions options;
    options.pipeline = GetParam();
    return options;
  }
};

TEST_P(RunnerTest, CasePasses) {
  CaseResult result = runCase(readCase(), getOptions());
  EXPECT_EQ(result.outcome, Outcome::Pass) << result.message;
  EXPECT_EQ(result.message, "");
}

TEST_P(RunnerTest, WrongExpectedValueFails) {
  Case testCase = readCase();
  testCase.expectedOutputs[0].tensor.setFromDouble(2, 8);
  CaseResult result = runCase(testCase, getOptions());
  EXPECT_EQ(result.outcome, Outcome::Fail);
  EXPECT_EQ(
      result.message.rfind("output 'out': 1 of 4 elements exceed 0 ULP", 0), 0u)
      << result.message;
}

TEST_P(RunnerTest, UnknownOpIsUnsupported) {
  Case testCase = readCase();
  testCase.operators[2].name = "notAWebNNOp";
  CaseResult result = runCase(testCase, getOptions());
  EXPECT_EQ(result.outcome, Outcome::Unsupported);
  EXPECT_EQ(result.message, "operator 'notAWebNNOp'");
}

INSTANTIATE_TEST_SUITE_P(Pipelines, RunnerTest,
                         ::testing::Values("cpu", "reference"));

TEST(RunnerErrorTest, MalformedFailsAndUnsupportedIsUnsupported) {
  CaseResult malformedResult =
      getErrorResult(malformed("graph", "expected an object"));
  EXPECT_EQ(malformedResult.outcome, Outcome::Fail);
  EXPECT_EQ(malformedResult.message,
            "malformed case: graph: expected an object");
  CaseResult unsupportedResult = getErrorResult(unsupported("operator 'x'"));
  EXPECT_EQ(unsupportedResult.outcome, Outcome::Unsupported);
  EXPECT_EQ(unsupportedResult.message, "operator 'x'");
}

TEST(ExpectedFailuresTest, ReadsNamesAndReasons) {
  auto failures = parseExpectedFailures(
      "# a comment\n\ncase one  # its reason\n", "xfail.txt");
  ASSERT_TRUE(static_cast<bool>(failures)) << toString(failures.takeError());
  ASSERT_EQ(failures->size(), 1u);
  EXPECT_EQ(failures->lookup("case one"), "its reason");
  auto bad = parseExpectedFailures("case one\n", "xfail.txt");
  ASSERT_FALSE(static_cast<bool>(bad));
  EXPECT_EQ(toString(bad.takeError()),
            "xfail.txt:1: expected '<case name>  # reason'");
}

} // namespace
