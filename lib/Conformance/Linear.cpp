//===- Linear.cpp - matmul and gemm of the op table -----------------------===//

#include "OpFamilies.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

static llvm::Expected<Value> buildGemm(GraphBuilder &builder,
                                       OperatorArguments &arguments) {
  auto operands = arguments.getOperands(2);
  if (!operands)
    return operands.takeError();
  GemmOptions options;
  arguments.readOperand("c", options.c);
  arguments.readNumber("alpha", options.alpha);
  arguments.readNumber("beta", options.beta);
  arguments.readBool("aTranspose", options.aTranspose);
  arguments.readBool("bTranspose", options.bTranspose);
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return builder.gemm((*operands)[0], (*operands)[1], options);
}

static const OpEntry kLinearOps[] = {
    {"matmul", 2, &buildBinary<&GraphBuilder::matmul>},
    {"gemm", 2, &buildGemm},
};

ArrayRef<OpEntry> mlir::webnn::conformance::getLinearOps() {
  return kLinearOps;
}
