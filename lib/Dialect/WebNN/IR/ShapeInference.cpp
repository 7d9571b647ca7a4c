//===- ShapeInference.cpp - MLGraphBuilder's validation steps -------------===//
//
// The spec's validation and output-shape steps, one function per op. The
// messages start with the spec's method name and say which values are wrong,
// e.g. "conv2d: input channels (3) must equal filter input channels (4) *
// groups (1)".
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::webnn;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// "[1, 3, 224, 224]".
static std::string formatList(ArrayRef<int64_t> values) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << '[';
  llvm::interleaveComma(values, os);
  os << ']';
  return text;
}

static std::string formatType(Type type) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << type;
  return text;
}

/// Emits "<op>: <args...>" at `loc` and returns failure.
template <typename... Args>
static LogicalResult fail(std::optional<Location> loc, StringRef op,
                          Args &&...args) {
  return emitOptionalError(loc, op, ": ", std::forward<Args>(args)...);
}

static StringRef dataTypeName(RankedTensorType type) {
  return stringifyDataType(*getDataType(type.getElementType()));
}

static bool isValidDimension(int64_t dim) {
  return dim > 0 && dim <= kMaxDimension;
}

/// Checks that `other` has the same data type as `reference`.
static LogicalResult checkSameDataType(std::optional<Location> loc,
                                       StringRef op, StringRef name,
                                       RankedTensorType other,
                                       StringRef referenceName,
                                       RankedTensorType reference) {
  if (other.getElementType() == reference.getElementType())
    return success();
  return fail(loc, op, name, " data type (", dataTypeName(other),
              ") must match ", referenceName, " data type (",
              dataTypeName(reference), ")");
}

static LogicalResult checkRank(std::optional<Location> loc, StringRef op,
                               StringRef name, RankedTensorType type,
                               int64_t minRank, int64_t maxRank) {
  int64_t rank = type.getRank();
  if (rank >= minRank && rank <= maxRank)
    return success();
  if (minRank == maxRank)
    return fail(loc, op, name, " rank (", rank, ") must be ", minRank);
  if (maxRank == std::numeric_limits<int64_t>::max())
    return fail(loc, op, name, " rank (", rank, ") must be at least ", minRank);
  return fail(loc, op, name, " rank (", rank, ") must be in the range [",
              minRank, ", ", maxRank, "]");
}

static constexpr int64_t kAnyRank = std::numeric_limits<int64_t>::max();

/// Checks an axis option against a rank: 0 <= axis < rank.
static LogicalResult checkAxis(std::optional<Location> loc, StringRef op,
                               int64_t axis, int64_t rank) {
  if (axis >= 0 && axis < rank)
    return success();
  return fail(loc, op, "axis (", axis, ") must be in the range [0, ", rank,
              ")");
}

/// Checks an axes option (distinct values in [0, rank)) and returns which
/// dimensions it names.
static FailureOr<SmallVector<bool>> getAxesMask(std::optional<Location> loc,
                                                StringRef op,
                                                ArrayRef<int64_t> axes,
                                                int64_t rank) {
  SmallVector<bool> named(rank, false);
  for (int64_t axis : axes) {
    if (rank == 0)
      return fail(loc, op, "axes ", formatList(axes),
                  " must be empty for an input of rank 0");
    if (axis < 0 || axis >= rank)
      return fail(loc, op, "axes ", formatList(axes),
                  " must hold values in the range [0, ", rank, ")");
    if (named[axis])
      return fail(loc, op, "axes ", formatList(axes), " holds ", axis,
                  " twice");
    named[axis] = true;
  }
  return named;
}

/// Checks a list option of `size` entries, each at least `minValue`.
static LogicalResult checkList(std::optional<Location> loc, StringRef op,
                               StringRef name, ArrayRef<int64_t> values,
                               size_t size, int64_t minValue) {
  if (values.size() != size)
    return fail(loc, op, name, " must have ", size, " values, got ",
                values.size(), " (", formatList(values), ")");
  for (int64_t v : values) {
    if (v < minValue || v > kMaxDimension)
      return fail(loc, op, name, " ", formatList(values),
                  " must hold values in the range [", minValue, ", ",
                  kMaxDimension, "]");
  }
  return success();
}

/// The output operand's type, checked against the implementation's limits
/// like every operand: an op whose output would be too large fails when it
/// is built, before anything is allocated for it.
static FailureOr<RankedTensorType> makeOutput(std::optional<Location> loc,
                                              StringRef op,
                                              ArrayRef<int64_t> shape,
                                              Type elementType) {
  auto type = RankedTensorType::get(shape, elementType);
  if (failed(checkTensorByteLength(loc, op, "output", type)))
    return failure();
  return type;
}

//===----------------------------------------------------------------------===//
// Shared rules
//===----------------------------------------------------------------------===//

FailureOr<SmallVector<int64_t>>
mlir::webnn::broadcastShapes(ArrayRef<int64_t> a, ArrayRef<int64_t> b) {
  size_t rank = std::max(a.size(), b.size());
  SmallVector<int64_t> result(rank);
  for (size_t i = 0; i < rank; ++i) {
    int64_t da = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
    int64_t db = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
    if (da != db && da != 1 && db != 1)
      return failure();
    result[i] = da == 1 ? db : da;
  }
  return result;
}

bool mlir::webnn::isUnidirectionallyBroadcastable(ArrayRef<int64_t> from,
                                                  ArrayRef<int64_t> to) {
  if (from.size() > to.size())
    return false;
  size_t offset = to.size() - from.size();
  for (size_t i = 0; i < from.size(); ++i) {
    if (from[i] != to[offset + i] && from[i] != 1)
      return false;
  }
  return true;
}

FailureOr<RankedTensorType>
mlir::webnn::checkOperand(std::optional<Location> loc, StringRef op,
                          StringRef operand, Type type, DataTypeSet allowed) {
  auto tensorType = dyn_cast_or_null<RankedTensorType>(type);
  if (!tensorType)
    return fail(loc, op, operand, " must be a ranked tensor, got ",
                formatType(type));
  if (tensorType.getEncoding())
    return fail(loc, op, operand, " must be a tensor without an encoding, got ",
                formatType(type));
  if (!tensorType.hasStaticShape())
    return fail(loc, op, operand, " must have a static shape, got ",
                formatType(type));
  std::optional<DataType> dataType = getDataType(tensorType.getElementType());
  if (!dataType)
    return fail(loc, op, operand, " element type ",
                formatType(tensorType.getElementType()),
                " is not a WebNN data type");
  if (!allowed.contains(*dataType)) {
    std::string names = allowed.str();
    return fail(loc, op, operand, " data type (", stringifyDataType(*dataType),
                StringRef(names).contains(',') ? ") must be one of "
                                               : ") must be ",
                names);
  }
  for (auto [index, dim] : llvm::enumerate(tensorType.getShape())) {
    if (!isValidDimension(dim))
      return fail(loc, op, operand, " dimension ", index, " (", dim,
                  ") is not a valid dimension: it must be in the range [1, ",
                  kMaxDimension, "]");
  }
  if (failed(checkTensorByteLength(loc, op, operand, tensorType)))
    return failure();
  return tensorType;
}

//===----------------------------------------------------------------------===//
// Element-wise ops
//===----------------------------------------------------------------------===//

/// Two operands of the same data type in `allowed` and their broadcast
/// shape (the spec's "bidirectionally broadcasting").
static FailureOr<std::pair<RankedTensorType, SmallVector<int64_t>>>
checkBroadcastPair(std::optional<Location> loc, StringRef op, StringRef aName,
                   Type a, StringRef bName, Type b, DataTypeSet allowed) {
  auto aType = checkOperand(loc, op, aName, a, allowed);
  if (failed(aType))
    return failure();
  auto bType = checkOperand(loc, op, bName, b, allowed);
  if (failed(bType))
    return failure();
  if (failed(checkSameDataType(loc, op, bName, *bType, aName, *aType)))
    return failure();
  auto shape = broadcastShapes(aType->getShape(), bType->getShape());
  if (failed(shape) && aName == "a")
    return fail(loc, op, "shapes ", formatList(aType->getShape()), " and ",
                formatList(bType->getShape()), " are not broadcastable");
  if (failed(shape))
    return fail(loc, op, aName, " shape ", formatList(aType->getShape()),
                " and ", bName, " shape ", formatList(bType->getShape()),
                " are not broadcastable");
  return std::make_pair(*aType, std::move(*shape));
}

