//===- Shape.cpp - ONNX shape, gather, slicing and resizing ops -----------===//

#include "Importer.h"
#include "WebNN/Dialect/WebNN/IR/Limits.h"
#include "llvm/Support/FormatVariadic.h"

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

/// Gather and GatherElements: the data, the indices and an axis.
template <llvm::Expected<Value> (GraphBuilder::*method)(Value, Value,
                                                        const GatherOptions &)>
static llvm::Expected<Value> convertGather(Importer &importer,
                                           const Node &node) {
  if (llvm::Error error = node.need(2))
    return std::move(error);
  auto axis = getAxis(node);
  if (!axis)
    return axis.takeError();
  return (importer.getBuilder().*method)(node.in[0], node.in[1], {*axis});
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

/// Slice-13: starts, ends and the optional axes and steps are constant
/// inputs; negative positions count from the end and ends are clamped to
/// the dimension, as ONNX says. Negative steps (a reversed slice) are not
/// supported.
static llvm::Expected<Value> convertSlice(Importer &importer,
                                          const Node &node) {
  if (node.proto.input_size() < 3)
    return makeError("needs starts and ends inputs");
  auto optionalInput = [&](int index) -> llvm::Expected<std::vector<int64_t>> {
    if (node.proto.input_size() <= index || node.proto.input(index).empty())
      return std::vector<int64_t>();
    return importer.getConstantInts(node.proto.input(index));
  };
  auto starts = importer.getConstantInts(node.proto.input(1));
  if (!starts)
    return starts.takeError();
  auto ends = importer.getConstantInts(node.proto.input(2));
  if (!ends)
    return ends.takeError();
  auto axes = optionalInput(3);
  if (!axes)
    return axes.takeError();
  auto steps = optionalInput(4);
  if (!steps)
    return steps.takeError();
  SmallVector<int64_t> shape = Importer::shapeOf(node.in[0]);
  int64_t rank = shape.size();
  size_t count = starts->size();
  if (ends->size() != count || (!axes->empty() && axes->size() != count) ||
      (!steps->empty() && steps->size() != count))
    return makeError("starts, ends, axes and steps must have one value each");
  SmallVector<int64_t> sliceStarts(rank, 0), sizes(shape), strides(rank, 1);
  SmallVector<bool> seen(rank, false);
  for (size_t i = 0; i < count; ++i) {
    int64_t axis = axes->empty() ? static_cast<int64_t>(i) : (*axes)[i];
    if (axis < -rank || axis >= rank)
      return makeError("axis " + Twine(axis) + " is out of range for rank " +
                       Twine(rank));
    axis = axis < 0 ? axis + rank : axis;
    if (seen[axis])
      return makeError("axis " + Twine(axis) + " is sliced twice");
    seen[axis] = true;
    int64_t step = steps->empty() ? 1 : (*steps)[i];
    if (step < 1)
      return makeError("step " + Twine(step) +
                       " is not supported (only "
                       "positive steps)");
    int64_t dim = shape[axis];
    auto position = [&](int64_t value) {
      if (value < 0)
        value = value < -dim ? 0 : value + dim;
      return std::min(value, dim);
    };
    int64_t begin = position((*starts)[i]), end = position((*ends)[i]);
    if (end <= begin)
      return makeError("the slice of axis " + Twine(axis) + " is empty");
    sliceStarts[axis] = begin;
    sizes[axis] = end - begin;
    strides[axis] = step;
  }
  SliceOptions options;
  options.strides = strides;
  return importer.getBuilder().slice(node.in[0], sliceStarts, sizes, options);
}

/// Pad-13: `pads` ([begin..., end...]) and the optional constant value are
/// constant inputs.
static llvm::Expected<Value> convertPad(Importer &importer, const Node &node) {
  if (node.proto.input_size() < 2)
    return makeError("needs a pads input");
  auto pads = importer.getConstantInts(node.proto.input(1));
  if (!pads)
    return pads.takeError();
  size_t rank = Importer::shapeOf(node.in[0]).size();
  if (pads->size() != 2 * rank)
    return makeError("pads must have " + Twine(2 * rank) + " values");
  PadOptions options;
  std::string mode = getString(node.attrs, "mode", "constant");
  if (mode == "edge")
    options.mode = PaddingMode::edge;
  else if (mode == "reflect")
    options.mode = PaddingMode::reflection;
  else if (mode != "constant")
    return makeError("mode '" + mode + "' is not supported");
  if (node.proto.input_size() > 2 && !node.proto.input(2).empty()) {
    auto value = importer.getOptionalConstantScalar(node.proto.input(2));
    if (!value)
      return value.takeError();
    if (*value)
      options.value = **value;
  }
  SmallVector<int64_t> beginning(pads->begin(), pads->begin() + rank);
  SmallVector<int64_t> ending(pads->begin() + rank, pads->end());
  return importer.getBuilder().pad(node.in[0], beginning, ending, options);
}

/// Resize-11 on (13 changed nothing that matters here), 4-D: at most two
/// dimensions resized, by `scales` or `sizes` (inputs 2 and 3, read at
/// import time), as resample2d does them: half-pixel coordinates
/// (pytorch_half_pixel is the same for outputs longer than 1), nearest
/// rounding halves down (round_prefer_floor), linear, and an output size
/// that is the input's times the scale exactly (resample2d takes the
/// scale as output / input). Anything else is refused by name.
static llvm::Expected<Value> convertResize(Importer &importer,
                                           const Node &node) {
  if (llvm::Error error = node.need(1))
    return std::move(error);
  SmallVector<int64_t> shape = Importer::shapeOf(node.in[0]);
  if (shape.size() != 4)
    return makeError("only 4-D inputs are supported");
  std::string mode = getString(node.attrs, "mode", "nearest");
  std::string coordinates =
      getString(node.attrs, "coordinate_transformation_mode", "half_pixel");
  std::string nearestMode =
      getString(node.attrs, "nearest_mode", "round_prefer_floor");
  Resample2dOptions options;
  if (mode == "linear")
    options.mode = InterpolationMode::linear;
  else if (mode != "nearest")
    return makeError("mode '" + mode + "' is not supported");
  if (mode == "nearest" && nearestMode != "round_prefer_floor")
    return makeError("nearest_mode '" + nearestMode + "' is not supported");

  // The output shape, from sizes (input 3) or scales (input 2).
  const onnx::NodeProto &proto = node.proto;
  SmallVector<int64_t> output;
  if (proto.input_size() > 3 && !proto.input(3).empty()) {
    auto sizes = importer.getConstantInts(proto.input(3));
    if (!sizes)
      return sizes.takeError();
    output.assign(sizes->begin(), sizes->end());
  } else if (proto.input_size() > 2 && !proto.input(2).empty()) {
    auto scales = importer.getConstantFloats(proto.input(2));
    if (!scales)
      return scales.takeError();
    if (scales->size() != 4)
      return makeError("scales must have 4 values, it has " +
                       Twine(scales->size()));
    for (auto [size, scale] : llvm::zip(shape, *scales)) {
      double exact = static_cast<double>(size) * scale;
      if (!(exact >= 1.0 && exact <= kMaxDimension) ||
          exact != std::floor(exact))
        return makeError("scale " + llvm::formatv("{0}", scale) +
                         " of a dimension of " + Twine(size) +
                         " does not give a whole output size");
      output.push_back(static_cast<int64_t>(exact));
    }
  } else {
    return makeError("needs scales or sizes");
  }
  if (output.size() != 4)
    return makeError("sizes must have 4 values, it has " +
                     Twine(output.size()));
  SmallVector<int64_t, 2> axes, sizes;
  for (int64_t d = 0; d < 4; ++d)
    if (output[d] != shape[d]) {
      axes.push_back(d);
      sizes.push_back(output[d]);
    }
  if (axes.size() > 2)
    return makeError("resizes " + Twine(axes.size()) +
                     " dimensions; resample2d resizes at most 2");
  if (coordinates == "pytorch_half_pixel") {
    if (llvm::is_contained(sizes, 1))
      return makeError("coordinate_transformation_mode 'pytorch_half_pixel' "
                       "with an output size of 1 is not supported");
  } else if (coordinates != "half_pixel") {
    return makeError("coordinate_transformation_mode '" + coordinates +
                     "' is not supported");
  }
  if (axes.empty())
    return node.in[0];
  // Two axes, in order: pad with an axis that keeps its size.
  for (int64_t d = 3; axes.size() < 2; --d)
    if (!llvm::is_contained(axes, d)) {
      axes.push_back(d);
      sizes.push_back(shape[d]);
    }
  if (axes[0] > axes[1]) {
    std::swap(axes[0], axes[1]);
    std::swap(sizes[0], sizes[1]);
  }
  options.axes = axes;
  options.sizes = sizes;
  return importer.getBuilder().resample2d(node.in[0], options);
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
      {"Gather", 1, convertGather<&GraphBuilder::gather>},
      {"GatherElements", 11, convertGather<&GraphBuilder::gatherElements>},
      {"GatherND", 11, convertGatherND},
      {"ScatterElements", 11, convertScatterElements},
      {"ScatterND", 11, convertScatterND},
      {"Tile", 6, convertTile, /*operandCount=*/1},
      {"Expand", 8, convertExpand, /*operandCount=*/1},
      {"Trilu", 14, convertTrilu, /*operandCount=*/1},
      {"Slice", 13, convertSlice, /*operandCount=*/1},
      {"Pad", 13, convertPad, /*operandCount=*/1},
      {"Resize", 11, convertResize, /*operandCount=*/1},
  };
  return entries;
}
