//===- WebNNOps.cpp - Type inference of the webnn ops ---------------------===//
//
// Each op's inferReturnTypes reads its operands and options through the
// adaptor and calls the op's shape function (ShapeInference.cpp). The
// InferTypeOpInterface verifier runs that inference on every op and compares
// with the stated result type, so it is also where the spec's validation
// rules are checked.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"

#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::webnn;

/// Stores a shape function's result into the inferred type list.
static LogicalResult setResult(FailureOr<RankedTensorType> type,
                               SmallVectorImpl<Type> &results) {
  if (failed(type))
    return failure();
  results.push_back(*type);
  return success();
}

/// The value of an optional DenseI64ArrayAttr option, copied into a list.
template <unsigned N>
static std::optional<SmallVector<int64_t, N>>
getList(std::optional<ArrayRef<int64_t>> values) {
  if (!values)
    return std::nullopt;
  return SmallVector<int64_t, N>(*values);
}

/// I32Attr getters return the value as unsigned; options are signed here so
/// that a negative axis is reported as such.
static int64_t asSigned(uint32_t value) { return static_cast<int32_t>(value); }

static Type typeOrNull(Value value) { return value ? value.getType() : Type(); }

//===----------------------------------------------------------------------===//
// Constant
//===----------------------------------------------------------------------===//

LogicalResult ConstantOp::inferReturnTypes(MLIRContext *,
                                           std::optional<Location> loc,
                                           Adaptor adaptor,
                                           SmallVectorImpl<Type> &results) {
  return setResult(checkOperand(loc, "constant", "value",
                                adaptor.getValue().getType(),
                                DataTypeSet::allWith4Bit()),
                   results);
}

/// A resource blob is opaque bytes: check that there are as many as the
/// type needs, so that nothing reads past the end of the weights.
LogicalResult ConstantOp::verify() {
  auto resource = dyn_cast<DenseResourceElementsAttr>(getValue());
  if (!resource)
    return success();
  StringRef key = resource.getRawHandle().getKey();
  AsmResourceBlob *blob = resource.getRawHandle().getBlob();
  if (!blob)
    return emitError() << "constant: resource '" << key << "' has no data";
  auto type = cast<RankedTensorType>(getType());
  int64_t expected;
  if (llvm::MulOverflow<int64_t>(
          type.getNumElements(),
          getByteWidth(*getDataType(type.getElementType())), expected))
    return emitError() << "constant: " << type << " is too large";
  if (blob->getData().size() != static_cast<uint64_t>(expected))
    return emitError() << "constant: resource '" << key << "' holds "
                       << blob->getData().size() << " bytes but " << type
                       << " needs " << expected;
  return success();
}

//===----------------------------------------------------------------------===//
// Element-wise ops
//===----------------------------------------------------------------------===//

#define WEBNN_BINARY_INFER(Op, specName)                                       \
  LogicalResult Op::inferReturnTypes(                                          \
      MLIRContext *, std::optional<Location> loc, Adaptor adaptor,             \
      SmallVectorImpl<Type> &results) {                                        \
    return setResult(inferElementwiseBinary(loc, specName,                     \
                                            adaptor.getA().getType(),          \
                                            adaptor.getB().getType()),         \
                     results);                                                 \
  }
WEBNN_BINARY_INFER(AddOp, "add")
WEBNN_BINARY_INFER(SubOp, "sub")
WEBNN_BINARY_INFER(MulOp, "mul")
WEBNN_BINARY_INFER(DivOp, "div")
WEBNN_BINARY_INFER(MaxOp, "max")
WEBNN_BINARY_INFER(MinOp, "min")
WEBNN_BINARY_INFER(PowOp, "pow")
#undef WEBNN_BINARY_INFER

// The allowed data types are the spec's tensor-limits tables.
static constexpr DataTypeSet kFloatsAndSignedInts = {
    DataType::Float32, DataType::Float16, DataType::Int64, DataType::Int32,
    DataType::Int8};

#define WEBNN_UNARY_INFER(Op, specName, allowed)                               \
  LogicalResult Op::inferReturnTypes(                                          \
      MLIRContext *, std::optional<Location> loc, Adaptor adaptor,             \
      SmallVectorImpl<Type> &results) {                                        \
    return setResult(inferElementwiseUnary(loc, specName,                      \
                                           adaptor.getInput().getType(),       \
                                           allowed),                           \
                     results);                                                 \
  }
