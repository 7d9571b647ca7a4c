//===- OpFamilies.h - The op table's entries by family ----------*- C++ -*-===//
//
// Each family's file defines its entries; OpTable.cpp joins them. The
// builders of ops that take only operands and no options are templates on
// the GraphBuilder method, so that such an op is one line of its table.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_LIB_CONFORMANCE_OPFAMILIES_H
#define WEBNN_LIB_CONFORMANCE_OPFAMILIES_H

#include "WebNN/Conformance/OpTable.h"

namespace mlir::webnn::conformance {

ArrayRef<OpEntry> getElementwiseOps();
ArrayRef<OpEntry> getGatherOps();
ArrayRef<OpEntry> getLinearOps();
ArrayRef<OpEntry> getConvolutionOps();
ArrayRef<OpEntry> getPoolingOps();
ArrayRef<OpEntry> getQuantizationOps();
ArrayRef<OpEntry> getReductionOps();
ArrayRef<OpEntry> getNormalizationOps();
ArrayRef<OpEntry> getShapeOps();

using UnaryMethod = llvm::Expected<Value> (GraphBuilder::*)(Value);
using BinaryMethod = llvm::Expected<Value> (GraphBuilder::*)(Value, Value);

/// An op of one operand and no options.
template <UnaryMethod method>
llvm::Expected<Value> buildUnary(GraphBuilder &builder,
                                 OperatorArguments &arguments) {
  auto operands = arguments.getOperandsWithoutOptions(1);
  if (!operands)
    return operands.takeError();
  return (builder.*method)(operands->front());
}

/// An op of two operands and no options.
template <BinaryMethod method>
llvm::Expected<Value> buildBinary(GraphBuilder &builder,
                                  OperatorArguments &arguments) {
  auto operands = arguments.getOperandsWithoutOptions(2);
  if (!operands)
    return operands.takeError();
  return (builder.*method)((*operands)[0], (*operands)[1]);
}

} // namespace mlir::webnn::conformance

#endif // WEBNN_LIB_CONFORMANCE_OPFAMILIES_H
