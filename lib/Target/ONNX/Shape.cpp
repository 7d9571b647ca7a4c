//===- Shape.cpp - ONNX Reshape, Flatten, Transpose and Concat ------------===//

#include "Importer.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::onnx_import;

/// Reshape-5 on: the shape is an input, read at import time; 0 copies the
/// input's dimension unless allowzero (an attribute from opset 14), -1 is
/// inferred.
static llvm::Expected<Value> convertReshape(Importer &importer,
                                            const Node &node) {
  if (node.proto.input_size() < 2)
    return makeError("needs a shape input");
  auto shape = importer.getConstantInts(node.proto.input(1));
  if (!shape)
    return shape.takeError();
  std::vector<int64_t> target = *shape;
  SmallVector<int64_t> input = Importer::shapeOf(node.in[0]);
  int64_t known = 1, inferred = -1;
  bool allowZero = getInt(node.attrs, "allowzero", 0);
  for (auto [i, d] : llvm::enumerate(target)) {
    if (d == 0 && !allowZero) {
      if (i >= input.size())
        return makeError("shape dimension " + Twine(i) +
                         " copies an input dimension that does not exist");
      d = input[i];
    }
    if (d == -1) {
      if (inferred >= 0)
        return makeError("shape has more than one -1");
      inferred = i;
      continue;
    }
    if (d <= 0)
      return makeError("shape dimension " + Twine(i) + " is " + Twine(d));
    if (llvm::MulOverflow(known, d, known))
      return makeError("shape has more elements than fit in 64 bits");
  }
  if (inferred >= 0) {
    std::optional<int64_t> count = countElements(input);
    if (!count || known == 0 || *count % known)
      return makeError("shape cannot be inferred for -1");
    target[inferred] = *count / known;
  }
  return importer.getBuilder().reshape(node.in[0], target);
}

static llvm::Expected<Value> convertFlatten(Importer &importer,
                                            const Node &node) {
  SmallVector<int64_t> shape = Importer::shapeOf(node.in[0]);
  int64_t rank = shape.size();
  int64_t axis = getInt(node.attrs, "axis", 1);
  if (axis < -rank || axis > rank)
    return makeError("axis " + Twine(axis) + " is out of range for rank " +
                     Twine(rank));
  if (axis < 0)
    axis += rank;
  std::optional<int64_t> outer =
      countElements(ArrayRef<int64_t>(shape).take_front(axis));
  std::optional<int64_t> inner =
      countElements(ArrayRef<int64_t>(shape).drop_front(axis));
  if (!outer || !inner)
    return makeError("the flattened shape does not fit in 64 bits");
  return importer.getBuilder().reshape(node.in[0], {*outer, *inner});
}

static llvm::Expected<Value> convertTranspose(Importer &importer,
                                              const Node &node) {
  TransposeOptions options;
  if (auto perm = getInts(node.attrs, "perm"))
    options.permutation = *perm;
  return importer.getBuilder().transpose(node.in[0], options);
}

/// Concat-4 on (axis is required; negative from 11).
static llvm::Expected<Value> convertConcat(Importer &importer,
                                           const Node &node) {
  if (llvm::Error error = node.need(std::max<size_t>(node.in.size(), 1)))
    return std::move(error);
  int64_t axis = getInt(node.attrs, "axis", 0);
  if (axis < 0)
    axis += Importer::shapeOf(node.in[0]).size();
  return importer.getBuilder().concat(node.in, axis);
}

static llvm::Expected<Value> convertCast(Importer &importer, const Node &node) {
  int64_t to = getInt(node.attrs, "to", 0);
  std::optional<DataType> type =
      to >= INT32_MIN && to <= INT32_MAX ? getDataTypeOf(to) : std::nullopt;
  if (!type)
    return makeError("cast to ONNX data type " + Twine(to) +
                     " is not supported");
  return importer.getBuilder().cast(node.in[0], *type);
}

/// The axis attribute of the gathers and scatters, negative from the end.
static llvm::Expected<int64_t> getAxis(const Node &node) {
  int64_t rank = Importer::shapeOf(node.in[0]).size();
  int64_t axis = getInt(node.attrs, "axis", 0);
  if (axis < -rank || axis >= rank)
    return makeError("axis " + Twine(axis) + " is out of range for rank " +
                     Twine(rank));
  return axis < 0 ? axis + rank : axis;
}

