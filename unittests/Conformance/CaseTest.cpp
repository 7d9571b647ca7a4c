//===- CaseTest.cpp - Unit tests of reading conformance cases -------------===//
//
// A case read from JSON text: its inputs, operators, expected outputs and
// tolerance; and the errors of a malformed case or case file, each a
// message that says where the problem is, never a crash.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conformance/Case.h"
#include "CaseErrors.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;
namespace json = llvm::json;

namespace {

/// out = a + b, with b a constant and the expected value one number.
constexpr const char *kAddCase = R"({
  "name": "add",
  "graph": {
    "inputs": {
      "b": {"data": [10, 20], "descriptor": {"shape": [2],
            "dataType": "float32"}, "constant": true},
      "a": {"data": [1, "-0"], "descriptor": {"shape": [2],
            "dataType": "float32"}}
    },
    "operators": [{"name": "add", "arguments": [{"a": "a"}, {"b": "b"}],
                   "outputs": "out"}],
    "expectedOutputs": {
      "out": {"data": 11, "descriptor": {"shape": [2],
              "dataType": "float32"}}
    }
  },
  "tolerance": {"metricType": "ULP", "value": 0}
})";

/// The case of kAddCase after `edit` changes its JSON.
llvm::Expected<Case> readEdited(llvm::function_ref<void(json::Object &)> edit) {
  json::Value value = llvm::cantFail(json::parse(kAddCase));
  edit(*value.getAsObject());
  return readCase(value);
}

json::Object &getInput(json::Object &test, StringRef name) {
  return *test.getObject("graph")->getObject("inputs")->getObject(name);
}

std::string getMalformedMessage(llvm::Expected<Case> result) {
  return getCaseErrorMessage(std::move(result), CaseError::Kind::Malformed);
}

TEST(CaseTest, ReadsInputsOperatorsOutputsAndTolerance) {
  auto testCase = parseCase(kAddCase);
  ASSERT_TRUE(static_cast<bool>(testCase)) << toString(testCase.takeError());
  EXPECT_EQ(testCase->name, "add");
  EXPECT_EQ(testCase->tolerance.kind, Tolerance::Kind::Ulp);
  EXPECT_EQ(testCase->tolerance.value, 0);

  // Inputs come sorted by name, whatever the order of the JSON object.
  ASSERT_EQ(testCase->inputs.size(), 2u);
  const CaseTensor &a = testCase->inputs[0];
  EXPECT_EQ(a.name, "a");
  EXPECT_FALSE(a.isConstant);
  EXPECT_EQ(a.tensor.getDataType(), DataType::Float32);
  EXPECT_EQ(a.tensor.getShape(), ArrayRef<int64_t>({2}));
  EXPECT_EQ(a.tensor.getAsDouble(0), 1);
  // "-0" is a string because JSON has no negative zero.
  EXPECT_TRUE(std::signbit(a.tensor.getAsDouble(1)));
  EXPECT_TRUE(testCase->inputs[1].isConstant);

  ASSERT_EQ(testCase->operators.size(), 1u);
  EXPECT_EQ(testCase->operators[0].name, "add");
  EXPECT_EQ(testCase->operators[0].where, "graph.operators[0]");

  // One number fills the shape.
  ASSERT_EQ(testCase->expectedOutputs.size(), 1u);
  const CaseTensor &out = testCase->expectedOutputs[0];
  EXPECT_TRUE(out.isScalar);
  EXPECT_EQ(out.tensor.getAsDouble(0), 11);
  EXPECT_EQ(out.tensor.getAsDouble(1), 11);
}

