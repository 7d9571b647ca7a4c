//===- Shape.cpp - concat, reshape and transpose of the op table ----------===//

#include "OpFamilies.h"

#include "WebNN/Conformance/CaseError.h"

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

static llvm::Expected<Value> buildSlice(GraphBuilder &builder,
                                        OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  auto starts = arguments.getIntegerList(1);
  if (!starts)
    return starts.takeError();
  auto sizes = arguments.getIntegerList(2);
  if (!sizes)
    return sizes.takeError();
  SliceOptions options;
  arguments.readList("strides", options.strides);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.slice(*input, *starts, *sizes, options);
}

/// expand(input, newShape) and tile(input, repetitions): a list after the
/// input, no options.
template <llvm::Expected<Value> (GraphBuilder::*method)(Value,
                                                        ArrayRef<int64_t>)>
static llvm::Expected<Value> buildWithList(GraphBuilder &builder,
                                           OperatorArguments &arguments) {
  auto input = arguments.getOperandsWithoutOptions(1);
  if (!input)
    return input.takeError();
  auto list = arguments.getIntegerList(1);
  if (!list)
    return list.takeError();
  return (builder.*method)(input->front(), *list);
}

static llvm::Expected<Value> buildReverse(GraphBuilder &builder,
                                          OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  ReverseOptions options;
  arguments.readList("axes", options.axes);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.reverse(*input, options);
}

static llvm::Expected<Value> buildTriangular(GraphBuilder &builder,
                                             OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  TriangularOptions options;
  arguments.readBool("upper", options.upper);
  arguments.readInteger("diagonal", options.diagonal);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.triangular(*input, options);
}

static llvm::Expected<Value> buildPad(GraphBuilder &builder,
                                      OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  auto beginning = arguments.getIntegerList(1);
  if (!beginning)
    return beginning.takeError();
  auto ending = arguments.getIntegerList(2);
  if (!ending)
    return ending.takeError();
  PadOptions options;
  arguments.readEnum("mode", options.mode, &symbolizePaddingMode);
  arguments.readNumber("value", options.value);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.pad(*input, *beginning, *ending, options);
}

/// cast(input, type): the type is a positional data type name.
static llvm::Expected<Value> buildCast(GraphBuilder &builder,
                                       OperatorArguments &arguments) {
  auto input = arguments.getOperandsWithoutOptions(1);
  if (!input)
    return input.takeError();
  auto name = arguments.getString(1);
  if (!name)
    return name.takeError();
  std::optional<DataType> dataType = parseDataType(*name);
  if (!dataType)
    return unsupported("cast to an unknown data type '" + *name + "'");
  return builder.cast(input->front(), *dataType);
}

/// split(input, splits, {axis}): `splits` is a count or a list of sizes.
static llvm::Expected<SmallVector<Value>>
buildSplit(GraphBuilder &builder, OperatorArguments &arguments) {
  auto input = arguments.getOperand(0);
  if (!input)
    return input.takeError();
  SplitOptions options;
  arguments.readInteger("axis", options.axis);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  if (auto count = arguments.getAxis(1))
    return builder.split(*input, *count, options);
  else
    llvm::consumeError(count.takeError());
  auto sizes = arguments.getIntegerList(1);
  if (!sizes)
    return sizes.takeError();
  return builder.split(*input, *sizes, options);
}

static const OpEntry kShapeOps[] = {
    {"concat", 2, &buildConcat},
    {"reshape", 2, &buildReshape},
    {"transpose", 1, &buildTranspose},
    {"slice", 3, &buildSlice},
    {"cast", 2, &buildCast},
    {"split", 2, nullptr, &buildSplit},
    {"expand", 2, &buildWithList<&GraphBuilder::expand>},
    {"reverse", 1, &buildReverse},
    {"tile", 2, &buildWithList<&GraphBuilder::tile>},
    {"triangular", 1, &buildTriangular},
    {"pad", 3, &buildPad},
};

ArrayRef<OpEntry> mlir::webnn::conformance::getShapeOps() { return kShapeOps; }