FailureOr<RankedTensorType>
mlir::webnn::inferElementwiseBinary(std::optional<Location> loc, StringRef op,
                                    Type a, Type b) {
  auto pair = checkBroadcastPair(loc, op, "a", a, "b", b, DataTypeSet::all());
  if (failed(pair))
    return failure();
  return makeOutput(loc, op, pair->second, pair->first.getElementType());
}

FailureOr<RankedTensorType>
mlir::webnn::inferElementwiseLogical(std::optional<Location> loc, StringRef op,
                                     Type a, Type b, DataTypeSet allowed) {
  if (!b) {
    auto aType = checkOperand(loc, op, "a", a, allowed);
    if (failed(aType))
      return failure();
    return aType->clone(getElementType(aType->getContext(), DataType::Uint8));
  }
  auto pair = checkBroadcastPair(loc, op, "a", a, "b", b, allowed);
  if (failed(pair))
    return failure();
  return makeOutput(loc, op, pair->second,
                    getElementType(pair->first.getContext(), DataType::Uint8));
}

FailureOr<RankedTensorType> mlir::webnn::inferWhere(std::optional<Location> loc,
                                                    Type condition,
                                                    Type trueValue,
                                                    Type falseValue) {
  StringRef op = "where";
  auto conditionType =
      checkOperand(loc, op, "condition", condition, {DataType::Uint8});
  if (failed(conditionType))
    return failure();
  auto pair = checkBroadcastPair(loc, op, "trueValue", trueValue, "falseValue",
                                 falseValue, DataTypeSet::all());
  if (failed(pair))
    return failure();
  auto shape = broadcastShapes(conditionType->getShape(), pair->second);
  if (failed(shape))
    return fail(loc, op, "condition shape ",
                formatList(conditionType->getShape()),
                " and the values' broadcast shape ", formatList(pair->second),
                " are not broadcastable");
  return makeOutput(loc, op, *shape, pair->first.getElementType());
}

FailureOr<RankedTensorType> mlir::webnn::inferPrelu(std::optional<Location> loc,
                                                    Type input, Type slope) {
  auto pair =
      checkBroadcastPair(loc, "prelu", "input", input, "slope", slope,
                         {DataType::Float32, DataType::Float16, DataType::Int64,
                          DataType::Int32, DataType::Int8});
  if (failed(pair))
    return failure();
  return makeOutput(loc, "prelu", pair->second, pair->first.getElementType());
}

FailureOr<RankedTensorType>
mlir::webnn::inferElementwiseUnary(std::optional<Location> loc, StringRef op,
                                   Type input, DataTypeSet allowed) {
  return checkOperand(loc, op, "input", input, allowed);
}

FailureOr<RankedTensorType> mlir::webnn::inferClamp(std::optional<Location> loc,
                                                    Type input,
                                                    const ClampAttrs &attrs) {
  auto inputType =
      checkOperand(loc, "clamp", "input", input, DataTypeSet::all());
  if (failed(inputType))
    return failure();
  // A NaN bound compares false either way, so it never throws.
  if (attrs.minValue && attrs.maxValue && *attrs.minValue > *attrs.maxValue)
    return fail(loc, "clamp", "minValue (", *attrs.minValue,
                ") must not be greater than maxValue (", *attrs.maxValue, ")");
  return inputType;
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

FailureOr<RankedTensorType>
mlir::webnn::inferReduction(std::optional<Location> loc, StringRef op,
                            Type input, std::optional<ArrayRef<int64_t>> axes,
                            bool keepDimensions, DataTypeSet allowed) {
  auto inputType = checkOperand(loc, op, "input", input, allowed);
  if (failed(inputType))
    return failure();
  int64_t rank = inputType->getRank();
  SmallVector<bool> reduced(rank, true);
  if (axes) {
    auto mask = getAxesMask(loc, op, *axes, rank);
    if (failed(mask))
      return failure();
    reduced = std::move(*mask);
  }
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < rank; ++d) {
    if (!reduced[d])
      shape.push_back(inputType->getDimSize(d));
    else if (keepDimensions)
      shape.push_back(1);
  }
  return inputType->clone(shape);
}

FailureOr<RankedTensorType>
mlir::webnn::inferArgMinMax(std::optional<Location> loc, StringRef op,
                            Type input, int64_t axis, bool keepDimensions,
                            Type outputType) {
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::all());
  if (failed(inputType) ||
      failed(checkRank(loc, op, "input", *inputType, 1, kAnyRank)) ||
      failed(checkAxis(loc, op, axis, inputType->getRank())))
    return failure();
  if (!outputType)
    outputType = getElementType(inputType->getContext(), DataType::Int32);
  std::optional<DataType> outputDataType = getDataType(outputType);
  if (!outputDataType || (*outputDataType != DataType::Int32 &&
                          *outputDataType != DataType::Int64))
    return fail(loc, op, "outputDataType (",
                outputDataType ? stringifyDataType(*outputDataType).str()
                               : formatType(outputType),
                ") must be int32 or int64");
  // Dimensions are at most kMaxDimension, below int32's maximum: every
  // index fits the output type.
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < inputType->getRank(); ++d) {
    if (d != axis)
      shape.push_back(inputType->getDimSize(d));
    else if (keepDimensions)
      shape.push_back(1);
  }
  return makeOutput(loc, op, shape, outputType);
}

FailureOr<RankedTensorType>
mlir::webnn::inferCumulativeSum(std::optional<Location> loc, Type input,
                                int64_t axis) {
  StringRef op = "cumulativeSum";
  auto inputType =
      checkOperand(loc, op, "input", input,
                   {DataType::Float32, DataType::Float16, DataType::Int32,
                    DataType::Uint32, DataType::Int64, DataType::Uint64});
  if (failed(inputType) ||
      failed(checkRank(loc, op, "input", *inputType, 1, kAnyRank)) ||
      failed(checkAxis(loc, op, axis, inputType->getRank())))
    return failure();
  return inputType;
}

//===----------------------------------------------------------------------===//
// Gather and scatter
//===----------------------------------------------------------------------===//

static constexpr DataTypeSet kIndexTypes = {DataType::Int32, DataType::Uint32,
                                            DataType::Int64};

/// Checks that `type` has `shape`, naming both in the message.
static LogicalResult checkShape(std::optional<Location> loc, StringRef op,
                                StringRef name, RankedTensorType type,
                                ArrayRef<int64_t> shape, StringRef why) {
  if (type.getShape() == shape)
    return success();
  return fail(loc, op, name, " shape ", formatList(type.getShape()),
              " must be ", formatList(shape), " (", why, ")");
}

FailureOr<RankedTensorType>
mlir::webnn::inferGather(std::optional<Location> loc, Type input, Type indices,
                         int64_t axis) {
  StringRef op = "gather";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::all());
  if (failed(inputType) ||
      failed(checkRank(loc, op, "input", *inputType, 1, kAnyRank)))
    return failure();
  auto indicesType = checkOperand(loc, op, "indices", indices, kIndexTypes);
  if (failed(indicesType) ||
      failed(checkAxis(loc, op, axis, inputType->getRank())))
    return failure();
  ArrayRef<int64_t> inputShape = inputType->getShape();
  SmallVector<int64_t> shape(inputShape.take_front(axis));
  llvm::append_range(shape, indicesType->getShape());
  llvm::append_range(shape, inputShape.drop_front(axis + 1));
  return makeOutput(loc, op, shape, inputType->getElementType());
}

