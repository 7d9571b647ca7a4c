//===- Linear.cpp - ONNX Gemm and MatMul ----------------------------------===//

#include "Importer.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::onnx_import;

/// Gemm-7 on (C broadcasts; C is optional from 11, and an absent C is
/// none at any opset).
static llvm::Expected<Value> convertGemm(Importer &importer, const Node &node) {
  if (llvm::Error error = node.need(2))
    return std::move(error);
  GemmOptions options;
  options.alpha = getFloat(node.attrs, "alpha", 1.0f);
  options.beta = getFloat(node.attrs, "beta", 1.0f);
  options.aTranspose = getInt(node.attrs, "transA", 0);
  options.bTranspose = getInt(node.attrs, "transB", 0);
  if (node.in.size() > 2)
    options.c = node.in[2];
  return importer.getBuilder().gemm(node.in[0], node.in[1], options);
}

static llvm::Expected<Value> convertMatMul(Importer &importer,
                                           const Node &node) {
  if (llvm::Error error = node.need(2))
    return std::move(error);
  return importer.getBuilder().matmul(node.in[0], node.in[1]);
}

ArrayRef<ConverterEntry> mlir::webnn::onnx_import::getLinearConverters() {
  static const ConverterEntry entries[] = {
      {"Gemm", 7, convertGemm},
      {"MatMul", 1, convertMatMul},
  };
  return entries;
}
