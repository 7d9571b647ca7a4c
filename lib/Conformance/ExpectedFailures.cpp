//===- ExpectedFailures.cpp - A list of expected failures -----------------===//

#include "WebNN/Conformance/ExpectedFailures.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace mlir;
using namespace mlir::webnn::conformance;

llvm::Expected<llvm::StringMap<std::string>>
mlir::webnn::conformance::readExpectedFailures(StringRef path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   path + ": " + buffer.getError().message());
  return parseExpectedFailures((*buffer)->getBuffer(), path);
}

llvm::Expected<llvm::StringMap<std::string>>
mlir::webnn::conformance::parseExpectedFailures(StringRef text,
                                                StringRef path) {
  llvm::StringMap<std::string> failures;
  SmallVector<StringRef> lines;
  text.split(lines, '\n');
  for (auto [number, line] : llvm::enumerate(lines)) {
    StringRef trimmed = line.trim();
    if (trimmed.empty() || trimmed.starts_with("#"))
      continue;
    auto [name, reason] = trimmed.split('#');
    name = name.trim();
    reason = reason.trim();
    if (name.empty() || reason.empty())
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     path + ":" + Twine(number + 1) +
                                         ": expected '<case name>  # reason'");
    failures[name] = reason.str();
  }
  return failures;
}
