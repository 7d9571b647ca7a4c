//===- GraphBuilder.cpp - An MLGraphBuilder for webnn IR ------------------===//

#include "WebNN/Builder/GraphBuilder.h"

#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectResourceBlobManager.h"

using namespace mlir;
using namespace mlir::webnn;

/// Constants of at most this many bytes are stored as `dense<...>` literals;
/// larger ones (weights) as resource blobs.
static constexpr size_t kMaxInlineConstantBytes = 256;

GraphBuilder::GraphBuilder(MLIRContext *context, StringRef name)
    : context(context), builder(context), loc(UnknownLoc::get(context)) {
  context->loadDialect<WebNNDialect, func::FuncDialect>();
  module = ModuleOp::create(loc);
  builder.setInsertionPointToEnd(module->getBody());
  graph =
      func::FuncOp::create(builder, loc, name, builder.getFunctionType({}, {}));
  builder.setInsertionPointToEnd(graph.addEntryBlock());
}

llvm::Error GraphBuilder::makeError(const Twine &message) const {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Error
GraphBuilder::captureDiagnostics(function_ref<LogicalResult()> check) {
  std::string message;
  ScopedDiagnosticHandler capture(context, [&](Diagnostic &diag) {
    if (!message.empty())
      message += "\n";
    message += diag.str();
    return success();
  });
  if (succeeded(check()))
    return llvm::Error::success();
  return makeError(message.empty() ? "invalid operation" : message);
}

llvm::Error GraphBuilder::checkOperands(ArrayRef<Value> values) {
  if (built)
    return makeError("the graph has already been built");
  for (Value value : values) {
    if (value && value.getParentRegion() != &graph.getBody())
      return makeError("an operand does not belong to this graph builder");
  }
  return llvm::Error::success();
}

template <typename OpTy, typename... Args>
llvm::Expected<Value> GraphBuilder::create(ArrayRef<Value> operands,
                                           Args &&...args) {
  llvm::Expected<Operation *> op =
      createOp<OpTy>(operands, std::forward<Args>(args)...);
  if (!op)
    return op.takeError();
  return (*op)->getResult(0);
}

template <typename OpTy, typename... Args>
llvm::Expected<Operation *> GraphBuilder::createOp(ArrayRef<Value> operands,
                                                   Args &&...args) {
  if (llvm::Error error = checkOperands(operands))
    return std::move(error);
  OperationState state(loc, OpTy::getOperationName());
  OpTy::build(builder, state, /*resultType=*/Type(),
              std::forward<Args>(args)...);
  // Absent optional operands are not added; a null required one (or a null
  // in a list of inputs) would crash type inference.
  for (auto [index, operand] : llvm::enumerate(state.operands))
    if (!operand)
      return makeError(OpTy::getOperationName().split(".").second +
                       ": operand " + Twine(index) +
                       " is a null value, not an operand");

  SmallVector<Type, 1> resultTypes;
  if (llvm::Error error = captureDiagnostics([&] {
        return OpTy::inferReturnTypes(context, loc, state.operands,
                                      state.attributes.getDictionary(context),
                                      state.getRawProperties(), state.regions,
                                      resultTypes);
      }))
    return std::move(error);
  state.types.assign(resultTypes.begin(), resultTypes.end());
  return builder.create(state);
}

llvm::Expected<IntegerAttr>
GraphBuilder::getI32Option(StringRef op, StringRef name, int64_t value) {
  if (value < std::numeric_limits<int32_t>::min() ||
      value > std::numeric_limits<int32_t>::max())
    return makeError(op + ": " + name + " (" + Twine(value) +
                     ") is out of range");
  return builder.getI32IntegerAttr(static_cast<int32_t>(value));
}

/// An optional list option as an attribute, null when absent.
template <typename List>
static DenseI64ArrayAttr getListOption(OpBuilder &builder,
                                       const std::optional<List> &list) {
  if (!list)
    return {};
  return builder.getDenseI64ArrayAttr(*list);
}

//===----------------------------------------------------------------------===//
// Inputs and constants
//===----------------------------------------------------------------------===//

llvm::Expected<Value> GraphBuilder::input(StringRef name,
                                          const OperandDescriptor &descriptor) {
  if (llvm::Error error = checkOperands({}))
    return std::move(error);
  if (name.empty())
    return makeError("input: the name must not be empty");
  if (llvm::is_contained(inputNames, name))
    return makeError("input: the name '" + name + "' is already used");
  auto type = RankedTensorType::get(
      descriptor.shape, getElementType(context, descriptor.dataType));
  if (llvm::Error error = captureDiagnostics([&] {
        return checkOperand(loc, "input", "descriptor", type,
                            DataTypeSet::allWith4Bit());
      }))
    return std::move(error);
  Block &body = graph.getBody().front();
  BlockArgument argument = body.addArgument(type, loc);
  graph.setFunctionType(builder.getFunctionType(
      body.getArgumentTypes(), graph.getFunctionType().getResults()));
  inputNames.push_back(name.str());
  return Value(argument);
}

llvm::Expected<Value>
GraphBuilder::constantOfElements(const OperandDescriptor &descriptor,
                                 size_t elementSize, ArrayRef<char> bytes) {
  if (elementSize != getByteWidth(descriptor.dataType))
    return makeError(Twine("constant: ") +
                     stringifyDataType(descriptor.dataType) + " needs " +
                     Twine(getByteWidth(descriptor.dataType)) +
                     "-byte elements, got " + Twine(elementSize));
  return constant(descriptor, bytes);
}

llvm::Expected<Value>
GraphBuilder::constant(const OperandDescriptor &descriptor,
                       ArrayRef<char> bytes) {
  if (llvm::Error error = checkOperands({}))
    return std::move(error);
  auto type = RankedTensorType::get(
      descriptor.shape, getElementType(context, descriptor.dataType));
  if (llvm::Error error = captureDiagnostics([&] {
        return checkOperand(loc, "constant", "descriptor", type,
                            DataTypeSet::allWith4Bit());
      }))
    return std::move(error);
  uint64_t expectedBytes =
      type.getNumElements() * getByteWidth(descriptor.dataType);
  if (bytes.size() != expectedBytes)
    return makeError("constant: the data has " + Twine(bytes.size()) +
                     " bytes but the descriptor needs " + Twine(expectedBytes));

  ElementsAttr value;
  if (bytes.size() <= kMaxInlineConstantBytes) {
    value = DenseElementsAttr::getFromRawBuffer(type, bytes);
  } else {
    // Weights go to the module's resource section: the blob keeps the raw
    // bytes, and the printed IR holds them once, in hex, not as decimals.
    std::string blobName = "constant_" + std::to_string(constantCount++);
    value = DenseResourceElementsAttr::get(
        type, blobName,
        HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes, alignof(double)));
  }
  return create<ConstantOp>({}, value);
}

