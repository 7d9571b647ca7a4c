//===- Compare.cpp - Comparing a case's outputs as WPT does ---------------===//

#include "WebNN/Conformance/Compare.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <cstring>

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

/// The first `count` elements of `tensor` as a 1-D tensor.
static HostTensor takeFront(const HostTensor &tensor, int64_t count) {
  HostTensor front(tensor.getDataType(), {count});
  std::memcpy(front.data(), tensor.data(),
              count * getByteWidth(tensor.getDataType()));
  return front;
}

static std::string formatShape(ArrayRef<int64_t> shape) {
  std::string text = "[";
  llvm::raw_string_ostream os(text);
  llvm::interleaveComma(shape, os);
  os << "]";
  return text;
}

std::optional<std::string>
mlir::webnn::conformance::compareOutput(const HostTensor &actual,
                                        const CaseTensor &expected,
                                        const Tolerance &tolerance) {
  const HostTensor &want = expected.tensor;
  // Only when shape and type agree: otherwise the full comparison says why
  // they do not.
  if (expected.isScalar && actual.getNumElements() > kMaxScalarChecks &&
      actual.getShape() == want.getShape() &&
      actual.getDataType() == want.getDataType()) {
    Comparison comparison =
        compareTensors(takeFront(actual, kMaxScalarChecks),
                       takeFront(want, kMaxScalarChecks), tolerance);
    if (comparison.matches)
      return std::nullopt;
    return "output '" + expected.name + "' " + formatShape(actual.getShape()) +
           ": " + comparison.message;
  }
  Comparison comparison = compareTensors(actual, want, tolerance);
  if (comparison.matches)
    return std::nullopt;
  return "output '" + expected.name + "': " + comparison.message;
}
