//===- OnnxFuzzer.cpp - libFuzzer target: the ONNX importer ---------------===//
//
// Bytes as an ONNX model file: the importer returns an error or a module
// that verifies and lowers, never a crash, whatever the protobuf holds.
// OnnxModelFuzzer mutates the models themselves rather than their bytes.
//
//===----------------------------------------------------------------------===//

#include "ImportOnnx.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzzOnnxImport(data, size);
  return 0;
}
