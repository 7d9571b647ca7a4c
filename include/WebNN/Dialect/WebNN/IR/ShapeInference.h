//===- ShapeInference.h - MLGraphBuilder's output descriptors ---*- C++ -*-===//
//
// One function per op that runs the spec's validation steps and computes the
// output operand's type, as MLGraphBuilder does. The ops' type inference
// (and so their verifiers) and the C++ GraphBuilder call the same function,
// so that text and C++ reject exactly the same graphs with the same words.
//
// Each function takes operand types as plain `Type` (null for an absent
// optional operand), because type inference runs before the ODS constraints
// are checked. On failure it emits "<specOpName>: <what is wrong>" at `loc`
// when a location is given, and returns failure.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_DIALECT_WEBNN_IR_SHAPEINFERENCE_H
#define WEBNN_DIALECT_WEBNN_IR_SHAPEINFERENCE_H

#include "WebNN/Dialect/WebNN/IR/DataType.h"
#include "WebNN/Dialect/WebNN/IR/Limits.h"
#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Location.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace mlir::webnn {

/// The non-operand options of conv2d (MLConv2dOptions without `bias`). An
/// absent list takes the spec's default.
struct Conv2dAttrs {
  std::optional<SmallVector<int64_t, 4>> padding;
  std::optional<SmallVector<int64_t, 2>> strides;
  std::optional<SmallVector<int64_t, 2>> dilations;
  int64_t groups = 1;
  InputLayout inputLayout = InputLayout::nchw;
  FilterLayout filterLayout = FilterLayout::oihw;
};

/// The non-operand options of convTranspose2d (MLConvTranspose2dOptions
/// without `bias`). An absent list takes the spec's default; outputSizes,
/// when given, replaces outputPadding.
struct ConvTranspose2dAttrs {
  std::optional<SmallVector<int64_t, 4>> padding;
  std::optional<SmallVector<int64_t, 2>> strides;
  std::optional<SmallVector<int64_t, 2>> dilations;
  std::optional<SmallVector<int64_t, 2>> outputPadding;
  std::optional<SmallVector<int64_t, 2>> outputSizes;
  int64_t groups = 1;
  InputLayout inputLayout = InputLayout::nchw;
  ConvTranspose2dFilterLayout filterLayout = ConvTranspose2dFilterLayout::iohw;
};

/// MLResample2dOptions; absent lists take the spec's defaults.
struct Resample2dAttrs {
  InterpolationMode mode = InterpolationMode::nearest_neighbor;
  std::optional<SmallVector<float, 2>> scales;
  std::optional<SmallVector<int64_t, 2>> sizes;
  std::optional<SmallVector<int64_t, 2>> axes;
};

/// MLPool2dOptions.
struct Pool2dAttrs {
  std::optional<SmallVector<int64_t, 2>> windowDimensions;
  std::optional<SmallVector<int64_t, 4>> padding;
  std::optional<SmallVector<int64_t, 2>> strides;
  std::optional<SmallVector<int64_t, 2>> dilations;
  InputLayout layout = InputLayout::nchw;
  RoundingType outputShapeRounding = RoundingType::floor;
  std::optional<SmallVector<int64_t, 2>> outputSizes;
};

/// The non-operand options of gemm (MLGemmOptions without `c`).
struct GemmAttrs {
  double alpha = 1.0;
  double beta = 1.0;
  bool aTranspose = false;
  bool bTranspose = false;
};

/// The non-operand options of batchNormalization.
struct BatchNormalizationAttrs {
  int64_t axis = 1;
  double epsilon = 1e-5;
};

/// The non-operand options of instanceNormalization.
struct InstanceNormalizationAttrs {
  double epsilon = 1e-5;
  InputLayout layout = InputLayout::nchw;
};

/// The non-operand options of layerNormalization; absent axes are every
/// dimension but the first.
struct LayerNormalizationAttrs {
  std::optional<SmallVector<int64_t>> axes;
  double epsilon = 1e-5;
};