//===----------------------------------------------------------------------===//
// Element-wise ops
//===----------------------------------------------------------------------===//

#define WEBNN_BUILD_BINARY(method, OpTy)                                       \
  llvm::Expected<Value> GraphBuilder::method(Value a, Value b) {               \
    return create<OpTy>({a, b}, a, b);                                         \
  }
WEBNN_BUILD_BINARY(add, AddOp)
WEBNN_BUILD_BINARY(sub, SubOp)
WEBNN_BUILD_BINARY(mul, MulOp)
WEBNN_BUILD_BINARY(div, DivOp)
WEBNN_BUILD_BINARY(max, MaxOp)
WEBNN_BUILD_BINARY(min, MinOp)
WEBNN_BUILD_BINARY(pow, PowOp)
WEBNN_BUILD_BINARY(matmul, MatmulOp)
WEBNN_BUILD_BINARY(equal, EqualOp)
WEBNN_BUILD_BINARY(notEqual, NotEqualOp)
WEBNN_BUILD_BINARY(greater, GreaterOp)
WEBNN_BUILD_BINARY(greaterOrEqual, GreaterOrEqualOp)
WEBNN_BUILD_BINARY(lesser, LesserOp)
WEBNN_BUILD_BINARY(lesserOrEqual, LesserOrEqualOp)
WEBNN_BUILD_BINARY(logicalAnd, LogicalAndOp)
WEBNN_BUILD_BINARY(logicalOr, LogicalOrOp)
WEBNN_BUILD_BINARY(logicalXor, LogicalXorOp)
WEBNN_BUILD_BINARY(prelu, PreluOp)
#undef WEBNN_BUILD_BINARY

