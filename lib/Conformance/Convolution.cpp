//===- Convolution.cpp - conv2d and convTranspose2d of the op table -------===//

#include "OpFamilies.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

static llvm::Expected<Value> buildConv2d(GraphBuilder &builder,
                                         OperatorArguments &arguments) {
  auto operands = arguments.getOperands(2);
  if (!operands)
    return operands.takeError();
  Conv2dOptions options;
  arguments.readList("padding", options.padding);
  arguments.readList("strides", options.strides);
  arguments.readList("dilations", options.dilations);
  arguments.readInteger("groups", options.groups);
  arguments.readEnum("inputLayout", options.inputLayout, &symbolizeInputLayout);
  arguments.readEnum("filterLayout", options.filterLayout,
                     &symbolizeFilterLayout);
  arguments.readOperand("bias", options.bias);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.conv2d((*operands)[0], (*operands)[1], options);
}

static llvm::Expected<Value>
buildConvTranspose2d(GraphBuilder &builder, OperatorArguments &arguments) {
  auto operands = arguments.getOperands(2);
  if (!operands)
    return operands.takeError();
  ConvTranspose2dOptions options;
  arguments.readList("padding", options.padding);
  arguments.readList("strides", options.strides);
  arguments.readList("dilations", options.dilations);
  arguments.readList("outputPadding", options.outputPadding);
  arguments.readList("outputSizes", options.outputSizes);
  arguments.readInteger("groups", options.groups);
  arguments.readEnum("inputLayout", options.inputLayout, &symbolizeInputLayout);
  arguments.readEnum("filterLayout", options.filterLayout,
                     &symbolizeConvTranspose2dFilterLayout);
  arguments.readOperand("bias", options.bias);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.convTranspose2d((*operands)[0], (*operands)[1], options);
}

static const OpEntry kConvolutionOps[] = {
    {"conv2d", 2, &buildConv2d},
    {"convTranspose2d", 2, &buildConvTranspose2d},
};

ArrayRef<OpEntry> mlir::webnn::conformance::getConvolutionOps() {
  return kConvolutionOps;
}
