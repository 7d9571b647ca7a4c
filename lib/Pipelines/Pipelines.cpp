//===- Pipelines.cpp - From webnn to the LLVM dialect ---------------------===//

#include "WebNN/Pipelines/Pipelines.h"

#include "WebNN/Conversion/Passes.h"
#include "WebNN/Dialect/WebNN/Transforms/Passes.h"
#include "WebNN/Target/CPU/FusionLabels.h"
#include "WebNN/Target/CPU/Passes.h"
#include "mlir/Conversion/Passes.h"
#include "mlir/Conversion/VectorToSCF/VectorToSCF.h"
#include "mlir/Dialect/Arith/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/FuncBufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Transforms/AllocationOpInterfaceImpl.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/Dialect/SCF/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Dialect/Tensor/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/Dialect/Vector/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::webnn;

/// webnn -> linalg on tensors -> buffers with caller-provided outputs.
/// `optimize` adds the CPU pipeline's fusion, tiling and vectorization;
/// without it the lowering is the plain reference.
/// Fusion labels: the CPU backend forms the labels it claims
/// (WebNN/Target/CPU/FusionLabels.h) and runs them:
/// - conv2d_batchnorm with constant parameters becomes one conv2d with
///   folded weights and a bias;
/// - the epilogue labels (formed from conv + bias + activation, conv +
///   residual, matmul + bias, and from named gemm ops) are kept to the
///   lowering, whose convolution or matmul carries the label to
///   webnn-cpu-fuse-epilogues.
/// Every other composite is inlined, which is always correct since the
/// region is the truth. The groups form after the layouts are normalized,
/// so that no layout transpose is trapped inside a composite.
static void addFusionLabels(OpPassManager &pm, bool useLabels) {
  WebNNExpandCompositesOptions expand;
  if (useLabels) {
    // A transposed convolution is a conv2d (its decomposition) before the
    // layouts move and the convolution labels form, so that it gets their
    // fused bias and activation.
    WebNNDecomposeOptions convTranspose;
    convTranspose.ops = {"conv_transpose2d"};
    pm.addNestedPass<func::FuncOp>(createWebNNDecompose(convTranspose));
    pm.addNestedPass<func::FuncOp>(createWebNNNormalizeLayouts());
    pm.addPass(createCanonicalizerPass());
    // A named gemm is the gemm group: decomposed inside a gemm composite
    // (after normalize-layouts has folded transposes of constant weights,
    // which the composite's isolated region would hide).
    WebNNDecomposeOptions gemm;
    gemm.ops = {"gemm"};
    gemm.composites = true;
    pm.addNestedPass<func::FuncOp>(createWebNNDecompose(gemm));
    WebNNFormCompositesOptions formFolded;
    formFolded.labels = llvm::to_vector_of<std::string>(llvm::map_range(
        cpu::kFoldedFusionLabels, [](StringRef label) { return label.str(); }));
    pm.addNestedPass<func::FuncOp>(createWebNNFormComposites(formFolded));
    pm.addNestedPass<func::FuncOp>(createWebNNFoldConvBatchNorm());
    WebNNFormCompositesOptions formEpilogues;
    formEpilogues.labels = llvm::to_vector_of<std::string>(
        llvm::map_range(cpu::kEpilogueFusionLabels,
                        [](StringRef label) { return label.str(); }));
    pm.addNestedPass<func::FuncOp>(createWebNNFormComposites(formEpilogues));
    expand.keep = formEpilogues.labels;
  }
  pm.addPass(createWebNNExpandComposites(expand));
}

static void addLoweringToBuffers(OpPassManager &pm, bool optimize) {
  pm.addPass(createConvertWebNNToLinalg());
  // Integer division by run-time data must not trap.
  pm.addPass(createWebNNGuardIntegerDivision());
  pm.addPass(createCanonicalizerPass());
  if (optimize) {
    pm.addNestedPass<func::FuncOp>(cpu::createWebNNCPUFuseElementwise());
    pm.addNestedPass<func::FuncOp>(cpu::createWebNNCPUFusePadsIntoProducers());
    pm.addNestedPass<func::FuncOp>(cpu::createWebNNCPUChooseConvSchedule());
    pm.addNestedPass<func::FuncOp>(cpu::createWebNNCPUFuseEpilogues());
    pm.addPass(cpu::createWebNNCPUTileAndVectorize());
    pm.addNestedPass<func::FuncOp>(cpu::createWebNNCPUPackFilterBlocks());
    pm.addNestedPass<func::FuncOp>(cpu::createWebNNCPUVectorizeRemaining());
    pm.addPass(cpu::createWebNNCPULowerVectors());
    pm.addPass(createCanonicalizerPass());
  }

  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addNestedPass<func::FuncOp>(createWebNNDistinctResults());
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  bufferization::BufferResultsToOutParamsPassOptions outParams;
  outParams.hoistStaticAllocs = true;
  // Graphs are public functions: the JIT calls them.
  outParams.modifyPublicFunctions = true;
  pm.addPass(bufferization::createBufferResultsToOutParamsPass(outParams));
  bufferization::BufferDeallocationPipelineOptions dealloc;
  bufferization::buildBufferDeallocationPipeline(pm, dealloc);
  if (optimize) {
    pm.addNestedPass<func::FuncOp>(cpu::createWebNNCPUCopiesToLoops());
    pm.addNestedPass<func::FuncOp>(memref::createFoldMemRefAliasOpsPass());
    pm.addNestedPass<func::FuncOp>(cpu::createWebNNCPUHoistAccumulators());
  }
}

