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
#include <cstdint>
#include <string>
#include <vector>

namespace mlir::webnn {

/// The largest tensor the runtime allocates on the host, the graphs' own
/// maxTensorByteLength: larger graph inputs, outputs or .npy files are an
/// error, not an allocation failure.
constexpr uint64_t kMaxHostTensorBytes = kMaxTensorByteLength;

class HostTensor {
public:
  HostTensor() = default;
  /// A zero-filled tensor.
  HostTensor(DataType dataType, llvm::ArrayRef<int64_t> shape);
  /// A tensor whose elements are left unset, for a graph output that the
  /// graph writes entirely: zeroing a large output at every run cost
  /// kernels up to a tenth of their measured latency.
  static HostTensor uninitialized(DataType dataType,
                                  llvm::ArrayRef<int64_t> shape);

  DataType getDataType() const { return dataType; }
  llvm::ArrayRef<int64_t> getShape() const { return shape; }
  int64_t getRank() const { return shape.size(); }
  int64_t getNumElements() const;
  size_t getByteSize() const;

  /// The elements' bytes, 64-byte aligned so that vector code may load them.
  char *data() { return reinterpret_cast<char *>(storage.data()); }
  const char *data() const {
    return reinterpret_cast<const char *>(storage.data());
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
    // User-provided, so that value-initialization (vector::resize) leaves
    // the bytes unset; the constructors zero them when asked to.
    Chunk() {}
    char bytes[64];
  };
  struct Uninitialized {};
  HostTensor(DataType dataType, llvm::ArrayRef<int64_t> shape, Uninitialized);
  std::vector<Chunk> storage;
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
