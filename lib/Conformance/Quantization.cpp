//===- Quantization.cpp - quantizeLinear and dequantizeLinear of the table ===//

#include "OpFamilies.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

using QuantizationMethod = llvm::Expected<Value> (GraphBuilder::*)(Value, Value,
                                                                   Value);

/// (input, scale, zeroPoint), no options.
template <QuantizationMethod method>
static llvm::Expected<Value> buildQuantization(GraphBuilder &builder,
                                               OperatorArguments &arguments) {
  auto operands = arguments.getOperandsWithoutOptions(3);
  if (!operands)
    return operands.takeError();
  if (llvm::Error error = arguments.takeOptionsError())
    return std::move(error);
  return (builder.*method)((*operands)[0], (*operands)[1], (*operands)[2]);
}

static const OpEntry kQuantizationOps[] = {
    {"dequantizeLinear", 3,
     &buildQuantization<&GraphBuilder::dequantizeLinear>},
    {"quantizeLinear", 3, &buildQuantization<&GraphBuilder::quantizeLinear>},
};

ArrayRef<OpEntry> mlir::webnn::conformance::getQuantizationOps() {
  return kQuantizationOps;
}
