//===- ExpectedFailures.h - A list of expected failures ---------*- C++ -*-===//
//
// The cases known to fail, one `<case name>  # reason` a line; blank lines
// and lines that start with '#' are comments. A listed case that fails is
// an expected failure; one that passes is an unexpected pass.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_CONFORMANCE_EXPECTEDFAILURES_H
#define WEBNN_CONFORMANCE_EXPECTEDFAILURES_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <string>

namespace mlir::webnn::conformance {

/// Each listed case's reason, by case name. The error names the file (and
/// the line of a line that is not `<case name>  # reason`).
llvm::Expected<llvm::StringMap<std::string>>
readExpectedFailures(StringRef path);

/// The same, from the list's text; `path` only names it in messages.
llvm::Expected<llvm::StringMap<std::string>>
parseExpectedFailures(StringRef text, StringRef path);

} // namespace mlir::webnn::conformance

#endif // WEBNN_CONFORMANCE_EXPECTEDFAILURES_H
