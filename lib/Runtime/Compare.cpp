//===- Compare.cpp - Comparing computed tensors with expected ones --------===//

#include "WebNN/Runtime/Compare.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

using namespace mlir;
using namespace mlir::webnn;

static constexpr double kInfinity = std::numeric_limits<double>::infinity();

static bool isFloat(DataType type) {
  return type == DataType::Float32 || type == DataType::Float16;
}

static bool isSigned(DataType type) {
  return type == DataType::Int32 || type == DataType::Int64 ||
         type == DataType::Int8;
}

template <typename T> static T load(const HostTensor &tensor, int64_t index) {
  T value;
  std::memcpy(&value, tensor.data() + index * sizeof(T), sizeof(T));
  return value;
}

/// Element `index` of an integer tensor, sign- or zero-extended to 64 bits.
static uint64_t loadInteger(const HostTensor &tensor, int64_t index) {
  switch (tensor.getDataType()) {
  case DataType::Int32:
    return static_cast<int64_t>(load<int32_t>(tensor, index));
  case DataType::Uint32:
    return load<uint32_t>(tensor, index);
  case DataType::Int64:
    return load<int64_t>(tensor, index);
  case DataType::Uint64:
    return load<uint64_t>(tensor, index);
  case DataType::Int8:
  case DataType::Int4:
    return static_cast<int64_t>(load<int8_t>(tensor, index));
  case DataType::Uint8:
  case DataType::Uint4:
    return load<uint8_t>(tensor, index);
  case DataType::Float32:
  case DataType::Float16:
    break;
  }
  llvm_unreachable("not an integer type");
}

/// |a - e| of two integers of a type, exactly: the difference fits in 64
/// bits, and unsigned arithmetic computes it modulo 2^64.
static uint64_t integerDistance(uint64_t a, uint64_t e, bool isSigned) {
  bool aIsLarger =
      isSigned ? static_cast<int64_t>(a) >= static_cast<int64_t>(e) : a >= e;
  return aIsLarger ? a - e : e - a;
}

/// A sign-magnitude bit pattern of `width` bits as a position on a line of
/// integers where adjacent floats are adjacent and +0 and -0 coincide.
static int64_t toOrderedLine(uint32_t bits, unsigned width) {
  uint32_t signBit = uint32_t(1) << (width - 1);
  int64_t magnitude = bits & (signBit - 1);
  return (bits & signBit) ? -magnitude : magnitude;
}

/// The ULP distance of two non-NaN elements of a float tensor. The expected
/// value is first rounded to the actual's type, as WPT does with its
/// (double) expected values.
static double ulpDistance(const HostTensor &actual, int64_t index,
                          double expected) {
  int64_t a, e;
  if (actual.getDataType() == DataType::Float32) {
    a = toOrderedLine(load<uint32_t>(actual, index), 32);
    uint32_t expectedBits;
    float rounded = static_cast<float>(expected);
    std::memcpy(&expectedBits, &rounded, sizeof(expectedBits));
    e = toOrderedLine(expectedBits, 32);
  } else {
    a = toOrderedLine(load<uint16_t>(actual, index), 16);
    e = toOrderedLine(doubleToHalf(expected), 16);
  }
  return static_cast<double>(a > e ? a - e : e - a);
}

/// The shortest text that reads back as the element, in its type.
static std::string formatElement(const HostTensor &tensor, int64_t index) {
  DataType type = tensor.getDataType();
  if (!isFloat(type)) {
    uint64_t value = loadInteger(tensor, index);
    return isSigned(type) ? std::to_string(static_cast<int64_t>(value))
                          : std::to_string(value);
  }
  // float16 values are exact floats, and float's shortest form reads back
  // as the same half.
  float value = static_cast<float>(tensor.getAsDouble(index));
  char buffer[64];
  std::to_chars_result r =
      std::to_chars(buffer, buffer + sizeof(buffer), value);
  return std::string(buffer, r.ptr);
}

static std::string formatShape(llvm::ArrayRef<int64_t> shape) {
  std::string result = "[";
  llvm::raw_string_ostream os(result);
  llvm::interleaveComma(shape, os);
  os << "]";
  return result;
}

/// Integers (such as ULP counts) in full, other numbers to 6 digits.
static std::string formatNumber(double value) {
  std::string result;
  llvm::raw_string_ostream os(result);
  if (std::trunc(value) == value && std::fabs(value) < 1e20)
    os << llvm::format("%.0f", value);
  else
    os << llvm::format("%.6g", value);
  return result;
}