/// gatherElements' and scatterElements' shared rules: indices of the
/// input's rank and shape except along `axis`.
static FailureOr<std::pair<RankedTensorType, RankedTensorType>>
checkElementsIndices(std::optional<Location> loc, StringRef op, Type input,
                     Type indices, int64_t axis) {
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::all());
  if (failed(inputType) ||
      failed(checkRank(loc, op, "input", *inputType, 1, kAnyRank)))
    return failure();
  auto indicesType = checkOperand(loc, op, "indices", indices, kIndexTypes);
  if (failed(indicesType) ||
      failed(checkAxis(loc, op, axis, inputType->getRank())))
    return failure();
  if (indicesType->getRank() != inputType->getRank())
    return fail(loc, op, "indices rank (", indicesType->getRank(),
                ") must equal input rank (", inputType->getRank(), ")");
  SmallVector<int64_t> expected(inputType->getShape());
  expected[axis] = indicesType->getDimSize(axis);
  if (failed(checkShape(loc, op, "indices", *indicesType, expected,
                        "the input's shape except along axis")))
    return failure();
  return std::make_pair(*inputType, *indicesType);
}

FailureOr<RankedTensorType>
mlir::webnn::inferGatherElements(std::optional<Location> loc, Type input,
                                 Type indices, int64_t axis) {
  auto types =
      checkElementsIndices(loc, "gatherElements", input, indices, axis);
  if (failed(types))
    return failure();
  // The output has the shape of the indices, which may hold more elements
  // than the input.
  return makeOutput(loc, "gatherElements", types->second.getShape(),
                    types->first.getElementType());
}

FailureOr<RankedTensorType>
mlir::webnn::inferScatterElements(std::optional<Location> loc, Type input,
                                  Type indices, Type updates, int64_t axis) {
  StringRef op = "scatterElements";
  auto types = checkElementsIndices(loc, op, input, indices, axis);
  if (failed(types))
    return failure();
  auto updatesType =
      checkOperand(loc, op, "updates", updates, DataTypeSet::all());
  if (failed(updatesType) ||
      failed(checkSameDataType(loc, op, "updates", *updatesType, "input",
                               types->first)) ||
      failed(checkShape(loc, op, "updates", *updatesType,
                        types->second.getShape(), "the indices' shape")))
    return failure();
  return types->first;
}

/// gatherND's and scatterND's shared rules: the shape of the slices the
/// coordinates in `indices` select, `indices.shape[:-1] +
/// input.shape[k:]`.
static FailureOr<
    std::tuple<RankedTensorType, RankedTensorType, SmallVector<int64_t>>>
checkCoordinates(std::optional<Location> loc, StringRef op, Type input,
                 Type indices) {
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::all());
  if (failed(inputType) ||
      failed(checkRank(loc, op, "input", *inputType, 1, kAnyRank)))
    return failure();
  auto indicesType = checkOperand(loc, op, "indices", indices, kIndexTypes);
  if (failed(indicesType) ||
      failed(checkRank(loc, op, "indices", *indicesType, 1, kAnyRank)))
    return failure();
  int64_t coordinates = indicesType->getShape().back();
  if (coordinates > inputType->getRank())
    return fail(loc, op, "indices hold coordinates of ", coordinates,
                " dimensions, more than the input rank (", inputType->getRank(),
                ")");
  SmallVector<int64_t> shape(indicesType->getShape().drop_back());
  llvm::append_range(shape, inputType->getShape().drop_front(coordinates));
  return std::make_tuple(*inputType, *indicesType, std::move(shape));
}

FailureOr<RankedTensorType>
mlir::webnn::inferGatherND(std::optional<Location> loc, Type input,
                           Type indices) {
  auto checked = checkCoordinates(loc, "gatherND", input, indices);
  if (failed(checked))
    return failure();
  return makeOutput(loc, "gatherND", std::get<2>(*checked),
                    std::get<0>(*checked).getElementType());
}

FailureOr<RankedTensorType>
mlir::webnn::inferScatterND(std::optional<Location> loc, Type input,
                            Type indices, Type updates) {
  StringRef op = "scatterND";
  auto checked = checkCoordinates(loc, op, input, indices);
  if (failed(checked))
    return failure();
  RankedTensorType inputType = std::get<0>(*checked);
  auto updatesType =
      checkOperand(loc, op, "updates", updates, DataTypeSet::all());
  if (failed(updatesType) ||
      failed(checkSameDataType(loc, op, "updates", *updatesType, "input",
                               inputType)) ||
      failed(checkShape(loc, op, "updates", *updatesType, std::get<2>(*checked),
                        "indices.shape[:-1] + input.shape[k:]")))
    return failure();
  return inputType;
}

//===----------------------------------------------------------------------===//
// Shape and data movement
//===----------------------------------------------------------------------===//

FailureOr<RankedTensorType>
mlir::webnn::inferConcat(std::optional<Location> loc, TypeRange inputs,
                         int64_t axis) {
  StringRef op = "concat";
  if (inputs.empty())
    return fail(loc, op, "needs at least one input");
  auto first = checkOperand(loc, op, "input 0", inputs[0], DataTypeSet::all());
  if (failed(first) ||
      failed(checkRank(loc, op, "input 0", *first, 1, kAnyRank)))
    return failure();
  int64_t rank = first->getRank();
  if (failed(checkAxis(loc, op, axis, rank)))
    return failure();

  SmallVector<int64_t> shape(first->getShape());
  for (auto [index, input] : llvm::enumerate(inputs.drop_front())) {
    std::string name = "input " + std::to_string(index + 1);
    auto type = checkOperand(loc, op, name, input, DataTypeSet::all());
    if (failed(type) ||
        failed(checkSameDataType(loc, op, name, *type, "input 0", *first)))
      return failure();
    if (type->getRank() != rank)
      return fail(loc, op, name, " rank (", type->getRank(),
                  ") must equal input 0 rank (", rank, ")");
    for (int64_t d = 0; d < rank; ++d) {
      if (d == axis)
        continue;
      if (type->getDimSize(d) != first->getDimSize(d))
        return fail(loc, op, name, " dimension ", d, " (", type->getDimSize(d),
                    ") must equal input 0 dimension ", d, " (",
                    first->getDimSize(d), ")");
    }
    shape[axis] += type->getDimSize(axis);
    if (!isValidDimension(shape[axis]))
      return fail(loc, op, "the concatenated dimension (", shape[axis],
                  ") is larger than ", kMaxDimension);
  }
  return makeOutput(loc, op, shape, first->getElementType());
}

FailureOr<RankedTensorType>
mlir::webnn::inferReshape(std::optional<Location> loc, Type input,
                          ArrayRef<int64_t> newShape) {
  StringRef op = "reshape";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::all());
  if (failed(inputType))
    return failure();
  for (auto [index, dim] : llvm::enumerate(newShape)) {
    if (!isValidDimension(dim))
      return fail(loc, op, "newShape ", formatList(newShape), " dimension ",
                  index, " (", dim, ") is not a valid dimension");
  }
  std::optional<int64_t> newCount = getElementCount(newShape);
  int64_t inputCount = inputType->getNumElements();
  if (!newCount || *newCount != inputCount)
    return fail(loc, op, "newShape ", formatList(newShape), " has ",
                newCount ? std::to_string(*newCount) : "too many",
                " elements but the input ", formatList(inputType->getShape()),
                " has ", inputCount);
  return makeOutput(loc, op, newShape, inputType->getElementType());
}

SmallVector<int64_t> mlir::webnn::getTransposePermutation(
    int64_t rank, std::optional<ArrayRef<int64_t>> permutation) {
  if (permutation)
    return SmallVector<int64_t>(*permutation);
  SmallVector<int64_t> reversed;
  for (int64_t i = rank - 1; i >= 0; --i)
    reversed.push_back(i);
  return reversed;
}

