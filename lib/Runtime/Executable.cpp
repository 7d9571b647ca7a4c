//===- Executable.cpp - A webnn graph compiled for this CPU ---------------===//
//
// The compiled graph is `void graph(inputs..., outputs...)` on memrefs (the
// pipelines turn results into caller-provided buffers). Run() passes each
// host tensor as a memref descriptor through the C interface wrapper
// `_mlir_ciface_<graph>`, so any rank needs no generated glue.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Runtime/Executable.h"

#include "WebNN/Pipelines/Pipelines.h"
#include "WebNN/Runtime/GraphHeap.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/OpenMP/OpenMPToLLVMIRTranslation.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Transforms/Instrumentation/AddressSanitizer.h"
#include <chrono>
#include <mutex>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace mlir;
using namespace mlir::webnn;

/// The runtime library that lowered memref.copy calls into.
static constexpr const char *kRunnerUtilsLibrary =
    WEBNN_MLIR_LIBRARY_DIR "/libmlir_c_runner_utils.so";
/// LLVM's OpenMP runtime, which the parallel loops of threaded code call.
static constexpr const char *kOpenMPLibrary =
    WEBNN_MLIR_LIBRARY_DIR "/libomp.so";

static llvm::Error makeError(const Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

Executable::~Executable() = default;

bool Executable::canRunThreads() {
  return llvm::sys::fs::exists(kOpenMPLibrary);
}

/// Whether this process runs under AddressSanitizer (the sanitized build).
/// Its JIT-compiled graphs are then instrumented too, so that the
/// sanitized test suite checks every load and store of generated code
/// against the shadow memory of the buffers it was given.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WEBNN_JIT_ADDRESS_SANITIZER 1
#endif
#endif
#ifndef WEBNN_JIT_ADDRESS_SANITIZER
#define WEBNN_JIT_ADDRESS_SANITIZER 0
#endif

/// LLVM's -O3 module pipeline for `machine`, with or without its loop and
/// SLP vectorizers; under AddressSanitizer, followed by its
/// instrumentation.
static std::function<llvm::Error(llvm::Module *)>
makeLLVMOptimizer(llvm::TargetMachine *machine, bool vectorize) {
  return [machine, vectorize](llvm::Module *module) -> llvm::Error {
    llvm::LoopAnalysisManager loops;
    llvm::FunctionAnalysisManager functions;
    llvm::CGSCCAnalysisManager cgscc;
    llvm::ModuleAnalysisManager modules;
    llvm::PipelineTuningOptions tuning;
    tuning.LoopVectorization = vectorize;
    tuning.SLPVectorization = vectorize;
    llvm::PassBuilder builder(machine, tuning);
    builder.registerModuleAnalyses(modules);
    builder.registerCGSCCAnalyses(cgscc);
    builder.registerFunctionAnalyses(functions);
    builder.registerLoopAnalyses(loops);
    builder.crossRegisterProxies(loops, functions, cgscc, modules);
    llvm::ModulePassManager passes =
        builder.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3);
    if (WEBNN_JIT_ADDRESS_SANITIZER) {
      // The pass instruments the functions that ask for it. The process's
      // own runtime is already initialized, and nothing runs the JIT's
      // constructors: no version check or constructor is emitted, and no
      // stack frames move to the runtime's fake stack.
      for (llvm::Function &function : *module)
        if (!function.isDeclaration())
          function.addFnAttr(llvm::Attribute::SanitizeAddress);
      llvm::AddressSanitizerOptions options;
      options.UseAfterReturn = llvm::AsanDetectStackUseAfterReturnMode::Never;
      options.InsertVersionCheck = false;
      passes.addPass(llvm::AddressSanitizerPass(
          options, /*UseGlobalGC=*/false, /*UseOdrIndicator=*/false,
          llvm::AsanDtorKind::None, llvm::AsanCtorKind::None));
    }
    passes.run(*module, modules);
    return llvm::Error::success();
  };
}

/// Fails unless LLVM's backend for `triple` knows `cpu` and can generate
/// this process's (64-bit) code for it.
static llvm::Error checkTargetCPU(const llvm::Triple &triple, StringRef cpu) {
  std::string error;
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return makeError(error);
  // Ask a generic subtarget first: one made for an unknown CPU prints
  // warnings of its own.
  std::unique_ptr<llvm::MCSubtargetInfo> generic(
      target->createMCSubtargetInfo(triple, "", ""));
  if (!generic || !generic->isCPUStringValid(cpu))
    return makeError("unknown target CPU '" + cpu + "'");
  std::unique_ptr<llvm::MCSubtargetInfo> info(
      target->createMCSubtargetInfo(triple, cpu, ""));
  // LLVM aborts on a 32-bit CPU for 64-bit code rather than reporting it.
  if (triple.getArch() == llvm::Triple::x86_64 &&
      !info->checkFeatures("+64bit"))
    return makeError("target CPU '" + cpu + "' cannot run 64-bit code");
  return llvm::Error::success();
}