WEBNN_UNARY_INFER(AbsOp, "abs", kFloatsAndSignedInts)
WEBNN_UNARY_INFER(NegOp, "neg", kFloatsAndSignedInts)
WEBNN_UNARY_INFER(ReluOp, "relu", kFloatsAndSignedInts)
WEBNN_UNARY_INFER(CeilOp, "ceil", DataTypeSet::floats())
WEBNN_UNARY_INFER(FloorOp, "floor", DataTypeSet::floats())
WEBNN_UNARY_INFER(ExpOp, "exp", DataTypeSet::floats())
WEBNN_UNARY_INFER(LogOp, "log", DataTypeSet::floats())
WEBNN_UNARY_INFER(SqrtOp, "sqrt", DataTypeSet::floats())
WEBNN_UNARY_INFER(ReciprocalOp, "reciprocal", DataTypeSet::floats())
WEBNN_UNARY_INFER(SigmoidOp, "sigmoid", DataTypeSet::floats())
WEBNN_UNARY_INFER(TanhOp, "tanh", DataTypeSet::floats())
WEBNN_UNARY_INFER(LeakyReluOp, "leakyRelu", DataTypeSet::floats())
WEBNN_UNARY_INFER(IdentityOp, "identity", DataTypeSet::all())
WEBNN_UNARY_INFER(CosOp, "cos", DataTypeSet::floats())
WEBNN_UNARY_INFER(SinOp, "sin", DataTypeSet::floats())
WEBNN_UNARY_INFER(TanOp, "tan", DataTypeSet::floats())
WEBNN_UNARY_INFER(ErfOp, "erf", DataTypeSet::floats())
WEBNN_UNARY_INFER(RoundEvenOp, "roundEven", DataTypeSet::floats())
WEBNN_UNARY_INFER(SignOp, "sign", kFloatsAndSignedInts)
WEBNN_UNARY_INFER(EluOp, "elu", DataTypeSet::floats())
WEBNN_UNARY_INFER(GeluOp, "gelu", DataTypeSet::floats())
WEBNN_UNARY_INFER(HardSigmoidOp, "hardSigmoid", DataTypeSet::floats())
WEBNN_UNARY_INFER(HardSwishOp, "hardSwish", DataTypeSet::floats())
WEBNN_UNARY_INFER(LinearOp, "linear", DataTypeSet::floats())
WEBNN_UNARY_INFER(SoftplusOp, "softplus", DataTypeSet::floats())
WEBNN_UNARY_INFER(SoftsignOp, "softsign", DataTypeSet::floats())
#undef WEBNN_UNARY_INFER

#define WEBNN_LOGICAL_BINARY_INFER(Op, specName, allowed)                      \
  LogicalResult Op::inferReturnTypes(                                          \
      MLIRContext *, std::optional<Location> loc, Adaptor adaptor,             \
      SmallVectorImpl<Type> &results) {                                        \
    return setResult(                                                          \
        inferElementwiseLogical(loc, specName, adaptor.getA().getType(),       \
                                adaptor.getB().getType(), allowed),            \
        results);                                                              \
  }
WEBNN_LOGICAL_BINARY_INFER(EqualOp, "equal", DataTypeSet::all())
WEBNN_LOGICAL_BINARY_INFER(NotEqualOp, "notEqual", DataTypeSet::all())
WEBNN_LOGICAL_BINARY_INFER(GreaterOp, "greater", DataTypeSet::all())
WEBNN_LOGICAL_BINARY_INFER(GreaterOrEqualOp, "greaterOrEqual",
                           DataTypeSet::all())
WEBNN_LOGICAL_BINARY_INFER(LesserOp, "lesser", DataTypeSet::all())
WEBNN_LOGICAL_BINARY_INFER(LesserOrEqualOp, "lesserOrEqual", DataTypeSet::all())
WEBNN_LOGICAL_BINARY_INFER(LogicalAndOp, "logicalAnd", {DataType::Uint8})
WEBNN_LOGICAL_BINARY_INFER(LogicalOrOp, "logicalOr", {DataType::Uint8})
WEBNN_LOGICAL_BINARY_INFER(LogicalXorOp, "logicalXor", {DataType::Uint8})
#undef WEBNN_LOGICAL_BINARY_INFER

#define WEBNN_LOGICAL_UNARY_INFER(Op, specName, allowed)                       \
  LogicalResult Op::inferReturnTypes(                                          \
      MLIRContext *, std::optional<Location> loc, Adaptor adaptor,             \
      SmallVectorImpl<Type> &results) {                                        \
    return setResult(inferElementwiseLogical(loc, specName,                    \
                                             adaptor.getA().getType(), Type(), \
                                             allowed),                         \
                     results);                                                 \
  }
