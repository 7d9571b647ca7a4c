//===- JsonValues.cpp - WPT's values in JSON ------------------------------===//

#include "JsonValues.h"
#include "WebNN/Conformance/CaseError.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::webnn::conformance;
namespace json = llvm::json;

SmallVector<StringRef>
mlir::webnn::conformance::getSortedKeys(const json::Object &object) {
  SmallVector<StringRef> keys;
  for (const auto &member : object)
    keys.push_back(member.first);
  llvm::sort(keys);
  return keys;
}

/// A decimal integer string (int64 and uint64 data, BigInt values) of any
/// size, as a signed APInt.
static std::optional<llvm::APInt> getBigInteger(StringRef text) {
  bool isNegative = text.consume_front("-");
  if (text.empty() || !llvm::all_of(text, llvm::isDigit))
    return std::nullopt;
  llvm::APInt value;
  if (text.getAsInteger(10, value))
    return std::nullopt;
  value = value.zext(value.getBitWidth() + 1); // Room for the sign.
  if (isNegative)
    value.negate();
  return value;
}

std::optional<double>
mlir::webnn::conformance::getNumber(const json::Value &value) {
  if (std::optional<double> number = value.getAsNumber())
    return number;
  std::optional<StringRef> text = value.getAsString();
  if (!text)
    return std::nullopt;
  if (*text == "NaN")
    return std::numeric_limits<double>::quiet_NaN();
  if (*text == "Infinity")
    return std::numeric_limits<double>::infinity();
  if (*text == "-Infinity")
    return -std::numeric_limits<double>::infinity();
  if (*text == "-0")
    return -0.0;
  double number;
  if (!getBigInteger(*text) || text->getAsDouble(number))
    return std::nullopt;
  return number;
}

std::optional<uint64_t>
mlir::webnn::conformance::getIntegerBits(const json::Value &value) {
  if (std::optional<int64_t> integer = value.getAsInteger())
    return static_cast<uint64_t>(*integer);
  if (std::optional<uint64_t> integer = value.getAsUINT64())
    return *integer;
  if (std::optional<StringRef> text = value.getAsString())
    if (std::optional<llvm::APInt> integer = getBigInteger(*text))
      return integer->sextOrTrunc(64).getZExtValue();
  std::optional<double> number = getNumber(value);
  if (!number)
    return std::nullopt;
  if (!std::isfinite(*number))
    return 0;
  double truncated = std::fmod(std::trunc(*number), 0x1p64);
  return truncated < 0 ? uint64_t(0) - static_cast<uint64_t>(-truncated)
                       : static_cast<uint64_t>(truncated);
}

llvm::Expected<SmallVector<int64_t>>
mlir::webnn::conformance::getIntegerList(const json::Value &value,
                                         const Twine &where) {
  const json::Array *array = value.getAsArray();
  if (!array)
    return malformed(where, "expected a list of integers");
  SmallVector<int64_t> list;
  for (const json::Value &element : *array) {
    std::optional<int64_t> integer = element.getAsInteger();
    if (!integer)
      return malformed(where, "expected a list of integers");
    list.push_back(*integer);
  }
  return list;
}
