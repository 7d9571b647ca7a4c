//===- JitBoundsTest.cpp - Memory accesses of JIT-compiled code -----------===//
//
// A graph that reads its input at an index it gets at run time, the access
// pattern of gather and scatter. In the sanitized build the JIT instruments
// generated code with AddressSanitizer, so that an index past the end of a
// buffer is reported there rather than read silently: the defence the
// ops that read indices at run time are tested with.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "WebNN/Pipelines/Pipelines.h"
#include "WebNN/Runtime/Executable.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Parser/Parser.h"

#include "gtest/gtest.h"
#include <cstring>

using namespace mlir;
using namespace mlir::webnn;

namespace {
/// x[i] for a float32 x of 4 elements and an int32 scalar i, with no check
/// of i: what a gather lowering without the spec's clamping would do.
constexpr const char *kUncheckedRead = R"mlir(
  func.func @read(%x: tensor<4xf32>, %i: tensor<i32>) -> tensor<f32> {
    %index32 = tensor.extract %i[] : tensor<i32>
    %index = arith.index_cast %index32 : i32 to index
    %value = tensor.extract %x[%index] : tensor<4xf32>
    %result = tensor.from_elements %value : tensor<f32>
    return %result : tensor<f32>
  }
)mlir";

/// Compiles kUncheckedRead and runs it with index `index`; returns x[index].
float runUncheckedRead(int32_t index) {
  DialectRegistry registry;
  registry.insert<WebNNDialect, func::FuncDialect, arith::ArithDialect,
                  tensor::TensorDialect>();
  registerPipelineDependencies(registry);
  MLIRContext context(registry);
  OwningOpRef<ModuleOp> module =
      parseSourceString<ModuleOp>(kUncheckedRead, &context);
  EXPECT_TRUE(module);
  CompileOptions options;
  auto executable = Executable::compile(*module, "read", options);
  EXPECT_TRUE(static_cast<bool>(executable))
      << llvm::toString(executable.takeError());
  HostTensor x(DataType::Float32, {4});
  for (int64_t i = 0; i < 4; ++i)
    x.setFromDouble(i, 10.0 + i);
  HostTensor i(DataType::Int32, {});
  std::memcpy(i.data(), &index, sizeof(index));
  auto outputs = (*executable)->run({x, i});
  EXPECT_TRUE(static_cast<bool>(outputs));
  return (*outputs)[0].getAsDouble(0);
}
} // namespace

TEST(JitBoundsTest, ReadsAnIndexGivenAtRunTime) {
  EXPECT_EQ(runUncheckedRead(2), 12.0f);
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
// x holds one 64-byte block (HostTensor's alignment): element 16 is the
// first byte after it, in AddressSanitizer's redzone.
TEST(JitBoundsTest, AnOutOfBoundsReadIsReportedInTheSanitizedBuild) {
  EXPECT_DEATH(runUncheckedRead(16), "heap-buffer-overflow");
}
#endif
#endif
