//===- ImportONNX.h - ONNX models to webnn IR -------------------*- C++ -*-===//
//
// Reads an ONNX model (ModelProto, opsets 7 to 17 of the default domain) and
// builds the equivalent webnn graph with the GraphBuilder: initializers
// become constants stored as resource blobs, and every node one or a few
// webnn ops. An unsupported op, opset or attribute, a corrupt file or an
// unresolved dynamic dimension is an error naming the node and what is
// missing.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_TARGET_ONNX_IMPORTONNX_H
#define WEBNN_TARGET_ONNX_IMPORTONNX_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/Support/Error.h"

namespace mlir::webnn {

/// Imports a serialized ModelProto; `sourceName` names it in locations.
llvm::Expected<OwningOpRef<ModuleOp>>
importONNXModel(MLIRContext *context, llvm::StringRef bytes,
                llvm::StringRef sourceName);

/// Reads and imports the ONNX file at `path`.
llvm::Expected<OwningOpRef<ModuleOp>> importONNXFile(MLIRContext *context,
                                                     llvm::StringRef path);

} // namespace mlir::webnn

#endif // WEBNN_TARGET_ONNX_IMPORTONNX_H
