//===- DataType.cpp - WebNN data types and their MLIR types ---------------===//

#include "WebNN/Dialect/WebNN/IR/DataType.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/StringSwitch.h"

using namespace mlir;
using namespace mlir::webnn;

static constexpr DataType kAllDataTypes[] = {
    DataType::Float32, DataType::Float16, DataType::Int32, DataType::Uint32,
    DataType::Int64,   DataType::Uint64,  DataType::Int8,  DataType::Uint8};

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
  case DataType::Float32:
    return "float32";
  case DataType::Float16:
    return "float16";
  case DataType::Int32:
    return "int32";
  case DataType::Uint32:
    return "uint32";
  case DataType::Int64:
    return "int64";
  case DataType::Uint64:
    return "uint64";
  case DataType::Int8:
    return "int8";
  case DataType::Uint8:
    return "uint8";
  }
  llvm_unreachable("unknown DataType");
}

std::optional<DataType> mlir::webnn::parseDataType(StringRef name) {
  return llvm::StringSwitch<std::optional<DataType>>(name)
      .Case("float32", DataType::Float32)
      .Case("float16", DataType::Float16)
      .Case("int32", DataType::Int32)
      .Case("uint32", DataType::Uint32)
      .Case("int64", DataType::Int64)
      .Case("uint64", DataType::Uint64)
      .Case("int8", DataType::Int8)
      .Case("uint8", DataType::Uint8)
      .Default(std::nullopt);
}

std::optional<DataType> mlir::webnn::getDataType(Type elementType) {
  if (elementType.isF32())
    return DataType::Float32;
  if (elementType.isF16())
    return DataType::Float16;
  auto intType = dyn_cast<IntegerType>(elementType);
  if (!intType || intType.isSigned())
    return std::nullopt;
  bool isUnsigned = intType.isUnsigned();
  switch (intType.getWidth()) {
  case 8:
    return isUnsigned ? DataType::Uint8 : DataType::Int8;
  case 32:
    return isUnsigned ? DataType::Uint32 : DataType::Int32;
  case 64:
    return isUnsigned ? DataType::Uint64 : DataType::Int64;
  default:
    return std::nullopt;
  }
}

Type mlir::webnn::getElementType(MLIRContext *context, DataType type) {
  auto unsignedInt = [&](unsigned width) {
    return IntegerType::get(context, width, IntegerType::Unsigned);
  };
  switch (type) {
  case DataType::Float32:
    return Float32Type::get(context);
  case DataType::Float16:
    return Float16Type::get(context);
  case DataType::Int32:
    return IntegerType::get(context, 32);
  case DataType::Uint32:
    return unsignedInt(32);
  case DataType::Int64:
    return IntegerType::get(context, 64);
  case DataType::Uint64:
    return unsignedInt(64);
  case DataType::Int8:
    return IntegerType::get(context, 8);
  case DataType::Uint8:
    return unsignedInt(8);
  }
  llvm_unreachable("unknown DataType");
}

unsigned mlir::webnn::getByteWidth(DataType type) {
  switch (type) {
  case DataType::Float32:
  case DataType::Int32:
  case DataType::Uint32:
    return 4;
  case DataType::Float16:
    return 2;
  case DataType::Int64:
  case DataType::Uint64:
    return 8;
  case DataType::Int8:
  case DataType::Uint8:
    return 1;
  }
  llvm_unreachable("unknown DataType");
}
