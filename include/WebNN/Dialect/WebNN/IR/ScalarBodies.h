//===- ScalarBodies.h - Scalar computations of the webnn ops ----*- C++ -*-===//
//
// The per-element arithmetic of ops that are both decomposed (into
// webnn.elementwise bodies, webnn-decompose) and lowered (into
// linalg.generic bodies, convert-webnn-to-linalg). Both build it here, so
// that they compute the same operations in the same order and a decomposed
// graph gives the same numbers as the original.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_DIALECT_WEBNN_IR_SCALARBODIES_H
#define WEBNN_DIALECT_WEBNN_IR_SCALARBODIES_H

#include "mlir/IR/Builders.h"
#include "llvm/ADT/APFloat.h"

#include <optional>

namespace mlir::webnn {

/// A scalar constant of `type` (float or integer) with value `value`.
Value createScalarConstant(OpBuilder &b, Location loc, Type type, double value);

/// `value` cast to `type` as the spec casts an option (clamp's bounds,
/// pad's value): the nearest float, or an integer saturated to the type's
/// range (signed, or unsigned with `isUnsigned`), NaN giving 0.
Value createCastConstant(OpBuilder &b, Location loc, Type type, double value,
                         bool isUnsigned);

/// sigmoid: 1 / (1 + exp(-x)).
Value createSigmoid(OpBuilder &b, Location loc, Value x);

/// relu: max(x, 0), maximumf for floats (NaN stays NaN), maxsi for
/// integers.
Value createRelu(OpBuilder &b, Location loc, Value x);

/// clamp: max(x, low) then min(x, high), either bound absent or NaN leaving
/// the value unchanged (WPT's clamp cases). Integer bounds saturate to the
/// type (signed, or unsigned with `isUnsigned`), as the spec's cast to the
/// data type does.
Value createClamp(OpBuilder &b, Location loc, Value x,
                  std::optional<llvm::APFloat> low,
                  std::optional<llvm::APFloat> high, bool isUnsigned);

/// leakyRelu: x >= 0 ? x : alpha * x; a NaN input takes the second branch
/// and stays NaN.
Value createLeakyRelu(OpBuilder &b, Location loc, Value x, double alpha);

/// The activations below take float32 or float64 scalars (webnn-decompose
/// computes float16 ones in float32 and rounds once at the end).

/// elu: max(0, x) + alpha * (exp(min(0, x)) - 1), with exp(t) - 1 computed
/// without cancellation for t near 0.
Value createElu(OpBuilder &b, Location loc, Value x, double alpha);

/// gelu: 0.5 * x * (1 + erf(x / sqrt(2))), as 0.5 * x * erfc(-x / sqrt(2)).
Value createGelu(OpBuilder &b, Location loc, Value x);

/// hardSigmoid: max(0, min(1, alpha * x + beta)).
Value createHardSigmoid(OpBuilder &b, Location loc, Value x, double alpha,
                        double beta);

/// hardSwish: x * max(0, min(6, x + 3)) / 6.
Value createHardSwish(OpBuilder &b, Location loc, Value x);

/// linear: alpha * x + beta.
Value createLinear(OpBuilder &b, Location loc, Value x, double alpha,
                   double beta);

/// prelu: x >= 0 ? x : slope * x, for floats and signed integers.
Value createPrelu(OpBuilder &b, Location loc, Value x, Value slope);

/// softplus: ln(1 + e^x), as max(x, 0) + ln(1 + e^-|x|) so that it neither
/// overflows for large x nor loses the small result for very negative x.
Value createSoftplus(OpBuilder &b, Location loc, Value x);

/// softsign: x / (1 + |x|).
Value createSoftsign(OpBuilder &b, Location loc, Value x);

/// gemm's epilogue: alpha * product + beta * c (`c` may be null).
Value createGemmEpilogue(OpBuilder &b, Location loc, Value product, Value c,
                         double alpha, double beta);

/// batchNormalization's per-channel factor: scale / sqrt(variance +
/// epsilon), `scale` 1 when null.
Value createBatchNormFactor(OpBuilder &b, Location loc, Value variance,
                            Value scale, double epsilon);

/// batchNormalization per element: (x - mean) * factor + bias (`bias` may
/// be null). The centered value comes first, as in the spec's formula, so
/// that x close to mean loses no precision.
Value createBatchNormApply(OpBuilder &b, Location loc, Value x, Value mean,
                           Value factor, Value bias);

} // namespace mlir::webnn

#endif // WEBNN_DIALECT_WEBNN_IR_SCALARBODIES_H
