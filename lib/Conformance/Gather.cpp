//===- Gather.cpp - Gather, scatter and resample ops of the op table ------===//

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

/// MLInterpolationMode's names ("nearest-neighbor" has a hyphen, which
/// the C++ enum cannot).
static std::optional<InterpolationMode> parseInterpolationMode(StringRef name) {
  if (name == "nearest-neighbor")
    return InterpolationMode::nearest_neighbor;
  if (name == "linear")
    return InterpolationMode::linear;
  return std::nullopt;
}

static llvm::Expected<Value> buildResample2d(GraphBuilder &builder,
                                             OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  Resample2dOptions options;
  arguments.readEnum("mode", options.mode, &parseInterpolationMode);
  arguments.readNumberList("scales", options.scales);
  arguments.readList("sizes", options.sizes);
  arguments.readList("axes", options.axes);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.resample2d(*input, options);
}

static const OpEntry kGatherOps[] = {
    {"resample2d", 1, &buildResample2d},
    {"gather", 2, &buildGather<&GraphBuilder::gather>},
    {"gatherElements", 2, &buildGather<&GraphBuilder::gatherElements>},
    {"gatherND", 2, &buildBinary<&GraphBuilder::gatherND>},
    {"scatterElements", 3, &buildScatterElements},
    {"scatterND", 3, &buildScatterND},
};

ArrayRef<OpEntry> mlir::webnn::conformance::getGatherOps() {
  return kGatherOps;
}
