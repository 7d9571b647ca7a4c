//===- BuilderFuzzer.cpp - libFuzzer target: GraphBuilder call sequences --===//
//
// The surface a browser exposes: bytes become a sequence of GraphBuilder
// calls (inputs, constants, any op with any operands and options, valid or
// not). Every call returns a value or an error. When the graph builds and
// is small, it is compiled (cpu or reference pipeline) and run on inputs
// taken from the remaining bytes. Nothing may crash, read or write out of
// bounds, or allocate without bound.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Builder/GraphBuilder.h"
#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "WebNN/Runtime/Executable.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace mlir;
using namespace mlir::webnn;

namespace {

/// Graphs whose tensors hold more elements than this are built but not
/// compiled: running them would measure speed, not check safety.
constexpr int64_t kMaxRunElements = 4096;

class CallSequence {
public:
  CallSequence(FuzzedDataProvider &bytes, GraphBuilder &builder)
      : bytes(bytes), builder(builder) {}

  /// Makes 1 to 3 inputs, up to 2 constants and up to 12 ops.
  void run() {
    int inputs = bytes.ConsumeIntegralInRange(1, 3);
    for (int i = 0; i < inputs; ++i)
      keep(builder.input("input" + std::to_string(i), pickDescriptor()));
    int constants = bytes.ConsumeIntegralInRange(0, 2);
    for (int i = 0; i < constants; ++i)
      makeConstant();
    int ops = bytes.ConsumeIntegralInRange(1, 12);
    for (int i = 0; i < ops && !values.empty(); ++i)
      keep(makeOp());
  }

  ArrayRef<Value> getValues() const { return values; }

private:
  void keep(llvm::Expected<Value> value) {
    if (value)
      values.push_back(*value);
    else
      llvm::consumeError(value.takeError());
  }

  /// Mostly small dimensions, sometimes one the spec or the memory rules
  /// out.
  int64_t pickDimension() {
    static constexpr int64_t kAbsurd[] = {0,
                                          -1,
                                          kMaxDimension,
                                          kMaxDimension + 1,
                                          int64_t(1) << 40,
                                          int64_t(1) << 62};
    if (bytes.ConsumeIntegralInRange(0, 15) == 0)
      return kAbsurd[bytes.ConsumeIntegralInRange<size_t>(
          0, std::size(kAbsurd) - 1)];
    return bytes.ConsumeIntegralInRange<int64_t>(1, 5);
  }

  SmallVector<int64_t> pickList(size_t maxLength) {
    SmallVector<int64_t> list(
        bytes.ConsumeIntegralInRange<size_t>(0, maxLength));
    for (int64_t &element : list)
      element = bytes.ConsumeIntegralInRange(0, 7) == 0
                    ? pickDimension()
                    : bytes.ConsumeIntegralInRange<int64_t>(-1, 4);
    return list;
  }

  template <size_t N>
  std::optional<SmallVector<int64_t, N>> pickOptionalList() {
    if (bytes.ConsumeBool())
      return std::nullopt;
    // Usually the right length, sometimes not.
    size_t length = bytes.ConsumeIntegralInRange(0, 3) == 0
                        ? bytes.ConsumeIntegralInRange<size_t>(0, N + 1)
                        : N;
    SmallVector<int64_t, N> list(length);
    for (int64_t &element : list)
      element = bytes.ConsumeIntegralInRange(0, 7) == 0
                    ? pickDimension()
                    : bytes.ConsumeIntegralInRange<int64_t>(0, 3);
    return list;
  }

  DataType pickDataType() {
    return kAllDataTypes[bytes.ConsumeIntegralInRange<size_t>(
        0, std::size(kAllDataTypes) - 1)];
  }

  OperandDescriptor pickDescriptor() {
    OperandDescriptor descriptor;
    descriptor.dataType = pickDataType();
    int rank = bytes.ConsumeIntegralInRange(0, 5);
    for (int i = 0; i < rank; ++i)
      descriptor.shape.push_back(pickDimension());
    return descriptor;
  }

