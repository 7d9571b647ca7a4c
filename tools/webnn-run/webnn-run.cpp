//===- webnn-run.cpp - JIT-compile and run a webnn graph ------------------===//
//
//   webnn-run graph.mlir|model.onnx [--input name=x.npy | --input x.npy ...]
//             [--random-inputs --seed N] [--save name=out.npy]
//             [--compare name=expected.npy --rtol R --atol A]
//             [--benchmark N] [--pipeline cpu|reference] [--print-ir-after-all]
//
// Prints each output's shape, data type, first values and checksum, and the
// compile time. Every error (missing file, bad IR, wrong input, an op that
// does not lower) is a message and a non-zero exit.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "WebNN/Runtime/Compare.h"
#include "WebNN/Runtime/Executable.h"
#include "WebNN/Runtime/Npy.h"
#include "WebNN/Target/ONNX/ImportONNX.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/WithColor.h"
#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace mlir;
using namespace mlir::webnn;
namespace cl = llvm::cl;

static cl::OptionCategory category("webnn-run options");
static cl::opt<std::string> graphFile(cl::Positional, cl::Required,
                                      cl::desc("<graph.mlir or model.onnx>"),
                                      cl::cat(category));
static cl::list<std::string>
    inputFiles("input",
               cl::desc("An input as name=file.npy, or file.npy for the "
                        "inputs in argument order"),
               cl::cat(category));
static cl::opt<bool> randomInputs(
    "random-inputs",
    cl::desc("Generate every input not given with --input from --seed"),
    cl::cat(category));
static cl::opt<unsigned> seed("seed", cl::desc("Seed of --random-inputs"),
                              cl::init(0), cl::cat(category));
static cl::list<std::string>
    saveFiles("save", cl::desc("Write an output as name=file.npy"),
              cl::cat(category));
static cl::list<std::string> compareFiles(
    "compare",
    cl::desc("Compare an output with name=expected.npy; exit 1 on mismatch"),
    cl::cat(category));
static cl::opt<double>
    relativeTolerance("rtol", cl::desc("Relative tolerance of --compare"),
                      cl::init(1e-5), cl::cat(category));
static cl::opt<double>
    absoluteTolerance("atol", cl::desc("Absolute tolerance of --compare"),
                      cl::init(1e-6), cl::cat(category));
static cl::opt<int>
    ulp("ulp",
        cl::desc("Compare in units in the last place instead (WPT's metric)"),
        cl::init(-1), cl::cat(category));
static cl::opt<unsigned>
    benchmark("benchmark",
              cl::desc("Run N times after a warm-up and print latencies"),
              cl::init(0), cl::cat(category));
static cl::opt<std::string>
    pipeline("pipeline", cl::desc("The lowering pipeline: cpu or reference"),
             cl::init("cpu"), cl::cat(category));
static cl::opt<std::string> targetCPU(
    "target-cpu",
    cl::desc("Generate code for this CPU (e.g. haswell, skylake-avx512) "
             "instead of the host's; it must run on this machine"),
    cl::cat(category));
static cl::opt<bool> noFusionLabels(
    "no-fusion-labels",
    cl::desc("Inline every composite instead of forming and using the "
             "fusion labels the CPU backend has kernels for"),
    cl::cat(category));
static cl::opt<unsigned>
    top("top",
        cl::desc("Print the K largest values of each output with their indices "
                 "(class scores)"),
        cl::value_desc("K"), cl::init(0), cl::cat(category));
static cl::opt<bool> printIR("print-ir-after-all",
                             cl::desc("Print the IR after each pass"),
                             cl::cat(category));
static cl::opt<uint64_t> memoryLimit(
    "memory-limit",
    cl::desc("Fail a run whose intermediate tensors need more than this "
             "many bytes at once (default: no limit but the system's)"),
    cl::value_desc("bytes"), cl::init(UINT64_MAX), cl::cat(category));
static cl::opt<std::string> entry("entry",
                                  cl::desc("The graph function to run "
                                           "(default: the first)"),
                                  cl::cat(category));