#define WEBNN_BUILD_UNARY(method, OpTy)                                        \
  llvm::Expected<Value> GraphBuilder::method(Value input) {                    \
    return create<OpTy>({input}, input);                                       \
  }
WEBNN_BUILD_UNARY(abs, AbsOp)
WEBNN_BUILD_UNARY(neg, NegOp)
WEBNN_BUILD_UNARY(ceil, CeilOp)
WEBNN_BUILD_UNARY(floor, FloorOp)
WEBNN_BUILD_UNARY(exp, ExpOp)
WEBNN_BUILD_UNARY(log, LogOp)
WEBNN_BUILD_UNARY(sqrt, SqrtOp)
WEBNN_BUILD_UNARY(reciprocal, ReciprocalOp)
WEBNN_BUILD_UNARY(sigmoid, SigmoidOp)
WEBNN_BUILD_UNARY(tanh, TanhOp)
WEBNN_BUILD_UNARY(relu, ReluOp)
WEBNN_BUILD_UNARY(identity, IdentityOp)
WEBNN_BUILD_UNARY(cos, CosOp)
WEBNN_BUILD_UNARY(sin, SinOp)
WEBNN_BUILD_UNARY(tan, TanOp)
WEBNN_BUILD_UNARY(erf, ErfOp)
WEBNN_BUILD_UNARY(roundEven, RoundEvenOp)
WEBNN_BUILD_UNARY(sign, SignOp)
WEBNN_BUILD_UNARY(logicalNot, LogicalNotOp)
WEBNN_BUILD_UNARY(isNaN, IsNaNOp)
WEBNN_BUILD_UNARY(isInfinite, IsInfiniteOp)
WEBNN_BUILD_UNARY(gelu, GeluOp)
WEBNN_BUILD_UNARY(hardSwish, HardSwishOp)
WEBNN_BUILD_UNARY(softplus, SoftplusOp)
WEBNN_BUILD_UNARY(softsign, SoftsignOp)
#undef WEBNN_BUILD_UNARY

llvm::Expected<Value> GraphBuilder::leakyRelu(Value input,
                                              const LeakyReluOptions &options) {
  return create<LeakyReluOp>({input}, input,
                             builder.getF64FloatAttr(options.alpha));
}

llvm::Expected<Value> GraphBuilder::elu(Value input,
                                        const EluOptions &options) {
  return create<EluOp>({input}, input, builder.getF64FloatAttr(options.alpha));
}

llvm::Expected<Value>
GraphBuilder::hardSigmoid(Value input, const HardSigmoidOptions &options) {
  return create<HardSigmoidOp>({input}, input,
                               builder.getF64FloatAttr(options.alpha),
                               builder.getF64FloatAttr(options.beta));
}

llvm::Expected<Value> GraphBuilder::linear(Value input,
                                           const LinearOptions &options) {
  return create<LinearOp>({input}, input,
                          builder.getF64FloatAttr(options.alpha),
                          builder.getF64FloatAttr(options.beta));
}

llvm::Expected<Value> GraphBuilder::where(Value condition, Value trueValue,
                                          Value falseValue) {
  return create<WhereOp>({condition, trueValue, falseValue}, condition,
                         trueValue, falseValue);
}

