//===- HostTensor.cpp - A tensor in host memory ---------------------------===//

#include "WebNN/Runtime/HostTensor.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/bit.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <optional>

using namespace mlir;
using namespace mlir::webnn;

//===----------------------------------------------------------------------===//
// float16
//===----------------------------------------------------------------------===//

uint16_t mlir::webnn::doubleToHalf(double value) {
  uint64_t bits = llvm::bit_cast<uint64_t>(value);
  uint16_t sign = (bits >> 48) & 0x8000;
  if (std::isnan(value)) {
    // A quiet NaN keeping the top of the payload.
    uint64_t payload = (bits >> 42) & 0x3ff;
    return sign | 0x7e00 | static_cast<uint16_t>(payload);
  }
  double magnitude = std::fabs(value);
  // 65520 is halfway between the largest half, 65504, and 2^16; the tie goes
  // to the even neighbour, which is 2^16, i.e. infinity.
  if (magnitude >= 65520.0)
    return sign | 0x7c00;
  if (magnitude == 0.0)
    return sign;

  // magnitude = m * 2^e with m in [0.5, 1), so its unbiased exponent is e-1.
  // Below 2^-14 the spacing of halves stays at 2^-24 (subnormals).
  int e;
  std::frexp(magnitude, &e);
  int exponent = std::max(e - 1, -14);
  // In units of the spacing 2^(exponent-10): an exact scaling by a power of
  // two, giving a value below 2048.
  double scaled = std::ldexp(magnitude, 10 - exponent);
  double whole = std::floor(scaled);
  double fraction = scaled - whole; // Exact.
  uint32_t mantissa = static_cast<uint32_t>(whole);
  if (fraction > 0.5 || (fraction == 0.5 && (mantissa & 1)))
    ++mantissa;
  // mantissa is in [1024, 2048] for normals (the implicit bit included) and
  // below 1024 for subnormals; adding it to the biased exponent minus one
  // gives the right pattern for both, and a carry out of the mantissa
  // (2048) moves into the exponent.
  return sign | static_cast<uint16_t>(((exponent + 14) << 10) + mantissa);
}

uint16_t mlir::webnn::floatToHalf(float value) {
  // float to double is exact, so this rounds once.
  return doubleToHalf(static_cast<double>(value));
}

float mlir::webnn::halfToFloat(uint16_t bits) {
  uint32_t sign = static_cast<uint32_t>(bits & 0x8000) << 16;
  uint32_t exponent = (bits >> 10) & 0x1f;
  uint32_t mantissa = bits & 0x3ff;
  if (exponent == 0) {
    // Zero or subnormal: mantissa * 2^-24, exact in float.
    float magnitude = std::ldexp(static_cast<float>(mantissa), -24);
    return sign ? -magnitude : magnitude;
  }
  if (exponent == 0x1f)
    return llvm::bit_cast<float>(sign | 0x7f800000 | (mantissa << 13));
  return llvm::bit_cast<float>(sign | ((exponent - 15 + 127) << 23) |
                               (mantissa << 13));
}

//===----------------------------------------------------------------------===//
// HostTensor
//===----------------------------------------------------------------------===//

void HostTensor::FreeChunks::operator()(Chunk *chunks) const {
  std::free(chunks);
}

HostTensor::HostTensor(DataType dataType, llvm::ArrayRef<int64_t> shape,
                       Fill fill)
    : dataType(dataType), shape(shape) {
  assert(llvm::all_of(shape, [](int64_t d) { return d >= 0; }) &&
         "negative dimension");
  // A tensor of no elements has a chunk too, so that data() is never null
  // (memcpy and memcmp of zero bytes from null are undefined: NpyFuzzer).
  chunkCount =
      std::max<size_t>(1, (getByteSize() + sizeof(Chunk) - 1) / sizeof(Chunk));
  // aligned_alloc: the size is a multiple of the alignment.
  storage.reset(static_cast<Chunk *>(
      std::aligned_alloc(alignof(Chunk), chunkCount * sizeof(Chunk))));
  if (storage && fill == Fill::Zeros)
    std::memset(storage.get(), 0, chunkCount * sizeof(Chunk));
}

HostTensor::HostTensor(DataType dataType, llvm::ArrayRef<int64_t> shape)
    : HostTensor(dataType, shape, Fill::Zeros) {
  if (!isAllocated())
    llvm::report_bad_alloc_error("webnn: out of memory for a host tensor");
}

llvm::Expected<HostTensor> HostTensor::allocate(DataType dataType,
                                                llvm::ArrayRef<int64_t> shape,
                                                Fill fill) {
  std::optional<int64_t> count = getElementCount(shape);
  auto describe = [&] {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << stringifyDataType(dataType) << " [";
    llvm::interleaveComma(shape, os);
    os << "]";
    return text;
  };
  if (!count)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "a tensor of " + describe() +
            " has a negative dimension or more elements than fit in 64 bits");
  if (static_cast<uint64_t>(*count) >
      kMaxHostTensorBytes / getByteWidth(dataType))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "a tensor of " + describe() +
            " needs more than the runtime's limit of " +
            std::to_string(kMaxHostTensorBytes) + " bytes");
  HostTensor tensor(dataType, shape, fill);
  if (!tensor.isAllocated())
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "out of memory for a tensor of " + describe() + " (" +
            std::to_string(tensor.getByteSize()) + " bytes)");
  return tensor;
}

