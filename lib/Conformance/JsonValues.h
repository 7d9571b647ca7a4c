//===- JsonValues.h - WPT's values in JSON ----------------------*- C++ -*-===//
//
// How WPT's conformance JSON writes values that JSON has no form for: the
// special floats and integers beyond 2^53 are strings ("NaN", "-0",
// "18446744073709551615"). Case reading and op arguments both read them.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_LIB_CONFORMANCE_JSONVALUES_H
#define WEBNN_LIB_CONFORMANCE_JSONVALUES_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/JSON.h"
#include <optional>

namespace mlir::webnn::conformance {

/// The object's keys in sorted order: json::Object is unordered, and inputs,
/// outputs and error messages must come in a reproducible order.
SmallVector<StringRef> getSortedKeys(const llvm::json::Object &object);

/// A WPT number: a JSON number, or a string holding a special value ("NaN",
/// "Infinity", "-Infinity", "-0") or a decimal integer, rounded to the
/// nearest double.
std::optional<double> getNumber(const llvm::json::Value &value);

/// An integer element as 64 two's complement bits, wrapped modulo 2^64 as
/// the typed arrays of WPT wrap it (a narrower type keeps the low bits).
/// Non-integral numbers round toward zero; NaN and infinities become 0.
std::optional<uint64_t> getIntegerBits(const llvm::json::Value &value);

/// A list of integers (a shape, padding, a permutation, ...); otherwise a
/// malformed-case error at `where`.
llvm::Expected<SmallVector<int64_t>>
getIntegerList(const llvm::json::Value &value, const Twine &where);

} // namespace mlir::webnn::conformance

#endif // WEBNN_LIB_CONFORMANCE_JSONVALUES_H
