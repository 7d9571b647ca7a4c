//===- Gather.cpp - Gather and scatter ops of the op table ----------------===//

#include "OpFamilies.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

/// gather and gatherElements: input, indices and {axis}.
template <llvm::Expected<Value> (GraphBuilder::*method)(Value, Value,
                                                        const GatherOptions &)>
static llvm::Expected<Value> buildGather(GraphBuilder &builder,
                                         OperatorArguments &arguments) {
  auto operands = arguments.getOperands(2);
  if (!operands)
    return operands.takeError();
  GatherOptions options;
  arguments.readInteger("axis", options.axis);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return (builder.*method)((*operands)[0], (*operands)[1], options);
}

static llvm::Expected<Value>
buildScatterElements(GraphBuilder &builder, OperatorArguments &arguments) {
  auto operands = arguments.getOperands(3);
  if (!operands)
    return operands.takeError();
  ScatterOptions options;
  arguments.readInteger("axis", options.axis);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.scatterElements((*operands)[0], (*operands)[1], (*operands)[2],
                                 options);
}

static llvm::Expected<Value> buildScatterND(GraphBuilder &builder,
                                            OperatorArguments &arguments) {
  auto operands = arguments.getOperandsWithoutOptions(3);
  if (!operands)
    return operands.takeError();
  return builder.scatterND((*operands)[0], (*operands)[1], (*operands)[2]);
}

static const OpEntry kGatherOps[] = {
    {"gather", 2, &buildGather<&GraphBuilder::gather>},
    {"gatherElements", 2, &buildGather<&GraphBuilder::gatherElements>},
    {"gatherND", 2, &buildBinary<&GraphBuilder::gatherND>},
    {"scatterElements", 3, &buildScatterElements},
    {"scatterND", 3, &buildScatterND},
};

ArrayRef<OpEntry> mlir::webnn::conformance::getGatherOps() {
  return kGatherOps;
}
