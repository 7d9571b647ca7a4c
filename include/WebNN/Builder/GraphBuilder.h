//===- GraphBuilder.h - An MLGraphBuilder for webnn IR ----------*- C++ -*-===//
//
// A C++ counterpart of the spec's MLGraphBuilder: `input`, `constant`, one
// method per op taking the spec's options struct, and `build`. It creates
// webnn IR in a `func.func` and checks every call with the same shape
// functions as the ops' verifiers. A call that the spec would reject returns
// an llvm::Error holding the diagnostic, never asserts.
//
//   GraphBuilder builder(&context);
//   Value x = cantFail(builder.input("x", {DataType::Float32, {1, 3, 8, 8}}));
//   Value w = cantFail(builder.constant({DataType::Float32, {4, 3, 3, 3}},
//                                       ArrayRef<float>(weights)));
//   Value y = cantFail(builder.conv2d(x, w, {}));
//   OwningOpRef<ModuleOp> module = cantFail(builder.build({{"y", y}}));
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_BUILDER_GRAPHBUILDER_H
#define WEBNN_BUILDER_GRAPHBUILDER_H

#include "WebNN/Dialect/WebNN/IR/DataType.h"
#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

namespace mlir::webnn {

/// MLOperandDescriptor.
struct OperandDescriptor {
  DataType dataType = DataType::Float32;
  SmallVector<int64_t> shape;
};

/// MLConv2dOptions.
struct Conv2dOptions : Conv2dAttrs {
  Value bias;
};
/// MLGemmOptions.
struct GemmOptions : GemmAttrs {
  Value c;
};
/// MLBatchNormalizationOptions.
struct BatchNormalizationOptions : BatchNormalizationAttrs {
  Value scale;
  Value bias;
};
/// MLConvTranspose2dOptions.
struct ConvTranspose2dOptions : ConvTranspose2dAttrs {
  Value bias;
};
/// MLInstanceNormalizationOptions.
struct InstanceNormalizationOptions : InstanceNormalizationAttrs {
  Value scale;
  Value bias;
};
/// MLLayerNormalizationOptions: absent axes are every dimension but the
/// first.
struct LayerNormalizationOptions : LayerNormalizationAttrs {
  Value scale;
  Value bias;
};
/// MLPool2dOptions.
using Pool2dOptions = Pool2dAttrs;
/// MLResample2dOptions.
using Resample2dOptions = Resample2dAttrs;
/// MLClampOptions.
using ClampOptions = ClampAttrs;
/// MLLeakyReluOptions.
struct LeakyReluOptions {
  double alpha = 0.01;
};
/// MLEluOptions.
struct EluOptions {
  double alpha = 1.0;
};

/// MLHardSigmoidOptions.
struct HardSigmoidOptions {
  double alpha = 0.2;
  double beta = 0.5;
};

/// MLLinearOptions.
struct LinearOptions {
  double alpha = 1.0;
  double beta = 0.0;
};

/// MLReduceOptions: absent axes reduce every dimension.
struct ReduceOptions {
  std::optional<SmallVector<int64_t>> axes;
  bool keepDimensions = false;
};

/// MLArgMinMaxOptions.
struct ArgMinMaxOptions {
  bool keepDimensions = false;
  DataType outputDataType = DataType::Int32;
};

/// MLCumulativeSumOptions.
struct CumulativeSumOptions {
  bool exclusive = false;
  bool reversed = false;
};

/// MLGatherOptions (gather and gatherElements).
struct GatherOptions {
  int64_t axis = 0;
};

/// MLScatterOptions (scatterElements).
struct ScatterOptions {
  int64_t axis = 0;
};

/// MLSliceOptions.
struct SliceOptions {
  std::optional<SmallVector<int64_t>> strides;
};

/// MLReverseOptions: absent axes reverse every dimension.
struct ReverseOptions {
  std::optional<SmallVector<int64_t>> axes;
};

/// MLTriangularOptions.
struct TriangularOptions {
  bool upper = true;
  int64_t diagonal = 0;
};

/// MLPadOptions.
struct PadOptions {
  PaddingMode mode = PaddingMode::constant;
  double value = 0.0;
};

/// MLSplitOptions.
struct SplitOptions {
  int64_t axis = 0;
};

/// MLTransposeOptions.
struct TransposeOptions {
  std::optional<SmallVector<int64_t>> permutation;
};

class GraphBuilder {
public:
  /// Builds a graph named `name` (the `func.func` symbol). The context must
  /// have the webnn and func dialects loaded; the constructor loads them.
  explicit GraphBuilder(MLIRContext *context, StringRef name = "main");

