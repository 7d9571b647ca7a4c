//===- Elementwise.cpp - Element-wise ONNX ops --------------------------===//
//
// The ops of one or two operands and no attributes are templates on the
// GraphBuilder method, so that each is one line of the table.
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::onnx_import;

using UnaryMethod = llvm::Expected<Value> (GraphBuilder::*)(Value);
using BinaryMethod = llvm::Expected<Value> (GraphBuilder::*)(Value, Value);

template <UnaryMethod method>
static llvm::Expected<Value> convertUnary(Importer &importer,
                                          const Node &node) {
  return (importer.getBuilder().*method)(node.in[0]);
}

template <BinaryMethod method>
static llvm::Expected<Value> convertBinary(Importer &importer,
                                           const Node &node) {
  if (llvm::Error error = node.need(2))
    return std::move(error);
  return (importer.getBuilder().*method)(node.in[0], node.in[1]);
}

/// Max and Min take any number of operands: folded pairwise.
template <BinaryMethod method>
static llvm::Expected<Value> convertVariadic(Importer &importer,
                                             const Node &node) {
  if (llvm::Error error = node.need(node.in.size() < 2 ? 2 : node.in.size()))
    return std::move(error);
  llvm::Expected<Value> result = node.in[0];
  for (Value operand : ArrayRef<Value>(node.in).drop_front()) {
    if (!result)
      return result;
    result = (importer.getBuilder().*method)(*result, operand);
  }
  return result;
}

static llvm::Expected<Value> convertLeakyRelu(Importer &importer,
                                              const Node &node) {
  return importer.getBuilder().leakyRelu(
      node.in[0], {getFloat(node.attrs, "alpha", 0.01f)});
}

/// Clip-6: the bounds are attributes.
static llvm::Expected<Value> convertClip6(Importer &importer,
                                          const Node &node) {
  ClampOptions options;
  if (node.attrs.count("min"))
    options.minValue = getFloat(node.attrs, "min", 0);
  if (node.attrs.count("max"))
    options.maxValue = getFloat(node.attrs, "max", 0);
  return importer.getBuilder().clamp(node.in[0], options);
}

/// Clip-11: the bounds are optional inputs, read at import time.
static llvm::Expected<Value> convertClip11(Importer &importer,
                                           const Node &node) {
  ClampOptions options;
  for (int i = 1; i < node.proto.input_size() && i < 3; ++i) {
    auto bound = importer.getOptionalConstantScalar(node.proto.input(i));
    if (!bound)
      return bound.takeError();
    (i == 1 ? options.minValue : options.maxValue) = *bound;
  }
  return importer.getBuilder().clamp(node.in[0], options);
}

static llvm::Expected<Value> convertElu(Importer &importer, const Node &node) {
  return importer.getBuilder().elu(node.in[0],
                                   {getFloat(node.attrs, "alpha", 1.0f)});
}

static llvm::Expected<Value> convertHardSigmoid(Importer &importer,
                                                const Node &node) {
  return importer.getBuilder().hardSigmoid(
      node.in[0], {getFloat(node.attrs, "alpha", 0.2f),
                   getFloat(node.attrs, "beta", 0.5f)});
}

/// Gelu-20: the exact form only; the tanh approximation is another function.
static llvm::Expected<Value> convertGelu(Importer &importer, const Node &node) {
  std::string approximate = getString(node.attrs, "approximate", "none");
  if (approximate != "none")
    return makeError("approximate '" + approximate +
                     "' is not supported (only 'none')");
  return importer.getBuilder().gelu(node.in[0]);
}

/// IsInf-10 detects both infinities unless told otherwise.
static llvm::Expected<Value> convertIsInf(Importer &importer,
                                          const Node &node) {
  if (getInt(node.attrs, "detect_negative", 1) != 1 ||
      getInt(node.attrs, "detect_positive", 1) != 1)
    return makeError("detecting one infinity only is not supported");
  return importer.getBuilder().isInfinite(node.in[0]);
}

