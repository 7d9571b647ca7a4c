//===- Limits.cpp - The sizes this implementation accepts -----------------===//

#include "WebNN/Dialect/WebNN/IR/Limits.h"

#include "WebNN/Dialect/WebNN/IR/DataType.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::webnn;

std::optional<int64_t> mlir::webnn::getElementCount(ArrayRef<int64_t> shape) {
  int64_t count = 1;
  for (int64_t dim : shape) {
    if (dim < 0 || llvm::MulOverflow(count, dim, count))
      return std::nullopt;
  }
  return count;
}

std::optional<uint64_t>
mlir::webnn::getTensorByteLength(RankedTensorType type) {
  std::optional<DataType> dataType = getDataType(type.getElementType());
  std::optional<int64_t> count = getElementCount(type.getShape());
  int64_t bytes;
  if (!dataType || !count ||
      llvm::MulOverflow(*count, int64_t(getByteWidth(*dataType)), bytes))
    return std::nullopt;
  return bytes;
}

LogicalResult mlir::webnn::checkTensorByteLength(std::optional<Location> loc,
                                                 StringRef op, StringRef name,
                                                 RankedTensorType type) {
  std::optional<uint64_t> bytes = getTensorByteLength(type);
  if (bytes && *bytes <= kMaxTensorByteLength)
    return success();
  std::string shape;
  llvm::raw_string_ostream os(shape);
  os << '[';
  llvm::interleaveComma(type.getShape(), os);
  os << ']';
  std::optional<int64_t> count = getElementCount(type.getShape());
  if (!count)
    return emitOptionalError(loc, op, ": ", name, " shape ", shape,
                             " has more elements than int64 can count");
  std::optional<DataType> dataType = getDataType(type.getElementType());
  if (!dataType)
    return emitOptionalError(loc, op, ": ", name, " type ", type,
                             " is not a tensor of a WebNN data type");
  return emitOptionalError(loc, op, ": ", name, " shape ", shape, " of ",
                           stringifyDataType(*dataType), " needs ", *count,
                           " elements of ", getByteWidth(*dataType),
                           " bytes, more than maxTensorByteLength (",
                           kMaxTensorByteLength, " bytes)");
}
