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

ArrayRef<ConverterEntry> mlir::webnn::onnx_import::getShapeConverters() {
  static const ConverterEntry entries[] = {
      // Before opset 5 the shape was an attribute; the importer reads
      // opsets 7 on.
      {"Reshape", 5, convertReshape, /*operandCount=*/1},
      {"Flatten", 1, convertFlatten},
      {"Transpose", 1, convertTranspose},
      {"Concat", 4, convertConcat},
  };
  return entries;
}
