//===- Composites.cpp - Verifier of webnn.composite -----------------------===//
//
// A composite's region is a subgraph of webnn ops: any label is checked for
// the region's signature, and a label the registry knows also for its
// version, operands, attributes and the ops its decomposition may hold.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/IR/CompositeRegistry.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::webnn;

/// Checks a composite with a known label against its registry entry.
static LogicalResult verifyLabel(CompositeOp op, const CompositeLabel &label) {
  StringRef name = label.name;
  if (op.getVersion() != label.version)
    return op.emitOpError() << "composite '" << name << "': version "
                            << op.getVersion() << " is not defined (the "
                            << "registry has version " << label.version << ")";
  unsigned inputs = op.getInputs().size();
  if (inputs < label.minInputs || inputs > label.maxInputs)
    return op.emitOpError()
           << "composite '" << name << "': takes " << label.minInputs << " to "
           << label.maxInputs << " operands, got " << inputs;
  if (op.getNumResults() != label.results)
    return op.emitOpError()
           << "composite '" << name << "': has " << label.results
           << " results, got " << op.getNumResults();
  DictionaryAttr attributes = op.getCompositeAttributes();
  for (NamedAttribute attribute : attributes) {
    const CompositeAttribute *known = nullptr;
    for (const CompositeAttribute &entry : label.attributes)
      if (entry.name == attribute.getName().getValue())
        known = &entry;
    if (!known)
      return op.emitOpError()
             << "composite '" << name << "': unknown attribute '"
             << attribute.getName().getValue() << "'";
    if (known->kind == "float" && !isa<FloatAttr>(attribute.getValue()))
      return op.emitOpError() << "composite '" << name << "': attribute '"
                              << known->name << "' must be a float";
    if (known->kind == "string") {
      auto text = dyn_cast<StringAttr>(attribute.getValue());
      if (!text)
        return op.emitOpError() << "composite '" << name << "': attribute '"
                                << known->name << "' must be a string";
      if (!known->values.empty() &&
          !llvm::is_contained(known->values, text.getValue()))
        return op.emitOpError()
               << "composite '" << name << "': attribute '" << known->name
               << "' must be one of " << llvm::join(known->values, ", ")
               << ", got '" << text.getValue() << "'";
    }
  }
  for (const CompositeAttribute &entry : label.attributes)
    if (entry.required && !attributes.get(entry.name))
      return op.emitOpError() << "composite '" << name << "': needs attribute '"
                              << entry.name << "'";

  Block &body = op.getBody().front();
  for (Operation &inner : body.without_terminator())
    if (!llvm::is_contained(label.allowedOps, inner.getName().getStringRef()))
      return inner.emitOpError()
             << "is not part of a '" << name << "' decomposition (it may hold "
             << llvm::join(label.allowedOps, ", ") << ")";

  // The decomposition's dataflow: every operand plays a role, and the
  // label's ops compute the results (an op whose value is dropped does not
  // count).
  for (BlockArgument argument : body.getArguments())
    if (argument.use_empty())
      return op.emitOpError()
             << "composite '" << name << "': operand "
             << argument.getArgNumber() << " is not used by the region";
  llvm::SmallPtrSet<Operation *, 16> contributing;
  SmallVector<Value> worklist(body.getTerminator()->getOperands());
  while (!worklist.empty()) {
    Operation *producer = worklist.pop_back_val().getDefiningOp();
    if (producer && contributing.insert(producer).second)
      llvm::append_range(worklist, producer->getOperands());
  }
  auto computesWith = [&](ArrayRef<StringRef> alternatives) {
    return llvm::any_of(contributing, [&](Operation *inner) {
      return llvm::is_contained(alternatives, inner->getName().getStringRef());
    });
  };
  for (StringRef required : label.requiredOps) {
    SmallVector<StringRef> alternatives;
    required.split(alternatives, '|');
    if (!computesWith(alternatives))
      return op.emitOpError()
             << "composite '" << name << "': the results must be computed with "
             << llvm::join(alternatives, " or ");
  }

  // The activation a convolution label names is the one its region applies
  // (webnn.<activation>, or a scalar body in webnn.elementwise).
  if (auto activation = attributes.getAs<StringAttr>("activation")) {
    static const StringRef kActivationOps[] = {"webnn.relu", "webnn.clamp",
                                               "webnn.leaky_relu"};
    if (activation.getValue() == "none") {
      if (computesWith(kActivationOps))
        return op.emitOpError() << "composite '" << name
                                << "': activation 'none', but the region "
                                   "applies an activation";
    } else {
      std::string activationOp = ("webnn." + activation.getValue()).str();
      StringRef alternatives[] = {activationOp, "webnn.elementwise"};
      if (!computesWith(alternatives))
        return op.emitOpError()
               << "composite '" << name << "': activation '"
               << activation.getValue() << "', but the results are not "
               << "computed with " << activationOp << " or webnn.elementwise";
    }
  }
  return success();
}

void CompositeOp::build(OpBuilder &builder, OperationState &state,
                        TypeRange results, StringRef name,
                        DictionaryAttr attributes, ValueRange inputs) {
  build(builder, state, results, builder.getStringAttr(name),
        builder.getI32IntegerAttr(1), attributes, inputs);
  SmallVector<Type> types;
  SmallVector<Location> locs;
  for (Value input : inputs) {
    types.push_back(input.getType());
    locs.push_back(input.getLoc());
  }
  OpBuilder::InsertionGuard guard(builder);
  builder.createBlock(state.regions.front().get(), {}, types, locs);
}

LogicalResult CompositeOp::verifyRegions() {
  Block &body = getBody().front();
  if (body.getNumArguments() != getInputs().size())
    return emitOpError() << "composite: the region takes "
                         << body.getNumArguments() << " values, expected "
                         << getInputs().size() << " (one per operand)";
  for (auto [index, argument, input] :
       llvm::enumerate(body.getArguments(), getInputs()))
    if (argument.getType() != input.getType())
      return emitOpError() << "composite: region argument " << index
                           << " has type " << argument.getType()
                           << ", expected " << input.getType();
  auto yield = dyn_cast_or_null<YieldOp>(body.empty() ? nullptr : &body.back());
  if (!yield)
    return emitOpError("composite: the region must end in webnn.yield");
  if (yield.getValues().getTypes() != getResultTypes())
    return yield.emitOpError()
           << "yields (" << yield.getValues().getTypes()
           << "), but the composite produces (" << getResultTypes() << ")";
  if (const CompositeLabel *label = lookupCompositeLabel(getName()))
    return verifyLabel(*this, *label);
  return success();
}
