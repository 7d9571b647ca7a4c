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

template <llvm::Expected<Value> (GraphBuilder::*method)(
    Value, int64_t, const ArgMinMaxOptions &)>
static llvm::Expected<Value> buildArgMinMax(GraphBuilder &builder,
                                            OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  auto axis = arguments.getAxis(1);
  if (!axis)
    return axis.takeError();
  ArgMinMaxOptions options;
  arguments.readBool("keepDimensions", options.keepDimensions);
  arguments.readEnum("outputDataType", options.outputDataType, &parseDataType);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return (builder.*method)(*input, *axis, options);
}

static llvm::Expected<Value> buildCumulativeSum(GraphBuilder &builder,
                                                OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  auto axis = arguments.getAxis(1);
  if (!axis)
    return axis.takeError();
  CumulativeSumOptions options;
  arguments.readBool("exclusive", options.exclusive);
  arguments.readBool("reversed", options.reversed);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.cumulativeSum(*input, *axis, options);
}

static const OpEntry kReductionOps[] = {
    {"argMin", 2, &buildArgMinMax<&GraphBuilder::argMin>},
    {"argMax", 2, &buildArgMinMax<&GraphBuilder::argMax>},
    {"cumulativeSum", 2, &buildCumulativeSum},
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
