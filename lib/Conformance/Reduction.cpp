//===- Reduction.cpp - Reductions of the op table -------------------------===//

#include "OpFamilies.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

using ReduceMethod =
    llvm::Expected<Value> (GraphBuilder::*)(Value, const ReduceOptions &);

/// A reduce* op: the input and MLReduceOptions.
template <ReduceMethod method>
static llvm::Expected<Value> buildReduce(GraphBuilder &builder,
                                         OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  ReduceOptions options;
  arguments.readList("axes", options.axes);
  arguments.readBool("keepDimensions", options.keepDimensions);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return (builder.*method)(*input, options);
}

static const OpEntry kReductionOps[] = {
    {"reduceL1", 1, &buildReduce<&GraphBuilder::reduceL1>},
    {"reduceL2", 1, &buildReduce<&GraphBuilder::reduceL2>},
    {"reduceLogSum", 1, &buildReduce<&GraphBuilder::reduceLogSum>},
    {"reduceLogSumExp", 1, &buildReduce<&GraphBuilder::reduceLogSumExp>},
    {"reduceMax", 1, &buildReduce<&GraphBuilder::reduceMax>},
    {"reduceMean", 1, &buildReduce<&GraphBuilder::reduceMean>},
    {"reduceMin", 1, &buildReduce<&GraphBuilder::reduceMin>},
    {"reduceProduct", 1, &buildReduce<&GraphBuilder::reduceProduct>},
    {"reduceSum", 1, &buildReduce<&GraphBuilder::reduceSum>},
    {"reduceSumSquare", 1, &buildReduce<&GraphBuilder::reduceSumSquare>},
};

ArrayRef<OpEntry> mlir::webnn::conformance::getReductionOps() {
  return kReductionOps;
}
