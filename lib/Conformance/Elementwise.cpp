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

static llvm::Expected<Value> buildElu(GraphBuilder &builder,
                                      OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  EluOptions options;
  arguments.readNumber("alpha", options.alpha);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.elu(*input, options);
}

static llvm::Expected<Value> buildHardSigmoid(GraphBuilder &builder,
                                              OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  HardSigmoidOptions options;
  arguments.readNumber("alpha", options.alpha);
  arguments.readNumber("beta", options.beta);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.hardSigmoid(*input, options);
}

static llvm::Expected<Value> buildLinear(GraphBuilder &builder,
                                         OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  LinearOptions options;
  arguments.readNumber("alpha", options.alpha);
  arguments.readNumber("beta", options.beta);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.linear(*input, options);
}

static llvm::Expected<Value> buildWhere(GraphBuilder &builder,
                                        OperatorArguments &arguments) {
  auto operands = arguments.getOperandsWithoutOptions(3);
  if (!operands)
    return operands.takeError();
  return builder.where((*operands)[0], (*operands)[1], (*operands)[2]);
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
    {"cos", 1, &buildUnary<&GraphBuilder::cos>},
    {"sin", 1, &buildUnary<&GraphBuilder::sin>},
    {"tan", 1, &buildUnary<&GraphBuilder::tan>},
    {"erf", 1, &buildUnary<&GraphBuilder::erf>},
    {"roundEven", 1, &buildUnary<&GraphBuilder::roundEven>},
    {"sign", 1, &buildUnary<&GraphBuilder::sign>},
    {"gelu", 1, &buildUnary<&GraphBuilder::gelu>},
    {"hardSwish", 1, &buildUnary<&GraphBuilder::hardSwish>},
    {"softplus", 1, &buildUnary<&GraphBuilder::softplus>},
    {"softsign", 1, &buildUnary<&GraphBuilder::softsign>},
    // Comparison and logical (uint8 results).
    {"equal", 2, &buildBinary<&GraphBuilder::equal>},
    {"notEqual", 2, &buildBinary<&GraphBuilder::notEqual>},
    {"greater", 2, &buildBinary<&GraphBuilder::greater>},
    {"greaterOrEqual", 2, &buildBinary<&GraphBuilder::greaterOrEqual>},
    {"lesser", 2, &buildBinary<&GraphBuilder::lesser>},
    {"lesserOrEqual", 2, &buildBinary<&GraphBuilder::lesserOrEqual>},
    {"logicalAnd", 2, &buildBinary<&GraphBuilder::logicalAnd>},
    {"logicalOr", 2, &buildBinary<&GraphBuilder::logicalOr>},
    {"logicalXor", 2, &buildBinary<&GraphBuilder::logicalXor>},
    {"logicalNot", 1, &buildUnary<&GraphBuilder::logicalNot>},
    {"isNaN", 1, &buildUnary<&GraphBuilder::isNaN>},
    {"isInfinite", 1, &buildUnary<&GraphBuilder::isInfinite>},
    {"where", 3, &buildWhere},
    {"prelu", 2, &buildBinary<&GraphBuilder::prelu>},
    // Unary with options.
    {"leakyRelu", 1, &buildLeakyRelu},
    {"clamp", 1, &buildClamp},
    {"elu", 1, &buildElu},
    {"hardSigmoid", 1, &buildHardSigmoid},
    {"linear", 1, &buildLinear},
};

ArrayRef<OpEntry> mlir::webnn::conformance::getElementwiseOps() {
  return kElementwiseOps;
}