FailureOr<RankedTensorType>
mlir::webnn::inferTranspose(std::optional<Location> loc, Type input,
                            std::optional<ArrayRef<int64_t>> permutation) {
  StringRef op = "transpose";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::all());
  if (failed(inputType))
    return failure();
  int64_t rank = inputType->getRank();
  SmallVector<int64_t> perm = getTransposePermutation(rank, permutation);
  if (static_cast<int64_t>(perm.size()) != rank)
    return fail(loc, op, "permutation ", formatList(perm), " must have ", rank,
                " values, one per input dimension");
  SmallVector<bool> seen(rank, false);
  SmallVector<int64_t> shape;
  for (int64_t p : perm) {
    if (p < 0 || p >= rank)
      return fail(loc, op, "permutation ", formatList(perm), " value ", p,
                  " is not in the range [0, ", rank, ")");
    if (seen[p])
      return fail(loc, op, "permutation ", formatList(perm),
                  " holds the value ", p, " twice");
    seen[p] = true;
    shape.push_back(inputType->getDimSize(p));
  }
  return makeOutput(loc, op, shape, inputType->getElementType());
}

/// Checks a list option with one value per input dimension.
static LogicalResult checkPerDimension(std::optional<Location> loc,
                                       StringRef op, StringRef name,
                                       ArrayRef<int64_t> values, int64_t rank) {
  if (static_cast<int64_t>(values.size()) == rank)
    return success();
  return fail(loc, op, name, " ", formatList(values), " must have ", rank,
              " values, one per input dimension");
}

FailureOr<RankedTensorType>
mlir::webnn::inferSlice(std::optional<Location> loc, Type input,
                        ArrayRef<int64_t> starts, ArrayRef<int64_t> sizes,
                        std::optional<ArrayRef<int64_t>> strides) {
  StringRef op = "slice";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::all());
  if (failed(inputType))
    return failure();
  int64_t rank = inputType->getRank();
  if (failed(checkPerDimension(loc, op, "starts", starts, rank)) ||
      failed(checkPerDimension(loc, op, "sizes", sizes, rank)) ||
      (strides &&
       failed(checkPerDimension(loc, op, "strides", *strides, rank))))
    return failure();
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < rank; ++d) {
    int64_t dim = inputType->getDimSize(d);
    int64_t stride = strides ? (*strides)[d] : 1;
    if (sizes[d] < 1)
      return fail(loc, op, "sizes ", formatList(sizes),
                  " must hold values of at least 1");
    if (stride < 1)
      return fail(loc, op, "strides ", formatList(*strides),
                  " must hold values of at least 1");
    // Compared without adding, which could overflow.
    if (starts[d] < 0 || starts[d] > dim || sizes[d] > dim - starts[d])
      return fail(loc, op, "the window of ", sizes[d], " elements from ",
                  starts[d], " must lie inside dimension ", d, " (of size ",
                  dim, ")");
    shape.push_back(1 + (sizes[d] - 1) / stride);
  }
  return makeOutput(loc, op, shape, inputType->getElementType());
}

FailureOr<RankedTensorType>
mlir::webnn::inferExpand(std::optional<Location> loc, Type input,
                         ArrayRef<int64_t> newShape) {
  StringRef op = "expand";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::all());
  if (failed(inputType))
    return failure();
  for (int64_t dim : newShape)
    if (!isValidDimension(dim))
      return fail(loc, op, "newShape ", formatList(newShape),
                  " must hold values in the range [1, ", kMaxDimension, "]");
  // Unidirectional: the output is newShape, which the input broadcasts to.
  if (!isUnidirectionallyBroadcastable(inputType->getShape(), newShape))
    return fail(loc, op, "input shape ", formatList(inputType->getShape()),
                " does not broadcast to newShape ", formatList(newShape));
  return makeOutput(loc, op, newShape, inputType->getElementType());
}

FailureOr<RankedTensorType>
mlir::webnn::inferReverse(std::optional<Location> loc, Type input,
                          std::optional<ArrayRef<int64_t>> axes) {
  StringRef op = "reverse";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::all());
  if (failed(inputType) || !axes)
    return inputType;
  if (failed(getAxesMask(loc, op, *axes, inputType->getRank())))
    return failure();
  return inputType;
}

FailureOr<RankedTensorType>
mlir::webnn::inferTile(std::optional<Location> loc, Type input,
                       ArrayRef<int64_t> repetitions) {
  StringRef op = "tile";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::all());
  if (failed(inputType) ||
      failed(checkPerDimension(loc, op, "repetitions", repetitions,
                               inputType->getRank())))
    return failure();
  SmallVector<int64_t> shape;
  for (auto [index, dim, times] :
       llvm::enumerate(inputType->getShape(), repetitions)) {
    int64_t size;
    if (times < 1)
      return fail(loc, op, "repetitions ", formatList(repetitions),
                  " must hold values of at least 1");
    if (llvm::MulOverflow(dim, times, size) || !isValidDimension(size))
      return fail(loc, op, "repetitions ", formatList(repetitions),
                  " make dimension ", index, " larger than ", kMaxDimension);
    shape.push_back(size);
  }
  return makeOutput(loc, op, shape, inputType->getElementType());
}

FailureOr<RankedTensorType>
mlir::webnn::inferTriangular(std::optional<Location> loc, Type input) {
  StringRef op = "triangular";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::all());
  if (failed(inputType) ||
      failed(checkRank(loc, op, "input", *inputType, 2, kAnyRank)))
    return failure();
  return inputType;
}

FailureOr<RankedTensorType> mlir::webnn::inferPad(std::optional<Location> loc,
                                                  Type input,
                                                  ArrayRef<int64_t> beginning,
                                                  ArrayRef<int64_t> ending,
                                                  PaddingMode mode) {
  StringRef op = "pad";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::all());
  if (failed(inputType))
    return failure();
  int64_t rank = inputType->getRank();
  if (failed(checkPerDimension(loc, op, "beginningPadding", beginning, rank)) ||
      failed(checkPerDimension(loc, op, "endingPadding", ending, rank)))
    return failure();
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < rank; ++d) {
    int64_t dim = inputType->getDimSize(d);
    for (auto [name, padding] : {std::make_pair("beginningPadding", beginning),
                                 std::make_pair("endingPadding", ending)}) {
      if (padding[d] < 0 || padding[d] > kMaxDimension)
        return fail(loc, op, name, " ", formatList(padding),
                    " must hold values in the range [0, ", kMaxDimension, "]");
      if (mode == PaddingMode::reflection && padding[d] >= dim)
        return fail(loc, op, name, " ", formatList(padding),
                    " must be smaller than each dimension for reflection "
                    "(dimension ",
                    d, " is ", dim, ")");
    }
    int64_t size = dim + beginning[d] + ending[d];
    if (!isValidDimension(size))
      return fail(loc, op, "the padded dimension ", d, " (", size,
                  ") is not a valid dimension: it must be in the range [1, ",
                  kMaxDimension, "]");
    shape.push_back(size);
  }
  return makeOutput(loc, op, shape, inputType->getElementType());
}

FailureOr<RankedTensorType> mlir::webnn::inferCast(std::optional<Location> loc,
                                                   Type input, Type dataType) {
  auto inputType =
      checkOperand(loc, "cast", "input", input, DataTypeSet::all());
  if (failed(inputType))
    return failure();
  std::optional<DataType> target = getDataType(dataType);
  if (!target)
    return fail(loc, "cast", "type (", formatType(dataType),
                ") is not a WebNN data type");
  // The 4-bit types are storage for quantized values, made by
  // quantizeLinear, which clamps to their range; a cast would not.
  if (!DataTypeSet::all().contains(*target))
    return fail(loc, "cast", "type (", stringifyDataType(*target),
                ") must be one of ", DataTypeSet::all().str());
  return makeOutput(loc, "cast", inputType->getShape(), dataType);
}

/// The spec's "valid tensor count": how many tensors an op may take or
/// produce.
static constexpr int64_t kMaxTensorCount = 8192;