  /// Sets the location given to the ops built next (e.g. an ONNX node's
  /// name), which is also where diagnostics point.
  void setLocation(Location location) { loc = location; }
  Location getLocation() const { return loc; }

  llvm::Expected<Value> input(StringRef name,
                              const OperandDescriptor &descriptor);
  /// A constant from raw little-endian bytes (float16 as its bit patterns).
  /// Large data is stored as a resource blob, not as an attribute literal.
  llvm::Expected<Value> constant(const OperandDescriptor &descriptor,
                                 ArrayRef<char> bytes);
  template <typename T>
  llvm::Expected<Value> constant(const OperandDescriptor &descriptor,
                                 ArrayRef<T> data) {
    return constantOfElements(
        descriptor, sizeof(T),
        ArrayRef<char>(reinterpret_cast<const char *>(data.data()),
                       data.size() * sizeof(T)));
  }

  // Element-wise binary ops.
  llvm::Expected<Value> add(Value a, Value b);
  llvm::Expected<Value> sub(Value a, Value b);
  llvm::Expected<Value> mul(Value a, Value b);
  llvm::Expected<Value> div(Value a, Value b);
  llvm::Expected<Value> max(Value a, Value b);
  llvm::Expected<Value> min(Value a, Value b);
  llvm::Expected<Value> pow(Value a, Value b);

  // Element-wise unary ops.
  llvm::Expected<Value> abs(Value input);
  llvm::Expected<Value> neg(Value input);
  llvm::Expected<Value> ceil(Value input);
  llvm::Expected<Value> floor(Value input);
  llvm::Expected<Value> exp(Value input);
  llvm::Expected<Value> log(Value input);
  llvm::Expected<Value> sqrt(Value input);
  llvm::Expected<Value> reciprocal(Value input);
  llvm::Expected<Value> sigmoid(Value input);
  llvm::Expected<Value> tanh(Value input);
  llvm::Expected<Value> relu(Value input);
  llvm::Expected<Value> identity(Value input);
  llvm::Expected<Value> leakyRelu(Value input,
                                  const LeakyReluOptions &options = {});
  llvm::Expected<Value> clamp(Value input, const ClampOptions &options = {});
  llvm::Expected<Value> cos(Value input);
  llvm::Expected<Value> sin(Value input);
  llvm::Expected<Value> tan(Value input);
  llvm::Expected<Value> erf(Value input);
  llvm::Expected<Value> roundEven(Value input);
  llvm::Expected<Value> sign(Value input);

  // Element-wise comparison and logical ops (uint8 results).
  llvm::Expected<Value> equal(Value a, Value b);
  llvm::Expected<Value> notEqual(Value a, Value b);
  llvm::Expected<Value> greater(Value a, Value b);
  llvm::Expected<Value> greaterOrEqual(Value a, Value b);
  llvm::Expected<Value> lesser(Value a, Value b);
  llvm::Expected<Value> lesserOrEqual(Value a, Value b);
  llvm::Expected<Value> logicalAnd(Value a, Value b);
  llvm::Expected<Value> logicalOr(Value a, Value b);
  llvm::Expected<Value> logicalXor(Value a, Value b);
  llvm::Expected<Value> logicalNot(Value a);
  llvm::Expected<Value> isNaN(Value a);
  llvm::Expected<Value> isInfinite(Value a);
  llvm::Expected<Value> where(Value condition, Value trueValue,
                              Value falseValue);

