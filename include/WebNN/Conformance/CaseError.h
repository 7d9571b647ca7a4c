//===- CaseError.h - Why a conformance case does not run --------*- C++ -*-===//
//
// The two ways a WPT conformance case can stop before its outputs are
// compared: it is malformed (the case file is wrong), or it is unsupported
// (it uses an op, option or data type that the runner does not map to the
// GraphBuilder, or the builder rejects its graph). The runner counts the
// first as a failure and the second as "not supported", so the two must
// stay apart from the moment an error is made.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_CONFORMANCE_CASEERROR_H
#define WEBNN_CONFORMANCE_CASEERROR_H

#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include <string>

namespace mlir::webnn::conformance {

/// A malformed or unsupported case. Every error that reading or building a
/// case makes is one of these; any other error comes from the GraphBuilder
/// (see rejected()).
class CaseError : public llvm::ErrorInfo<CaseError> {
public:
  enum class Kind { Malformed, Unsupported };

  static char ID;
  CaseError(Kind kind, std::string message)
      : kind(kind), text(std::move(message)) {}

  Kind getKind() const { return kind; }
  void log(llvm::raw_ostream &os) const override;
  std::error_code convertToErrorCode() const override;

private:
  Kind kind;
  std::string text;
};

/// "malformed case: <where>: <what>", where `where` is a path into the case
/// ("graph.inputs.a.data").
llvm::Error malformed(const llvm::Twine &where, const llvm::Twine &what);
/// A case that uses what the runner does not support.
llvm::Error unsupported(const llvm::Twine &message);
/// A GraphBuilder error as an unsupported case: the builder's message starts
/// with the op's name. A CaseError passes through unchanged, so that an op
/// builder may return both its own reading errors and the builder's.
llvm::Error rejected(llvm::Error error);

} // namespace mlir::webnn::conformance

#endif // WEBNN_CONFORMANCE_CASEERROR_H
