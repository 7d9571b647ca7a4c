//===- ExecutableTest.cpp - Running a compiled graph ----------------------===//
//
// Executable::run with outputs the caller allocates: the graph writes into
// them, run after run, and tensors of the wrong count, data type or shape
// are refused with the graph's descriptor in the message.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Runtime/Executable.h"
#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "WebNN/Pipelines/Pipelines.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Parser/Parser.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::webnn;

namespace {
/// y = x + x for a float32 x of 3 elements.
constexpr const char *kDouble = R"mlir(
  func.func @main(%x: tensor<3xf32> {webnn.name = "x"})
      -> (tensor<3xf32> {webnn.name = "y"}) {
    %0 = webnn.add %x, %x : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    return %0 : tensor<3xf32>
  }
)mlir";

class ExecutableTest : public ::testing::Test {
protected:
  void SetUp() override {
    DialectRegistry registry;
    registry.insert<WebNNDialect, func::FuncDialect>();
    registerPipelineDependencies(registry);
    context = std::make_unique<MLIRContext>(registry);
    module = parseSourceString<ModuleOp>(kDouble, context.get());
    ASSERT_TRUE(module);
    auto compiled = Executable::compile(*module, "", CompileOptions());
    ASSERT_TRUE(static_cast<bool>(compiled))
        << llvm::toString(compiled.takeError());
    executable = std::move(*compiled);
  }

  std::string runError(ArrayRef<HostTensor> in,
                       MutableArrayRef<HostTensor> out) {
    llvm::Error error = executable->run(in, out);
    return error ? llvm::toString(std::move(error)) : "";
  }

  std::unique_ptr<MLIRContext> context;
  OwningOpRef<ModuleOp> module;
  std::unique_ptr<Executable> executable;
};
} // namespace

TEST_F(ExecutableTest, WritesCallerOutputsRunAfterRun) {
  HostTensor x(DataType::Float32, {3});
  SmallVector<HostTensor> out;
  out.emplace_back(DataType::Float32, ArrayRef<int64_t>{3});
  for (double scale : {1.0, -2.0}) {
    for (int64_t i = 0; i < 3; ++i)
      x.setFromDouble(i, scale * (i + 1));
    ASSERT_EQ(runError({x}, out), "");
    for (int64_t i = 0; i < 3; ++i)
      EXPECT_EQ(out[0].getAsDouble(i), 2 * scale * (i + 1));
  }
}

TEST_F(ExecutableTest, RefusesOutputsThatDoNotMatchTheGraph) {
  HostTensor x(DataType::Float32, {3});
  SmallVector<HostTensor> none;
  EXPECT_EQ(runError({x}, none), "the graph has 1 outputs, got 0");
  SmallVector<HostTensor> wrongShape;
  wrongShape.emplace_back(DataType::Float32, ArrayRef<int64_t>{4});
  EXPECT_EQ(runError({x}, wrongShape),
            "output 'y' must be float32 [3], got float32 [4]");
  SmallVector<HostTensor> wrongType;
  wrongType.emplace_back(DataType::Int32, ArrayRef<int64_t>{3});
  EXPECT_EQ(runError({x}, wrongType),
            "output 'y' must be float32 [3], got int32 [3]");
  HostTensor wrongInput(DataType::Float16, {3});
  SmallVector<HostTensor> out;
  out.emplace_back(DataType::Float32, ArrayRef<int64_t>{3});
  EXPECT_EQ(runError({wrongInput}, out),
            "input 'x' must be float32 [3], got float16 [3]");
}
