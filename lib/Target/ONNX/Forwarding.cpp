//===- Forwarding.cpp - ONNX nodes that make no webnn op ------------------===//
//
// Identity and (inference) Dropout forward their input; a Constant node
// becomes an initializer, so that a shape it holds is read at import time.
// Their converters read their inputs themselves (operandCount 0).
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::onnx_import;

/// Identity, and Dropout before opset 12 (where inference is the only
/// mode): the input itself. A mask output must be unused.
static llvm::Expected<Value> convertForward(Importer &importer,
                                            const Node &node) {
  if (node.proto.input_size() < 1 || node.proto.output_size() < 1)
    return makeError("needs an input and an output");
  return importer.getValue(node.proto.input(0));
}

/// Whether `tensor` is a boolean scalar false.
static bool isFalse(const onnx::TensorProto &tensor) {
  if (tensor.data_type() != onnx::TensorProto::BOOL || tensor.dims_size() > 1 ||
      (tensor.dims_size() == 1 && tensor.dims(0) != 1))
    return false;
  if (tensor.has_raw_data())
    return tensor.raw_data().size() == 1 && tensor.raw_data()[0] == 0;
  return tensor.int32_data_size() == 1 && tensor.int32_data(0) == 0;
}

/// Dropout-12 on: the training_mode input (default false) chooses random
/// dropping, which cannot be imported; it must be absent or a constant
/// false.
static llvm::Expected<Value> convertDropout12(Importer &importer,
                                              const Node &node) {
  if (node.proto.input_size() > 2 && !node.proto.input(2).empty()) {
    const onnx::TensorProto *mode =
        importer.getInitializer(node.proto.input(2));
    if (!mode || !isFalse(*mode))
      return makeError("training_mode must be absent or a constant false "
                       "(only inference is supported)");
  }
  return convertForward(importer, node);
}

static llvm::Expected<Value> convertConstant(Importer &importer,
                                             const Node &node) {
  auto it = node.attrs.find("value");
  if (it == node.attrs.end() || !it->second->has_t() ||
      node.proto.output_size() != 1)
    return makeError("only the 'value' tensor form is supported");
  importer.addConstant(it->second->t(), node.proto.output(0));
  return Value();
}

ArrayRef<ConverterEntry> mlir::webnn::onnx_import::getForwardingConverters() {
  static const ConverterEntry entries[] = {
      {"Identity", 1, convertForward, /*operandCount=*/0},
      {"Dropout", 7, convertForward, /*operandCount=*/0},
      {"Dropout", 12, convertDropout12, /*operandCount=*/0},
      {"Constant", 1, convertConstant, /*operandCount=*/0},
  };
  return entries;
}