LogicalResult mlir::webnn::inferSplit(std::optional<Location> loc, Type input,
                                      ArrayRef<int64_t> splits, int64_t axis,
                                      SmallVectorImpl<Type> &results) {
  StringRef op = "split";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::all());
  if (failed(inputType) ||
      failed(checkRank(loc, op, "input", *inputType, 1, kAnyRank)) ||
      failed(checkAxis(loc, op, axis, inputType->getRank())))
    return failure();
  if (splits.empty() || static_cast<int64_t>(splits.size()) > kMaxTensorCount)
    return fail(loc, op, "splits must have between 1 and ", kMaxTensorCount,
                " values, got ", splits.size());
  int64_t dim = inputType->getDimSize(axis), sum = 0;
  for (int64_t size : splits) {
    if (size < 1 || size > dim)
      return fail(loc, op, "splits ", formatList(splits),
                  " must hold values in the range [1, ", dim, "]");
    sum += size; // At most 8192 values of at most kMaxDimension.
  }
  if (sum != dim)
    return fail(loc, op, "splits ", formatList(splits), " sum to ", sum,
                ", not to the size of dimension ", axis, " (", dim, ")");
  for (int64_t size : splits) {
    SmallVector<int64_t> shape(inputType->getShape());
    shape[axis] = size;
    results.push_back(inputType->clone(shape));
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Linear algebra
//===----------------------------------------------------------------------===//

FailureOr<RankedTensorType>
mlir::webnn::inferMatmul(std::optional<Location> loc, Type a, Type b) {
  StringRef op = "matmul";
  auto aType = checkOperand(loc, op, "a", a, DataTypeSet::floats());
  if (failed(aType) || failed(checkRank(loc, op, "a", *aType, 2, kAnyRank)))
    return failure();
  auto bType = checkOperand(loc, op, "b", b, DataTypeSet::floats());
  if (failed(bType) || failed(checkRank(loc, op, "b", *bType, 2, kAnyRank)) ||
      failed(checkSameDataType(loc, op, "b", *bType, "a", *aType)))
    return failure();
  ArrayRef<int64_t> aShape = aType->getShape(), bShape = bType->getShape();
  int64_t k = aShape.back(), kB = bShape[bShape.size() - 2];
  if (k != kB)
    return fail(loc, op, "a's last dimension (", k,
                ") must equal b's second-to-last dimension (", kB, ")");
  auto batch = broadcastShapes(aShape.drop_back(2), bShape.drop_back(2));
  if (failed(batch))
    return fail(loc, op, "batch dimensions ", formatList(aShape.drop_back(2)),
                " and ", formatList(bShape.drop_back(2)),
                " are not broadcastable");
  SmallVector<int64_t> shape = *batch;
  shape.push_back(aShape[aShape.size() - 2]);
  shape.push_back(bShape.back());
  return makeOutput(loc, op, shape, aType->getElementType());
}

FailureOr<RankedTensorType> mlir::webnn::inferGemm(std::optional<Location> loc,
                                                   Type a, Type b, Type c,
                                                   const GemmAttrs &attrs) {
  StringRef op = "gemm";
  auto aType = checkOperand(loc, op, "a", a, DataTypeSet::floats());
  if (failed(aType) || failed(checkRank(loc, op, "a", *aType, 2, 2)))
    return failure();
  auto bType = checkOperand(loc, op, "b", b, DataTypeSet::floats());
  if (failed(bType) || failed(checkRank(loc, op, "b", *bType, 2, 2)) ||
      failed(checkSameDataType(loc, op, "b", *bType, "a", *aType)))
    return failure();
  int64_t m = aType->getDimSize(attrs.aTranspose ? 1 : 0);
  int64_t k = aType->getDimSize(attrs.aTranspose ? 0 : 1);
  int64_t kB = bType->getDimSize(attrs.bTranspose ? 1 : 0);
  int64_t n = bType->getDimSize(attrs.bTranspose ? 0 : 1);
  if (k != kB)
    return fail(loc, op, "a's inner dimension (", k,
                ") must equal b's inner dimension (", kB,
                ") (aTranspose = ", attrs.aTranspose ? "true" : "false",
                ", bTranspose = ", attrs.bTranspose ? "true" : "false", ")");
  SmallVector<int64_t, 2> shape = {m, n};
  if (c) {
    auto cType = checkOperand(loc, op, "c", c, DataTypeSet::floats());
    if (failed(cType) || failed(checkRank(loc, op, "c", *cType, 0, 2)) ||
        failed(checkSameDataType(loc, op, "c", *cType, "a", *aType)))
      return failure();
    if (!isUnidirectionallyBroadcastable(cType->getShape(), shape))
      return fail(loc, op, "c shape ", formatList(cType->getShape()),
                  " is not broadcastable to the output shape ",
                  formatList(shape));
  }
  return makeOutput(loc, op, shape, aType->getElementType());
}

//===----------------------------------------------------------------------===//
// Convolution and pooling
//===----------------------------------------------------------------------===//

namespace {
/// A 4-D conv2d or pool2d input's sizes, whatever its layout.
struct Input2d {
  int64_t batches;
  int64_t channels;
  int64_t height;
  int64_t width;
};

/// The padding, strides and dilations of a conv2d or pool2d, defaulted.
struct WindowOptions {
  SmallVector<int64_t, 4> padding;
  SmallVector<int64_t, 2> strides;
  SmallVector<int64_t, 2> dilations;
};
} // namespace

static Input2d getInput2d(ArrayRef<int64_t> shape, InputLayout layout) {
  if (layout == InputLayout::nchw)
    return {shape[0], shape[1], shape[2], shape[3]};
  return {shape[0], shape[3], shape[1], shape[2]};
}

/// The options with the spec's defaults (no padding, unit strides and
/// dilations), each checked for its length and bounds.
static FailureOr<WindowOptions>
getWindowOptions(std::optional<Location> loc, StringRef op,
                 const std::optional<SmallVector<int64_t, 4>> &padding,
                 const std::optional<SmallVector<int64_t, 2>> &strides,
                 const std::optional<SmallVector<int64_t, 2>> &dilations) {
  WindowOptions options{padding.value_or(SmallVector<int64_t, 4>{0, 0, 0, 0}),
                        strides.value_or(SmallVector<int64_t, 2>{1, 1}),
                        dilations.value_or(SmallVector<int64_t, 2>{1, 1})};
  if (failed(checkList(loc, op, "padding", options.padding, 4, 0)) ||
      failed(checkList(loc, op, "strides", options.strides, 2, 1)) ||
      failed(checkList(loc, op, "dilations", options.dilations, 2, 1)))
    return failure();
  return options;
}

namespace {
/// The spatial part of conv2d and pooling: one dimension's sizes.
struct WindowDim {
  StringRef name; // "height" or "width"
  int64_t input;
  int64_t window;
  int64_t padBegin;
  int64_t padEnd;
  int64_t stride;
  int64_t dilation;
};
} // namespace

/// The spec's "calculate conv output size" before rounding, as the
/// numerator of `(in - effectiveWindow + padBegin + padEnd) / stride`; fails
/// when the dilated window is larger than the padded input.
static FailureOr<int64_t> getWindowSpan(std::optional<Location> loc,
                                        StringRef op, StringRef windowName,
                                        const WindowDim &d) {
  // All terms are at most kMaxDimension, so int64 cannot overflow here.
  int64_t effective = (d.window - 1) * d.dilation + 1;
  int64_t padded = d.input + d.padBegin + d.padEnd;
  if (effective > padded)
    return fail(loc, op, "the dilated ", windowName, " ", d.name, " (",
                effective, ") is larger than the padded input ", d.name, " (",
                padded, ")");
  return padded - effective;
}

namespace {
/// The spans (getWindowSpan) of a 2-D window along height and width.
struct WindowSpans2d {
  int64_t height;
  int64_t width;
};
} // namespace

/// Both spans of a conv2d filter or pooling window (`windowName`) of size
/// `window` over an input of `inputHeight` x `inputWidth`, with WebNN's
/// [top, bottom, left, right] padding.
static FailureOr<WindowSpans2d>
getWindowSpans2d(std::optional<Location> loc, StringRef op,
                 StringRef windowName, int64_t inputHeight, int64_t inputWidth,
                 ArrayRef<int64_t> window, const WindowOptions &options) {
  ArrayRef<int64_t> padding = options.padding, strides = options.strides,
                    dilations = options.dilations;
  auto height = getWindowSpan(loc, op, windowName,
                              {"height", inputHeight, window[0], padding[0],
                               padding[1], strides[0], dilations[0]});
  if (failed(height))
    return failure();
  auto width = getWindowSpan(loc, op, windowName,
                             {"width", inputWidth, window[1], padding[2],
                              padding[3], strides[1], dilations[1]});
  if (failed(width))
    return failure();
  return WindowSpans2d{*height, *width};
}

static LogicalResult checkOutputSize(std::optional<Location> loc, StringRef op,
                                     StringRef name, int64_t size) {
  if (isValidDimension(size))
    return success();
  return fail(loc, op, "output ", name, " (", size,
              ") is not a valid dimension");
}

/// The 4-D output of a conv2d or pool2d in `layout`, once its height and
/// width are checked to be valid dimensions.
static FailureOr<RankedTensorType>
getOutput2d(std::optional<Location> loc, StringRef op, InputLayout layout,
            int64_t batches, int64_t channels, int64_t height, int64_t width,
            Type elementType) {
  if (failed(checkOutputSize(loc, op, "height", height)) ||
      failed(checkOutputSize(loc, op, "width", width)))
    return failure();
  SmallVector<int64_t, 4> shape =
      layout == InputLayout::nchw
          ? SmallVector<int64_t, 4>{batches, channels, height, width}
          : SmallVector<int64_t, 4>{batches, height, width, channels};
  return makeOutput(loc, op, shape, elementType);
}

/// conv2d's and convTranspose2d's shared operand rules: a 4-D float input
/// (checked by the caller) and a 4-D filter of its data type.
static LogicalResult checkConvFilter(std::optional<Location> loc, StringRef op,
                                     RankedTensorType inputType, Type filter) {
  if (failed(checkRank(loc, op, "input", inputType, 4, 4)))
    return failure();
  auto filterType =
      checkOperand(loc, op, "filter", filter, DataTypeSet::floats());
  if (failed(filterType) ||
      failed(checkRank(loc, op, "filter", *filterType, 4, 4)) ||
      failed(checkSameDataType(loc, op, "filter", *filterType, "input",
                               inputType)))
    return failure();
  return success();
}

/// A convolution's bias: 1-D, one value per output channel, of the input's
/// data type.
static LogicalResult checkConvBias(std::optional<Location> loc, StringRef op,
                                   RankedTensorType inputType, Type bias,
                                   int64_t outputChannels) {
  auto biasType = checkOperand(loc, op, "bias", bias, DataTypeSet::floats());
  if (failed(biasType) ||
      failed(checkSameDataType(loc, op, "bias", *biasType, "input", inputType)))
    return failure();
  if (biasType->getShape() != ArrayRef<int64_t>{outputChannels})
    return fail(loc, op, "bias shape ", formatList(biasType->getShape()),
                " must be [", outputChannels, "] (the output channels)");
  return success();
}

FailureOr<RankedTensorType>
mlir::webnn::inferConv2d(std::optional<Location> loc, Type input, Type filter,
                         Type bias, const Conv2dAttrs &attrs) {
  StringRef op = "conv2d";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::floats());
  if (failed(inputType) || failed(checkConvFilter(loc, op, *inputType, filter)))
    return failure();
  auto filterType = cast<RankedTensorType>(filter);

  auto options =
      getWindowOptions(loc, op, attrs.padding, attrs.strides, attrs.dilations);
  if (failed(options))
    return failure();
  int64_t groups = attrs.groups;
  if (groups < 1 || groups > kMaxDimension)
    return fail(loc, op, "groups (", groups, ") must be positive");

  Input2d in = getInput2d(inputType->getShape(), attrs.inputLayout);
  int64_t inputChannels = in.channels;
  ArrayRef<int64_t> f = filterType.getShape();
  int64_t outputChannels, filterInputChannels, filterHeight, filterWidth;
  switch (attrs.filterLayout) {
  case FilterLayout::oihw:
    outputChannels = f[0], filterInputChannels = f[1], filterHeight = f[2],
    filterWidth = f[3];
    break;
  case FilterLayout::hwio:
    filterHeight = f[0], filterWidth = f[1], filterInputChannels = f[2],
    outputChannels = f[3];
    break;
  case FilterLayout::ohwi:
    outputChannels = f[0], filterHeight = f[1], filterWidth = f[2],
    filterInputChannels = f[3];
    break;
  case FilterLayout::ihwo:
    filterInputChannels = f[0], filterHeight = f[1], filterWidth = f[2],
    outputChannels = f[3];
    break;
  }

  if (inputChannels % groups != 0)
    return fail(loc, op, "input channels (", inputChannels,
                ") must be divisible by groups (", groups, ")");
  if (inputChannels != filterInputChannels * groups)
    return fail(loc, op, "input channels (", inputChannels,
                ") must equal filter input channels (", filterInputChannels,
                ") * groups (", groups, ")");
  if (outputChannels % groups != 0)
    return fail(loc, op, "output channels (", outputChannels,
                ") must be divisible by groups (", groups, ")");
  if (bias && failed(checkConvBias(loc, op, *inputType, bias, outputChannels)))
    return failure();

  auto spans = getWindowSpans2d(loc, op, "filter", in.height, in.width,
                                {filterHeight, filterWidth}, *options);
  if (failed(spans))
    return failure();
  int64_t outputHeight = spans->height / options->strides[0] + 1;
  int64_t outputWidth = spans->width / options->strides[1] + 1;
  return getOutput2d(loc, op, attrs.inputLayout, in.batches, outputChannels,
                     outputHeight, outputWidth, inputType->getElementType());
}

