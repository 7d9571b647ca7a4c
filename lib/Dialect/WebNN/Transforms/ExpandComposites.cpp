//===- ExpandComposites.cpp - Inline the composites a target lacks --------===//
//
// The webnn-expand-composites pass: a composite whose label the target does
// not keep is replaced by the ops of its region. Inner composites go first
// (a post-order walk), so that a kept label inside an inlined one survives.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/Transforms/Passes.h"

#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::webnn {
#define GEN_PASS_DEF_WEBNNEXPANDCOMPOSITES
#include "WebNN/Dialect/WebNN/Transforms/Passes.h.inc"
} // namespace mlir::webnn

using namespace mlir;
using namespace mlir::webnn;

void mlir::webnn::inlineComposite(RewriterBase &rewriter,
                                  CompositeOp composite) {
  Block &body = composite.getBody().front();
  IRMapping mapping;
  mapping.map(body.getArguments(), composite.getInputs());
  rewriter.setInsertionPoint(composite);
  for (Operation &inner : body.without_terminator())
    rewriter.clone(inner, mapping);
  SmallVector<Value> results;
  for (Value value : cast<YieldOp>(body.back()).getValues())
    results.push_back(mapping.lookupOrDefault(value));
  rewriter.replaceOp(composite, results);
}

namespace {
struct WebNNExpandCompositesPass
    : webnn::impl::WebNNExpandCompositesBase<WebNNExpandCompositesPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<CompositeOp> composites;
    getOperation()->walk([&](CompositeOp composite) {
      if (!llvm::is_contained(keep, composite.getName()))
        composites.push_back(composite);
    });
    IRRewriter rewriter(&getContext());
    for (CompositeOp composite : composites)
      inlineComposite(rewriter, composite);
  }
};
} // namespace