/// The descriptor of a graph input or output: its WebNN type and the name
/// that the GraphBuilder (or an importer) put in `webnn.name`.
static llvm::Expected<TensorDescriptor>
describe(Type type, DictionaryAttr attrs, StringRef fallbackName) {
  auto tensorType = dyn_cast<RankedTensorType>(type);
  std::optional<DataType> dataType =
      tensorType ? getDataType(tensorType.getElementType()) : std::nullopt;
  if (!tensorType || !tensorType.hasStaticShape() || !dataType) {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << type;
    return makeError("graph " + fallbackName +
                     " must be a static tensor of a WebNN data type, got " +
                     text);
  }
  uint64_t bytes = tensorType.getNumElements() * getByteWidth(*dataType);
  if (bytes > kMaxHostTensorBytes)
    return makeError("graph " + fallbackName + " needs " + Twine(bytes) +
                     " bytes, more than the runtime's limit of " +
                     Twine(kMaxHostTensorBytes) + " bytes");
  TensorDescriptor desc;
  desc.dataType = *dataType;
  desc.shape.assign(tensorType.getShape().begin(), tensorType.getShape().end());
  auto name = attrs ? attrs.getAs<StringAttr>("webnn.name") : StringAttr();
  desc.name = name ? name.getValue().str() : fallbackName.str();
  return desc;
}

/// Fails if the lowered graph calls the heap inside a parallel region,
/// where GraphHeap could not unwind a refused allocation.
static llvm::Error checkHeapCallsAreSerial(ModuleOp module) {
  llvm::Error error = llvm::Error::success();
  module.walk([&](LLVM::CallOp call) {
    std::optional<StringRef> callee = call.getCallee();
    if (!callee || (*callee != GraphHeap::kAllocName &&
                    *callee != GraphHeap::kAlignedAllocName &&
                    *callee != GraphHeap::kFreeName))
      return WalkResult::advance();
    if (!call->getParentOfType<omp::ParallelOp>())
      return WalkResult::advance();
    error = makeError("internal error: the lowered graph calls " + *callee +
                      " inside a parallel region");
    return WalkResult::interrupt();
  });
  return error;
}

/// A compiled graph mallocs its intermediate tensors and frees them before
/// it returns. glibc serves blocks above 128 KiB with mmap and unmaps them
/// on free, so every run would page-fault its whole working set again (and
/// on several threads the faults serialize in the kernel: SqueezeNet ran
/// slower on two threads than on one). Keeping blocks up to glibc's limit
/// (32 MiB) in the heap, and the heap untrimmed, lets the next run reuse
/// pages that are already mapped.
static void keepTensorBlocksMapped() {
#ifdef __GLIBC__
  static std::once_flag once;
  std::call_once(once, [] {
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
  });
#endif
}

