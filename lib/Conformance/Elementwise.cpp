//===- Elementwise.cpp - Element-wise ops of the op table -----------------===//

#include "OpFamilies.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

static llvm::Expected<Value> buildLeakyRelu(GraphBuilder &builder,
                                            OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  LeakyReluOptions options;
  arguments.readNumber("alpha", options.alpha);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.leakyRelu(*input, options);
}

static llvm::Expected<Value> buildClamp(GraphBuilder &builder,
                                        OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  ClampOptions options;
  arguments.readNumber("minValue", options.minValue);
  arguments.readNumber("maxValue", options.maxValue);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.clamp(*input, options);
}

static const OpEntry kElementwiseOps[] = {
    // Binary.
    {"add", 2, &buildBinary<&GraphBuilder::add>},
    {"sub", 2, &buildBinary<&GraphBuilder::sub>},
    {"mul", 2, &buildBinary<&GraphBuilder::mul>},
    {"div", 2, &buildBinary<&GraphBuilder::div>},
    {"max", 2, &buildBinary<&GraphBuilder::max>},
    {"min", 2, &buildBinary<&GraphBuilder::min>},
    {"pow", 2, &buildBinary<&GraphBuilder::pow>},
    // Unary.
    {"abs", 1, &buildUnary<&GraphBuilder::abs>},
    {"neg", 1, &buildUnary<&GraphBuilder::neg>},
    {"ceil", 1, &buildUnary<&GraphBuilder::ceil>},
    {"floor", 1, &buildUnary<&GraphBuilder::floor>},
    {"exp", 1, &buildUnary<&GraphBuilder::exp>},
    {"log", 1, &buildUnary<&GraphBuilder::log>},
    {"sqrt", 1, &buildUnary<&GraphBuilder::sqrt>},
    {"reciprocal", 1, &buildUnary<&GraphBuilder::reciprocal>},
    {"sigmoid", 1, &buildUnary<&GraphBuilder::sigmoid>},
    {"tanh", 1, &buildUnary<&GraphBuilder::tanh>},
    {"relu", 1, &buildUnary<&GraphBuilder::relu>},
    {"identity", 1, &buildUnary<&GraphBuilder::identity>},
    // Unary with options.
    {"leakyRelu", 1, &buildLeakyRelu},
    {"clamp", 1, &buildClamp},
};

ArrayRef<OpEntry> mlir::webnn::conformance::getElementwiseOps() {
  return kElementwiseOps;
}