HostTensor::HostTensor(const HostTensor &other)
    : HostTensor(other.dataType, other.shape, Fill::Uninitialized) {
  if (!isAllocated())
    llvm::report_bad_alloc_error("webnn: out of memory for a host tensor");
  if (other.storage) // Not a moved-from tensor.
    std::memcpy(storage.get(), other.storage.get(), chunkCount * sizeof(Chunk));
}

HostTensor &HostTensor::operator=(const HostTensor &other) {
  if (this != &other)
    *this = HostTensor(other);
  return *this;
}

int64_t HostTensor::getNumElements() const {
  int64_t count = 1;
  for (int64_t d : shape)
    count *= d;
  return count;
}

size_t HostTensor::getByteSize() const {
  return static_cast<size_t>(getNumElements()) * getByteWidth(dataType);
}

namespace {
template <typename T> T load(const char *data, int64_t index) {
  T value;
  std::memcpy(&value, data + index * sizeof(T), sizeof(T));
  return value;
}

template <typename T> void store(char *data, int64_t index, T value) {
  std::memcpy(data + index * sizeof(T), &value, sizeof(T));
}

/// `value` truncated toward zero and saturated to T's range; NaN is 0.
template <typename T> T toInteger(double value) {
  if (std::isnan(value))
    return 0;
  // Both bounds are powers of two (or zero), exact in double: T's minimum,
  // and one past T's maximum.
  constexpr double lowest = static_cast<double>(std::numeric_limits<T>::min());
  constexpr double pastMax =
      (static_cast<double>(std::numeric_limits<T>::max() / 2 + 1)) * 2.0;
  if (value <= lowest)
    return std::numeric_limits<T>::min();
  if (value >= pastMax)
    return std::numeric_limits<T>::max();
  return static_cast<T>(std::trunc(value));
}
} // namespace

double HostTensor::getAsDouble(int64_t index) const {
  assert(index >= 0 && index < getNumElements() && "index out of range");
  const char *bytes = data();
  switch (dataType) {
  case DataType::Float32:
    return load<float>(bytes, index);
  case DataType::Float16:
    return halfToFloat(load<uint16_t>(bytes, index));
  case DataType::Int32:
    return load<int32_t>(bytes, index);
  case DataType::Uint32:
    return load<uint32_t>(bytes, index);
  case DataType::Int64:
    return static_cast<double>(load<int64_t>(bytes, index));
  case DataType::Uint64:
    return static_cast<double>(load<uint64_t>(bytes, index));
  case DataType::Int8:
  case DataType::Int4:
    return load<int8_t>(bytes, index);
  case DataType::Uint8:
  case DataType::Uint4:
    return load<uint8_t>(bytes, index);
  }
  llvm_unreachable("unknown DataType");
}

std::string HostTensor::formatElement(int64_t index) const {
  assert(index >= 0 && index < getNumElements() && "index out of range");
  switch (dataType) {
  case DataType::Int64:
    return std::to_string(load<int64_t>(data(), index));
  case DataType::Uint64:
    return std::to_string(load<uint64_t>(data(), index));
  case DataType::Float32:
  case DataType::Float16: {
    char text[32];
    std::snprintf(text, sizeof(text), "%.7g", getAsDouble(index));
    return text;
  }
  default:
    // The narrower integers are exact as doubles.
    return std::to_string(static_cast<int64_t>(getAsDouble(index)));
  }
}

void HostTensor::setFromDouble(int64_t index, double value) {
  assert(index >= 0 && index < getNumElements() && "index out of range");
  char *bytes = data();
  switch (dataType) {
  case DataType::Float32:
    // IEEE conversion: round to nearest even, overflow to infinity.
    return store<float>(bytes, index, static_cast<float>(value));
  case DataType::Float16:
    return store<uint16_t>(bytes, index, doubleToHalf(value));
  case DataType::Int32:
    return store(bytes, index, toInteger<int32_t>(value));
  case DataType::Uint32:
    return store(bytes, index, toInteger<uint32_t>(value));
  case DataType::Int64:
    return store(bytes, index, toInteger<int64_t>(value));
  case DataType::Uint64:
    return store(bytes, index, toInteger<uint64_t>(value));
  case DataType::Int8:
    return store(bytes, index, toInteger<int8_t>(value));
  case DataType::Uint8:
    return store(bytes, index, toInteger<uint8_t>(value));
  // The 4-bit types take a byte each, saturated to their range.
  case DataType::Int4:
    return store(bytes, index,
                 static_cast<int8_t>(
                     std::clamp<int8_t>(toInteger<int8_t>(value), -8, 7)));
  case DataType::Uint4:
    return store(
        bytes, index,
        static_cast<uint8_t>(std::min<uint8_t>(toInteger<uint8_t>(value), 15)));
  }
  llvm_unreachable("unknown DataType");
}
