//===- Executable.h - A webnn graph compiled for this CPU -------*- C++ -*-===//
//
// Compiles a module holding a webnn graph (a func.func) through a CPU
// pipeline to LLVM, JIT-compiles it with mlir::ExecutionEngine, and runs it
// on host tensors.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_RUNTIME_EXECUTABLE_H
#define WEBNN_RUNTIME_EXECUTABLE_H

#include "WebNN/Runtime/HostTensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>

namespace mlir {
class ExecutionEngine;
} // namespace mlir

namespace mlir::webnn {

/// The name, data type and shape of a graph input or output.
struct TensorDescriptor {
  std::string name;
  DataType dataType = DataType::Float32;
  SmallVector<int64_t> shape;
};

struct CompileOptions {
  /// "cpu" (tiled and vectorized) or "reference" (scalar loops).
  std::string pipeline = "cpu";
  /// Print the IR after each pass to stderr.
  bool printIRAfterAll = false;
  /// The CPU to generate code for, as LLVM names it ("skylake-avx512",
  /// "haswell", ...); empty: this machine's CPU and its features.
  std::string targetCPU;
  /// Threads of the CPU pipeline's parallel loops (OpenMP); 1 is serial.
  unsigned threads = 1;
  /// Let the CPU pipeline form and use the fusion labels it has kernels
  /// for; false inlines every composite.
  bool fusionLabels = true;
  /// The most bytes of intermediate tensors a run may hold at once
  /// (GraphHeap); a run that needs more fails with an error.
  uint64_t memoryLimitBytes = UINT64_MAX;
};

class Executable {
public:
  /// The most inputs and outputs together that a compiled graph may have.
  /// Each is passed as a memref descriptor of 3 + 2 * rank words, and
  /// LLVM's interprocedural optimizations take time quadratic in the
  /// argument count: 512 one-word-rank tensors compile in a few seconds,
  /// 1,000 took 15 s and 10,000 had not finished after ten minutes.
  static constexpr unsigned kMaxGraphOperands = 512;

  ~Executable();

  /// Whether the OpenMP runtime that threaded code needs is installed.
  static bool canRunThreads();

  /// Compiles the graph function `entry` (the first function when empty)
  /// of `module`. The module is lowered in place.
  static llvm::Expected<std::unique_ptr<Executable>>
  compile(ModuleOp module, llvm::StringRef entry,
          const CompileOptions &options);

  llvm::ArrayRef<TensorDescriptor> getInputs() const { return inputs; }
  llvm::ArrayRef<TensorDescriptor> getOutputs() const { return outputs; }

  /// Runs the graph. Inputs are checked against getInputs() (count, data
  /// type, shape); outputs come back in the order of getOutputs().
  llvm::Expected<SmallVector<HostTensor>> run(llvm::ArrayRef<HostTensor> in);

  /// Runs the graph into caller-provided outputs, which are checked against
  /// getOutputs() as the inputs are: a caller running a graph many times
  /// (a benchmark, a server) allocates them once.
  llvm::Error run(llvm::ArrayRef<HostTensor> in,
                  llvm::MutableArrayRef<HostTensor> out);

  /// Seconds spent in the pass pipeline and in LLVM's JIT compilation.
  double getCompileSeconds() const { return compileSeconds; }

private:
  Executable() = default;

  std::unique_ptr<ExecutionEngine> engine;
  std::string entryName;
  /// The graph's packed interface: void(void **arguments).
  void (*entry)(void **) = nullptr;
  uint64_t memoryLimitBytes = UINT64_MAX;
  SmallVector<TensorDescriptor> inputs;
  SmallVector<TensorDescriptor> outputs;
  double compileSeconds = 0;
};

} // namespace mlir::webnn

#endif // WEBNN_RUNTIME_EXECUTABLE_H
