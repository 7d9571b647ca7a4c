//===- Passes.h - Passes on the webnn dialect -------------------*- C++ -*-===//

#ifndef WEBNN_DIALECT_WEBNN_TRANSFORMS_PASSES_H
#define WEBNN_DIALECT_WEBNN_TRANSFORMS_PASSES_H

#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "mlir/Pass/Pass.h"

namespace mlir {
class RewritePatternSet;
class RewriterBase;

namespace webnn {

#define GEN_PASS_DECL
#include "WebNN/Dialect/WebNN/Transforms/Passes.h.inc"

/// Patterns that rewrite conv2d and pooling ops to the given layouts.
void populateNormalizeLayoutsPatterns(RewritePatternSet &patterns,
                                      InputLayout inputLayout,
                                      FilterLayout filterLayout);

class CompositeOp;
/// Replaces `composite` by the ops of its region.
void inlineComposite(RewriterBase &rewriter, CompositeOp composite);

#define GEN_PASS_REGISTRATION
#include "WebNN/Dialect/WebNN/Transforms/Passes.h.inc"

} // namespace webnn
} // namespace mlir

#endif // WEBNN_DIALECT_WEBNN_TRANSFORMS_PASSES_H