llvm::Expected<std::unique_ptr<Executable>>
Executable::compile(ModuleOp module, StringRef entry,
                    const CompileOptions &options) {
  auto start = std::chrono::steady_clock::now();
  keepTensorBlocksMapped();
  func::FuncOp graph;
  for (auto func : module.getOps<func::FuncOp>()) {
    if (entry.empty() || func.getName() == entry) {
      graph = func;
      break;
    }
  }
  if (!graph)
    return makeError(entry.empty()
                         ? Twine("the module holds no function")
                         : "the module has no function '" + entry + "'");

  std::unique_ptr<Executable> executable(new Executable());
  executable->entryName = graph.getName().str();
  FunctionType type = graph.getFunctionType();
  if (type.getNumInputs() + type.getNumResults() > kMaxGraphOperands)
    return makeError("the graph has " + Twine(type.getNumInputs()) +
                     " inputs and " + Twine(type.getNumResults()) +
                     (type.getNumResults() == 1 ? " output" : " outputs") +
                     ", more than the runtime's limit of " +
                     Twine(kMaxGraphOperands) + " together");
  for (unsigned i = 0; i < type.getNumInputs(); ++i) {
    auto desc = describe(type.getInput(i), graph.getArgAttrDict(i),
                         "input " + std::to_string(i));
    if (!desc)
      return desc.takeError();
    executable->inputs.push_back(std::move(*desc));
  }
  for (unsigned i = 0; i < type.getNumResults(); ++i) {
    auto desc = describe(type.getResult(i), graph.getResultAttrDict(i),
                         "output " + std::to_string(i));
    if (!desc)
      return desc.takeError();
    executable->outputs.push_back(std::move(*desc));
  }
  graph->setAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName(),
                 UnitAttr::get(module.getContext()));
  // The names are read: LLVM has no use for them. The inputs are the
  // caller's data: bufferization must not write there.
  MLIRContext *ctx = module.getContext();
  auto nameAttr = StringAttr::get(ctx, "webnn.name");
  for (unsigned i = 0; i < type.getNumInputs(); ++i) {
    graph.removeArgAttr(i, nameAttr);
    graph.setArgAttr(i, "bufferization.writable", BoolAttr::get(ctx, false));
  }
  for (unsigned i = 0; i < type.getNumResults(); ++i)
    graph.removeResultAttr(i, nameAttr);

  // Lower, with the pipeline's diagnostics collected into the error.
  MLIRContext *context = module.getContext();
  DialectRegistry registry;
  registerPipelineDependencies(registry);
  context->appendDialectRegistry(registry);
  std::string diagnostics;
  {
    ScopedDiagnosticHandler capture(context, [&](Diagnostic &diag) {
      llvm::raw_string_ostream os(diagnostics);
      if (auto fileLoc = diag.getLocation()->findInstanceOf<FileLineColLoc>())
        os << fileLoc.getFilename().getValue() << ":" << fileLoc.getLine()
           << ":" << fileLoc.getColumn() << ": ";
      os << diag << "\n";
      return success();
    });
    PassManager pm = PassManager::on<ModuleOp>(context);
    if (options.printIRAfterAll) {
      context->disableMultithreading();
      pm.enableIRPrinting([](Pass *, Operation *) { return false; },
                          [](Pass *, Operation *) { return true; },
                          /*printModuleScope=*/true,
                          /*printAfterOnlyOnChange=*/false);
    }
    if (options.threads == 0)
      return makeError("the thread count must be at least 1");
    if (failed(buildPipeline(pm, options.pipeline, options.threads,
                             options.fusionLabels)))
      return makeError("unknown pipeline '" + options.pipeline +
                       "' (expected cpu or reference)");
    if (failed(pm.run(module)))
      return makeError("compilation failed:\n" + diagnostics);
  }
  if (llvm::Error error = checkHeapCallsAreSerial(module))
    return std::move(error);

  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  llvm::InitializeNativeTargetAsmParser();
  registerBuiltinDialectTranslation(*context);
  registerLLVMDialectTranslation(*context);
  registerOpenMPDialectTranslation(*context);

  // Generate code for this CPU's own vector extensions (AVX2, AVX-512), or
  // for the named CPU.
  auto machineBuilder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!machineBuilder)
    return machineBuilder.takeError();
  if (!options.targetCPU.empty()) {
    if (llvm::Error error = checkTargetCPU(machineBuilder->getTargetTriple(),
                                           options.targetCPU))
      return std::move(error);
    machineBuilder->setCPU(options.targetCPU);
    machineBuilder->setFeatures("");
  }
  machineBuilder->setCodeGenOptLevel(llvm::CodeGenOptLevel::Aggressive);
  auto targetMachine = machineBuilder->createTargetMachine();
  if (!targetMachine)
    return targetMachine.takeError();

  // LLVM's own vectorizers stay off for the reference pipeline, so that it
  // is the scalar loops it is meant to be.
  auto transformer =
      makeLLVMOptimizer(targetMachine->get(),
                        /*vectorize=*/options.pipeline != "reference");
  ExecutionEngineOptions engineOptions;
  engineOptions.transformer = transformer;
  engineOptions.jitCodeGenOptLevel = llvm::CodeGenOptLevel::Aggressive;
  SmallVector<StringRef, 2> libraries = {kRunnerUtilsLibrary};
  if (options.threads > 1 && options.pipeline == "cpu") {
    if (!canRunThreads())
      return makeError(Twine("running on ") + Twine(options.threads) +
                       " threads needs " + kOpenMPLibrary +
                       " (package libomp-22-dev)");
    libraries.push_back(kOpenMPLibrary);
  }
  engineOptions.sharedLibPaths = libraries;
  auto engine =
      ExecutionEngine::create(module, engineOptions, std::move(*targetMachine));
  if (!engine)
    return engine.takeError();
  executable->engine = std::move(*engine);
  // The graph's intermediate tensors come from GraphHeap.
  executable->engine->registerSymbols([](llvm::orc::MangleAndInterner mangle) {
    llvm::orc::SymbolMap symbols;
    auto bind = [&](const char *name, auto *function) {
      symbols[mangle(name)] = {llvm::orc::ExecutorAddr::fromPtr(function),
                               llvm::JITSymbolFlags::Exported};
    };
    bind(GraphHeap::kAllocName, &GraphHeap::allocate);
    bind(GraphHeap::kAlignedAllocName, &GraphHeap::allocateAligned);
    bind(GraphHeap::kFreeName, &GraphHeap::release);
    return symbols;
  });
  executable->memoryLimitBytes = options.memoryLimitBytes;
  // LLVM generates machine code on the first lookup: do it here, so that
  // the compile time includes it and the first run does not.
  auto function =
      executable->engine->lookupPacked("_mlir_ciface_" + executable->entryName);
  if (!function)
    return function.takeError();
  executable->entry = *function;
  executable->compileSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  return executable;
}