WEBNN_LOGICAL_UNARY_INFER(LogicalNotOp, "logicalNot", {DataType::Uint8})
WEBNN_LOGICAL_UNARY_INFER(IsNaNOp, "isNaN", DataTypeSet::floats())
WEBNN_LOGICAL_UNARY_INFER(IsInfiniteOp, "isInfinite", DataTypeSet::floats())
#undef WEBNN_LOGICAL_UNARY_INFER

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

static constexpr DataTypeSet kFloatsAndWideInts = {
    DataType::Float32, DataType::Float16, DataType::Int32,
    DataType::Uint32,  DataType::Int64,   DataType::Uint64};

#define WEBNN_REDUCTION_INFER(Op, specName, allowed)                           \
  LogicalResult Op::inferReturnTypes(                                          \
      MLIRContext *, std::optional<Location> loc, Adaptor adaptor,             \
      SmallVectorImpl<Type> &results) {                                        \
    return setResult(inferReduction(loc, specName,                             \
                                    adaptor.getInput().getType(),              \
                                    adaptor.getAxes(),                         \
                                    adaptor.getKeepDimensions(), allowed),     \
                     results);                                                 \
  }                                                                            \
  SmallVector<int64_t> Op::getAxesOrDefault() {                                \
    if (std::optional<ArrayRef<int64_t>> axes = getAxes())                     \
      return llvm::to_vector(*axes);                                           \
    return llvm::to_vector(llvm::seq<int64_t>(                                 \
        cast<RankedTensorType>(getInput().getType()).getRank()));              \
  }
WEBNN_REDUCTION_INFER(ReduceL1Op, "reduceL1", kFloatsAndWideInts)
WEBNN_REDUCTION_INFER(ReduceL2Op, "reduceL2", DataTypeSet::floats())
WEBNN_REDUCTION_INFER(ReduceLogSumOp, "reduceLogSum", DataTypeSet::floats())
WEBNN_REDUCTION_INFER(ReduceLogSumExpOp, "reduceLogSumExp",
                      DataTypeSet::floats())
WEBNN_REDUCTION_INFER(ReduceMaxOp, "reduceMax", DataTypeSet::all())
WEBNN_REDUCTION_INFER(ReduceMeanOp, "reduceMean", DataTypeSet::floats())
WEBNN_REDUCTION_INFER(ReduceMinOp, "reduceMin", DataTypeSet::all())
WEBNN_REDUCTION_INFER(ReduceProductOp, "reduceProduct", kFloatsAndWideInts)
WEBNN_REDUCTION_INFER(ReduceSumOp, "reduceSum", kFloatsAndWideInts)
WEBNN_REDUCTION_INFER(ReduceSumSquareOp, "reduceSumSquare", kFloatsAndWideInts)
#undef WEBNN_REDUCTION_INFER

#define WEBNN_ARG_MIN_MAX_INFER(Op, specName)                                  \
  LogicalResult Op::inferReturnTypes(                                          \
      MLIRContext *, std::optional<Location> loc, Adaptor adaptor,             \
      SmallVectorImpl<Type> &results) {                                        \
    std::optional<Type> outputType = adaptor.getOutputDataType();              \
    return setResult(inferArgMinMax(loc, specName,                             \
                                    adaptor.getInput().getType(),              \
                                    asSigned(adaptor.getAxis()),               \
                                    adaptor.getKeepDimensions(),               \
                                    outputType ? *outputType : Type()),        \
                     results);                                                 \
  }
WEBNN_ARG_MIN_MAX_INFER(ArgMinOp, "argMin")
WEBNN_ARG_MIN_MAX_INFER(ArgMaxOp, "argMax")
#undef WEBNN_ARG_MIN_MAX_INFER

LogicalResult
CumulativeSumOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                  Adaptor adaptor,
                                  SmallVectorImpl<Type> &results) {
  return setResult(inferCumulativeSum(loc, adaptor.getInput().getType(),
                                      asSigned(adaptor.getAxis())),
                   results);
}

//===----------------------------------------------------------------------===//
// Gather and scatter
//===----------------------------------------------------------------------===//

LogicalResult GatherOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &results) {
  return setResult(inferGather(loc, adaptor.getInput().getType(),
                               adaptor.getIndices().getType(),
                               asSigned(adaptor.getAxis())),
                   results);
}

