//===- ExpandMath.cpp - Math ops LLVM cannot lower, in arith --------------===//
//
// The webnn-expand-math pass. `math.erf` (webnn.erf) and `math.erfc`
// (gelu) have neither an LLVM intrinsic nor a libm call in the math-to-llvm
// conversion; MLIR's polynomial approximations compute them from arith ops,
// `math.fma` and (erfc) `math.exp`, on scalars and vectors alike. They are
// defined for float32, so a float16 one is first extended to float32 and its
// result truncated.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/Passes.h"

#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::webnn {
#define GEN_PASS_DEF_WEBNNEXPANDMATH
#include "WebNN/Conversion/Passes.h.inc"
} // namespace mlir::webnn

using namespace mlir;

namespace {
struct WebNNExpandMathPass
    : webnn::impl::WebNNExpandMathBase<WebNNExpandMathPass> {
  void runOnOperation() override {
    auto isExpanded = [](StringRef name) {
      return name == "math.erf" || name == "math.erfc";
    };
    RewritePatternSet patterns(&getContext());
    populateMathF32ExpansionPatterns(patterns, isExpanded);
    populateMathPolynomialApproximationPatterns(patterns, isExpanded);
    // The approximations are written for scalars and vectors (on a tensor
    // they would build invalid IR): ops on other types are left alone.
    SmallVector<Operation *> ops;
    getOperation()->walk([&](Operation *op) {
      if (isa<math::ErfOp, math::ErfcOp>(op) &&
          isa<FloatType, VectorType>(op->getResult(0).getType()))
        ops.push_back(op);
    });
    GreedyRewriteConfig config;
    config.setStrictness(GreedyRewriteStrictness::ExistingAndNewOps);
    if (failed(applyOpPatternsGreedily(ops, std::move(patterns), config)))
      signalPassFailure();
  }
};
} // namespace
