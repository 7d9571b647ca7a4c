//===- Importer.h - The ONNX importer's private interface -------*- C++ -*-===//
//
// The Importer walks a model and keeps its value map; each node goes to
// the converter the table (ConverterTable.cpp) picks for its op type and
// the model's opset. The family files (Elementwise.cpp, Convolution.cpp,
// Pooling.cpp, Normalization.cpp, Linear.cpp, Shape.cpp, Forwarding.cpp)
// define the converters and their entries, with the attribute helpers
// here.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_LIB_TARGET_ONNX_IMPORTER_H
#define WEBNN_LIB_TARGET_ONNX_IMPORTER_H

#include "WebNN/Builder/GraphBuilder.h"
#include "WebNN/Target/ONNX/ConverterTable.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "onnx/onnx_pb.h"
#include "llvm/ADT/StringMap.h"

namespace mlir::webnn::onnx_import {

inline llvm::Error makeError(const Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// The element count of `shape`, or nullopt if a dimension is not positive
/// or the count overflows.
std::optional<int64_t> countElements(ArrayRef<int64_t> shape);

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

/// The WebNN data type of an ONNX TensorProto data type, if it has one.
std::optional<DataType> getDataTypeOf(int32_t onnxType);

using Attrs = llvm::StringMap<const onnx::AttributeProto *>;

inline int64_t getInt(const Attrs &attrs, StringRef name, int64_t fallback) {
  auto it = attrs.find(name);
  return it == attrs.end() ? fallback : it->second->i();
}

inline float getFloat(const Attrs &attrs, StringRef name, float fallback) {
  auto it = attrs.find(name);
  return it == attrs.end() ? fallback : it->second->f();
}

inline std::optional<SmallVector<int64_t>> getInts(const Attrs &attrs,
                                                   StringRef name) {
  auto it = attrs.find(name);
  if (it == attrs.end())
    return std::nullopt;
  return SmallVector<int64_t>(it->second->ints().begin(),
                              it->second->ints().end());
}

inline std::string getString(const Attrs &attrs, StringRef name,
                             StringRef fallback) {
  auto it = attrs.find(name);
  return it == attrs.end() ? fallback.str() : it->second->s();
}

/// ONNX pads [x1_begin, x2_begin, x1_end, x2_end] for 2-D spatial dims, or
/// auto_pad, as WebNN's [top, bottom, left, right] (Conv and the pools).
llvm::Expected<SmallVector<int64_t, 4>> getPadding(const Attrs &attrs,
                                                   ArrayRef<int64_t> inputHW,
                                                   ArrayRef<int64_t> window,
                                                   ArrayRef<int64_t> strides,
                                                   ArrayRef<int64_t> dilations);

//===----------------------------------------------------------------------===//
// Nodes and the importer
//===----------------------------------------------------------------------===//

/// The node a converter converts.
struct Node {
  const onnx::NodeProto &proto;
  const Attrs &attrs;
  /// One entry per input: its value if it is a graph operand (see
  /// ConverterEntry::operandCount), null if it is omitted or read at
  /// import time.
  SmallVector<Value> in;

  /// An error unless the first `count` inputs are operands.
  llvm::Error need(size_t count) const;
};

class Importer {
public:
  Importer(MLIRContext *context, StringRef sourceName)
      : context(context), builder(context), sourceName(sourceName) {}

  llvm::Expected<OwningOpRef<ModuleOp>> run(const onnx::ModelProto &model);

  // What converters use.
  GraphBuilder &getBuilder() { return builder; }
  int64_t getOpset() const { return opset; }
  /// The value of an ONNX name: a graph input, a node result or an
  /// initializer (made a constant on first use).
  llvm::Expected<Value> getValue(StringRef name);
  /// An initializer's (or Constant node's) data, for operands that must be
  /// known at import time.
  llvm::Expected<std::vector<int64_t>> getConstantInts(StringRef name);
  llvm::Expected<std::vector<double>> getConstantFloats(StringRef name);
  llvm::Expected<std::optional<double>> getOptionalConstantScalar(StringRef n);
  /// The initializer (or Constant node tensor) named `name`, or null.
  const onnx::TensorProto *getInitializer(StringRef name) const;
  /// Keeps a Constant node's tensor as the initializer `name`: it may be a
  /// shape, used at import time.
  void addConstant(const onnx::TensorProto &tensor, StringRef name);

  static SmallVector<int64_t> shapeOf(Value v) {
    return SmallVector<int64_t>(cast<RankedTensorType>(v.getType()).getShape());
  }

private:
  /// A tensor's data, checked against its type and shape.
  struct TensorData {
    DataType type;
    SmallVector<int64_t> shape;
    int64_t count;
    std::vector<char> bytes;
  };
  /// The data of the initializer (or Constant node tensor) `name`. Errors
  /// here and below leave out the source name, which the caller adds.
  llvm::Expected<TensorData> readTensor(StringRef name,
                                        const onnx::TensorProto &t) const;
  /// The data of `name`, which must be a constant: an input read at import
  /// time (Reshape's shape, Clip's bounds).
  llvm::Expected<TensorData> readConstant(StringRef name) const;

  llvm::Error importNode(const onnx::NodeProto &node);

  llvm::Error nodeError(const onnx::NodeProto &node, const Twine &message) {
    return makeError(sourceName + ": node '" + node.name() + "' (" +
                     node.op_type() + "): " + message);
  }

  MLIRContext *context;
  GraphBuilder builder;
  std::string sourceName;
  int64_t opset = 0;
  llvm::StringMap<Value> values;
  llvm::StringMap<const onnx::TensorProto *> initializers;
  /// The tensors of Constant nodes, owned here.
  google::protobuf::RepeatedPtrField<onnx::TensorProto> constantStorage;
};

//===----------------------------------------------------------------------===//
// The families' table entries (ConverterTable.cpp joins them)
//===----------------------------------------------------------------------===//

ArrayRef<ConverterEntry> getElementwiseConverters();
ArrayRef<ConverterEntry> getConvolutionConverters();
ArrayRef<ConverterEntry> getPoolingConverters();
ArrayRef<ConverterEntry> getQuantizationConverters();
ArrayRef<ConverterEntry> getNormalizationConverters();
ArrayRef<ConverterEntry> getLinearConverters();
ArrayRef<ConverterEntry> getShapeConverters();
ArrayRef<ConverterEntry> getReductionConverters();
ArrayRef<ConverterEntry> getForwardingConverters();

} // namespace mlir::webnn::onnx_import

#endif // WEBNN_LIB_TARGET_ONNX_IMPORTER_H