namespace {
/// A memref descriptor of any rank: {allocated, aligned, offset,
/// sizes[rank], strides[rank]}, as the C interface lays it out.
struct MemRefDescriptor {
  explicit MemRefDescriptor(const HostTensor &tensor) {
    int64_t rank = tensor.getRank();
    words.resize(3 + 2 * rank);
    auto pointer = reinterpret_cast<int64_t>(tensor.data());
    words[0] = pointer;
    words[1] = pointer;
    words[2] = 0;
    int64_t stride = 1;
    for (int64_t i = rank - 1; i >= 0; --i) {
      words[3 + i] = tensor.getShape()[i];
      words[3 + rank + i] = stride;
      stride *= tensor.getShape()[i];
    }
  }
  SmallVector<int64_t, 11> words;
};
} // namespace

/// "float32 [2, 3]".
static std::string describe(DataType dataType, ArrayRef<int64_t> shape) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << stringifyDataType(dataType) << " [";
  llvm::interleaveComma(shape, os);
  os << "]";
  return text;
}

/// Checks `tensors` against the graph's `descriptors` (count, data type,
/// shape); `kind` is "input" or "output".
static llvm::Error checkTensors(ArrayRef<HostTensor> tensors,
                                ArrayRef<TensorDescriptor> descriptors,
                                StringRef kind) {
  if (tensors.size() != descriptors.size())
    return makeError("the graph has " + Twine(descriptors.size()) + " " + kind +
                     "s, got " + Twine(tensors.size()));
  for (auto [tensor, desc] : llvm::zip(tensors, descriptors)) {
    if (tensor.getDataType() != desc.dataType ||
        tensor.getShape() != ArrayRef<int64_t>(desc.shape))
      return makeError(kind + " '" + desc.name + "' must be " +
                       describe(desc.dataType, desc.shape) + ", got " +
                       describe(tensor.getDataType(), tensor.getShape()));
  }
  return llvm::Error::success();
}

llvm::Expected<SmallVector<HostTensor>>
Executable::run(ArrayRef<HostTensor> in) {
  // The inputs are checked by the run below.
  SmallVector<HostTensor> results;
  for (const TensorDescriptor &desc : outputs) {
    auto result = HostTensor::allocate(desc.dataType, desc.shape,
                                       HostTensor::Fill::Uninitialized);
    if (!result)
      return makeError("output '" + desc.name +
                       "': " + llvm::toString(result.takeError()));
    results.push_back(std::move(*result));
  }
  if (llvm::Error error = run(in, results))
    return std::move(error);
  return results;
}

llvm::Error Executable::run(ArrayRef<HostTensor> in,
                            MutableArrayRef<HostTensor> results) {
  if (llvm::Error error = checkTensors(in, inputs, "input"))
    return error;
  if (llvm::Error error = checkTensors(results, outputs, "output"))
    return error;

  // The graph reads the inputs in place (they are marked non-writable for
  // bufferization) and writes every element of caller-provided outputs.
  SmallVector<MemRefDescriptor> descriptors;
  for (const HostTensor &tensor : in)
    descriptors.emplace_back(tensor);
  for (HostTensor &tensor : results)
    descriptors.emplace_back(tensor);
  SmallVector<void *> pointers, packed;
  for (MemRefDescriptor &desc : descriptors)
    pointers.push_back(desc.words.data());
  for (void *&pointer : pointers)
    packed.push_back(&pointer);
  GraphHeap heap(memoryLimitBytes);
  return heap.run(entry, packed.data());
}