  /// A constant whose bytes come from the input: sometimes too few or too
  /// many for its shape.
  void makeConstant() {
    OperandDescriptor descriptor = pickDescriptor();
    size_t length = bytes.ConsumeIntegralInRange<size_t>(0, 256);
    std::vector<char> data = bytes.ConsumeBytes<char>(length);
    keep(builder.constant(descriptor, ArrayRef<char>(data)));
  }

  Value pickValue() {
    return values[bytes.ConsumeIntegralInRange<size_t>(0, values.size() - 1)];
  }

  /// An operand that may be absent (null), as optional operands are.
  Value pickOptionalValue() {
    return bytes.ConsumeBool() ? pickValue() : Value();
  }

  template <typename Enum> Enum pickEnum(unsigned count) {
    return static_cast<Enum>(
        bytes.ConsumeIntegralInRange<unsigned>(0, count - 1));
  }

  Pool2dOptions pickPoolOptions() {
    Pool2dOptions options;
    options.windowDimensions = pickOptionalList<2>();
    options.padding = pickOptionalList<4>();
    options.strides = pickOptionalList<2>();
    options.dilations = pickOptionalList<2>();
    options.layout = pickEnum<InputLayout>(2);
    options.outputShapeRounding = pickEnum<RoundingType>(2);
    if (bytes.ConsumeBool())
      options.outputSizes = pickOptionalList<2>();
    return options;
  }

  /// Axes usually in range, sometimes absent (every dimension) or empty.
  ReduceOptions pickReduceOptions() {
    ReduceOptions options;
    if (bytes.ConsumeBool())
      options.axes = pickList(4);
    options.keepDimensions = bytes.ConsumeBool();
    return options;
  }

  ArgMinMaxOptions pickArgMinMaxOptions() {
    ArgMinMaxOptions options;
    options.keepDimensions = bytes.ConsumeBool();
    // Any data type: only int32 and int64 are accepted.
    options.outputDataType = pickDataType();
    return options;
  }