static llvm::Expected<Value> convertWhere(Importer &importer,
                                          const Node &node) {
  if (llvm::Error error = node.need(3))
    return std::move(error);
  return importer.getBuilder().where(node.in[0], node.in[1], node.in[2]);
}

ArrayRef<ConverterEntry> mlir::webnn::onnx_import::getElementwiseConverters() {
  // Since the opsets of multidirectional broadcasting (Add-7, Max-8): the
  // builder broadcasts, which also covers Max-6's equal shapes.
  static const ConverterEntry entries[] = {
      {"Add", 7, convertBinary<&GraphBuilder::add>},
      {"Sub", 7, convertBinary<&GraphBuilder::sub>},
      {"Mul", 7, convertBinary<&GraphBuilder::mul>},
      {"Div", 7, convertBinary<&GraphBuilder::div>},
      {"Pow", 7, convertBinary<&GraphBuilder::pow>},
      {"Max", 6, convertVariadic<&GraphBuilder::max>},
      {"Min", 6, convertVariadic<&GraphBuilder::min>},
      {"Relu", 6, convertUnary<&GraphBuilder::relu>},
      {"Sigmoid", 6, convertUnary<&GraphBuilder::sigmoid>},
      {"Tanh", 6, convertUnary<&GraphBuilder::tanh>},
      {"Abs", 6, convertUnary<&GraphBuilder::abs>},
      {"Neg", 6, convertUnary<&GraphBuilder::neg>},
      {"Exp", 6, convertUnary<&GraphBuilder::exp>},
      {"Log", 6, convertUnary<&GraphBuilder::log>},
      {"Sqrt", 6, convertUnary<&GraphBuilder::sqrt>},
      {"Reciprocal", 6, convertUnary<&GraphBuilder::reciprocal>},
      {"Floor", 6, convertUnary<&GraphBuilder::floor>},
      {"Ceil", 6, convertUnary<&GraphBuilder::ceil>},
      {"LeakyRelu", 6, convertLeakyRelu},
      {"Clip", 6, convertClip6, /*operandCount=*/1},
      {"Clip", 11, convertClip11, /*operandCount=*/1},
      {"Cos", 7, convertUnary<&GraphBuilder::cos>},
      {"Sin", 7, convertUnary<&GraphBuilder::sin>},
      {"Tan", 7, convertUnary<&GraphBuilder::tan>},
      {"Erf", 9, convertUnary<&GraphBuilder::erf>},
      {"Sign", 9, convertUnary<&GraphBuilder::sign>},
      // Round rounds halves to even, as roundEven does.
      {"Round", 11, convertUnary<&GraphBuilder::roundEven>},
      {"IsNaN", 9, convertUnary<&GraphBuilder::isNaN>},
      {"IsInf", 10, convertIsInf},
      {"Not", 1, convertUnary<&GraphBuilder::logicalNot>},
      {"Equal", 7, convertBinary<&GraphBuilder::equal>},
      {"Greater", 7, convertBinary<&GraphBuilder::greater>},
      {"GreaterOrEqual", 12, convertBinary<&GraphBuilder::greaterOrEqual>},
      {"Less", 7, convertBinary<&GraphBuilder::lesser>},
      {"LessOrEqual", 12, convertBinary<&GraphBuilder::lesserOrEqual>},
      {"And", 7, convertBinary<&GraphBuilder::logicalAnd>},
      {"Or", 7, convertBinary<&GraphBuilder::logicalOr>},
      {"Xor", 7, convertBinary<&GraphBuilder::logicalXor>},
      {"Where", 9, convertWhere},
      {"Elu", 6, convertElu},
      {"Gelu", 20, convertGelu},
      {"HardSigmoid", 6, convertHardSigmoid},
      {"HardSwish", 14, convertUnary<&GraphBuilder::hardSwish>},
      {"PRelu", 7, convertBinary<&GraphBuilder::prelu>},
      {"Softplus", 1, convertUnary<&GraphBuilder::softplus>},
      {"Softsign", 1, convertUnary<&GraphBuilder::softsign>},
  };
  return entries;
}
