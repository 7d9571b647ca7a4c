//===- webnn-translate.cpp - Translate models into webnn IR ---------------===//
//
//   webnn-translate --import-onnx model.onnx [-o graph.mlir]
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "WebNN/Target/ONNX/ImportONNX.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"

using namespace mlir;
namespace cl = llvm::cl;

static cl::OptionCategory category("webnn-translate options");
static cl::opt<std::string> inputFile(cl::Positional, cl::Required,
                                      cl::desc("<input model>"),
                                      cl::cat(category));
static cl::opt<bool> importONNX("import-onnx",
                                cl::desc("Import an ONNX model (.onnx)"),
                                cl::cat(category));
static cl::opt<std::string> outputFile("o", cl::desc("Output file"),
                                       cl::value_desc("filename"),
                                       cl::init("-"), cl::cat(category));

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  // --mlir-print-debuginfo and the other printing flags of mlir-opt.
  registerAsmPrinterCLOptions();
  registerMLIRContextCLOptions();
  cl::ParseCommandLineOptions(argc, argv,
                              "webnn-translate: models to webnn IR\n");
  if (!importONNX) {
    llvm::WithColor::error(llvm::errs(), "webnn-translate")
        << "choose a translation (--import-onnx)\n";
    return 1;
  }
  MLIRContext context;
  auto module = webnn::importONNXFile(&context, inputFile);
  if (!module) {
    llvm::WithColor::error(llvm::errs(), "webnn-translate")
        << llvm::toString(module.takeError()) << "\n";
    return 1;
  }
  std::string error;
  auto output = openOutputFile(outputFile, &error);
  if (!output) {
    llvm::WithColor::error(llvm::errs(), "webnn-translate") << error << "\n";
    return 1;
  }
  (*module)->print(output->os(), OpPrintingFlags());
  output->keep();
  return 0;
}
