//===- CaseErrors.h - Checking CaseErrors in unit tests ---------*- C++ -*-===//
//
// The conformance library's errors are checked by kind and by their exact
// message, since the message is what a user of webnn-conformance reads.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_UNITTESTS_CONFORMANCE_CASEERRORS_H
#define WEBNN_UNITTESTS_CONFORMANCE_CASEERRORS_H

#include "WebNN/Conformance/CaseError.h"
#include "gtest/gtest.h"

namespace mlir::webnn::conformance {

/// The message of `result`'s error, checking that it is a CaseError of
/// `kind`; a test failure when `result` holds a value.
template <typename T>
std::string getCaseErrorMessage(llvm::Expected<T> result,
                                CaseError::Kind kind) {
  if (result) {
    ADD_FAILURE() << "expected an error";
    return "";
  }
  std::string message;
  llvm::handleAllErrors(
      result.takeError(),
      [&](const CaseError &error) {
        EXPECT_EQ(error.getKind(), kind) << error.message();
        message = error.message();
      },
      [&](const llvm::ErrorInfoBase &error) {
        ADD_FAILURE() << "not a CaseError: " << error.message();
      });
  return message;
}

} // namespace mlir::webnn::conformance

#endif // WEBNN_UNITTESTS_CONFORMANCE_CASEERRORS_H
