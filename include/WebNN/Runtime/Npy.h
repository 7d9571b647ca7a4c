//===- Npy.h - Reading and writing NumPy .npy files -------------*- C++ -*-===//
//
// The .npy format (version 1.0, 2.0 and 3.0 headers), little-endian,
// C order, for the dtypes of the WebNN data types: <f4 <f2 <i4 <u4 <i8 <u8
// |i1 |u1 (and bool |b1 read as uint8). Anything else is an error naming what
// is wrong; malformed or truncated files never crash.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_RUNTIME_NPY_H
#define WEBNN_RUNTIME_NPY_H

#include "WebNN/Runtime/HostTensor.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace mlir::webnn {

llvm::Expected<HostTensor> parseNpy(llvm::StringRef bytes);
llvm::Expected<HostTensor> readNpyFile(llvm::StringRef path);
std::string serializeNpy(const HostTensor &tensor);
llvm::Error writeNpyFile(llvm::StringRef path, const HostTensor &tensor);

} // namespace mlir::webnn

#endif // WEBNN_RUNTIME_NPY_H