LogicalResult
GatherElementsOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                   Adaptor adaptor,
                                   SmallVectorImpl<Type> &results) {
  return setResult(inferGatherElements(loc, adaptor.getInput().getType(),
                                       adaptor.getIndices().getType(),
                                       asSigned(adaptor.getAxis())),
                   results);
}

LogicalResult GatherNDOp::inferReturnTypes(MLIRContext *,
                                           std::optional<Location> loc,
                                           Adaptor adaptor,
                                           SmallVectorImpl<Type> &results) {
  return setResult(inferGatherND(loc, adaptor.getInput().getType(),
                                 adaptor.getIndices().getType()),
                   results);
}

LogicalResult
ScatterElementsOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                    Adaptor adaptor,
                                    SmallVectorImpl<Type> &results) {
  return setResult(inferScatterElements(loc, adaptor.getInput().getType(),
                                        adaptor.getIndices().getType(),
                                        adaptor.getUpdates().getType(),
                                        asSigned(adaptor.getAxis())),
                   results);
}

LogicalResult ScatterNDOp::inferReturnTypes(MLIRContext *,
                                            std::optional<Location> loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &results) {
  return setResult(inferScatterND(loc, adaptor.getInput().getType(),
                                  adaptor.getIndices().getType(),
                                  adaptor.getUpdates().getType()),
                   results);
}

LogicalResult SliceOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> loc,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &results) {
  return setResult(inferSlice(loc, adaptor.getInput().getType(),
                              adaptor.getStarts(), adaptor.getSizes(),
                              adaptor.getStrides()),
                   results);
}

LogicalResult ExpandOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &results) {
  return setResult(
      inferExpand(loc, adaptor.getInput().getType(), adaptor.getNewShape()),
      results);
}

LogicalResult ReverseOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &results) {
  return setResult(
      inferReverse(loc, adaptor.getInput().getType(), adaptor.getAxes()),
      results);
}

LogicalResult TileOp::inferReturnTypes(MLIRContext *,
                                       std::optional<Location> loc,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &results) {
  return setResult(
      inferTile(loc, adaptor.getInput().getType(), adaptor.getRepetitions()),
      results);
}

LogicalResult TriangularOp::inferReturnTypes(MLIRContext *,
                                             std::optional<Location> loc,
                                             Adaptor adaptor,
                                             SmallVectorImpl<Type> &results) {
  return setResult(inferTriangular(loc, adaptor.getInput().getType()), results);
}

LogicalResult PadOp::inferReturnTypes(MLIRContext *,
                                      std::optional<Location> loc,
                                      Adaptor adaptor,
                                      SmallVectorImpl<Type> &results) {
  return setResult(inferPad(loc, adaptor.getInput().getType(),
                            adaptor.getBeginningPadding(),
                            adaptor.getEndingPadding(), adaptor.getMode()),
                   results);
}

LogicalResult CastOp::inferReturnTypes(MLIRContext *,
                                       std::optional<Location> loc,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &results) {
  return setResult(
      inferCast(loc, adaptor.getInput().getType(), adaptor.getDataType()),
      results);
}

LogicalResult SplitOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> loc,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &results) {
  return inferSplit(loc, adaptor.getInput().getType(), adaptor.getSplits(),
                    asSigned(adaptor.getAxis()), results);
}

LogicalResult WhereOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> loc,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &results) {
  return setResult(inferWhere(loc, adaptor.getCondition().getType(),
                              adaptor.getTrueValue().getType(),
                              adaptor.getFalseValue().getType()),
                   results);
}

LogicalResult PreluOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> loc,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &results) {
  return setResult(inferPrelu(loc, adaptor.getInput().getType(),
                              adaptor.getSlope().getType()),
                   results);
}

LogicalResult ClampOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> loc,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &results) {
  ClampAttrs attrs;
  if (auto minValue = adaptor.getMinValue())
    attrs.minValue = minValue->convertToDouble();
  if (auto maxValue = adaptor.getMaxValue())
    attrs.maxValue = maxValue->convertToDouble();
  return setResult(inferClamp(loc, adaptor.getInput().getType(), attrs),
                   results);
}

//===----------------------------------------------------------------------===//
// Shape and data movement
//===----------------------------------------------------------------------===//

LogicalResult ConcatOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &results) {
  return setResult(inferConcat(loc, adaptor.getInputs().getTypes(),
                               asSigned(adaptor.getAxis())),
                   results);
}

