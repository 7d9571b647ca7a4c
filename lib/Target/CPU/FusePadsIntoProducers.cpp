//===- FusePadsIntoProducers.cpp - Producers write into padded tensors ----===//
//
// The webnn-cpu-fuse-pads-into-producers pass: the element-wise op that
// produces a padded activation (batch normalization and relu before a 3x3
// convolution) writes straight into the interior of the padded tensor,
// instead of writing the activation and copying it there.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Target/CPU/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::webnn::cpu {
#define GEN_PASS_DEF_WEBNNCPUFUSEPADSINTOPRODUCERS
#include "WebNN/Target/CPU/Passes.h.inc"
} // namespace mlir::webnn::cpu

using namespace mlir;
using namespace mlir::webnn::cpu;

namespace {
struct WebNNCPUFusePadsIntoProducersPass
    : webnn::cpu::impl::WebNNCPUFusePadsIntoProducersBase<
          WebNNCPUFusePadsIntoProducersPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    linalg::populateFuseTensorPadWithProducerLinalgOpPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
