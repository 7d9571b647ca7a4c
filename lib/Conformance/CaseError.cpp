//===- CaseError.cpp - Why a conformance case does not run ----------------===//

#include "WebNN/Conformance/CaseError.h"

using namespace mlir::webnn::conformance;

char CaseError::ID = 0;

void CaseError::log(llvm::raw_ostream &os) const { os << text; }

std::error_code CaseError::convertToErrorCode() const {
  return llvm::inconvertibleErrorCode();
}

llvm::Error mlir::webnn::conformance::malformed(const llvm::Twine &where,
                                                const llvm::Twine &what) {
  return llvm::make_error<CaseError>(
      CaseError::Kind::Malformed,
      ("malformed case: " + where + ": " + what).str());
}

llvm::Error mlir::webnn::conformance::unsupported(const llvm::Twine &message) {
  return llvm::make_error<CaseError>(CaseError::Kind::Unsupported,
                                     message.str());
}

llvm::Error mlir::webnn::conformance::rejected(llvm::Error error) {
  if (error.isA<CaseError>())
    return error;
  return unsupported("rejected by the builder: " +
                     llvm::toString(std::move(error)));
}
