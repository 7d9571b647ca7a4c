//===- CaseGraph.cpp - Building the graph of a conformance case -----------===//

#include "WebNN/Conformance/CaseGraph.h"
#include "WebNN/Conformance/CaseError.h"
#include "WebNN/Conformance/OpTable.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;

/// Adds `op` to the graph and names its result in `operands`.
static llvm::Error addOperator(const CaseOperator &op, GraphBuilder &builder,
                               llvm::StringMap<Value> &operands) {
  const OpEntry *entry = lookupOp(op.name);
  if (!entry)
    return unsupported("operator '" + op.name + "'");
  auto arguments = readArgumentList(op);
  if (!arguments)
    return arguments.takeError();
  if (arguments->positional.size() != entry->positionalCount)
    return malformed(op.where, op.name + " takes " +
                                   Twine(entry->positionalCount) +
                                   " positional arguments, got " +
                                   Twine(arguments->positional.size()));
  if (entry->buildMany) {
    auto names = readOutputNames(op);
    if (!names)
      return names.takeError();
    OperatorArguments reader(op, std::move(*arguments), operands);
    auto results = entry->buildMany(builder, reader);
    if (!results)
      return rejected(results.takeError());
    if (results->size() != names->size())
      return malformed(op.where, op.name + " has " + Twine(results->size()) +
                                     " results, but " + Twine(names->size()) +
                                     " output names");
    for (auto [name, value] : llvm::zip(*names, *results))
      operands[name] = value;
    return llvm::Error::success();
  }
  auto output = readOutputName(op);
  if (!output)
    return output.takeError();
  OperatorArguments reader(op, std::move(*arguments), operands);
  llvm::Expected<Value> result = entry->build(builder, reader);
  if (!result)
    return rejected(result.takeError());
  operands[*output] = *result;
  return llvm::Error::success();
}

llvm::Expected<OwningOpRef<ModuleOp>>
mlir::webnn::conformance::buildCaseGraph(const Case &testCase,
                                         GraphBuilder &builder) {
  llvm::StringMap<Value> operands;
  for (const CaseTensor &input : testCase.inputs) {
    const HostTensor &tensor = input.tensor;
    OperandDescriptor descriptor{tensor.getDataType(),
                                 SmallVector<int64_t>(tensor.getShape())};
    llvm::Expected<Value> value =
        input.isConstant
            ? builder.constant(descriptor, ArrayRef<char>(tensor.data(),
                                                          tensor.getByteSize()))
            : builder.input(input.name, descriptor);
    if (!value)
      return rejected(value.takeError());
    operands[input.name] = *value;
  }
  for (const CaseOperator &op : testCase.operators)
    if (llvm::Error error = addOperator(op, builder, operands))
      return std::move(error);

  SmallVector<std::pair<std::string, Value>> results;
  for (const CaseTensor &output : testCase.expectedOutputs) {
    Value value = operands.lookup(output.name);
    if (!value)
      return malformed("graph.expectedOutputs." + output.name,
                       "no operator computes '" + output.name + "'");
    results.emplace_back(output.name, value);
  }
  auto module = builder.build(results);
  if (!module)
    return rejected(module.takeError());
  return std::move(*module);
}