static int fail(const Twine &message) {
  llvm::WithColor::error(llvm::errs(), "webnn-run") << message << "\n";
  return 1;
}

/// Splits "name=path"; a plain "path" has an empty name.
static std::pair<std::string, std::string> splitAssignment(StringRef text) {
  auto [name, path] = text.split('=');
  if (path.empty())
    return {"", name.str()};
  return {name.str(), path.str()};
}

static std::optional<size_t> findByName(ArrayRef<TensorDescriptor> descs,
                                        StringRef name) {
  for (auto [index, desc] : llvm::enumerate(descs))
    if (desc.name == name)
      return index;
  return std::nullopt;
}

static std::string describeShape(const HostTensor &tensor) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << stringifyDataType(tensor.getDataType()) << " [";
  llvm::interleaveComma(tensor.getShape(), os);
  os << "]";
  return text;
}

static HostTensor makeRandom(const TensorDescriptor &desc, std::mt19937 &rng) {
  HostTensor tensor(desc.dataType, desc.shape);
  bool isFloat =
      desc.dataType == DataType::Float32 || desc.dataType == DataType::Float16;
  bool isUnsigned = desc.dataType == DataType::Uint8 ||
                    desc.dataType == DataType::Uint32 ||
                    desc.dataType == DataType::Uint64;
  std::uniform_real_distribution<double> real(-1.0, 1.0);
  std::uniform_int_distribution<int> integer(isUnsigned ? 0 : -10, 10);
  for (int64_t i = 0, e = tensor.getNumElements(); i < e; ++i)
    tensor.setFromDouble(i, isFloat ? real(rng) : integer(rng));
  return tensor;
}

static void printSummary(const TensorDescriptor &desc,
                         const HostTensor &tensor) {
  llvm::outs() << "output '" << desc.name << "': " << describeShape(tensor)
               << "\n  values:";
  int64_t count = tensor.getNumElements();
  for (int64_t i = 0; i < std::min<int64_t>(count, 8); ++i)
    llvm::outs() << " " << tensor.formatElement(i);
  if (count > 8)
    llvm::outs() << " ...";
  double sum = 0;
  for (int64_t i = 0; i < count; ++i)
    sum += tensor.getAsDouble(i);
  llvm::outs() << "\n  checksum (sum): " << llvm::format("%.6g", sum) << "\n";
}

/// Prints the `k` largest values of `tensor` (flattened), largest first,
/// with their flat indices: the top classes of a classifier's scores.
static void printTop(const HostTensor &tensor, unsigned k) {
  int64_t count = tensor.getNumElements();
  std::vector<int64_t> order(count);
  std::iota(order.begin(), order.end(), 0);
  auto shown = order.begin() + std::min<int64_t>(k, count);
  // NaN ranks last, so that the order stays a strict weak ordering.
  auto key = [&](int64_t i) {
    double value = tensor.getAsDouble(i);
    return std::isnan(value) ? -std::numeric_limits<double>::infinity() : value;
  };
  std::partial_sort(order.begin(), shown, order.end(),
                    [&](int64_t a, int64_t b) { return key(a) > key(b); });
  llvm::outs() << "  top " << (shown - order.begin()) << " (index: value):";
  for (auto it = order.begin(); it != shown; ++it)
    llvm::outs() << " " << *it << ": "
                 << llvm::format("%.6g", tensor.getAsDouble(*it));
  llvm::outs() << "\n";
}

