//===- Pipelines.cpp - From webnn to the LLVM dialect ---------------------===//

#include "WebNN/Pipelines/Pipelines.h"

#include "WebNN/Conversion/Passes.h"
#include "WebNN/Dialect/WebNN/Transforms/Passes.h"
#include "mlir/Conversion/Passes.h"
#include "mlir/Conversion/VectorToSCF/VectorToSCF.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Transforms/FuncBufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/AllInterfaces.h"
#include "mlir/Dialect/Affine/IR/ValueBoundsOpInterfaceImpl.h"
#include "mlir/Dialect/Arith/IR/ValueBoundsOpInterfaceImpl.h"
#include "mlir/Dialect/SCF/IR/ValueBoundsOpInterfaceImpl.h"
#include "mlir/Dialect/Tensor/IR/TensorTilingInterfaceImpl.h"
#include "mlir/Dialect/Tensor/IR/ValueBoundsOpInterfaceImpl.h"
#include "mlir/Dialect/Tensor/Transforms/SubsetInsertionOpInterfaceImpl.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Linalg/TransformOps/DialectExtension.h"
#include "mlir/Dialect/SCF/TransformOps/SCFTransformOps.h"
#include "mlir/Dialect/Transform/IR/TransformDialect.h"
#include "mlir/Dialect/Vector/TransformOps/VectorTransformOps.h"
#include "mlir/Dialect/Vector/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::webnn;

/// webnn -> linalg on tensors -> buffers with caller-provided outputs.
/// `optimize` adds the CPU pipeline's fusion, tiling and vectorization;
/// without it the lowering is the plain reference.
/// Fusion labels: the CPU backend forms the labels it has kernels for and
/// runs them:
/// - conv2d_batchnorm with constant parameters becomes one conv2d with
///   folded weights and a bias;
/// - conv2d_bias_activation, conv2d_residual_activation and gemm (formed
///   from matmul + bias, and from named gemm ops) are kept to the lowering,
///   which marks their convolution or matmul for webnn-cpu-fuse-epilogues.
/// Every other composite is inlined, which is always correct since the
/// region is the truth. The groups form after the layouts are normalized,
/// so that no layout transpose is trapped inside a composite.
static void addFusionLabels(OpPassManager &pm, bool useLabels) {
  WebNNExpandCompositesOptions expand;
  if (useLabels) {
    pm.addNestedPass<func::FuncOp>(createWebNNNormalizeLayouts());
    pm.addPass(createCanonicalizerPass());
    // A named gemm is the gemm group: decomposed inside a gemm composite
    // (after normalize-layouts has folded transposes of constant weights,
    // which the composite's isolated region would hide).
    WebNNDecomposeOptions gemm;
    gemm.ops = {"gemm"};
    gemm.composites = true;
    pm.addNestedPass<func::FuncOp>(createWebNNDecompose(gemm));
    WebNNFormCompositesOptions formBatchNorm;
    formBatchNorm.labels = {"conv2d_batchnorm"};
    pm.addNestedPass<func::FuncOp>(createWebNNFormComposites(formBatchNorm));
    pm.addNestedPass<func::FuncOp>(createWebNNFoldConvBatchNorm());
    WebNNFormCompositesOptions formEpilogues;
    formEpilogues.labels = {"conv2d_bias_activation",
                            "conv2d_residual_activation", "gemm"};
    pm.addNestedPass<func::FuncOp>(createWebNNFormComposites(formEpilogues));
    expand.keep = formEpilogues.labels;
  }
  pm.addPass(createWebNNExpandComposites(expand));
}