/// layerNormalization's default axes for an input of `rank`: 1 to rank - 1.
SmallVector<int64_t> getDefaultLayerNormalizationAxes(int64_t rank);

/// MLClampOptions; an absent bound is unbounded.
struct ClampAttrs {
  std::optional<double> minValue;
  std::optional<double> maxValue;
};

/// The spec's "bidirectionally broadcast the shapes", or failure.
FailureOr<SmallVector<int64_t>> broadcastShapes(ArrayRef<int64_t> a,
                                                ArrayRef<int64_t> b);
/// The spec's "unidirectionally broadcastable": `from` broadcasts to `to`.
bool isUnidirectionallyBroadcastable(ArrayRef<int64_t> from,
                                     ArrayRef<int64_t> to);

/// Checks an operand on its own: a statically shaped tensor of a WebNN data
/// type in `allowed`, with valid (positive) dimensions, within
/// kMaxTensorByteLength.
FailureOr<RankedTensorType> checkOperand(std::optional<Location> loc,
                                         StringRef op, StringRef operand,
                                         Type type, DataTypeSet allowed);

FailureOr<RankedTensorType> inferElementwiseBinary(std::optional<Location> loc,
                                                   StringRef op, Type a,
                                                   Type b);
/// The comparison and logical ops: `a` and `b` (null for the unary ones) of
/// the same data type in `allowed`; the output is uint8.
FailureOr<RankedTensorType> inferElementwiseLogical(std::optional<Location> loc,
                                                    StringRef op, Type a,
                                                    Type b,
                                                    DataTypeSet allowed);
FailureOr<RankedTensorType> inferWhere(std::optional<Location> loc,
                                       Type condition, Type trueValue,
                                       Type falseValue);
FailureOr<RankedTensorType> inferPrelu(std::optional<Location> loc, Type input,
                                       Type slope);
FailureOr<RankedTensorType> inferElementwiseUnary(std::optional<Location> loc,
                                                  StringRef op, Type input,
                                                  DataTypeSet allowed);
FailureOr<RankedTensorType> inferClamp(std::optional<Location> loc, Type input,
                                       const ClampAttrs &attrs);
/// The reduce* ops (the spec's "calculate reduction output sizes"):
/// `axes` absent reduces every dimension.
FailureOr<RankedTensorType>
inferReduction(std::optional<Location> loc, StringRef op, Type input,
               std::optional<ArrayRef<int64_t>> axes, bool keepDimensions,
               DataTypeSet allowed);
/// argMin and argMax: `outputType` is the result's element type (null for
/// the default, int32).
FailureOr<RankedTensorType> inferArgMinMax(std::optional<Location> loc,
                                           StringRef op, Type input,
                                           int64_t axis, bool keepDimensions,
                                           Type outputType);
FailureOr<RankedTensorType> inferCumulativeSum(std::optional<Location> loc,
                                               Type input, int64_t axis);
FailureOr<RankedTensorType> inferGather(std::optional<Location> loc, Type input,
                                        Type indices, int64_t axis);
FailureOr<RankedTensorType> inferGatherElements(std::optional<Location> loc,
                                                Type input, Type indices,
                                                int64_t axis);
FailureOr<RankedTensorType> inferGatherND(std::optional<Location> loc,
                                          Type input, Type indices);
FailureOr<RankedTensorType> inferScatterElements(std::optional<Location> loc,
                                                 Type input, Type indices,
                                                 Type updates, int64_t axis);
FailureOr<RankedTensorType> inferScatterND(std::optional<Location> loc,
                                           Type input, Type indices,
                                           Type updates);
FailureOr<RankedTensorType>
inferSlice(std::optional<Location> loc, Type input, ArrayRef<int64_t> starts,
           ArrayRef<int64_t> sizes, std::optional<ArrayRef<int64_t>> strides);