/// The spec's "calculate convtranspose output size": `(in - 1) * stride +
/// (window - 1) * dilation + 1 - padBegin - padEnd`, or nullopt when it
/// does not fit in int64 (each term is at most kMaxDimension, their sum of
/// products may not be).
static std::optional<int64_t> getTransposedOutputSize(const WindowDim &d) {
  int64_t scattered, effective, size;
  if (llvm::MulOverflow(d.input - 1, d.stride, scattered) ||
      llvm::MulOverflow(d.window - 1, d.dilation, effective) ||
      llvm::AddOverflow(scattered, effective + 1, size))
    return std::nullopt;
  return size - d.padBegin - d.padEnd;
}

FailureOr<RankedTensorType>
mlir::webnn::inferConvTranspose2d(std::optional<Location> loc, Type input,
                                  Type filter, Type bias,
                                  const ConvTranspose2dAttrs &attrs) {
  StringRef op = "convTranspose2d";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::floats());
  if (failed(inputType) || failed(checkConvFilter(loc, op, *inputType, filter)))
    return failure();
  auto filterType = cast<RankedTensorType>(filter);

  auto options =
      getWindowOptions(loc, op, attrs.padding, attrs.strides, attrs.dilations);
  if (failed(options))
    return failure();
  SmallVector<int64_t, 2> outputPadding =
      attrs.outputPadding.value_or(SmallVector<int64_t, 2>{0, 0});
  if (failed(checkList(loc, op, "outputPadding", outputPadding, 2, 0)))
    return failure();
  if (attrs.outputSizes) {
    if (failed(checkList(loc, op, "outputSizes", *attrs.outputSizes, 2, 1)))
      return failure();
  } else {
    for (int i = 0; i < 2; ++i)
      if (outputPadding[i] >= options->strides[i])
        return fail(loc, op, "outputPadding ", formatList(outputPadding),
                    " must be smaller than the strides ",
                    formatList(options->strides));
  }
  int64_t groups = attrs.groups;
  if (groups < 1 || groups > kMaxDimension)
    return fail(loc, op, "groups (", groups, ") must be positive");

  Input2d in = getInput2d(inputType->getShape(), attrs.inputLayout);
  ArrayRef<int64_t> f = filterType.getShape();
  int64_t filterInputChannels, filterOutputChannels, filterHeight, filterWidth;
  switch (attrs.filterLayout) {
  case ConvTranspose2dFilterLayout::iohw:
    filterInputChannels = f[0], filterOutputChannels = f[1],
    filterHeight = f[2], filterWidth = f[3];
    break;
  case ConvTranspose2dFilterLayout::hwoi:
    filterHeight = f[0], filterWidth = f[1], filterOutputChannels = f[2],
    filterInputChannels = f[3];
    break;
  case ConvTranspose2dFilterLayout::ohwi:
    filterOutputChannels = f[0], filterHeight = f[1], filterWidth = f[2],
    filterInputChannels = f[3];
    break;
  }
  if (in.channels != filterInputChannels)
    return fail(loc, op, "input channels (", in.channels,
                ") must equal filter input channels (", filterInputChannels,
                ")");
  if (in.channels % groups != 0)
    return fail(loc, op, "input channels (", in.channels,
                ") must be divisible by groups (", groups, ")");
  int64_t outputChannels;
  if (llvm::MulOverflow(filterOutputChannels, groups, outputChannels) ||
      !isValidDimension(outputChannels))
    return fail(loc, op, "output channels (filter output channels ",
                filterOutputChannels, " * groups ", groups,
                ") is not a valid dimension");
  if (bias && failed(checkConvBias(loc, op, *inputType, bias, outputChannels)))
    return failure();

  ArrayRef<int64_t> padding = options->padding, strides = options->strides,
                    dilations = options->dilations;
  WindowDim dims[2] = {{"height", in.height, filterHeight, padding[0],
                        padding[1], strides[0], dilations[0]},
                       {"width", in.width, filterWidth, padding[2], padding[3],
                        strides[1], dilations[1]}};
  int64_t outputSize[2];
  for (int i = 0; i < 2; ++i) {
    std::optional<int64_t> calculated = getTransposedOutputSize(dims[i]);
    if (!calculated)
      return fail(loc, op, "output ", dims[i].name, " overflows int64");
    if (attrs.outputSizes) {
      int64_t size = (*attrs.outputSizes)[i];
      if (size < *calculated || size >= *calculated + strides[i])
        return fail(loc, op, "outputSizes ", formatList(*attrs.outputSizes),
                    ": the output ", dims[i].name, " must be in the range [",
                    *calculated, ", ", *calculated + strides[i],
                    ") for these padding, strides and dilations");
      outputSize[i] = size;
    } else {
      outputSize[i] = *calculated + outputPadding[i];
    }
  }
  return getOutput2d(loc, op, attrs.inputLayout, in.batches, outputChannels,
                     outputSize[0], outputSize[1], inputType->getElementType());
}

