//===- NpyFuzzer.cpp - libFuzzer target: the .npy reader ------------------===//
//
// Bytes as a .npy file: parseNpy must return a tensor or an error, and a
// tensor it returns must serialize back to a file it reads the same.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Runtime/Npy.h"

#include <cstdlib>
#include <cstring>

using namespace mlir::webnn;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef bytes(reinterpret_cast<const char *>(data), size);
  llvm::Expected<HostTensor> tensor = parseNpy(bytes);
  if (!tensor) {
    llvm::consumeError(tensor.takeError());
    return 0;
  }
  std::string again = serializeNpy(*tensor);
  llvm::Expected<HostTensor> reread = parseNpy(again);
  if (!reread || reread->getDataType() != tensor->getDataType() ||
      reread->getShape() != tensor->getShape() ||
      std::memcmp(reread->data(), tensor->data(), tensor->getByteSize()) != 0)
    std::abort(); // A tensor that does not round-trip is a reader bug.
  return 0;
}
