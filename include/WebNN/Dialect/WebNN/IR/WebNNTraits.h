//===- WebNNTraits.h - Traits of the webnn ops ------------------*- C++ -*-===//

#ifndef WEBNN_DIALECT_WEBNN_IR_WEBNNTRAITS_H
#define WEBNN_DIALECT_WEBNN_IR_WEBNNTRAITS_H

#include "mlir/IR/OpDefinition.h"

namespace mlir::webnn {

/// Fails unless `op` is in a region with SSA dominance and its tensors are
/// within the implementation's limits (Limits.h).
LogicalResult verifyGraphNode(Operation *op);

/// A WebNN graph is acyclic: its ops live where values are defined before
/// they are used (a func.func body), not in a graph region such as a module
/// body, where an op could consume its own result. And no tensor of it is
/// larger than maxTensorByteLength.
template <typename ConcreteType>
class GraphNode : public OpTrait::TraitBase<ConcreteType, GraphNode> {
public:
  static LogicalResult verifyTrait(Operation *op) {
    return verifyGraphNode(op);
  }
};

} // namespace mlir::webnn

#endif // WEBNN_DIALECT_WEBNN_IR_WEBNNTRAITS_H
