//===- Pooling.cpp - averagePool2d, l2Pool2d and maxPool2d of the op table ===//
//
// The three pools take the same MLPool2dOptions, so one builder, a template
// on the GraphBuilder method, reads them for all three.
//
//===----------------------------------------------------------------------===//

#include "OpFamilies.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

using PoolMethod =
    llvm::Expected<Value> (GraphBuilder::*)(Value, const Pool2dOptions &);

template <PoolMethod method>
static llvm::Expected<Value> buildPool(GraphBuilder &builder,
                                       OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  Pool2dOptions options;
  arguments.readList("windowDimensions", options.windowDimensions);
  arguments.readList("padding", options.padding);
  arguments.readList("strides", options.strides);
  arguments.readList("dilations", options.dilations);
  arguments.readEnum("layout", options.layout, &symbolizeInputLayout);
  arguments.readEnum("outputShapeRounding", options.outputShapeRounding,
                     &symbolizeRoundingType);
  arguments.readList("outputSizes", options.outputSizes);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return (builder.*method)(*input, options);
}

static const OpEntry kPoolingOps[] = {
    {"averagePool2d", 1, &buildPool<&GraphBuilder::averagePool2d>},
    {"l2Pool2d", 1, &buildPool<&GraphBuilder::l2Pool2d>},
    {"maxPool2d", 1, &buildPool<&GraphBuilder::maxPool2d>},
};

ArrayRef<OpEntry> mlir::webnn::conformance::getPoolingOps() {
  return kPoolingOps;
}
