//===- webnn-conformance.cpp - Run WPT's WebNN conformance cases ----------===//
//
//   webnn-conformance case-file.json... [--pipeline cpu|reference]
//                     [--xfail FILE] [--filter TEXT] [--verbose]
//                     [--print-graph]
//
// Reads WebNN conformance cases from web-platform-tests in the JSON form of
// test/Conformance/wpt/README.md, builds each graph with the GraphBuilder,
// JIT-compiles and runs it, and compares every expected output with the
// case's own WPT tolerance. Prints a line per failing or unsupported case
// (per case with --verbose) and a summary per file:
//
//   add.json: 20 passed, 0 failed, 0 not supported
//
// A case is "not supported" when it uses an op, option or data type that the
// runner does not map to the builder, or when the builder rejects the graph.
// The exit code is 1 when a case fails (or its file cannot be read), unless
// the case is listed in the --xfail file; a listed case that passes is an
// XPASS and also makes the exit code 1.
//
// The cases are read, built and run by the WebNNConformance library
// (WebNN/Conformance/); this tool is its command line and its report.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conformance/Case.h"
#include "WebNN/Conformance/ExpectedFailures.h"
#include "WebNN/Conformance/Runner.h"
#include "WebNN/Pipelines/Pipelines.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/WithColor.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;
namespace cl = llvm::cl;

static cl::OptionCategory category("webnn-conformance options");
static cl::list<std::string> caseFiles(cl::Positional, cl::OneOrMore,
                                       cl::desc("<case-file.json>..."),
                                       cl::cat(category));
static cl::opt<std::string>
    pipeline("pipeline", cl::desc("The lowering pipeline: cpu or reference"),
             cl::init("cpu"), cl::cat(category));
static cl::opt<std::string> xfailFile(
    "xfail",
    cl::desc("A file of expected failures, one '<case name>  # reason' a line"),
    cl::value_desc("file"), cl::cat(category));
static cl::opt<std::string>
    filter("filter", cl::desc("Run only the cases whose name contains this"),
           cl::value_desc("text"), cl::cat(category));
static cl::opt<bool> verbose("verbose", cl::desc("Print a line for every case"),
                             cl::cat(category));
static cl::opt<bool> decompose(
    "decompose",
    cl::desc("Run webnn-decompose on each graph first (every op it knows: "
             "activations, pooling, gemm, convTranspose2d, resample2d, "
             "softmax, the normalizations and the reductions)"),
    cl::cat(category));
static cl::opt<bool> printGraph("print-graph",
                                cl::desc("Print each case's webnn graph"),
                                cl::cat(category));

namespace {
struct Counts {
  unsigned passed = 0, failed = 0, unsupported = 0, xfailed = 0, xpassed = 0;

  Counts &operator+=(const Counts &other) {
    passed += other.passed;
    failed += other.failed;
    unsupported += other.unsupported;
    xfailed += other.xfailed;
    xpassed += other.xpassed;
    return *this;
  }
};
} // namespace

static void error(const Twine &message) {
  llvm::WithColor::error(llvm::errs(), "webnn-conformance") << message << "\n";
}

/// Prints the line of a case that does not pass (of every case with
/// --verbose) and counts its outcome.
static void report(StringRef name, const CaseResult &result,
                   const llvm::StringMap<std::string> &expectedFailures,
                   Counts &counts) {
  auto xfail = expectedFailures.find(name);
  bool isExpectedFailure = xfail != expectedFailures.end();
  switch (result.outcome) {
  case Outcome::Pass:
    if (isExpectedFailure) {
      ++counts.xpassed;
      llvm::outs() << "XPASS: " << name << ": passes but is listed as an "
                   << "expected failure (" << xfail->second << ")\n";
    } else {
      ++counts.passed;
      if (verbose)
        llvm::outs() << "PASS: " << name << "\n";
    }
    break;
  case Outcome::Fail:
    if (isExpectedFailure) {
      ++counts.xfailed;
      llvm::outs() << "XFAIL: " << name << ": " << result.message
                   << " (expected: " << xfail->second << ")\n";
    } else {
      ++counts.failed;
      llvm::outs() << "FAIL: " << name << ": " << result.message << "\n";
    }
    break;
  case Outcome::Unsupported:
    ++counts.unsupported;
    llvm::outs() << "UNSUPPORTED: " << name << ": " << result.message << "\n";
    break;
  }
  llvm::outs().flush();
}

/// Runs every case of one file; false when the file cannot be read or has
/// no list of cases.
static bool runFile(StringRef path, const RunOptions &options,
                    const llvm::StringMap<std::string> &expectedFailures,
                    Counts &counts) {
  auto file = CaseFile::read(path);
  if (!file) {
    error(llvm::toString(file.takeError()));
    return false;
  }
  for (size_t index = 0; index < file->size(); ++index) {
    std::string name = file->getName(index);
    if (!filter.empty() && !StringRef(name).contains(filter))
      continue;
    auto testCase = file->getCase(index);
    CaseResult result = testCase ? runCase(*testCase, options)
                                 : getErrorResult(testCase.takeError());
    report(name, result, expectedFailures, counts);
  }
  return true;
}

static void printSummary(StringRef label, const Counts &counts) {
  llvm::outs() << label << ": " << counts.passed << " passed, " << counts.failed
               << " failed, " << counts.unsupported << " not supported";
  if (counts.xfailed)
    llvm::outs() << ", " << counts.xfailed << " expected failures";
  if (counts.xpassed)
    llvm::outs() << ", " << counts.xpassed << " unexpected passes";
  llvm::outs() << "\n";
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(argc, argv,
                              "webnn-conformance: run WebNN conformance cases "
                              "from web-platform-tests\n");

  {
    // Check the pipeline's name once, not in every case.
    MLIRContext context(MLIRContext::Threading::DISABLED);
    PassManager pm = PassManager::on<ModuleOp>(&context);
    if (failed(buildPipeline(pm, pipeline))) {
      error("unknown pipeline '" + pipeline + "' (expected cpu or reference)");
      return 1;
    }
  }

  llvm::StringMap<std::string> expectedFailures;
  if (!xfailFile.empty()) {
    auto failures = readExpectedFailures(xfailFile);
    if (!failures) {
      error(llvm::toString(failures.takeError()));
      return 1;
    }
    expectedFailures = std::move(*failures);
  }

  RunOptions options;
  options.pipeline = pipeline;
  options.decompose = decompose;
  options.graphOutput = printGraph ? &llvm::outs() : nullptr;

  bool ok = true;
  Counts total;
  for (const std::string &path : caseFiles) {
    Counts counts;
    if (!runFile(path, options, expectedFailures, counts)) {
      ok = false;
      continue;
    }
    printSummary(path, counts);
    ok &= counts.failed == 0 && counts.xpassed == 0;
    total += counts;
  }
  if (caseFiles.size() > 1)
    printSummary("total", total);
  return ok ? 0 : 1;
}
