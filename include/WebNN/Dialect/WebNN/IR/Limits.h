//===- Limits.h - The sizes this implementation accepts ---------*- C++ -*-===//
//
// A graph comes from an untrusted page or file, so its tensors are bounded
// before anything is allocated for them: a dimension is a WebIDL `long`,
// and a tensor holds at most kMaxTensorByteLength bytes, the value the
// spec's MLContext.opSupportLimits() reports as `maxTensorByteLength`.
// Every webnn op checks its operands and results against these limits when
// it is built or verified.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_DIALECT_WEBNN_IR_LIMITS_H
#define WEBNN_DIALECT_WEBNN_IR_LIMITS_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Location.h"
#include "mlir/Support/LLVM.h"
#include <cstdint>
#include <optional>

namespace mlir::webnn {

/// The largest dimension the spec allows (a valid dimension is in the range
/// of a WebIDL `long`).
constexpr int64_t kMaxDimension = 2147483647;

/// The largest tensor, in bytes (2 GiB - 1). Every byte offset into a
/// tensor then fits a signed 32-bit integer, and a graph's largest buffer
/// stays far below what this machine class (a few to a few tens of GiB)
/// can hold, while the largest WebNN conformance case (a 6000x6000 float32
/// add, 144 MB) and real model weights fit.
constexpr uint64_t kMaxTensorByteLength = 2147483647;

/// The element count of a shape of non-negative dimensions, or nullopt when
/// it overflows int64 (or a dimension is dynamic).
std::optional<int64_t> getElementCount(ArrayRef<int64_t> shape);

/// The byte length of a statically shaped tensor of a WebNN data type, or
/// nullopt when its element count or byte length does not fit in int64 (or
/// the type is not such a tensor).
std::optional<uint64_t> getTensorByteLength(RankedTensorType type);

/// Checks `type` against kMaxTensorByteLength. On failure emits
/// "<op>: <name> ... needs N bytes, more than maxTensorByteLength (...)" at
/// `loc` when a location is given.
LogicalResult checkTensorByteLength(std::optional<Location> loc, StringRef op,
                                    StringRef name, RankedTensorType type);

} // namespace mlir::webnn

#endif // WEBNN_DIALECT_WEBNN_IR_LIMITS_H