  llvm::Expected<Value> makeOp() {
    enum Kind {
      Add,
      Sub,
      Mul,
      Div,
      Max,
      Min,
      Pow,
      Abs,
      Neg,
      Ceil,
      Floor,
      Exp,
      Log,
      Sqrt,
      Reciprocal,
      Sigmoid,
      Tanh,
      Relu,
      Identity,
      LeakyRelu,
      Clamp,
      Concat,
      Reshape,
      Transpose,
      Matmul,
      Gemm,
      Conv2d,
      ConvTranspose2d,
      AveragePool2d,
      L2Pool2d,
      MaxPool2d,
      BatchNormalization,
      InstanceNormalization,
      LayerNormalization,
      Softmax,
      Cos,
      Sin,
      Tan,
      Erf,
      RoundEven,
      Sign,
      Equal,
      NotEqual,
      Greater,
      GreaterOrEqual,
      Lesser,
      LesserOrEqual,
      LogicalAnd,
      LogicalOr,
      LogicalXor,
      LogicalNot,
      IsNaN,
      IsInfinite,
      Where,
      Elu,
      Gelu,
      HardSigmoid,
      HardSwish,
      Linear,
      Prelu,
      Softplus,
      Softsign,
      ReduceL1,
      ReduceL2,
      ReduceLogSum,
      ReduceLogSumExp,
      ReduceMax,
      ReduceMean,
      ReduceMin,
      ReduceProduct,
      ReduceSum,
      ReduceSumSquare,
      ArgMin,
      ArgMax,
      CumulativeSum,
      Gather,
      GatherElements,
      GatherND,
      ScatterElements,
      ScatterND,
      Slice,
      Expand,
      Reverse,
      Tile,
      Triangular,
      Pad,
      Cast,
      Split,
      Resample2d,
      QuantizeLinear,
      DequantizeLinear,
      kKindCount
    };
    switch (pickEnum<Kind>(kKindCount)) {
    case Add:
      return builder.add(pickValue(), pickValue());
    case Sub:
      return builder.sub(pickValue(), pickValue());
    case Mul:
      return builder.mul(pickValue(), pickValue());
    case Div:
      return builder.div(pickValue(), pickValue());
    case Max:
      return builder.max(pickValue(), pickValue());
    case Min:
      return builder.min(pickValue(), pickValue());
    case Pow:
      return builder.pow(pickValue(), pickValue());
    case Abs:
      return builder.abs(pickValue());
    case Neg:
      return builder.neg(pickValue());
    case Ceil:
      return builder.ceil(pickValue());
    case Floor:
      return builder.floor(pickValue());
    case Exp:
      return builder.exp(pickValue());
    case Log:
      return builder.log(pickValue());
    case Sqrt:
      return builder.sqrt(pickValue());
    case Reciprocal:
      return builder.reciprocal(pickValue());
    case Sigmoid:
      return builder.sigmoid(pickValue());
    case Tanh:
      return builder.tanh(pickValue());
    case Relu:
      return builder.relu(pickValue());
    case Identity:
      return builder.identity(pickValue());
    case LeakyRelu:
      return builder.leakyRelu(pickValue(),
                               {bytes.ConsumeFloatingPoint<double>()});
    case Clamp: {
      ClampOptions options;
      if (bytes.ConsumeBool())
        options.minValue = bytes.ConsumeFloatingPoint<double>();
      if (bytes.ConsumeBool())
        options.maxValue = bytes.ConsumeFloatingPoint<double>();
      return builder.clamp(pickValue(), options);
    }
    case Concat: {
      SmallVector<Value> inputs(bytes.ConsumeIntegralInRange(0, 4));
      for (Value &input : inputs)
        input = pickValue();
      return builder.concat(inputs,
                            bytes.ConsumeIntegralInRange<int64_t>(-2, 5));
    }
    case Reshape:
      return builder.reshape(pickValue(), pickList(6));
    case Transpose: {
      TransposeOptions options;
      if (bytes.ConsumeBool())
        options.permutation = pickList(6);
      return builder.transpose(pickValue(), options);
    }
    case Matmul:
      return builder.matmul(pickValue(), pickValue());
    case Gemm: {
      GemmOptions options;
      options.c = pickOptionalValue();
      options.alpha = bytes.ConsumeFloatingPoint<double>();
      options.beta = bytes.ConsumeFloatingPoint<double>();
      options.aTranspose = bytes.ConsumeBool();
      options.bTranspose = bytes.ConsumeBool();
      return builder.gemm(pickValue(), pickValue(), options);
    }
    case Conv2d: {
      Conv2dOptions options;
      options.padding = pickOptionalList<4>();
      options.strides = pickOptionalList<2>();
      options.dilations = pickOptionalList<2>();
      options.groups = bytes.ConsumeIntegralInRange(0, 7) == 0
                           ? pickDimension()
                           : bytes.ConsumeIntegralInRange<int64_t>(1, 3);
      options.inputLayout = pickEnum<InputLayout>(2);
      options.filterLayout = pickEnum<FilterLayout>(4);
      options.bias = pickOptionalValue();
      return builder.conv2d(pickValue(), pickValue(), options);
    }
    case ConvTranspose2d: {
      ConvTranspose2dOptions options;
      options.padding = pickOptionalList<4>();
      options.strides = pickOptionalList<2>();
      options.dilations = pickOptionalList<2>();
      options.outputPadding = pickOptionalList<2>();
      options.outputSizes = pickOptionalList<2>();
      options.groups = bytes.ConsumeIntegralInRange(0, 7) == 0
                           ? pickDimension()
                           : bytes.ConsumeIntegralInRange<int64_t>(1, 3);
      options.inputLayout = pickEnum<InputLayout>(2);
      options.filterLayout = pickEnum<ConvTranspose2dFilterLayout>(3);
      options.bias = pickOptionalValue();
      return builder.convTranspose2d(pickValue(), pickValue(), options);
    }
    case AveragePool2d:
      return builder.averagePool2d(pickValue(), pickPoolOptions());
    case L2Pool2d:
      return builder.l2Pool2d(pickValue(), pickPoolOptions());
    case MaxPool2d:
      return builder.maxPool2d(pickValue(), pickPoolOptions());
    case BatchNormalization: {
      BatchNormalizationOptions options;
      options.scale = pickOptionalValue();
      options.bias = pickOptionalValue();
      options.axis = bytes.ConsumeIntegralInRange<int64_t>(-1, 5);
      options.epsilon = bytes.ConsumeFloatingPoint<double>();
      return builder.batchNormalization(pickValue(), pickValue(), pickValue(),
                                        options);
    }
    case InstanceNormalization: {
      InstanceNormalizationOptions options;
      options.scale = pickOptionalValue();
      options.bias = pickOptionalValue();
      options.epsilon = bytes.ConsumeFloatingPoint<double>();
      options.layout =
          bytes.ConsumeBool() ? InputLayout::nchw : InputLayout::nhwc;
      return builder.instanceNormalization(pickValue(), options);
    }
    case LayerNormalization: {
      LayerNormalizationOptions options;
      options.scale = pickOptionalValue();
      options.bias = pickOptionalValue();
      if (bytes.ConsumeBool())
        options.axes = pickList(4);
      options.epsilon = bytes.ConsumeFloatingPoint<double>();
      return builder.layerNormalization(pickValue(), options);
    }
    case Softmax:
      return builder.softmax(pickValue(),
                             bytes.ConsumeIntegralInRange<int64_t>(-2, 5));
    case Cos:
      return builder.cos(pickValue());
    case Sin:
      return builder.sin(pickValue());
    case Tan:
      return builder.tan(pickValue());
    case Erf:
      return builder.erf(pickValue());
    case RoundEven:
      return builder.roundEven(pickValue());
    case Sign:
      return builder.sign(pickValue());
    case Equal:
      return builder.equal(pickValue(), pickValue());
    case NotEqual:
      return builder.notEqual(pickValue(), pickValue());
    case Greater:
      return builder.greater(pickValue(), pickValue());
    case GreaterOrEqual:
      return builder.greaterOrEqual(pickValue(), pickValue());
    case Lesser:
      return builder.lesser(pickValue(), pickValue());
    case LesserOrEqual:
      return builder.lesserOrEqual(pickValue(), pickValue());
    case LogicalAnd:
      return builder.logicalAnd(pickValue(), pickValue());
    case LogicalOr:
      return builder.logicalOr(pickValue(), pickValue());
    case LogicalXor:
      return builder.logicalXor(pickValue(), pickValue());
    case LogicalNot:
      return builder.logicalNot(pickValue());
    case IsNaN:
      return builder.isNaN(pickValue());
    case IsInfinite:
      return builder.isInfinite(pickValue());
    case Where:
      return builder.where(pickValue(), pickValue(), pickValue());
    case Elu:
      return builder.elu(pickValue(), {bytes.ConsumeFloatingPoint<double>()});
    case Gelu:
      return builder.gelu(pickValue());
    case HardSigmoid: {
      HardSigmoidOptions options;
      options.alpha = bytes.ConsumeFloatingPoint<double>();
      options.beta = bytes.ConsumeFloatingPoint<double>();
      return builder.hardSigmoid(pickValue(), options);
    }
    case HardSwish:
      return builder.hardSwish(pickValue());
    case Linear: {
      LinearOptions options;
      options.alpha = bytes.ConsumeFloatingPoint<double>();
      options.beta = bytes.ConsumeFloatingPoint<double>();
      return builder.linear(pickValue(), options);
    }
    case Prelu:
      return builder.prelu(pickValue(), pickValue());
    case Softplus:
      return builder.softplus(pickValue());
    case Softsign:
      return builder.softsign(pickValue());
    case ReduceL1:
      return builder.reduceL1(pickValue(), pickReduceOptions());
    case ReduceL2:
      return builder.reduceL2(pickValue(), pickReduceOptions());
    case ReduceLogSum:
      return builder.reduceLogSum(pickValue(), pickReduceOptions());
    case ReduceLogSumExp:
      return builder.reduceLogSumExp(pickValue(), pickReduceOptions());
    case ReduceMax:
      return builder.reduceMax(pickValue(), pickReduceOptions());
    case ReduceMean:
      return builder.reduceMean(pickValue(), pickReduceOptions());
    case ReduceMin:
      return builder.reduceMin(pickValue(), pickReduceOptions());
    case ReduceProduct:
      return builder.reduceProduct(pickValue(), pickReduceOptions());
    case ReduceSum:
      return builder.reduceSum(pickValue(), pickReduceOptions());
    case ReduceSumSquare:
      return builder.reduceSumSquare(pickValue(), pickReduceOptions());
    case ArgMin: {
      Value input = pickValue();
      int64_t axis = bytes.ConsumeIntegralInRange<int64_t>(-2, 5);
      return builder.argMin(input, axis, pickArgMinMaxOptions());
    }
    case ArgMax: {
      Value input = pickValue();
      int64_t axis = bytes.ConsumeIntegralInRange<int64_t>(-2, 5);
      return builder.argMax(input, axis, pickArgMinMaxOptions());
    }
    case CumulativeSum: {
      Value input = pickValue();
      int64_t axis = bytes.ConsumeIntegralInRange<int64_t>(-2, 5);
      CumulativeSumOptions options;
      options.exclusive = bytes.ConsumeBool();
      options.reversed = bytes.ConsumeBool();
      return builder.cumulativeSum(input, axis, options);
    }
    case Gather: {
      GatherOptions options;
      options.axis = bytes.ConsumeIntegralInRange<int64_t>(-2, 5);
      return builder.gather(pickValue(), pickValue(), options);
    }
    case GatherElements: {
      GatherOptions options;
      options.axis = bytes.ConsumeIntegralInRange<int64_t>(-2, 5);
      return builder.gatherElements(pickValue(), pickValue(), options);
    }
    case GatherND:
      return builder.gatherND(pickValue(), pickValue());
    case ScatterElements: {
      ScatterOptions options;
      options.axis = bytes.ConsumeIntegralInRange<int64_t>(-2, 5);
      return builder.scatterElements(pickValue(), pickValue(), pickValue(),
                                     options);
    }
    case ScatterND:
      return builder.scatterND(pickValue(), pickValue(), pickValue());
    case Slice: {
      SliceOptions options;
      if (bytes.ConsumeBool())
        options.strides = pickList(6);
      return builder.slice(pickValue(), pickList(6), pickList(6), options);
    }
    case Expand:
      return builder.expand(pickValue(), pickList(6));
    case Reverse: {
      ReverseOptions options;
      if (bytes.ConsumeBool())
        options.axes = pickList(6);
      return builder.reverse(pickValue(), options);
    }
    case Tile:
      return builder.tile(pickValue(), pickList(6));
    case Triangular: {
      TriangularOptions options;
      options.upper = bytes.ConsumeBool();
      options.diagonal = bytes.ConsumeIntegral<int64_t>();
      return builder.triangular(pickValue(), options);
    }
    case Pad: {
      PadOptions options;
      options.mode = pickEnum<PaddingMode>(3);
      options.value = bytes.ConsumeFloatingPoint<double>();
      return builder.pad(pickValue(), pickList(6), pickList(6), options);
    }
    case Cast:
      return builder.cast(pickValue(), pickDataType());
    case Split: {
      SplitOptions options;
      options.axis = bytes.ConsumeIntegralInRange<int64_t>(-2, 5);
      auto pieces =
          bytes.ConsumeBool()
              ? builder.split(pickValue(), pickList(6), options)
              : builder.split(pickValue(),
                              bytes.ConsumeIntegralInRange<int64_t>(-1, 9000),
                              options);
      if (!pieces)
        return pieces.takeError();
      // The pieces after the first become operands of later ops too.
      for (Value piece : ArrayRef<Value>(*pieces).drop_front())
        values.push_back(piece);
      return pieces->front();
    }
    case Resample2d: {
      Resample2dOptions options;
      options.mode = pickEnum<InterpolationMode>(2);
      if (bytes.ConsumeBool())
        options.scales =
            SmallVector<float, 2>{bytes.ConsumeFloatingPoint<float>(),
                                  bytes.ConsumeFloatingPoint<float>()};
      options.sizes = pickOptionalList<2>();
      options.axes = pickOptionalList<2>();
      return builder.resample2d(pickValue(), options);
    }
    case QuantizeLinear:
      return builder.quantizeLinear(pickValue(), pickValue(), pickValue());
    case DequantizeLinear:
      return builder.dequantizeLinear(pickValue(), pickValue(), pickValue());
    case kKindCount:
      break;
    }
    llvm_unreachable("pickEnum returns a kind below kKindCount");
  }