LogicalResult ReshapeOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &results) {
  return setResult(
      inferReshape(loc, adaptor.getInput().getType(), adaptor.getNewShape()),
      results);
}

LogicalResult TransposeOp::inferReturnTypes(MLIRContext *,
                                            std::optional<Location> loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &results) {
  return setResult(inferTranspose(loc, adaptor.getInput().getType(),
                                  adaptor.getPermutation()),
                   results);
}

//===----------------------------------------------------------------------===//
// Linear algebra
//===----------------------------------------------------------------------===//

LogicalResult MatmulOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &results) {
  return setResult(
      inferMatmul(loc, adaptor.getA().getType(), adaptor.getB().getType()),
      results);
}

LogicalResult GemmOp::inferReturnTypes(MLIRContext *,
                                       std::optional<Location> loc,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &results) {
  GemmAttrs attrs;
  attrs.alpha = adaptor.getAlpha().convertToDouble();
  attrs.beta = adaptor.getBeta().convertToDouble();
  attrs.aTranspose = adaptor.getATranspose();
  attrs.bTranspose = adaptor.getBTranspose();
  return setResult(inferGemm(loc, adaptor.getA().getType(),
                             adaptor.getB().getType(),
                             typeOrNull(adaptor.getC()), attrs),
                   results);
}

//===----------------------------------------------------------------------===//
// Convolution and pooling
//===----------------------------------------------------------------------===//

LogicalResult Conv2dOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &results) {
  Conv2dAttrs attrs;
  attrs.padding = getList<4>(adaptor.getPadding());
  attrs.strides = getList<2>(adaptor.getStrides());
  attrs.dilations = getList<2>(adaptor.getDilations());
  attrs.groups = asSigned(adaptor.getGroups());
  attrs.inputLayout = adaptor.getInputLayout();
  attrs.filterLayout = adaptor.getFilterLayout();
  return setResult(inferConv2d(loc, adaptor.getInput().getType(),
                               adaptor.getFilter().getType(),
                               typeOrNull(adaptor.getBias()), attrs),
                   results);
}

/// The options of a convTranspose2d op or of its adaptor.
template <typename OpOrAdaptor>
static ConvTranspose2dAttrs getConvTranspose2dAttrs(OpOrAdaptor op) {
  ConvTranspose2dAttrs attrs;
  attrs.padding = getList<4>(op.getPadding());
  attrs.strides = getList<2>(op.getStrides());
  attrs.dilations = getList<2>(op.getDilations());
  attrs.outputPadding = getList<2>(op.getOutputPadding());
  attrs.outputSizes = getList<2>(op.getOutputSizes());
  attrs.groups = asSigned(op.getGroups());
  attrs.inputLayout = op.getInputLayout();
  attrs.filterLayout = op.getFilterLayout();
  return attrs;
}

ConvTranspose2dAttrs ConvTranspose2dOp::getAttrs() {
  return getConvTranspose2dAttrs(*this);
}

LogicalResult
ConvTranspose2dOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                    Adaptor adaptor,
                                    SmallVectorImpl<Type> &results) {
  return setResult(inferConvTranspose2d(loc, adaptor.getInput().getType(),
                                        adaptor.getFilter().getType(),
                                        typeOrNull(adaptor.getBias()),
                                        getConvTranspose2dAttrs(adaptor)),
                   results);
}

LogicalResult
QuantizeLinearOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                   Adaptor adaptor,
                                   SmallVectorImpl<Type> &results) {
  return setResult(inferQuantization(loc, /*quantize=*/true,
                                     adaptor.getInput().getType(),
                                     adaptor.getScale().getType(),
                                     adaptor.getZeroPoint().getType()),
                   results);
}

LogicalResult
DequantizeLinearOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                     Adaptor adaptor,
                                     SmallVectorImpl<Type> &results) {
  return setResult(inferQuantization(loc, /*quantize=*/false,
                                     adaptor.getInput().getType(),
                                     adaptor.getScale().getType(),
                                     adaptor.getZeroPoint().getType()),
                   results);
}

LogicalResult Resample2dOp::inferReturnTypes(MLIRContext *,
                                             std::optional<Location> loc,
                                             Adaptor adaptor,
                                             SmallVectorImpl<Type> &results) {
  Resample2dAttrs attrs;
  attrs.mode = adaptor.getMode();
  if (std::optional<ArrayRef<float>> scales = adaptor.getScales())
    attrs.scales = SmallVector<float, 2>(*scales);
  attrs.sizes = getList<2>(adaptor.getSizes());
  attrs.axes = getList<2>(adaptor.getAxes());
  return setResult(inferResample2d(loc, adaptor.getInput().getType(), attrs),
                   results);
}