static void addLoweringToBuffers(OpPassManager &pm, bool optimize) {
  pm.addPass(createConvertWebNNToLinalg());
  pm.addPass(createCanonicalizerPass());
  if (optimize) {
    pm.addNestedPass<func::FuncOp>(createCPUFuseElementwisePass());
    pm.addNestedPass<func::FuncOp>(createCPUFusePadsIntoProducersPass());
    pm.addNestedPass<func::FuncOp>(createCPUChooseConvSchedulePass());
    pm.addNestedPass<func::FuncOp>(createCPUFuseEpiloguesPass());
    pm.addPass(createCPUTensorSchedulePass());
    pm.addNestedPass<func::FuncOp>(createCPUPackFilterBlocksPass());
    pm.addNestedPass<func::FuncOp>(createCPUVectorizeRemainingPass());
    pm.addPass(createCPUVectorLoweringPass());
    pm.addPass(createCanonicalizerPass());
  }

  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  bufferization::BufferResultsToOutParamsPassOptions outParams;
  outParams.hoistStaticAllocs = true;
  // Graphs are public functions: the JIT calls them.
  outParams.modifyPublicFunctions = true;
  pm.addPass(bufferization::createBufferResultsToOutParamsPass(outParams));
  bufferization::BufferDeallocationPipelineOptions dealloc;
  bufferization::buildBufferDeallocationPipeline(pm, dealloc);
  if (optimize) {
    pm.addNestedPass<func::FuncOp>(createCPUCopiesToLoopsPass());
    pm.addNestedPass<func::FuncOp>(memref::createFoldMemRefAliasOpsPass());
    pm.addNestedPass<func::FuncOp>(createCPUHoistAccumulatorsPass());
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
  // Unrolled, n-D transfers become 1-D ones without stack buffers (which
  // would grow the stack inside loops).
  VectorTransferToSCFOptions vectorToSCF;
  vectorToSCF.enableFullUnroll();
  pm.addPass(createConvertVectorToSCFPass(vectorToSCF));
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertMathToFuncs());
  pm.addPass(createConvertVectorToLLVMPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
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
  registry.insert<affine::AffineDialect, arith::ArithDialect,
                  bufferization::BufferizationDialect, cf::ControlFlowDialect,
                  func::FuncDialect, linalg::LinalgDialect, LLVM::LLVMDialect,
                  math::MathDialect, memref::MemRefDialect,
                  omp::OpenMPDialect, scf::SCFDialect,
                  tensor::TensorDialect, ub::UBDialect,
                  vector::VectorDialect>();
  registry.insert<transform::TransformDialect>();
  linalg::registerTransformDialectExtension(registry);
  vector::registerTransformDialectExtension(registry);
  scf::registerTransformDialectExtension(registry);
  vector::registerBufferizableOpInterfaceExternalModels(registry);
  arith::registerBufferizableOpInterfaceExternalModels(registry);
  bufferization::func_ext::registerBufferizableOpInterfaceExternalModels(
      registry);
  // Tiling, value bounds and subset interfaces of linalg; the bufferization
  // models are registered below for the other dialects.
  linalg::registerAllDialectInterfaceImplementations(registry);
  affine::registerValueBoundsOpInterfaceExternalModels(registry);
  arith::registerValueBoundsOpInterfaceExternalModels(registry);
  scf::registerValueBoundsOpInterfaceExternalModels(registry);
  tensor::registerValueBoundsOpInterfaceExternalModels(registry);
  tensor::registerTilingInterfaceExternalModels(registry);
  tensor::registerSubsetOpInterfaceExternalModels(registry);
  scf::registerBufferizableOpInterfaceExternalModels(registry);
  tensor::registerBufferizableOpInterfaceExternalModels(registry);
}

void mlir::webnn::registerWebNNPipelines() {
  registerPass([] { return createCPUFuseElementwisePass(); });
  registerPass([] { return createCPUFusePadsIntoProducersPass(); });
  registerPass([] { return createCPUChooseConvSchedulePass(); });
  registerPass([] { return createCPUFuseEpiloguesPass(); });
  registerPass([] { return createCPUTensorSchedulePass(); });
  registerPass([] { return createCPUPackFilterBlocksPass(); });
  registerPass([] { return createCPUVectorizeRemainingPass(); });
  registerPass([] { return createCPUVectorLoweringPass(); });
  registerPass([] { return createCPUCopiesToLoopsPass(); });
  registerPass([] { return createCPUHoistAccumulatorsPass(); });
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