Comparison mlir::webnn::compareTensors(const HostTensor &actual,
                                       const HostTensor &expected,
                                       const Tolerance &tolerance) {
  Comparison result;
  DataType type = actual.getDataType();
  // A float16 result may be compared with float32 expected values, which are
  // rounded to float16 for ULP distances.
  // A 4-bit result compares with the int8 or uint8 values of a .npy file
  // (their storage; numpy has no 4-bit types).
  DataType expectedType = expected.getDataType();
  bool sameStorage =
      (type == DataType::Int4 && expectedType == DataType::Int8) ||
      (type == DataType::Uint4 && expectedType == DataType::Uint8);
  if (type != expectedType && !sameStorage &&
      !(type == DataType::Float16 && expectedType == DataType::Float32)) {
    result.message =
        ("data type " + stringifyDataType(type) + " does not match expected " +
         stringifyDataType(expected.getDataType()))
            .str();
    return result;
  }
  if (actual.getShape() != expected.getShape()) {
    result.message = "shape " + formatShape(actual.getShape()) +
                     " does not match expected " +
                     formatShape(expected.getShape());
    return result;
  }

  result.count = actual.getNumElements();
  bool floating = isFloat(type);
  for (int64_t i = 0; i < result.count; ++i) {
    double a = actual.getAsDouble(i);
    double e = expected.getAsDouble(i);
    double absError, metric;
    bool within;
    if (floating && (std::isnan(a) || std::isnan(e))) {
      // NaN expected requires NaN; NaN is never close to a number.
      within = std::isnan(a) && std::isnan(e);
      absError = metric = within ? 0 : kInfinity;
    } else if (floating && a != e && (std::isinf(a) || std::isinf(e)) &&
               tolerance.kind != Tolerance::Kind::Ulp) {
      // An infinity is only close to itself (as numpy.isclose has it).
      within = false;
      absError = metric = kInfinity;
    } else {
      if (floating) {
        absError = a == e ? 0 : std::fabs(a - e);
      } else {
        absError = static_cast<double>(integerDistance(
            loadInteger(actual, i), loadInteger(expected, i), isSigned(type)));
      }
      switch (tolerance.kind) {
      case Tolerance::Kind::Ulp:
        metric = floating ? ulpDistance(actual, i, e) : absError;
        within = metric <= tolerance.value;
        break;
      case Tolerance::Kind::Atol:
        metric = absError;
        within = metric <= tolerance.value;
        break;
      case Tolerance::Kind::AllClose: {
        // An exact match is close whatever the tolerance (also when
        // rtol * |e| is 0 * infinity).
        double allowed = tolerance.value + tolerance.rtol * std::fabs(e);
        within = absError == 0 || absError <= allowed;
        if (absError == 0)
          metric = 0;
        else
          metric = allowed > 0 ? absError / allowed : kInfinity;
        break;
      }
      }
    }

    double relError = absError == 0 ? 0
                      : e == 0      ? kInfinity
                                    : absError / std::fabs(e);
    result.maxAbsError = std::max(result.maxAbsError, absError);
    result.maxRelError = std::max(result.maxRelError, relError);
    if (!within)
      ++result.mismatches;
    if (metric > result.maxMetric) {
      result.maxMetric = metric;
      result.worstIndex = i;
      result.worstActual = a;
      result.worstExpected = e;
    }
  }
  result.matches = result.mismatches == 0;

  // The summary.
  llvm::raw_string_ostream os(result.message);
  if (result.mismatches) {
    os << result.mismatches << " of " << result.count
       << (result.count == 1 ? " element exceeds " : " elements exceed ");
    switch (tolerance.kind) {
    case Tolerance::Kind::Ulp:
      os << formatNumber(tolerance.value) << " ULP";
      break;
    case Tolerance::Kind::Atol:
      os << "atol " << formatNumber(tolerance.value);
      break;
    case Tolerance::Kind::AllClose:
      os << "atol " << formatNumber(tolerance.value) << " + rtol "
         << formatNumber(tolerance.rtol) << " * |expected|";
      break;
    }
    os << "; ";
  }
  if (result.worstIndex < 0) {
    if (result.count)
      os << "exact match (" << result.count
         << (result.count == 1 ? " element)" : " elements)");
    else
      os << "no elements";
    return result;
  }
  int64_t worst = result.worstIndex;
  double worstAbsError =
      std::isnan(result.worstActual) || std::isnan(result.worstExpected)
          ? kInfinity
          : std::fabs(result.worstActual - result.worstExpected);
  switch (tolerance.kind) {
  case Tolerance::Kind::Ulp:
    os << "max error " << formatNumber(result.maxMetric) << " ULP";
    break;
  case Tolerance::Kind::Atol:
    os << "max error " << formatNumber(result.maxMetric);
    break;
  case Tolerance::Kind::AllClose:
    os << "worst error " << formatNumber(worstAbsError) << " ("
       << formatNumber(result.maxMetric) << " x tolerance)";
    break;
  }
  os << " at index " << worst << " (actual " << formatElement(actual, worst)
     << ", expected " << formatElement(expected, worst) << ")";
  return result;
}
