//===- webnn-opt.cpp - mlir-opt with the webnn dialect --------------------===//
//
// The upstream dialects, passes and extensions, plus the webnn dialect and
// its passes, and the CPU backend's passes and attributes.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/Passes.h"
#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "WebNN/Dialect/WebNN/Transforms/Passes.h"
#include "WebNN/Pipelines/Pipelines.h"
#include "WebNN/Target/CPU/CPUDialect.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  mlir::webnn::registerWebNNPasses();
  mlir::webnn::registerWebNNConversionPasses();
  mlir::webnn::registerWebNNPipelines();

  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  registry
      .insert<mlir::webnn::WebNNDialect, mlir::webnn::cpu::WebNNCPUDialect>();

  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "webnn-opt: the webnn dialect's optimizer driver\n",
      registry));
}
