//===- FuseElementwise.cpp - Chains of element-wise linalg ops ------------===//
//
// The webnn-cpu-fuse-elementwise pass: chains of element-wise linalg ops
// (bias add, batch normalization, relu) become one linalg.generic where the
// producer has no other use, so that an activation is read and written
// once. Unlike upstream's linalg-fuse-elementwise-ops it does not propagate
// reshapes through other ops: that turned the classifier's matmul after a
// flatten into a generic contraction that no schedule recognized.
//
// A fused body is bounded (kMaxFusedBodyOps): every fusion clones both
// bodies, so fusing a chain of n ops into one body costs n^2 (a graph of
// 100,000 element-wise ops spent twenty minutes here), and a body far
// longer than a vector register file gains nothing from being one loop.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Target/CPU/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::webnn::cpu {
#define GEN_PASS_DEF_WEBNNCPUFUSEELEMENTWISE
#include "WebNN/Target/CPU/Passes.h.inc"
} // namespace mlir::webnn::cpu

using namespace mlir;
using namespace mlir::webnn::cpu;

namespace {
/// The most scalar ops (the yield included) a fused body may hold.
constexpr size_t kMaxFusedBodyOps = 128;

size_t getBodySize(Operation *op) {
  auto generic = dyn_cast<linalg::LinalgOp>(op);
  return generic ? generic.getBlock()->getOperations().size() : 0;
}

struct WebNNCPUFuseElementwisePass
    : webnn::cpu::impl::WebNNCPUFuseElementwiseBase<
          WebNNCPUFuseElementwisePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    linalg::populateElementwiseOpsFusionPatterns(
        patterns, [](OpOperand *fused) {
          Operation *producer = fused->get().getDefiningOp();
          return producer && producer->hasOneUse() &&
                 getBodySize(producer) + getBodySize(fused->getOwner()) <=
                     kMaxFusedBodyOps;
        });
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