SmallVector<int64_t> Resample2dOp::getAxesOrDefault() {
  if (std::optional<ArrayRef<int64_t>> axes = getAxes())
    return llvm::to_vector(*axes);
  return {2, 3};
}

template <typename Adaptor> static Pool2dAttrs getPool2dAttrs(Adaptor adaptor) {
  Pool2dAttrs attrs;
  attrs.windowDimensions = getList<2>(adaptor.getWindowDimensions());
  attrs.padding = getList<4>(adaptor.getPadding());
  attrs.strides = getList<2>(adaptor.getStrides());
  attrs.dilations = getList<2>(adaptor.getDilations());
  attrs.layout = adaptor.getLayout();
  attrs.outputShapeRounding = adaptor.getOutputShapeRounding();
  attrs.outputSizes = getList<2>(adaptor.getOutputSizes());
  return attrs;
}

#define WEBNN_POOL_INFER(Op, specName, allowed)                                \
  LogicalResult Op::inferReturnTypes(                                          \
      MLIRContext *, std::optional<Location> loc, Adaptor adaptor,             \
      SmallVectorImpl<Type> &results) {                                        \
    return setResult(inferPool2d(loc, specName, adaptor.getInput().getType(),  \
                                 allowed, getPool2dAttrs(adaptor)),            \
                     results);                                                 \
  }
WEBNN_POOL_INFER(AveragePool2dOp, "averagePool2d", DataTypeSet::floats())
WEBNN_POOL_INFER(L2Pool2dOp, "l2Pool2d", DataTypeSet::floats())
WEBNN_POOL_INFER(MaxPool2dOp, "maxPool2d", DataTypeSet::all())
#undef WEBNN_POOL_INFER

//===----------------------------------------------------------------------===//
// Normalization
//===----------------------------------------------------------------------===//

LogicalResult BatchNormalizationOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor adaptor,
    SmallVectorImpl<Type> &results) {
  BatchNormalizationAttrs attrs;
  attrs.axis = asSigned(adaptor.getAxis());
  attrs.epsilon = adaptor.getEpsilon().convertToDouble();
  return setResult(
      inferBatchNormalization(
          loc, adaptor.getInput().getType(), adaptor.getMean().getType(),
          adaptor.getVariance().getType(), typeOrNull(adaptor.getScale()),
          typeOrNull(adaptor.getBias()), attrs),
      results);
}

LogicalResult InstanceNormalizationOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor adaptor,
    SmallVectorImpl<Type> &results) {
  InstanceNormalizationAttrs attrs;
  attrs.epsilon = adaptor.getEpsilon().convertToDouble();
  attrs.layout = adaptor.getLayout();
  return setResult(inferInstanceNormalization(loc, adaptor.getInput().getType(),
                                              typeOrNull(adaptor.getScale()),
                                              typeOrNull(adaptor.getBias()),
                                              attrs),
                   results);
}

LogicalResult LayerNormalizationOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor adaptor,
    SmallVectorImpl<Type> &results) {
  LayerNormalizationAttrs attrs;
  if (DenseI64ArrayAttr axes = adaptor.getAxesAttr())
    attrs.axes = llvm::to_vector(axes.asArrayRef());
  attrs.epsilon = adaptor.getEpsilon().convertToDouble();
  return setResult(inferLayerNormalization(loc, adaptor.getInput().getType(),
                                           typeOrNull(adaptor.getScale()),
                                           typeOrNull(adaptor.getBias()),
                                           attrs),
                   results);
}

SmallVector<int64_t> LayerNormalizationOp::getAxesOrDefault() {
  if (std::optional<ArrayRef<int64_t>> axes = getAxes())
    return llvm::to_vector(*axes);
  return getDefaultLayerNormalizationAxes(
      cast<RankedTensorType>(getInput().getType()).getRank());
}

LogicalResult SoftmaxOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &results) {
  return setResult(inferSoftmax(loc, adaptor.getInput().getType(),
                                asSigned(adaptor.getAxis())),
                   results);
}

#define GET_OP_CLASSES
#include "WebNN/Dialect/WebNN/IR/WebNNOps.cpp.inc"