/// The integer types of quantized values.
static constexpr DataTypeSet kQuantizedTypes = {
    DataType::Int8,   DataType::Uint8, DataType::Int32,
    DataType::Uint32, DataType::Int4,  DataType::Uint4};

FailureOr<RankedTensorType>
mlir::webnn::inferQuantization(std::optional<Location> loc, bool quantize,
                               Type input, Type scale, Type zeroPoint) {
  StringRef op = quantize ? "quantizeLinear" : "dequantizeLinear";
  auto inputType =
      checkOperand(loc, op, "input", input,
                   quantize ? DataTypeSet::floats() : kQuantizedTypes);
  if (failed(inputType))
    return failure();
  auto scaleType = checkOperand(loc, op, "scale", scale, DataTypeSet::floats());
  if (failed(scaleType) ||
      (quantize && failed(checkSameDataType(loc, op, "scale", *scaleType,
                                            "input", *inputType))))
    return failure();
  auto zeroPointType =
      checkOperand(loc, op, "zeroPoint", zeroPoint, kQuantizedTypes);
  if (failed(zeroPointType) ||
      (!quantize &&
       failed(checkSameDataType(loc, op, "zeroPoint", *zeroPointType, "input",
                                *inputType))))
    return failure();
  int64_t rank = inputType->getRank();
  if (scaleType->getRank() != rank || zeroPointType->getRank() != rank)
    return fail(loc, op, "scale rank (", scaleType->getRank(),
                ") and zeroPoint rank (", zeroPointType->getRank(),
                ") must equal the input rank (", rank, ")");
  if (scaleType->getShape() != zeroPointType->getShape())
    return fail(loc, op, "scale shape ", formatList(scaleType->getShape()),
                " must equal the zeroPoint shape ",
                formatList(zeroPointType->getShape()));
  // Blockwise broadcasting: each dimension of the scale divides the
  // input's.
  for (int64_t d = 0; d < rank; ++d)
    if (inputType->getDimSize(d) % scaleType->getDimSize(d) != 0)
      return fail(loc, op, "scale shape ", formatList(scaleType->getShape()),
                  " does not divide the input shape ",
                  formatList(inputType->getShape()), " in dimension ", d);
  Type outputElement =
      quantize ? zeroPointType->getElementType() : scaleType->getElementType();
  return makeOutput(loc, op, inputType->getShape(), outputElement);
}

FailureOr<RankedTensorType>
mlir::webnn::inferResample2d(std::optional<Location> loc, Type input,
                             const Resample2dAttrs &attrs) {
  StringRef op = "resample2d";
  auto inputType = checkOperand(
      loc, op, "input", input,
      {DataType::Float32, DataType::Float16, DataType::Int8, DataType::Uint8});
  if (failed(inputType) ||
      failed(checkRank(loc, op, "input", *inputType, 4, 4)))
    return failure();
  SmallVector<float, 2> scales =
      attrs.scales.value_or(SmallVector<float, 2>{1.0f, 1.0f});
  if (scales.size() != 2)
    return fail(loc, op, "scales must have 2 values, got ", scales.size());
  for (float scale : scales)
    if (!(scale > 0.0f) || !std::isfinite(scale)) {
      std::string text;
      llvm::raw_string_ostream os(text);
      os << llvm::format("[%g, %g]", scales[0], scales[1]);
      return fail(loc, op, "scales ", text, " must be positive and finite");
    }
  if (attrs.sizes && failed(checkList(loc, op, "sizes", *attrs.sizes, 2, 1)))
    return failure();
  SmallVector<int64_t, 2> axes =
      attrs.axes.value_or(SmallVector<int64_t, 2>{2, 3});
  if (axes.size() != 2)
    return fail(loc, op, "axes must have 2 values, got ", axes.size());
  if (failed(getAxesMask(loc, op, axes, 4)))
    return failure();
  SmallVector<int64_t> shape = llvm::to_vector(inputType->getShape());
  for (int i = 0; i < 2; ++i) {
    int64_t axis = axes[i];
    double size = attrs.sizes ? static_cast<double>((*attrs.sizes)[i])
                              : std::floor(static_cast<double>(shape[axis]) *
                                           static_cast<double>(scales[i]));
    if (!(size <= static_cast<double>(kMaxDimension)))
      return fail(loc, op, "output dimension ", axis,
                  " is not a valid dimension: it must be at most ",
                  kMaxDimension);
    if (size < 1.0)
      return fail(loc, op, "output dimension ", axis, " (",
                  static_cast<int64_t>(size), ") is not a valid dimension");
    shape[axis] = static_cast<int64_t>(size);
  }
  return makeOutput(loc, op, shape, inputType->getElementType());
}

