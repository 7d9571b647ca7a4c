//===- Compare.h - Comparing computed tensors with expected ones -*- C++
//-*-===//
//
// Two ways to compare:
// - WPT's: ULP distance (float32 bit patterns as sign-magnitude integers,
//   +0 == -0; float16 after rounding the expected value to float16;
//   integers by plain difference) or absolute tolerance; NaN expected means
//   NaN required.
// - numpy.allclose style: |a - e| <= atol + rtol * |e|.
//
// In every kind, NaN matches only NaN (a NaN on either side alone is a
// mismatch of infinite error) and an infinity equals itself. For Atol and
// AllClose an infinity is close only to itself; for Ulp, distances run
// through the infinities (float32 infinity is 1 ULP from the largest float).
//
// The data types must be equal, with one exception: a float16 result may be
// compared with float32 expected values (say, a reference computed in
// float32); they are rounded to float16 before taking ULP distances.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_RUNTIME_COMPARE_H
#define WEBNN_RUNTIME_COMPARE_H

#include "WebNN/Runtime/HostTensor.h"
#include <string>

namespace mlir::webnn {

struct Tolerance {
  enum class Kind { Ulp, Atol, AllClose };
  Kind kind = Kind::AllClose;
  /// ULP count or absolute tolerance (Ulp, Atol); atol for AllClose.
  double value = 0;
  /// rtol for AllClose.
  double rtol = 0;
};

struct Comparison {
  bool matches = false;
  /// Element count compared.
  int64_t count = 0;
  /// Elements outside the tolerance.
  int64_t mismatches = 0;
  /// The first element with the largest error by the tolerance's metric;
  /// -1 when no element has an error (all equal, or no elements).
  int64_t worstIndex = -1;
  double worstActual = 0, worstExpected = 0;
  /// Largest absolute and relative error over all elements, and the largest
  /// value of the tolerance's metric: ULPs for Ulp, |a - e| for Atol, and
  /// |a - e| / (atol + rtol * |e|) for AllClose (above 1 is a mismatch).
  double maxAbsError = 0, maxRelError = 0, maxMetric = 0;
  /// A one-line summary: shape/type problems, or where the largest error is.
  std::string message;
};

/// Compares `actual` with `expected`. A data type or shape mismatch is a
/// mismatch with a message saying so.
Comparison compareTensors(const HostTensor &actual, const HostTensor &expected,
                          const Tolerance &tolerance);

} // namespace mlir::webnn

#endif // WEBNN_RUNTIME_COMPARE_H
