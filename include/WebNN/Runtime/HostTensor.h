//===- HostTensor.h - A tensor in host memory -------------------*- C++ -*-===//
//
// The data that goes into and comes out of a compiled graph: a WebNN data
// type, a shape and the elements in row-major order. float16 elements are
// stored as their 16-bit patterns.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_RUNTIME_HOSTTENSOR_H
#define WEBNN_RUNTIME_HOSTTENSOR_H

#include "WebNN/Dialect/WebNN/IR/DataType.h"
#include "WebNN/Dialect/WebNN/IR/Limits.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <memory>
#include <string>

namespace mlir::webnn {

/// The largest tensor the runtime allocates on the host, the graphs' own
/// maxTensorByteLength: larger graph inputs, outputs or .npy files are an
/// error, not an allocation failure.
constexpr uint64_t kMaxHostTensorBytes = kMaxTensorByteLength;

class HostTensor {
public:
  HostTensor() = default;
  /// A zero-filled tensor, for data the program makes itself: it ends the
  /// process with a message if the memory cannot be allocated.
  HostTensor(DataType dataType, llvm::ArrayRef<int64_t> shape);
  /// A tensor of a size that untrusted input chose (a graph's outputs, a
  /// file's shape): more than kMaxHostTensorBytes, or memory the system
  /// refuses, is an error rather than the end of the process. Uninitialized
  /// suits a graph output, which the graph writes entirely: zeroing a large
  /// output at every run cost kernels up to a tenth of their latency.
  enum class Fill { Zeros, Uninitialized };
  static llvm::Expected<HostTensor>
  allocate(DataType dataType, llvm::ArrayRef<int64_t> shape, Fill fill);

  HostTensor(const HostTensor &other);
  HostTensor &operator=(const HostTensor &other);
  HostTensor(HostTensor &&other) = default;
  HostTensor &operator=(HostTensor &&other) = default;

  DataType getDataType() const { return dataType; }
  llvm::ArrayRef<int64_t> getShape() const { return shape; }
  int64_t getRank() const { return shape.size(); }
  int64_t getNumElements() const;
  size_t getByteSize() const;

  /// The elements' bytes, 64-byte aligned so that vector code may load them
  /// (never null, even for a tensor of no elements).
  char *data() { return reinterpret_cast<char *>(storage.get()); }
  const char *data() const {
    return reinterpret_cast<const char *>(storage.get());
  }

  /// Element `index` (row-major) converted to double; float16 is decoded.
  double getAsDouble(int64_t index) const;
  /// Element `index` as text: integers exactly (a uint64 above 2^53 is not
  /// a double), floats with 7 significant digits.
  std::string formatElement(int64_t index) const;
  /// Sets element `index` from a double, rounding to the data type (float16
  /// rounds to nearest even; integers round toward zero and saturate).
  void setFromDouble(int64_t index, double value);

private:
  DataType dataType = DataType::Float32;
  llvm::SmallVector<int64_t> shape;
  struct alignas(64) Chunk {
    char bytes[64];
  };
  struct FreeChunks {
    void operator()(Chunk *chunks) const;
  };
  /// The shape's storage, left unset; null storage if it cannot be had.
  HostTensor(DataType dataType, llvm::ArrayRef<int64_t> shape, Fill fill);
  /// Whether the tensor got its storage.
  bool isAllocated() const { return storage != nullptr; }
  std::unique_ptr<Chunk[], FreeChunks> storage;
  size_t chunkCount = 0;
};

/// IEEE binary16 conversions. To half: round to nearest, ties to even
/// (overflow to infinity, gradual underflow to subnormals, NaN stays a quiet
/// NaN); from half: exact. doubleToHalf rounds once, so it can differ from
/// floatToHalf(float(value)), which rounds twice.
uint16_t floatToHalf(float value);
uint16_t doubleToHalf(double value);
float halfToFloat(uint16_t bits);

} // namespace mlir::webnn

#endif // WEBNN_RUNTIME_HOSTTENSOR_H