  // Activations.
  llvm::Expected<Value> elu(Value input, const EluOptions &options = {});
  llvm::Expected<Value> gelu(Value input);
  llvm::Expected<Value> hardSigmoid(Value input,
                                    const HardSigmoidOptions &options = {});
  llvm::Expected<Value> hardSwish(Value input);
  llvm::Expected<Value> linear(Value input, const LinearOptions &options = {});
  llvm::Expected<Value> prelu(Value input, Value slope);
  llvm::Expected<Value> softplus(Value input);
  llvm::Expected<Value> softsign(Value input);

  // Reductions.
  llvm::Expected<Value> reduceL1(Value input,
                                 const ReduceOptions &options = {});
  llvm::Expected<Value> reduceL2(Value input,
                                 const ReduceOptions &options = {});
  llvm::Expected<Value> reduceLogSum(Value input,
                                     const ReduceOptions &options = {});
  llvm::Expected<Value> reduceLogSumExp(Value input,
                                        const ReduceOptions &options = {});
  llvm::Expected<Value> reduceMax(Value input,
                                  const ReduceOptions &options = {});
  llvm::Expected<Value> reduceMean(Value input,
                                   const ReduceOptions &options = {});
  llvm::Expected<Value> reduceMin(Value input,
                                  const ReduceOptions &options = {});
  llvm::Expected<Value> reduceProduct(Value input,
                                      const ReduceOptions &options = {});
  llvm::Expected<Value> reduceSum(Value input,
                                  const ReduceOptions &options = {});
  llvm::Expected<Value> reduceSumSquare(Value input,
                                        const ReduceOptions &options = {});

  llvm::Expected<Value> argMin(Value input, int64_t axis,
                               const ArgMinMaxOptions &options = {});
  llvm::Expected<Value> argMax(Value input, int64_t axis,
                               const ArgMinMaxOptions &options = {});
  llvm::Expected<Value> cumulativeSum(Value input, int64_t axis,
                                      const CumulativeSumOptions &options = {});

  // Gather and scatter: indices read at run time.
  llvm::Expected<Value> gather(Value input, Value indices,
                               const GatherOptions &options = {});
  llvm::Expected<Value> gatherElements(Value input, Value indices,
                                       const GatherOptions &options = {});
  llvm::Expected<Value> gatherND(Value input, Value indices);
  llvm::Expected<Value> scatterElements(Value input, Value indices,
                                        Value updates,
                                        const ScatterOptions &options = {});
  llvm::Expected<Value> scatterND(Value input, Value indices, Value updates);

  // Shape and data movement.
  llvm::Expected<Value> concat(ArrayRef<Value> inputs, int64_t axis);
  llvm::Expected<Value> reshape(Value input, ArrayRef<int64_t> newShape);
  llvm::Expected<Value> transpose(Value input,
                                  const TransposeOptions &options = {});
  llvm::Expected<Value> slice(Value input, ArrayRef<int64_t> starts,
                              ArrayRef<int64_t> sizes,
                              const SliceOptions &options = {});
  llvm::Expected<Value> expand(Value input, ArrayRef<int64_t> newShape);
  llvm::Expected<Value> cast(Value input, DataType dataType);
  /// split into `count` equal pieces, or into pieces of the given sizes.
  llvm::Expected<SmallVector<Value>> split(Value input, int64_t count,
                                           const SplitOptions &options = {});
  llvm::Expected<SmallVector<Value>> split(Value input, ArrayRef<int64_t> sizes,
                                           const SplitOptions &options = {});
  llvm::Expected<Value> reverse(Value input,
                                const ReverseOptions &options = {});
  llvm::Expected<Value> tile(Value input, ArrayRef<int64_t> repetitions);
  llvm::Expected<Value> triangular(Value input,
                                   const TriangularOptions &options = {});
  llvm::Expected<Value> pad(Value input, ArrayRef<int64_t> beginningPadding,
                            ArrayRef<int64_t> endingPadding,
                            const PadOptions &options = {});