/// A .npy file holds int4 and uint4 values as int8 and uint8 (their
/// storage): such a file for a 4-bit input becomes a 4-bit tensor, each
/// value checked to be in the type's range. Any other tensor is returned as
/// it is (Executable::run reports a type that does not match).
static llvm::Expected<HostTensor> toFourBit(HostTensor tensor,
                                            DataType inputType) {
  bool int4 =
      inputType == DataType::Int4 && tensor.getDataType() == DataType::Int8;
  bool uint4 =
      inputType == DataType::Uint4 && tensor.getDataType() == DataType::Uint8;
  if (!int4 && !uint4)
    return std::move(tensor);
  double lowest = int4 ? -8 : 0, highest = int4 ? 7 : 15;
  auto result = HostTensor::allocate(inputType, tensor.getShape(),
                                     HostTensor::Fill::Uninitialized);
  if (!result)
    return result.takeError();
  for (int64_t i = 0, e = tensor.getNumElements(); i < e; ++i) {
    double value = tensor.getAsDouble(i);
    if (value < lowest || value > highest)
      return llvm::createStringError(
          "element " + std::to_string(i) + " (" +
          std::to_string(static_cast<int64_t>(value)) + ") is out of " +
          stringifyDataType(inputType).str() + "'s range");
    result->setFromDouble(i, value);
  }
  return std::move(*result);
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  // libLLVM registers an undocumented `--threads` of its own; ours, the
  // graph's threads, takes the name, so it is declared here, after the move.
  if (cl::Option *llvmThreads = cl::getRegisteredOptions().lookup("threads"))
    llvmThreads->setArgStr("llvm-threads");
  static cl::opt<unsigned> threads(
      "threads",
      cl::desc("Threads the graph runs on (default: one per available core, "
               "or 1 without the OpenMP runtime; 1 compiles serial code)"),
      cl::init(0), cl::cat(category));
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(argc, argv,
                              "webnn-run: JIT-compile and run a webnn graph\n");

  DialectRegistry registry;
  registry.insert<WebNNDialect, func::FuncDialect>();
  MLIRContext context(registry);
  context.loadAllAvailableDialects();

  OwningOpRef<ModuleOp> module;
  if (StringRef(graphFile).ends_with(".onnx")) {
    auto imported = importONNXFile(&context, graphFile);
    if (!imported)
      return fail(llvm::toString(imported.takeError()));
    module = std::move(*imported);
  } else {
    std::string errorMessage;
    auto file = openInputFile(graphFile, &errorMessage);
    if (!file)
      return fail(errorMessage);
    llvm::SourceMgr sourceMgr;
    sourceMgr.AddNewSourceBuffer(std::move(file), SMLoc());
    SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);
    module = parseSourceFile<ModuleOp>(sourceMgr, &context);
    if (!module)
      return 1; // The parser printed the diagnostic with its location.
  }

  CompileOptions options;
  options.pipeline = pipeline;
  options.printIRAfterAll = printIR;
  options.targetCPU = targetCPU;
  options.fusionLabels = !noFusionLabels;
  options.memoryLimitBytes = memoryLimit;
  // By default one thread per core this process may run on (affinity and
  // cgroup limits included), and serial code where OpenMP is missing.
  options.threads = threads;
  if (threads == 0)
    options.threads = Executable::canRunThreads()
                          ? llvm::hardware_concurrency().compute_thread_count()
                          : 1;
  auto executable = Executable::compile(*module, entry, options);
  if (!executable)
    return fail(llvm::toString(executable.takeError()));
  ArrayRef<TensorDescriptor> inputs = (*executable)->getInputs();
  ArrayRef<TensorDescriptor> outputs = (*executable)->getOutputs();

  // Inputs: named, then positional, then random.
  SmallVector<std::optional<HostTensor>> values(inputs.size());
  size_t nextPositional = 0;
  for (const std::string &text : inputFiles) {
    auto [name, path] = splitAssignment(text);
    size_t index;
    if (name.empty()) {
      while (nextPositional < inputs.size() && values[nextPositional])
        ++nextPositional;
      if (nextPositional == inputs.size())
        return fail("more --input files than graph inputs (" +
                    Twine(inputs.size()) + ")");
      index = nextPositional;
    } else {
      std::optional<size_t> found = findByName(inputs, name);
      if (!found)
        return fail("the graph has no input named '" + name + "'");
      index = *found;
    }
    auto tensor = readNpyFile(path);
    if (!tensor)
      return fail(path + ": " + llvm::toString(tensor.takeError()));
    auto stored = toFourBit(std::move(*tensor), inputs[index].dataType);
    if (!stored)
      return fail(path + ": " + llvm::toString(stored.takeError()));
    values[index] = std::move(*stored);
  }
  std::mt19937 rng(seed);
  SmallVector<HostTensor> arguments;
  for (auto [index, desc] : llvm::enumerate(inputs)) {
    if (!values[index]) {
      if (!randomInputs)
        return fail("no data for input '" + desc.name +
                    "': pass --input or --random-inputs");
      values[index] = makeRandom(desc, rng);
    }
    arguments.push_back(std::move(*values[index]));
  }

  auto results = (*executable)->run(arguments);
  if (!results)
    return fail(llvm::toString(results.takeError()));
  llvm::outs() << "compile time: "
               << llvm::format("%.3f", (*executable)->getCompileSeconds())
               << " s\n";
  for (auto [desc, tensor] : llvm::zip(outputs, *results)) {
    printSummary(desc, tensor);
    if (top > 0)
      printTop(tensor, top);
  }

  for (const std::string &text : saveFiles) {
    auto [name, path] = splitAssignment(text);
    std::optional<size_t> index =
        name.empty() && outputs.size() == 1 ? 0 : findByName(outputs, name);
    if (!index)
      return fail("the graph has no output named '" + name + "'");
    if (llvm::Error error = writeNpyFile(path, (*results)[*index]))
      return fail(path + ": " + llvm::toString(std::move(error)));
  }

  int status = 0;
  for (const std::string &text : compareFiles) {
    auto [name, path] = splitAssignment(text);
    std::optional<size_t> index =
        name.empty() && outputs.size() == 1 ? 0 : findByName(outputs, name);
    if (!index)
      return fail("the graph has no output named '" + name + "'");
    auto expected = readNpyFile(path);
    if (!expected)
      return fail(path + ": " + llvm::toString(expected.takeError()));
    Tolerance tolerance;
    if (ulp >= 0) {
      tolerance.kind = Tolerance::Kind::Ulp;
      tolerance.value = ulp;
    } else {
      tolerance.kind = Tolerance::Kind::AllClose;
      tolerance.value = absoluteTolerance;
      tolerance.rtol = relativeTolerance;
    }
    Comparison result =
        compareTensors((*results)[*index], *expected, tolerance);
    llvm::outs() << "compare '" << outputs[*index].name << "' with " << path
                 << ": " << (result.matches ? "match" : "MISMATCH") << " ("
                 << result.message << ")\n";
    if (result.count > 0)
      llvm::outs() << "  max abs error "
                   << llvm::format("%.3g", result.maxAbsError)
                   << ", max rel error "
                   << llvm::format("%.3g", result.maxRelError) << "\n";
    if (!result.matches)
      status = 1;
  }

  if (benchmark > 0) {
    // The outputs are allocated once, as a caller running a graph many
    // times would: the timed runs measure the graph, not the page faults
    // of fresh output buffers.
    SmallVector<HostTensor> benchmarkOutputs;
    for (const TensorDescriptor &desc : (*executable)->getOutputs()) {
      auto output = HostTensor::allocate(desc.dataType, desc.shape,
                                         HostTensor::Fill::Uninitialized);
      if (!output)
        return fail(llvm::toString(output.takeError()));
      benchmarkOutputs.push_back(std::move(*output));
    }
    std::vector<double> times;
    for (unsigned i = 0; i <= benchmark; ++i) {
      auto start = std::chrono::steady_clock::now();
      llvm::Error error = (*executable)->run(arguments, benchmarkOutputs);
      auto end = std::chrono::steady_clock::now();
      if (error)
        return fail(llvm::toString(std::move(error)));
      if (i > 0) // The first run warms up caches and pages.
        times.push_back(
            std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(times.begin(), times.end());
    llvm::outs() << "latency over " << benchmark << " runs (ms): min "
                 << llvm::format("%.3f", times.front()) << ", median "
                 << llvm::format("%.3f", times[times.size() / 2]) << ", max "
                 << llvm::format("%.3f", times.back()) << "\n";
  }
  return status;
}
