//===- Compare.h - Comparing a case's outputs as WPT does -------*- C++ -*-===//
//
// WPT's rules on top of the runtime's tensor comparison
// (WebNN/Runtime/Compare.h): the case's own tolerance, and an expected value
// given as one number checks at most the first 1000 elements.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_CONFORMANCE_COMPARE_H
#define WEBNN_CONFORMANCE_COMPARE_H

#include "WebNN/Conformance/Case.h"
#include <optional>
#include <string>

namespace mlir::webnn::conformance {

/// WPT compares at most this many elements with a scalar expected value.
constexpr int64_t kMaxScalarChecks = 1000;

/// Why `actual` does not match `expected` within `tolerance`, as a message
/// naming the output; none when it matches.
std::optional<std::string> compareOutput(const HostTensor &actual,
                                         const CaseTensor &expected,
                                         const Tolerance &tolerance);

} // namespace mlir::webnn::conformance

#endif // WEBNN_CONFORMANCE_COMPARE_H