  FuzzedDataProvider &bytes;
  GraphBuilder &builder;
  SmallVector<Value> values;
};

int64_t countElements(ArrayRef<int64_t> shape) {
  int64_t count = 1;
  for (int64_t dimension : shape)
    if (dimension <= 0 || llvm::MulOverflow(count, dimension, count))
      return -1;
  return count;
}

bool isSmall(ArrayRef<TensorDescriptor> tensors) {
  return llvm::all_of(tensors, [](const TensorDescriptor &tensor) {
    int64_t count = countElements(tensor.shape);
    return count >= 0 && count <= kMaxRunElements;
  });
}

/// Compiles the graph and runs it once on inputs from the remaining bytes.
void compileAndRun(ModuleOp module, FuzzedDataProvider &bytes) {
  CompileOptions options;
  options.pipeline = bytes.ConsumeBool() ? "cpu" : "reference";
  options.fusionLabels = bytes.ConsumeBool();
  auto executable = Executable::compile(module, "", options);
  if (!executable) {
    // A graph the builder accepted must compile.
    llvm::errs() << llvm::toString(executable.takeError()) << "\n";
    std::abort();
  }
  if (!isSmall((*executable)->getInputs()) ||
      !isSmall((*executable)->getOutputs()))
    return;
  SmallVector<HostTensor> inputs;
  for (const TensorDescriptor &descriptor : (*executable)->getInputs()) {
    HostTensor tensor(descriptor.dataType, descriptor.shape);
    for (int64_t i = 0, e = tensor.getNumElements(); i < e; ++i)
      tensor.setFromDouble(i, bytes.ConsumeFloatingPointInRange<double>(-8, 8));
    inputs.push_back(std::move(tensor));
  }
  auto outputs = (*executable)->run(inputs);
  if (!outputs)
    llvm::consumeError(outputs.takeError());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FuzzedDataProvider bytes(data, size);
  MLIRContext context;
  context.disableMultithreading();
  ScopedDiagnosticHandler quiet(&context,
                                [](Diagnostic &) { return success(); });
  GraphBuilder builder(&context);
  CallSequence calls(bytes, builder);
  calls.run();

  // The last one or two values are the outputs.
  ArrayRef<Value> values = calls.getValues();
  SmallVector<std::pair<std::string, Value>> outputs;
  for (size_t i = values.size() > 2 ? values.size() - 2 : 0; i < values.size();
       ++i)
    outputs.push_back({"output" + std::to_string(i), values[i]});
  auto module = builder.build(outputs);
  if (!module) {
    llvm::consumeError(module.takeError());
    return 0;
  }
  // Only graphs whose every tensor is small are compiled: an input or
  // output's size alone says nothing of the intermediates, so check them
  // all.
  bool small = true;
  (*module)->walk([&](Operation *op) {
    for (Type type : op->getResultTypes())
      if (auto tensor = dyn_cast<RankedTensorType>(type)) {
        int64_t count = countElements(tensor.getShape());
        small &= count >= 0 && count <= kMaxRunElements;
      }
  });
  // To see the graph of a finding: BUILDER_FUZZER_PRINT=1 BuilderFuzzer
  // crash-file.
  if (std::getenv("BUILDER_FUZZER_PRINT"))
    (*module)->print(llvm::errs());
  if (small)
    compileAndRun(**module, bytes);
  return 0;
}
