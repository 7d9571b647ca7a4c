//===- Quantization.cpp - ONNX QuantizeLinear and DequantizeLinear --------===//
//
// ONNX's scale is a scalar (per tensor) or 1-D along `axis` (per axis);
// WebNN's has the input's rank and divides its shape (blockwise): both
// become that, reshaped. An absent zero point is 0 of ONNX's default type,
// uint8 (for QuantizeLinear; DequantizeLinear's is the input's type).
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::onnx_import;

/// `parameter` (a scale or zero point: a scalar, or 1-D along `axis`) with
/// the rank of `input`'s shape, size 1 everywhere but along the axis.
static llvm::Expected<Value> toInputRank(GraphBuilder &builder, Value parameter,
                                         ArrayRef<int64_t> inputShape,
                                         int64_t axis) {
  SmallVector<int64_t> shape = Importer::shapeOf(parameter);
  int64_t rank = inputShape.size();
  SmallVector<int64_t> target(rank, 1);
  if (shape.size() == 1 && shape[0] != 1) {
    if (axis < -rank || axis >= rank)
      return makeError("axis " + Twine(axis) +
                       " is out of range for an input of rank " + Twine(rank));
    if (axis < 0)
      axis += rank;
    target[axis] = shape[0];
  } else if (shape.size() > 1) {
    return makeError("a scale or zero point of rank " + Twine(shape.size()) +
                     " (blockwise) is not supported before opset 21");
  }
  return builder.reshape(parameter, target);
}

/// QuantizeLinear-10 and 13 (13 added the per-axis scale), DequantizeLinear
/// likewise.
template <bool quantize>
static llvm::Expected<Value> convertQuantization(Importer &importer,
                                                 const Node &node) {
  if (llvm::Error error = node.need(2))
    return std::move(error);
  GraphBuilder &builder = importer.getBuilder();
  SmallVector<int64_t> inputShape = Importer::shapeOf(node.in[0]);
  int64_t axis = getInt(node.attrs, "axis", 1);
  Value zeroPoint = node.in.size() > 2 ? node.in[2] : Value();
  if (!zeroPoint) {
    // 0 of uint8, or of the quantized input's type.
    DataType type = DataType::Uint8;
    if (!quantize)
      type = *getDataType(
          cast<RankedTensorType>(node.in[0].getType()).getElementType());
    SmallVector<int64_t> shape = Importer::shapeOf(node.in[1]);
    int64_t count = 1;
    for (int64_t size : shape)
      count *= size;
    std::vector<char> zeros(count * getByteWidth(type), 0);
    auto constant = builder.constant({type, shape}, ArrayRef<char>(zeros));
    if (!constant)
      return constant.takeError();
    zeroPoint = *constant;
  }
  auto scale = toInputRank(builder, node.in[1], inputShape, axis);
  if (!scale)
    return scale.takeError();
  auto shapedZeroPoint = toInputRank(builder, zeroPoint, inputShape, axis);
  if (!shapedZeroPoint)
    return shapedZeroPoint.takeError();
  if (quantize)
    return builder.quantizeLinear(node.in[0], *scale, *shapedZeroPoint);
  return builder.dequantizeLinear(node.in[0], *scale, *shapedZeroPoint);
}

ArrayRef<ConverterEntry> mlir::webnn::onnx_import::getQuantizationConverters() {
  static const ConverterEntry entries[] = {
      {"DequantizeLinear", 10, convertQuantization<false>},
      {"QuantizeLinear", 10, convertQuantization<true>},
  };
  return entries;
}