  // Linear algebra.
  llvm::Expected<Value> matmul(Value a, Value b);
  llvm::Expected<Value> gemm(Value a, Value b, const GemmOptions &options = {});

  // Convolution and pooling.
  llvm::Expected<Value> conv2d(Value input, Value filter,
                               const Conv2dOptions &options = {});
  llvm::Expected<Value>
  convTranspose2d(Value input, Value filter,
                  const ConvTranspose2dOptions &options = {});
  llvm::Expected<Value> resample2d(Value input,
                                   const Resample2dOptions &options = {});
  llvm::Expected<Value> quantizeLinear(Value input, Value scale,
                                       Value zeroPoint);
  llvm::Expected<Value> dequantizeLinear(Value input, Value scale,
                                         Value zeroPoint);
  llvm::Expected<Value> averagePool2d(Value input,
                                      const Pool2dOptions &options = {});
  llvm::Expected<Value> l2Pool2d(Value input,
                                 const Pool2dOptions &options = {});
  llvm::Expected<Value> maxPool2d(Value input,
                                  const Pool2dOptions &options = {});

  // Normalization.
  llvm::Expected<Value>
  batchNormalization(Value input, Value mean, Value variance,
                     const BatchNormalizationOptions &options = {});
  llvm::Expected<Value>
  instanceNormalization(Value input,
                        const InstanceNormalizationOptions &options = {});
  llvm::Expected<Value>
  layerNormalization(Value input,
                     const LayerNormalizationOptions &options = {});
  llvm::Expected<Value> softmax(Value input, int64_t axis);

  /// Finishes the graph with the named outputs and returns the module that
  /// holds it. The builder can build nothing after this.
  llvm::Expected<OwningOpRef<ModuleOp>>
  build(ArrayRef<std::pair<std::string, Value>> outputs);

private:
  llvm::Expected<Value> constantOfElements(const OperandDescriptor &descriptor,
                                           size_t elementSize,
                                           ArrayRef<char> bytes);
  /// Runs `check` with its diagnostics captured into the returned error.
  llvm::Error captureDiagnostics(function_ref<LogicalResult()> check);
  /// Fails unless the builder can still build and every non-null value is
  /// an operand of this graph (the spec's "validating operand").
  llvm::Error checkOperands(ArrayRef<Value> values);
  /// Creates an `OpTy` from its ODS builder arguments (without the result
  /// type), after running the op's own type inference with its diagnostics
  /// captured: the builder rejects exactly what the verifier rejects.
  template <typename OpTy, typename... Args>
  llvm::Expected<Value> create(ArrayRef<Value> operands, Args &&...args);
  /// The same for an op of several results (split).
  template <typename OpTy, typename... Args>
  llvm::Expected<Operation *> createOp(ArrayRef<Value> operands,
                                       Args &&...args);
  /// argMin and argMax share their options.
  template <typename OpTy>
  llvm::Expected<Value> argMinMax(StringRef op, Value input, int64_t axis,
                                  const ArgMinMaxOptions &options);
  /// averagePool2d, l2Pool2d and maxPool2d share their options.
  template <typename OpTy>
  llvm::Expected<Value> pool2d(Value input, const Pool2dOptions &options);
  /// An I32 option (axis, groups) that the spec declares as unsigned long.
  llvm::Expected<IntegerAttr> getI32Option(StringRef op, StringRef name,
                                           int64_t value);
  llvm::Error makeError(const Twine &message) const;

  MLIRContext *context;
  OwningOpRef<ModuleOp> module;
  func::FuncOp graph;
  OpBuilder builder;
  Location loc;
  /// The graph inputs' names, in argument order.
  SmallVector<std::string> inputNames;
  unsigned constantCount = 0;
  bool built = false;
};

} // namespace mlir::webnn

#endif // WEBNN_BUILDER_GRAPHBUILDER_H
