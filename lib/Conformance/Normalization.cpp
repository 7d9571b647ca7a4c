//===- Normalization.cpp - Normalizations and softmax of the op table ----===//

#include "OpFamilies.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

static llvm::Expected<Value>
buildBatchNormalization(GraphBuilder &builder, OperatorArguments &arguments) {
  auto operands = arguments.getOperands(3);
  if (!operands)
    return operands.takeError();
  BatchNormalizationOptions options;
  arguments.readOperand("scale", options.scale);
  arguments.readOperand("bias", options.bias);
  arguments.readInteger("axis", options.axis);
  arguments.readNumber("epsilon", options.epsilon);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.batchNormalization((*operands)[0], (*operands)[1],
                                    (*operands)[2], options);
}

static llvm::Expected<Value>
buildInstanceNormalization(GraphBuilder &builder,
                           OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  InstanceNormalizationOptions options;
  arguments.readOperand("scale", options.scale);
  arguments.readOperand("bias", options.bias);
  arguments.readNumber("epsilon", options.epsilon);
  arguments.readEnum("layout", options.layout, &symbolizeInputLayout);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.instanceNormalization(*input, options);
}

static llvm::Expected<Value>
buildLayerNormalization(GraphBuilder &builder, OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  LayerNormalizationOptions options;
  arguments.readOperand("scale", options.scale);
  arguments.readOperand("bias", options.bias);
  arguments.readList("axes", options.axes);
  arguments.readNumber("epsilon", options.epsilon);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.layerNormalization(*input, options);
}

/// softmax(input, axis): the axis is positional, not an option.
static llvm::Expected<Value> buildSoftmax(GraphBuilder &builder,
                                          OperatorArguments &arguments) {
  auto input = arguments.getOperandsWithoutOptions(1);
  if (!input)
    return input.takeError();
  auto axis = arguments.getAxis(1);
  if (!axis)
    return axis.takeError();
  return builder.softmax(input->front(), *axis);
}

static const OpEntry kNormalizationOps[] = {
    {"batchNormalization", 3, &buildBatchNormalization},
    {"instanceNormalization", 1, &buildInstanceNormalization},
    {"layerNormalization", 1, &buildLayerNormalization},
    {"softmax", 2, &buildSoftmax},
};

ArrayRef<OpEntry> mlir::webnn::conformance::getNormalizationOps() {
  return kNormalizationOps;
}