static llvm::Expected<Value> convertGather(Importer &importer,
                                           const Node &node) {
  if (llvm::Error error = node.need(2))
    return std::move(error);
  auto axis = getAxis(node);
  if (!axis)
    return axis.takeError();
  return importer.getBuilder().gather(node.in[0], node.in[1], {*axis});
}

static llvm::Expected<Value> convertGatherElements(Importer &importer,
                                                   const Node &node) {
  if (llvm::Error error = node.need(2))
    return std::move(error);
  auto axis = getAxis(node);
  if (!axis)
    return axis.takeError();
  return importer.getBuilder().gatherElements(node.in[0], node.in[1], {*axis});
}

static llvm::Expected<Value> convertGatherND(Importer &importer,
                                             const Node &node) {
  if (llvm::Error error = node.need(2))
    return std::move(error);
  if (getInt(node.attrs, "batch_dims", 0) != 0)
    return makeError("batch_dims is not supported");
  return importer.getBuilder().gatherND(node.in[0], node.in[1]);
}

/// ScatterElements and ScatterND: only the plain write (no reduction).
static llvm::Error checkScatter(const Node &node) {
  if (llvm::Error error = node.need(3))
    return error;
  std::string reduction = getString(node.attrs, "reduction", "none");
  if (reduction != "none")
    return makeError("reduction '" + reduction + "' is not supported");
  return llvm::Error::success();
}

static llvm::Expected<Value> convertScatterElements(Importer &importer,
                                                    const Node &node) {
  if (llvm::Error error = checkScatter(node))
    return std::move(error);
  auto axis = getAxis(node);
  if (!axis)
    return axis.takeError();
  return importer.getBuilder().scatterElements(node.in[0], node.in[1],
                                               node.in[2], {*axis});
}

static llvm::Expected<Value> convertScatterND(Importer &importer,
                                              const Node &node) {
  if (llvm::Error error = checkScatter(node))
    return std::move(error);
  return importer.getBuilder().scatterND(node.in[0], node.in[1], node.in[2]);
}

/// Tile-6: the repeats are a constant input.
static llvm::Expected<Value> convertTile(Importer &importer, const Node &node) {
  if (node.proto.input_size() < 2)
    return makeError("needs a repeats input");
  auto repeats = importer.getConstantInts(node.proto.input(1));
  if (!repeats)
    return repeats.takeError();
  return importer.getBuilder().tile(node.in[0], *repeats);
}

/// Expand-8 broadcasts both ways: the target is the broadcast of the input
/// and the shape input, which the input then broadcasts to one way.
static llvm::Expected<Value> convertExpand(Importer &importer,
                                           const Node &node) {
  if (node.proto.input_size() < 2)
    return makeError("needs a shape input");
  auto shape = importer.getConstantInts(node.proto.input(1));
  if (!shape)
    return shape.takeError();
  auto target = broadcastShapes(Importer::shapeOf(node.in[0]), *shape);
  if (failed(target))
    return makeError("the input does not broadcast with the shape input");
  return importer.getBuilder().expand(node.in[0], *target);
}

/// Trilu-14: `k` is an optional constant input.
static llvm::Expected<Value> convertTrilu(Importer &importer,
                                          const Node &node) {
  TriangularOptions options;
  options.upper = getInt(node.attrs, "upper", 1) != 0;
  if (node.proto.input_size() > 1 && !node.proto.input(1).empty()) {
    auto k = importer.getConstantInts(node.proto.input(1));
    if (!k)
      return k.takeError();
    if (k->size() != 1)
      return makeError("k must be one value");
    options.diagonal = k->front();
  }
  return importer.getBuilder().triangular(node.in[0], options);
}

ArrayRef<ConverterEntry> mlir::webnn::onnx_import::getShapeConverters() {
  static const ConverterEntry entries[] = {
      // Before opset 5 the shape was an attribute; the importer reads
      // opsets 7 on.
      {"Reshape", 5, convertReshape, /*operandCount=*/1},
      {"Flatten", 1, convertFlatten},
      {"Transpose", 1, convertTranspose},
      {"Concat", 4, convertConcat},
      {"Cast", 6, convertCast},
      {"Gather", 1, convertGather},
      {"GatherElements", 11, convertGatherElements},
      {"GatherND", 11, convertGatherND},
      {"ScatterElements", 11, convertScatterElements},
      {"ScatterND", 11, convertScatterND},
      {"Tile", 6, convertTile, /*operandCount=*/1},
      {"Expand", 8, convertExpand, /*operandCount=*/1},
      {"Trilu", 14, convertTrilu, /*operandCount=*/1},
  };
  return entries;
}