FailureOr<RankedTensorType> inferExpand(std::optional<Location> loc, Type input,
                                        ArrayRef<int64_t> newShape);
FailureOr<RankedTensorType> inferReverse(std::optional<Location> loc,
                                         Type input,
                                         std::optional<ArrayRef<int64_t>> axes);
FailureOr<RankedTensorType> inferTile(std::optional<Location> loc, Type input,
                                      ArrayRef<int64_t> repetitions);
FailureOr<RankedTensorType> inferTriangular(std::optional<Location> loc,
                                            Type input);
FailureOr<RankedTensorType> inferPad(std::optional<Location> loc, Type input,
                                     ArrayRef<int64_t> beginning,
                                     ArrayRef<int64_t> ending,
                                     PaddingMode mode);
/// cast: `dataType` is the result's element type.
FailureOr<RankedTensorType> inferCast(std::optional<Location> loc, Type input,
                                      Type dataType);
/// split: one type per entry of `splits` (the pieces' sizes).
LogicalResult inferSplit(std::optional<Location> loc, Type input,
                         ArrayRef<int64_t> splits, int64_t axis,
                         SmallVectorImpl<Type> &results);
FailureOr<RankedTensorType> inferConcat(std::optional<Location> loc,
                                        TypeRange inputs, int64_t axis);
FailureOr<RankedTensorType> inferReshape(std::optional<Location> loc,
                                         Type input,
                                         ArrayRef<int64_t> newShape);
FailureOr<RankedTensorType>
inferTranspose(std::optional<Location> loc, Type input,
               std::optional<ArrayRef<int64_t>> permutation);
FailureOr<RankedTensorType> inferMatmul(std::optional<Location> loc, Type a,
                                        Type b);
FailureOr<RankedTensorType> inferGemm(std::optional<Location> loc, Type a,
                                      Type b, Type c, const GemmAttrs &attrs);
FailureOr<RankedTensorType> inferConv2d(std::optional<Location> loc, Type input,
                                        Type filter, Type bias,
                                        const Conv2dAttrs &attrs);
FailureOr<RankedTensorType>
inferConvTranspose2d(std::optional<Location> loc, Type input, Type filter,
                     Type bias, const ConvTranspose2dAttrs &attrs);
/// quantizeLinear (`quantize` true) or dequantizeLinear.
FailureOr<RankedTensorType> inferQuantization(std::optional<Location> loc,
                                              bool quantize, Type input,
                                              Type scale, Type zeroPoint);
FailureOr<RankedTensorType> inferResample2d(std::optional<Location> loc,
                                            Type input,
                                            const Resample2dAttrs &attrs);
FailureOr<RankedTensorType> inferPool2d(std::optional<Location> loc,
                                        StringRef op, Type input,
                                        DataTypeSet allowed,
                                        const Pool2dAttrs &attrs);
FailureOr<RankedTensorType>
inferBatchNormalization(std::optional<Location> loc, Type input, Type mean,
                        Type variance, Type scale, Type bias,
                        const BatchNormalizationAttrs &attrs);
/// instanceNormalization; `scale` and `bias` are null when absent.
FailureOr<RankedTensorType>
inferInstanceNormalization(std::optional<Location> loc, Type input, Type scale,
                           Type bias, const InstanceNormalizationAttrs &attrs);
/// layerNormalization; `scale` and `bias` are null when absent.
FailureOr<RankedTensorType>
inferLayerNormalization(std::optional<Location> loc, Type input, Type scale,
                        Type bias, const LayerNormalizationAttrs &attrs);
FailureOr<RankedTensorType> inferSoftmax(std::optional<Location> loc,
                                         Type input, int64_t axis);

/// The permutation transpose uses: the given one, or the reversed dimensions.
SmallVector<int64_t>
getTransposePermutation(int64_t rank,
                        std::optional<ArrayRef<int64_t>> permutation);

} // namespace mlir::webnn

#endif // WEBNN_DIALECT_WEBNN_IR_SHAPEINFERENCE_H
