//===- Shape.cpp - concat, reshape and transpose of the op table ----------===//

#include "OpFamilies.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

/// concat(inputs, axis): a list of operands and a positional axis.
static llvm::Expected<Value> buildConcat(GraphBuilder &builder,
                                         OperatorArguments &arguments) {
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  auto inputs = arguments.getOperandList(0);
  if (!inputs)
    return inputs.takeError();
  auto axis = arguments.getAxis(1);
  if (!axis)
    return axis.takeError();
  return builder.concat(*inputs, *axis);
}

/// reshape(input, newShape): the shape is positional, not an option.
static llvm::Expected<Value> buildReshape(GraphBuilder &builder,
                                          OperatorArguments &arguments) {
  auto input = arguments.getOperandsWithoutOptions(1);
  if (!input)
    return input.takeError();
  auto newShape = arguments.getIntegerList(1);
  if (!newShape)
    return newShape.takeError();
  return builder.reshape(input->front(), *newShape);
}

static llvm::Expected<Value> buildTranspose(GraphBuilder &builder,
                                            OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  TransposeOptions options;
  arguments.readList("permutation", options.permutation);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.transpose(*input, options);
}

static const OpEntry kShapeOps[] = {
    {"concat", 2, &buildConcat},
    {"reshape", 2, &buildReshape},
    {"transpose", 1, &buildTranspose},
};

ArrayRef<OpEntry> mlir::webnn::conformance::getShapeOps() { return kShapeOps; }