TEST(CaseTest, MissingFieldIsAnError) {
  EXPECT_EQ(getMalformedMessage(readEdited(
                [](json::Object &test) { test.erase("tolerance"); })),
            "malformed case: tolerance: expected an object");
  EXPECT_EQ(getMalformedMessage(readEdited([](json::Object &test) {
              getInput(test, "a").erase("descriptor");
            })),
            "malformed case: graph.inputs.a: expected a 'descriptor' object");
  EXPECT_EQ(getMalformedMessage(readEdited([](json::Object &test) {
              test.getObject("graph")->erase("expectedOutputs");
            })),
            "malformed case: graph: expected 'inputs', 'operators' and "
            "'expectedOutputs'");
  EXPECT_EQ(getMalformedMessage(
                readEdited([](json::Object &test) { test.erase("name"); })),
            "malformed case: expected an object with a 'name'");
}

TEST(CaseTest, WrongSizedDataIsAnError) {
  EXPECT_EQ(getMalformedMessage(readEdited([](json::Object &test) {
              getInput(test, "a")["data"] = json::Array{1, 2, 3};
            })),
            "malformed case: graph.inputs.a.data: has 3 elements, the shape "
            "holds 2");
}

TEST(CaseTest, WrongTypeIsAnError) {
  EXPECT_EQ(getMalformedMessage(readEdited([](json::Object &test) {
              (*getInput(test, "a").getObject("descriptor"))["shape"] = "2";
            })),
            "malformed case: graph.inputs.a.descriptor.shape: expected a list "
            "of integers");
  EXPECT_EQ(getMalformedMessage(readEdited([](json::Object &test) {
              getInput(test, "a")["data"] = json::Array{1, true};
            })),
            "malformed case: graph.inputs.a.data[1]: expected a number");
  EXPECT_EQ(getMalformedMessage(readEdited([](json::Object &test) {
              getInput(test, "b")["constant"] = "yes";
            })),
            "malformed case: graph.inputs.b.constant: expected true or false");
}

// Found by WptCaseFuzzer: a scalar `data` over a 2^32-element shape made the
// reader allocate 16 GB before reading anything.
TEST(CaseTest, HugeShapeIsRejectedBeforeAllocating) {
  EXPECT_EQ(getCaseErrorMessage(readEdited([](json::Object &test) {
                                  json::Object &a = getInput(test, "a");
                                  (*a.getObject("descriptor"))["shape"] =
                                      json::Array{65536, 65536};
                                  a["data"] = 1.5;
                                }),
                                CaseError::Kind::Unsupported),
            "graph.inputs.a: a tensor of more than 256 MiB");
}

TEST(CaseTest, UnknownDataTypeIsUnsupported) {
  EXPECT_EQ(getCaseErrorMessage(readEdited([](json::Object &test) {
                                  (*getInput(test, "a").getObject(
                                      "descriptor"))["dataType"] = "bfloat16";
                                }),
                                CaseError::Kind::Unsupported),
            "data type 'bfloat16'");
}

TEST(CaseTest, CaseFileErrorsNameTheFile) {
  auto invalid = CaseFile::parse("{", "cases.json");
  ASSERT_FALSE(static_cast<bool>(invalid));
  EXPECT_EQ(
      toString(invalid.takeError()).rfind("cases.json: invalid JSON: ", 0), 0u);
  auto noTests = CaseFile::parse(R"({"cases": []})", "cases.json");
  ASSERT_FALSE(static_cast<bool>(noTests));
  EXPECT_EQ(toString(noTests.takeError()),
            "cases.json: expected an object with a 'tests' list");
}

TEST(CaseTest, CaseFileNamesEveryCase) {
  auto file = CaseFile::parse(
      (Twine(R"({"tests": [)") + kAddCase + R"(, 7]})").str(), "cases.json");
  ASSERT_TRUE(static_cast<bool>(file)) << toString(file.takeError());
  ASSERT_EQ(file->size(), 2u);
  EXPECT_EQ(file->getName(0), "add");
  // A case without a name is named by its place, and does not read.
  EXPECT_EQ(file->getName(1), "tests[1]");
  EXPECT_TRUE(static_cast<bool>(file->getCase(0)));
  EXPECT_EQ(getMalformedMessage(file->getCase(1)),
            "malformed case: expected an object with a 'name'");
}

} // namespace