llvm::Expected<Value> GraphBuilder::clamp(Value input,
                                          const ClampOptions &options) {
  auto bound = [&](std::optional<double> value) {
    return value ? builder.getF64FloatAttr(*value) : FloatAttr();
  };
  return create<ClampOp>({input}, input, bound(options.minValue),
                         bound(options.maxValue));
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

#define WEBNN_BUILD_REDUCTION(method, OpTy)                                    \
  llvm::Expected<Value> GraphBuilder::method(Value input,                      \
                                             const ReduceOptions &options) {   \
    DenseI64ArrayAttr axes;                                                    \
    if (options.axes)                                                          \
      axes = builder.getDenseI64ArrayAttr(*options.axes);                      \
    return create<OpTy>({input}, input, axes,                                  \
                        builder.getBoolAttr(options.keepDimensions));          \
  }
WEBNN_BUILD_REDUCTION(reduceL1, ReduceL1Op)
WEBNN_BUILD_REDUCTION(reduceL2, ReduceL2Op)
WEBNN_BUILD_REDUCTION(reduceLogSum, ReduceLogSumOp)
WEBNN_BUILD_REDUCTION(reduceLogSumExp, ReduceLogSumExpOp)
WEBNN_BUILD_REDUCTION(reduceMax, ReduceMaxOp)
WEBNN_BUILD_REDUCTION(reduceMean, ReduceMeanOp)
WEBNN_BUILD_REDUCTION(reduceMin, ReduceMinOp)
WEBNN_BUILD_REDUCTION(reduceProduct, ReduceProductOp)
WEBNN_BUILD_REDUCTION(reduceSum, ReduceSumOp)
WEBNN_BUILD_REDUCTION(reduceSumSquare, ReduceSumSquareOp)
#undef WEBNN_BUILD_REDUCTION

template <typename OpTy>
llvm::Expected<Value> GraphBuilder::argMinMax(StringRef op, Value input,
                                              int64_t axis,
                                              const ArgMinMaxOptions &options) {
  auto axisAttr = getI32Option(op, "axis", axis);
  if (!axisAttr)
    return axisAttr.takeError();
  return create<OpTy>(
      {input}, input, *axisAttr, builder.getBoolAttr(options.keepDimensions),
      TypeAttr::get(getElementType(context, options.outputDataType)));
}

llvm::Expected<Value> GraphBuilder::argMin(Value input, int64_t axis,
                                           const ArgMinMaxOptions &options) {
  return argMinMax<ArgMinOp>("argMin", input, axis, options);
}

llvm::Expected<Value> GraphBuilder::argMax(Value input, int64_t axis,
                                           const ArgMinMaxOptions &options) {
  return argMinMax<ArgMaxOp>("argMax", input, axis, options);
}

llvm::Expected<Value>
GraphBuilder::cumulativeSum(Value input, int64_t axis,
                            const CumulativeSumOptions &options) {
  auto axisAttr = getI32Option("cumulativeSum", "axis", axis);
  if (!axisAttr)
    return axisAttr.takeError();
  return create<CumulativeSumOp>({input}, input, *axisAttr,
                                 builder.getBoolAttr(options.exclusive),
                                 builder.getBoolAttr(options.reversed));
}

//===----------------------------------------------------------------------===//
// Gather and scatter
//===----------------------------------------------------------------------===//

llvm::Expected<Value> GraphBuilder::gather(Value input, Value indices,
                                           const GatherOptions &options) {
  auto axis = getI32Option("gather", "axis", options.axis);
  if (!axis)
    return axis.takeError();
  return create<GatherOp>({input, indices}, input, indices, *axis);
}

llvm::Expected<Value>
GraphBuilder::gatherElements(Value input, Value indices,
                             const GatherOptions &options) {
  auto axis = getI32Option("gatherElements", "axis", options.axis);
  if (!axis)
    return axis.takeError();
  return create<GatherElementsOp>({input, indices}, input, indices, *axis);
}

llvm::Expected<Value> GraphBuilder::gatherND(Value input, Value indices) {
  return create<GatherNDOp>({input, indices}, input, indices);
}

llvm::Expected<Value>
GraphBuilder::scatterElements(Value input, Value indices, Value updates,
                              const ScatterOptions &options) {
  auto axis = getI32Option("scatterElements", "axis", options.axis);
  if (!axis)
    return axis.takeError();
  return create<ScatterElementsOp>({input, indices, updates}, input, indices,
                                   updates, *axis);
}

llvm::Expected<Value> GraphBuilder::scatterND(Value input, Value indices,
                                              Value updates) {
  return create<ScatterNDOp>({input, indices, updates}, input, indices,
                             updates);
}

//===----------------------------------------------------------------------===//
// Shape and data movement
//===----------------------------------------------------------------------===//

llvm::Expected<Value> GraphBuilder::concat(ArrayRef<Value> inputs,
                                           int64_t axis) {
  auto axisAttr = getI32Option("concat", "axis", axis);
  if (!axisAttr)
    return axisAttr.takeError();
  return create<ConcatOp>(inputs, ValueRange(inputs), *axisAttr);
}

llvm::Expected<Value> GraphBuilder::reshape(Value input,
                                            ArrayRef<int64_t> newShape) {
  return create<ReshapeOp>({input}, input,
                           builder.getDenseI64ArrayAttr(newShape));
}

llvm::Expected<Value> GraphBuilder::transpose(Value input,
                                              const TransposeOptions &options) {
  return create<TransposeOp>({input}, input,
                             getListOption(builder, options.permutation));
}

llvm::Expected<Value> GraphBuilder::slice(Value input, ArrayRef<int64_t> starts,
                                          ArrayRef<int64_t> sizes,
                                          const SliceOptions &options) {
  DenseI64ArrayAttr strides;
  if (options.strides)
    strides = builder.getDenseI64ArrayAttr(*options.strides);
  return create<SliceOp>({input}, input, builder.getDenseI64ArrayAttr(starts),
                         builder.getDenseI64ArrayAttr(sizes), strides);
}

llvm::Expected<Value> GraphBuilder::expand(Value input,
                                           ArrayRef<int64_t> newShape) {
  return create<ExpandOp>({input}, input,
                          builder.getDenseI64ArrayAttr(newShape));
}

llvm::Expected<Value> GraphBuilder::cast(Value input, DataType dataType) {
  return create<CastOp>({input}, input,
                        TypeAttr::get(getElementType(context, dataType)));
}

llvm::Expected<SmallVector<Value>>
GraphBuilder::split(Value input, ArrayRef<int64_t> sizes,
                    const SplitOptions &options) {
  auto axis = getI32Option("split", "axis", options.axis);
  if (!axis)
    return axis.takeError();
  llvm::Expected<Operation *> op = createOp<SplitOp>(
      {input}, input, builder.getDenseI64ArrayAttr(sizes), *axis);
  if (!op)
    return op.takeError();
  return SmallVector<Value>((*op)->getResults());
}

llvm::Expected<SmallVector<Value>>
GraphBuilder::split(Value input, int64_t count, const SplitOptions &options) {
  // The count becomes equal sizes; the checks the spec makes on a count
  // come first, with its words.
  if (llvm::Error error = checkOperands({input}))
    return std::move(error);
  auto type = dyn_cast<RankedTensorType>(input.getType());
  if (!type || options.axis < 0 || options.axis >= type.getRank())
    return split(input, ArrayRef<int64_t>{count}, options);
  int64_t dim = type.getDimSize(options.axis);
  if (count < 1 || count > 8192)
    return makeError("split: splits (" + Twine(count) +
                     ") must be a count between 1 and 8192");
  if (dim % count != 0)
    return makeError("split: dimension " + Twine(options.axis) + " (" +
                     Twine(dim) + ") does not divide into " + Twine(count) +
                     " equal pieces");
  return split(input, SmallVector<int64_t>(count, dim / count), options);
}

llvm::Expected<Value> GraphBuilder::reverse(Value input,
                                            const ReverseOptions &options) {
  DenseI64ArrayAttr axes;
  if (options.axes)
    axes = builder.getDenseI64ArrayAttr(*options.axes);
  return create<ReverseOp>({input}, input, axes);
}

llvm::Expected<Value> GraphBuilder::tile(Value input,
                                         ArrayRef<int64_t> repetitions) {
  return create<TileOp>({input}, input,
                        builder.getDenseI64ArrayAttr(repetitions));
}

llvm::Expected<Value>
GraphBuilder::triangular(Value input, const TriangularOptions &options) {
  return create<TriangularOp>({input}, input,
                              builder.getBoolAttr(options.upper),
                              builder.getI64IntegerAttr(options.diagonal));
}

llvm::Expected<Value> GraphBuilder::pad(Value input,
                                        ArrayRef<int64_t> beginningPadding,
                                        ArrayRef<int64_t> endingPadding,
                                        const PadOptions &options) {
  return create<PadOp>({input}, input,
                       builder.getDenseI64ArrayAttr(beginningPadding),
                       builder.getDenseI64ArrayAttr(endingPadding),
                       PaddingModeAttr::get(context, options.mode),
                       builder.getF64FloatAttr(options.value));
}

//===----------------------------------------------------------------------===//
// Linear algebra
//===----------------------------------------------------------------------===//

llvm::Expected<Value> GraphBuilder::gemm(Value a, Value b,
                                         const GemmOptions &options) {
  return create<GemmOp>({a, b, options.c}, a, b, options.c,
                        builder.getF64FloatAttr(options.alpha),
                        builder.getF64FloatAttr(options.beta),
                        builder.getBoolAttr(options.aTranspose),
                        builder.getBoolAttr(options.bTranspose));
}

//===----------------------------------------------------------------------===//
// Convolution and pooling
//===----------------------------------------------------------------------===//

llvm::Expected<Value> GraphBuilder::conv2d(Value input, Value filter,
                                           const Conv2dOptions &options) {
  auto groups = getI32Option("conv2d", "groups", options.groups);
  if (!groups)
    return groups.takeError();
  return create<Conv2dOp>({input, filter, options.bias}, input, filter,
                          options.bias, getListOption(builder, options.padding),
                          getListOption(builder, options.strides),
                          getListOption(builder, options.dilations), *groups,
                          InputLayoutAttr::get(context, options.inputLayout),
                          FilterLayoutAttr::get(context, options.filterLayout));
}

llvm::Expected<Value>
GraphBuilder::convTranspose2d(Value input, Value filter,
                              const ConvTranspose2dOptions &options) {
  auto groups = getI32Option("convTranspose2d", "groups", options.groups);
  if (!groups)
    return groups.takeError();
  return create<ConvTranspose2dOp>(
      {input, filter, options.bias}, input, filter, options.bias,
      getListOption(builder, options.padding),
      getListOption(builder, options.strides),
      getListOption(builder, options.dilations),
      getListOption(builder, options.outputPadding),
      getListOption(builder, options.outputSizes), *groups,
      InputLayoutAttr::get(context, options.inputLayout),
      ConvTranspose2dFilterLayoutAttr::get(context, options.filterLayout));
}

llvm::Expected<Value> GraphBuilder::quantizeLinear(Value input, Value scale,
                                                   Value zeroPoint) {
  return create<QuantizeLinearOp>({input, scale, zeroPoint}, input, scale,
                                  zeroPoint);
}

llvm::Expected<Value> GraphBuilder::dequantizeLinear(Value input, Value scale,
                                                     Value zeroPoint) {
  return create<DequantizeLinearOp>({input, scale, zeroPoint}, input, scale,
                                    zeroPoint);
}

llvm::Expected<Value>
GraphBuilder::resample2d(Value input, const Resample2dOptions &options) {
  DenseF32ArrayAttr scales;
  if (options.scales)
    scales = builder.getDenseF32ArrayAttr(*options.scales);
  return create<Resample2dOp>({input}, input,
                              InterpolationModeAttr::get(context, options.mode),
                              scales, getListOption(builder, options.sizes),
                              getListOption(builder, options.axes));
}

template <typename OpTy>
llvm::Expected<Value> GraphBuilder::pool2d(Value input,
                                           const Pool2dOptions &options) {
  return create<OpTy>(
      {input}, input, getListOption(builder, options.windowDimensions),
      getListOption(builder, options.padding),
      getListOption(builder, options.strides),
      getListOption(builder, options.dilations),
      InputLayoutAttr::get(context, options.layout),
      RoundingTypeAttr::get(context, options.outputShapeRounding),
      getListOption(builder, options.outputSizes));
}

#define WEBNN_BUILD_POOL(method, OpTy)                                         \
  llvm::Expected<Value> GraphBuilder::method(Value input,                      \
                                             const Pool2dOptions &options) {   \
    return pool2d<OpTy>(input, options);                                       \
  }
WEBNN_BUILD_POOL(averagePool2d, AveragePool2dOp)
WEBNN_BUILD_POOL(l2Pool2d, L2Pool2dOp)
WEBNN_BUILD_POOL(maxPool2d, MaxPool2dOp)
#undef WEBNN_BUILD_POOL

//===----------------------------------------------------------------------===//
// Normalization
//===----------------------------------------------------------------------===//

llvm::Expected<Value>
GraphBuilder::batchNormalization(Value input, Value mean, Value variance,
                                 const BatchNormalizationOptions &options) {
  auto axis = getI32Option("batchNormalization", "axis", options.axis);
  if (!axis)
    return axis.takeError();
  return create<BatchNormalizationOp>(
      {input, mean, variance, options.scale, options.bias}, input, mean,
      variance, options.scale, options.bias, *axis,
      builder.getF64FloatAttr(options.epsilon));
}

llvm::Expected<Value> GraphBuilder::instanceNormalization(
    Value input, const InstanceNormalizationOptions &options) {
  return create<InstanceNormalizationOp>(
      {input, options.scale, options.bias}, input, options.scale, options.bias,
      builder.getF64FloatAttr(options.epsilon),
      InputLayoutAttr::get(builder.getContext(), options.layout));
}

llvm::Expected<Value>
GraphBuilder::layerNormalization(Value input,
                                 const LayerNormalizationOptions &options) {
  DenseI64ArrayAttr axes;
  if (options.axes)
    axes = builder.getDenseI64ArrayAttr(*options.axes);
  return create<LayerNormalizationOp>({input, options.scale, options.bias},
                                      input, options.scale, options.bias, axes,
                                      builder.getF64FloatAttr(options.epsilon));
}

llvm::Expected<Value> GraphBuilder::softmax(Value input, int64_t axis) {
  auto axisAttr = getI32Option("softmax", "axis", axis);
  if (!axisAttr)
    return axisAttr.takeError();
  return create<SoftmaxOp>({input}, input, *axisAttr);
}

//===----------------------------------------------------------------------===//
// build
//===----------------------------------------------------------------------===//

llvm::Expected<OwningOpRef<ModuleOp>>
GraphBuilder::build(ArrayRef<std::pair<std::string, Value>> outputs) {
  SmallVector<Value> values;
  for (const auto &output : outputs)
    values.push_back(output.second);
  if (llvm::Error error = checkOperands(values))
    return std::move(error);
  if (outputs.empty())
    return makeError("build: a graph needs at least one output");
  llvm::StringSet<> names;
  for (const auto &[name, value] : outputs) {
    if (name.empty())
      return makeError("build: an output name must not be empty");
    if (!names.insert(name).second)
      return makeError("build: the output name '" + name + "' is used twice");
    if (!value)
      return makeError("build: output '" + name + "' has no operand");
    if (isa<BlockArgument>(value) || value.getDefiningOp<ConstantOp>())
      return makeError("build: output '" + name +
                       "' is an input or a constant, not computed");
  }
  func::ReturnOp::create(builder, loc, values);
  graph.setFunctionType(builder.getFunctionType(
      graph.getFunctionType().getInputs(), ValueRange(values).getTypes()));
  // The names are set once the signature is final: the argument and result
  // attribute arrays must match the function type.
  for (auto [index, name] : llvm::enumerate(inputNames))
    graph.setArgAttr(index, "webnn.name", builder.getStringAttr(name));
  for (auto [index, output] : llvm::enumerate(outputs))
    graph.setResultAttr(index, "webnn.name",
                        builder.getStringAttr(output.first));
  built = true;
  return std::move(module);
}