/// The CPU pipeline's parallel loops (scf.forall) -> OpenMP work-sharing
/// loops on `threads` threads, or serial loops for one thread, so that
/// single-threaded code does not depend on the OpenMP runtime.
static void addParallelLoopLowering(OpPassManager &pm, unsigned threads) {
  if (threads == 1) {
    pm.addPass(createForallToForLoopPass());
    return;
  }
  pm.addPass(createForallToParallelLoopPass());
  ConvertSCFToOpenMPPassOptions openMP;
  openMP.numThreads = threads;
  pm.addPass(createConvertSCFToOpenMPPass(openMP));
  // The conversion wraps each loop body in a memref.alloca_scope, a single
  // block that the later scf-to-cf would break into many. Our bodies
  // allocate nothing on the stack, so canonicalization inlines the scopes.
  pm.addPass(createCanonicalizerPass());
}

/// Loops -> the LLVM dialect.
static void addLoweringToLLVM(OpPassManager &pm) {
  pm.addPass(createConvertLinalgToLoopsPass());
  // math.erf has no LLVM lowering: a polynomial in arith and math.exp.
  pm.addPass(createWebNNExpandMath());
  // Unrolled, n-D transfers become 1-D ones without stack buffers (which
  // would grow the stack inside loops).
  VectorTransferToSCFOptions vectorToSCF;
  vectorToSCF.enableFullUnroll();
  pm.addPass(createConvertVectorToSCFPass(vectorToSCF));
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertMathToFuncs());
  // A vector's float sum (a row of a reduction over the innermost axis) may
  // be added as a tree: in order, lane after lane, it runs at a fraction
  // of the speed of the loads that feed it. This reassociates only within
  // one vector, which changes a sum by rounding.
  ConvertVectorToLLVMPassOptions vectorToLLVM;
  vectorToLLVM.reassociateFPReductions = true;
  pm.addPass(createConvertVectorToLLVMPass(vectorToLLVM));
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  // Intermediate tensors come from the runtime's checked heap (GraphHeap),
  // not straight from malloc.
  FinalizeMemRefToLLVMConversionPassOptions memrefToLLVM;
  memrefToLLVM.useGenericFunctions = true;
  pm.addPass(createFinalizeMemRefToLLVMConversionPass(memrefToLLVM));
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createUBToLLVMConversionPass());
  pm.addPass(createConvertOpenMPToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(createCanonicalizerPass());
}

void mlir::webnn::buildCPUPipeline(OpPassManager &pm,
                                   const CPUPipelineOptions &options) {
  addFusionLabels(pm, options.fusionLabels);
  addLoweringToBuffers(pm, /*optimize=*/true);
  addParallelLoopLowering(pm, options.threads);
  addLoweringToLLVM(pm);
}

void mlir::webnn::buildReferencePipeline(OpPassManager &pm) {
  addFusionLabels(pm, /*useLabels=*/false);
  addLoweringToBuffers(pm, /*optimize=*/false);
  addLoweringToLLVM(pm);
}

LogicalResult mlir::webnn::buildPipeline(OpPassManager &pm, StringRef name,
                                         unsigned threads, bool fusionLabels) {
  if (name == "cpu") {
    CPUPipelineOptions options;
    options.threads = threads;
    options.fusionLabels = fusionLabels;
    buildCPUPipeline(pm, options);
  } else if (name == "reference")
    buildReferencePipeline(pm);
  else
    return failure();
  return success();
}

void mlir::webnn::registerPipelineDependencies(DialectRegistry &registry) {
  cpu::registerCPUBackendDependencies(registry);
  registry.insert<bufferization::BufferizationDialect, cf::ControlFlowDialect,
                  LLVM::LLVMDialect, math::MathDialect, memref::MemRefDialect,
                  omp::OpenMPDialect, ub::UBDialect>();
  vector::registerBufferizableOpInterfaceExternalModels(registry);
  arith::registerBufferizableOpInterfaceExternalModels(registry);
  bufferization::func_ext::registerBufferizableOpInterfaceExternalModels(
      registry);
  scf::registerBufferizableOpInterfaceExternalModels(registry);
  tensor::registerBufferizableOpInterfaceExternalModels(registry);
  // buffer-results-to-out-params writes a result into the caller's buffer
  // only when the result's allocation implements AllocationOpInterface;
  // without this, every graph output was computed into a temporary and
  // copied.
  memref::registerAllocationOpInterfaceExternalModels(registry);
}

void mlir::webnn::registerWebNNPipelines() {
  cpu::registerWebNNCPUPasses();
  PassPipelineRegistration<CPUPipelineOptions>(
      "webnn-cpu-pipeline",
      "Lower webnn graphs to the LLVM dialect for the CPU (webnn-run's "
      "default)",
      buildCPUPipeline);
  PassPipelineRegistration<>(
      "webnn-reference-pipeline",
      "Lower webnn graphs to the LLVM dialect through plain scalar loops "
      "(a reference for differential tests)",
      buildReferencePipeline);
}
