//===- DataType.cpp - WebNN data types and their MLIR types ---------------===//

#include "WebNN/Dialect/WebNN/IR/DataType.h"

#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;
using namespace mlir::webnn;

std::string DataTypeSet::str() const {
  std::string result;
  for (DataType t : kAllDataTypes) {
    if (!contains(t))
      continue;
    if (!result.empty())
      result += ", ";
    result += stringifyDataType(t).str();
  }
  return result;
}

StringRef mlir::webnn::stringifyDataType(DataType type) {
  switch (type) {
#define WEBNN_DATA_TYPE(Enumerator, name, ...)                                 \
  case DataType::Enumerator:                                                   \
    return name;
#include "WebNN/Dialect/WebNN/IR/DataTypes.def"
  }
  llvm_unreachable("unknown DataType");
}

std::optional<DataType> mlir::webnn::parseDataType(StringRef name) {
  for (DataType type : kAllDataTypes)
    if (stringifyDataType(type) == name)
      return type;
  return std::nullopt;
}

std::optional<DataType> mlir::webnn::getDataType(Type elementType) {
  for (DataType type : kAllDataTypes)
    if (getElementType(elementType.getContext(), type) == elementType)
      return type;
  return std::nullopt;
}

Type mlir::webnn::getElementType(MLIRContext *context, DataType type) {
  switch (type) {
#define WEBNN_DATA_TYPE(Enumerator, name, bytes, npy, onnx, mlirType)          \
  case DataType::Enumerator:                                                   \
    return mlirType;
#include "WebNN/Dialect/WebNN/IR/DataTypes.def"
  }
  llvm_unreachable("unknown DataType");
}

unsigned mlir::webnn::getByteWidth(DataType type) {
  switch (type) {
#define WEBNN_DATA_TYPE(Enumerator, name, bytes, ...)                          \
  case DataType::Enumerator:                                                   \
    return bytes;
#include "WebNN/Dialect/WebNN/IR/DataTypes.def"
  }
  llvm_unreachable("unknown DataType");
}

StringRef mlir::webnn::getNpyDescr(DataType type) {
  switch (type) {
#define WEBNN_DATA_TYPE(Enumerator, name, bytes, npy, ...)                     \
  case DataType::Enumerator:                                                   \
    return npy;
#include "WebNN/Dialect/WebNN/IR/DataTypes.def"
  }
  llvm_unreachable("unknown DataType");
}
