//===- Normalization.cpp - ONNX normalizations and Softmax ----------------===//

#include "Importer.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::onnx_import;

/// BatchNormalization-9 on: the statistics are per channel (inference
/// only: training_mode, an attribute from opset 14, must be 0).
static llvm::Expected<Value> convertBatchNormalization9(Importer &importer,
                                                        const Node &node) {
  if (llvm::Error error = node.need(5))
    return std::move(error);
  if (getInt(node.attrs, "training_mode", 0))
    return makeError("training_mode is not supported");
  const SmallVector<Value> &in = node.in;
  BatchNormalizationOptions options;
  options.scale = in[1];
  options.bias = in[2];
  options.epsilon = getFloat(node.attrs, "epsilon", 1e-5f);
  return importer.getBuilder().batchNormalization(in[0], in[3], in[4], options);
}

/// BatchNormalization-7: as 9 unless spatial = 0, where the statistics are
/// per element of C x D1 x ... x Dn, which webnn has no op for.
static llvm::Expected<Value> convertBatchNormalization7(Importer &importer,
                                                        const Node &node) {
  if (!getInt(node.attrs, "spatial", 1))
    return makeError("spatial = 0 is not supported");
  return convertBatchNormalization9(importer, node);
}

/// InstanceNormalization-6: scale and bias are required 1-D per-channel
/// tensors; the input is nchw (webnn takes 4-D inputs only).
static llvm::Expected<Value> convertInstanceNormalization6(Importer &importer,
                                                           const Node &node) {
  if (llvm::Error error = node.need(3))
    return std::move(error);
  InstanceNormalizationOptions options;
  options.scale = node.in[1];
  options.bias = node.in[2];
  options.epsilon = getFloat(node.attrs, "epsilon", 1e-5f);
  return importer.getBuilder().instanceNormalization(node.in[0], options);
}

/// LayerNormalization-17: over the dimensions from `axis` (default -1) to
/// the last. Scale and the optional bias may be any shape that broadcasts
/// to those dimensions; webnn wants exactly their shape, so a smaller one is
/// expanded. stash_type (the precision of the statistics) is ignored:
/// float16 statistics are computed in float32 anyway.
static llvm::Expected<Value> convertLayerNormalization17(Importer &importer,
                                                         const Node &node) {
  if (llvm::Error error = node.need(2))
    return std::move(error);
  GraphBuilder &builder = importer.getBuilder();
  SmallVector<int64_t> shape = Importer::shapeOf(node.in[0]);
  int64_t rank = shape.size();
  int64_t axis = getInt(node.attrs, "axis", -1);
  if (axis < -rank || axis >= rank)
    return makeError("axis " + std::to_string(axis) +
                     " is out of range for an input of rank " +
                     std::to_string(rank));
  if (axis < 0)
    axis += rank;
  LayerNormalizationOptions options;
  options.axes = llvm::to_vector(llvm::seq<int64_t>(axis, rank));
  options.epsilon = getFloat(node.attrs, "epsilon", 1e-5f);
  SmallVector<int64_t> normalizedShape(shape.begin() + axis, shape.end());
  auto toNormalizedShape = [&](Value parameter) -> llvm::Expected<Value> {
    if (!parameter || Importer::shapeOf(parameter) == normalizedShape)
      return parameter;
    return builder.expand(parameter, normalizedShape);
  };
  auto scale = toNormalizedShape(node.in[1]);
  if (!scale)
    return scale.takeError();
  options.scale = *scale;
  auto bias = toNormalizedShape(node.in.size() > 2 ? node.in[2] : Value());
  if (!bias)
    return bias.takeError();
  options.bias = *bias;
  return builder.layerNormalization(node.in[0], options);
}

/// Softmax-1 (and 11): the input is coerced to 2-D at `axis` (default 1)
/// and softmax runs over the flattened inner dimensions.
static llvm::Expected<Value> convertSoftmax1(Importer &importer,
                                             const Node &node) {
  GraphBuilder &builder = importer.getBuilder();
  SmallVector<int64_t> shape = Importer::shapeOf(node.in[0]);
  int64_t rank = shape.size();
  int64_t axis = getInt(node.attrs, "axis", 1);
  if (axis < 0)
    axis += rank;
  if (axis == rank - 1)
    return builder.softmax(node.in[0], axis);
  int64_t outer = 1, inner = 1;
  for (int64_t i = 0; i < rank; ++i)
    (i < axis ? outer : inner) *= shape[i];
  auto flat = builder.reshape(node.in[0], {outer, inner});
  if (!flat)
    return flat.takeError();
  auto soft = builder.softmax(*flat, 1);
  if (!soft)
    return soft.takeError();
  return builder.reshape(*soft, shape);
}

/// Softmax-13: over the single dimension `axis` (default -1).
static llvm::Expected<Value> convertSoftmax13(Importer &importer,
                                              const Node &node) {
  int64_t axis = getInt(node.attrs, "axis", -1);
  if (axis < 0)
    axis += Importer::shapeOf(node.in[0]).size();
  return importer.getBuilder().softmax(node.in[0], axis);
}

ArrayRef<ConverterEntry>
mlir::webnn::onnx_import::getNormalizationConverters() {
  static const ConverterEntry entries[] = {
      {"BatchNormalization", 7, convertBatchNormalization7},
      {"BatchNormalization", 9, convertBatchNormalization9},
      {"InstanceNormalization", 6, convertInstanceNormalization6},
      {"LayerNormalization", 17, convertLayerNormalization17},
      {"Softmax", 1, convertSoftmax1},
      {"Softmax", 13, convertSoftmax13},
  };
  return entries;
}
