//===- DataType.h - WebNN data types and their MLIR types -------*- C++ -*-===//
//
// MLOperandDataType and its mapping to MLIR element types: float32 -> f32,
// float16 -> f16, int32 -> i32, uint32 -> ui32, int64 -> i64, uint64 -> ui64,
// int8 -> i8, uint8 -> ui8. The rows are in DataTypes.def.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_DIALECT_WEBNN_IR_DATATYPE_H
#define WEBNN_DIALECT_WEBNN_IR_DATATYPE_H

#include "mlir/IR/Types.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace mlir::webnn {

enum class DataType : unsigned {
#define WEBNN_DATA_TYPE(Enumerator, ...) Enumerator,
#include "WebNN/Dialect/WebNN/IR/DataTypes.def"
};

/// Every data type, in the spec's order.
inline constexpr DataType kAllDataTypes[] = {
#define WEBNN_DATA_TYPE(Enumerator, ...) DataType::Enumerator,
#include "WebNN/Dialect/WebNN/IR/DataTypes.def"
};

/// A set of data types, as the spec's "allowed data types" columns list them.
class DataTypeSet {
public:
  constexpr DataTypeSet() = default;
  constexpr DataTypeSet(std::initializer_list<DataType> types) {
    for (DataType t : types)
      bits |= 1u << static_cast<unsigned>(t);
  }
  /// Every type but the 4-bit storage types int4 and uint4, which only the
  /// quantization ops (and constants, inputs and outputs) take: the spec's
  /// "any data type" of ops that compute on the values.
  static constexpr DataTypeSet all() {
    DataTypeSet s;
    for (DataType t : kAllDataTypes)
      if (t != DataType::Int4 && t != DataType::Uint4)
        s.bits |= 1u << static_cast<unsigned>(t);
    return s;
  }
  /// all() and the 4-bit types.
  static constexpr DataTypeSet allWith4Bit() {
    DataTypeSet s = all();
    s.bits |= 1u << static_cast<unsigned>(DataType::Int4);
    s.bits |= 1u << static_cast<unsigned>(DataType::Uint4);
    return s;
  }
  static constexpr DataTypeSet floats() {
    return {DataType::Float32, DataType::Float16};
  }
  constexpr bool contains(DataType t) const {
    return bits & (1u << static_cast<unsigned>(t));
  }
  /// "float32, float16" in the spec's order.
  std::string str() const;

private:
  unsigned bits = 0;
};

/// The spec's name of a data type ("float32").
llvm::StringRef stringifyDataType(DataType type);
/// The data type named by the spec's string, if any.
std::optional<DataType> parseDataType(llvm::StringRef name);
/// The WebNN data type of an MLIR element type, if it is one.
std::optional<DataType> getDataType(Type elementType);
/// The MLIR element type of a WebNN data type.
Type getElementType(MLIRContext *context, DataType type);
/// The size in bytes of one element.
unsigned getByteWidth(DataType type);
/// The .npy dtype descriptor of a data type ("<f4").
llvm::StringRef getNpyDescr(DataType type);

} // namespace mlir::webnn

#endif // WEBNN_DIALECT_WEBNN_IR_DATATYPE_H
