//===- Normalization.cpp - ONNX BatchNormalization and Softmax ------------===//

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
      {"Softmax", 1, convertSoftmax1},
      {"Softmax", 13, convertSoftmax13},
  };
  return entries;
}