FailureOr<RankedTensorType>
mlir::webnn::inferPool2d(std::optional<Location> loc, StringRef op, Type input,
                         DataTypeSet allowed, const Pool2dAttrs &attrs) {
  auto inputType = checkOperand(loc, op, "input", input, allowed);
  if (failed(inputType) ||
      failed(checkRank(loc, op, "input", *inputType, 4, 4)))
    return failure();
  Input2d in = getInput2d(inputType->getShape(), attrs.layout);

  // Without windowDimensions the pool is global.
  SmallVector<int64_t, 2> window = attrs.windowDimensions.value_or(
      SmallVector<int64_t, 2>{in.height, in.width});
  // The spec's draft zeroes the padding when outputSizes is given, and asks
  // outputSizes to be smaller than the strides; the WPT conformance data
  // (outputSizes [3, 3] with padding [1, 0, 0, 1] and strides [2, 2])
  // contradicts both, so the padding is kept and outputSizes only has to be
  // the floor or the ceiling of the computed size (docs/spec-notes.md).
  if (failed(checkList(loc, op, "windowDimensions", window, 2, 1)))
    return failure();
  auto options =
      getWindowOptions(loc, op, attrs.padding, attrs.strides, attrs.dilations);
  if (failed(options))
    return failure();
  if (attrs.outputSizes &&
      failed(checkList(loc, op, "outputSizes", *attrs.outputSizes, 2, 1)))
    return failure();

  auto spans = getWindowSpans2d(loc, op, "window", in.height, in.width, window,
                                *options);
  if (failed(spans))
    return failure();
  ArrayRef<int64_t> strides = options->strides;
  int64_t floorH = spans->height / strides[0] + 1;
  int64_t floorW = spans->width / strides[1] + 1;
  int64_t ceilH = llvm::divideCeil(spans->height, strides[0]) + 1;
  int64_t ceilW = llvm::divideCeil(spans->width, strides[1]) + 1;

  int64_t outputHeight, outputWidth;
  if (attrs.outputSizes) {
    outputHeight = (*attrs.outputSizes)[0];
    outputWidth = (*attrs.outputSizes)[1];
    bool isFloor = outputHeight == floorH && outputWidth == floorW;
    bool isCeil = outputHeight == ceilH && outputWidth == ceilW;
    if (!isFloor && !isCeil)
      return fail(loc, op, "outputSizes ", formatList(*attrs.outputSizes),
                  " must be the rounded-down output size ",
                  formatList({floorH, floorW}),
                  " or the rounded-up output size ",
                  formatList({ceilH, ceilW}));
  } else if (attrs.outputShapeRounding == RoundingType::floor) {
    outputHeight = floorH, outputWidth = floorW;
  } else {
    outputHeight = ceilH, outputWidth = ceilW;
  }
  return getOutput2d(loc, op, attrs.layout, in.batches, in.channels,
                     outputHeight, outputWidth, inputType->getElementType());
}

//===----------------------------------------------------------------------===//
// Normalization
//===----------------------------------------------------------------------===//

FailureOr<RankedTensorType> mlir::webnn::inferBatchNormalization(
    std::optional<Location> loc, Type input, Type mean, Type variance,
    Type scale, Type bias, const BatchNormalizationAttrs &attrs) {
  StringRef op = "batchNormalization";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::floats());
  if (failed(inputType) ||
      failed(checkRank(loc, op, "input", *inputType, 1, kAnyRank)) ||
      failed(checkAxis(loc, op, attrs.axis, inputType->getRank())))
    return failure();
  int64_t channels = inputType->getDimSize(attrs.axis);
  auto checkParameter = [&](StringRef name, Type type) -> LogicalResult {
    auto paramType = checkOperand(loc, op, name, type, DataTypeSet::floats());
    if (failed(paramType) || failed(checkSameDataType(loc, op, name, *paramType,
                                                      "input", *inputType)))
      return failure();
    if (paramType->getShape() != ArrayRef<int64_t>{channels})
      return fail(loc, op, name, " shape ", formatList(paramType->getShape()),
                  " must be [", channels, "] (input dimension ", attrs.axis,
                  ")");
    return success();
  };
  if (failed(checkParameter("mean", mean)) ||
      failed(checkParameter("variance", variance)) ||
      (scale && failed(checkParameter("scale", scale))) ||
      (bias && failed(checkParameter("bias", bias))))
    return failure();
  return inputType;
}

FailureOr<RankedTensorType> mlir::webnn::inferInstanceNormalization(
    std::optional<Location> loc, Type input, Type scale, Type bias,
    const InstanceNormalizationAttrs &attrs) {
  StringRef op = "instanceNormalization";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::floats());
  if (failed(inputType) ||
      failed(checkRank(loc, op, "input", *inputType, 4, 4)))
    return failure();
  int64_t axis = attrs.layout == InputLayout::nchw ? 1 : 3;
  int64_t channels = inputType->getDimSize(axis);
  auto checkParameter = [&](StringRef name, Type type) -> LogicalResult {
    auto paramType = checkOperand(loc, op, name, type, DataTypeSet::floats());
    if (failed(paramType) || failed(checkSameDataType(loc, op, name, *paramType,
                                                      "input", *inputType)))
      return failure();
    if (paramType->getShape() != ArrayRef<int64_t>{channels})
      return fail(loc, op, name, " shape ", formatList(paramType->getShape()),
                  " must be [", channels, "] (input dimension ", axis,
                  ", the channels in ", stringifyInputLayout(attrs.layout),
                  ")");
    return success();
  };
  if ((scale && failed(checkParameter("scale", scale))) ||
      (bias && failed(checkParameter("bias", bias))))
    return failure();
  return inputType;
}

SmallVector<int64_t>
mlir::webnn::getDefaultLayerNormalizationAxes(int64_t rank) {
  return rank > 1 ? llvm::to_vector(llvm::seq<int64_t>(1, rank))
                  : SmallVector<int64_t>();
}

FailureOr<RankedTensorType>
mlir::webnn::inferLayerNormalization(std::optional<Location> loc, Type input,
                                     Type scale, Type bias,
                                     const LayerNormalizationAttrs &attrs) {
  StringRef op = "layerNormalization";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::floats());
  if (failed(inputType))
    return failure();
  int64_t rank = inputType->getRank();
  SmallVector<int64_t> axes =
      attrs.axes ? *attrs.axes : getDefaultLayerNormalizationAxes(rank);
  if (attrs.axes && failed(getAxesMask(loc, op, axes, rank)))
    return failure();
  // scale and bias hold one value per element of the normalized
  // dimensions, in the order of axes.
  SmallVector<int64_t> parameterShape;
  for (int64_t axis : axes)
    parameterShape.push_back(inputType->getDimSize(axis));
  auto checkParameter = [&](StringRef name, Type type) -> LogicalResult {
    auto paramType = checkOperand(loc, op, name, type, DataTypeSet::floats());
    if (failed(paramType) || failed(checkSameDataType(loc, op, name, *paramType,
                                                      "input", *inputType)))
      return failure();
    if (paramType->getRank() != static_cast<int64_t>(axes.size()))
      return fail(loc, op, name, " rank (", paramType->getRank(),
                  ") must equal the number of axes (", axes.size(), ")");
    if (paramType->getShape() != ArrayRef<int64_t>(parameterShape))
      return fail(loc, op, name, " shape ", formatList(paramType->getShape()),
                  " must be ", formatList(parameterShape),
                  " (the input dimensions at axes ", formatList(axes), ")");
    return success();
  };
  if ((scale && failed(checkParameter("scale", scale))) ||
      (bias && failed(checkParameter("bias", bias))))
    return failure();
  return inputType;
}

FailureOr<RankedTensorType>
mlir::webnn::inferSoftmax(std::optional<Location> loc, Type input,
                          int64_t axis) {
  StringRef op = "softmax";
  auto inputType = checkOperand(loc, op, "input", input, DataTypeSet::floats());
  if (failed(inputType) ||
      failed(checkRank(loc, op, "input", *inputType, 1, kAnyRank)) ||
      failed(checkAxis(loc, op, axis, inputType->getRank())))
    return failure();
  return inputType;
}
