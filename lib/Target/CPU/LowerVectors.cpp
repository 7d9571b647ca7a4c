//===- LowerVectors.cpp - Vector ops to FMAs, loads and stores ------------===//
//
// The webnn-cpu-lower-vectors pass: a transform-dialect script that lowers
// what vectorization produced to what LLVM's instruction selection handles
// well: contractions to FMAs on 1-D vectors (outer products), transfers to
// 1-D loads and stores.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Target/CPU/Passes.h"

#include "TransformScript.h"

#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Utils/VectorUtils.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::webnn::cpu {
#define GEN_PASS_DEF_WEBNNCPULOWERVECTORS
#include "WebNN/Target/CPU/Passes.h.inc"
} // namespace mlir::webnn::cpu

using namespace mlir;
using namespace mlir::webnn::cpu;

/// Separate groups: some of these sets do not converge when applied
/// together (e.g. broadcast lowering with canonicalization). Vectorized
/// matmuls arrive as broadcast + multiply + reduction: they are turned back
/// into contractions first.
static constexpr llvm::StringLiteral kVectorLoweringScript = R"mlir(
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.reduction_to_contract
      transform.apply_patterns.vector.cast_away_vector_leading_one_dim
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.lower_contraction lowering_strategy = "outerproduct"
      transform.apply_patterns.vector.lower_outerproduct
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.transfer_permutation_patterns
      transform.apply_patterns.vector.lower_transfer max_transfer_rank = 1
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.lower_multi_reduction lowering_strategy = "innerreduction"
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.lower_transpose
      transform.apply_patterns.vector.lower_shape_cast
    } : !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.vector.lower_broadcast
    } : !transform.any_op
    transform.yield
  }
}
)mlir";

namespace {
/// Splits an n-D vector `math.absi`, `math.ctlz` or `math.cttz` into ops on
/// its (n-1)-D slices, until they are 1-D. The conversion to LLVM lowers
/// these ops (the ones that carry a poison flag) only on scalars and 1-D
/// vectors and leaves n-D ones unconverted, whereas it unrolls every other
/// element-wise op itself: an element-wise integer abs vectorized at rank 4
/// would otherwise fail in LLVM translation.
template <typename OpTy>
struct UnrollToOneDimensional : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    auto type = dyn_cast<VectorType>(op.getType());
    if (!type || type.getRank() < 2)
      return failure();
    Value operand = op.getOperand();
    return vector::unrollVectorOp(
        op, rewriter,
        [&](PatternRewriter &b, Location loc, VectorType sliceType,
            int64_t index) -> Value {
          Value slice = vector::ExtractOp::create(b, loc, operand, index);
          Operation *clone = b.clone(*op.getOperation());
          clone->setOperand(0, slice);
          clone->getResult(0).setType(sliceType);
          return clone->getResult(0);
        });
  }
};

struct WebNNCPULowerVectorsPass
    : webnn::cpu::impl::WebNNCPULowerVectorsBase<WebNNCPULowerVectorsPass> {
  void getDependentDialects(DialectRegistry &registry) const override {
    registerCPUBackendDependencies(registry);
  }

  LogicalResult initialize(MLIRContext *context) override {
    return script.parse(kVectorLoweringScript, context, getArgument());
  }

  void runOnOperation() override {
    if (failed(script.apply(getOperation())))
      return signalPassFailure();
    RewritePatternSet patterns(&getContext());
    patterns.add<UnrollToOneDimensional<math::AbsIOp>,
                 UnrollToOneDimensional<math::CountLeadingZerosOp>,
                 UnrollToOneDimensional<math::CountTrailingZerosOp>>(
        &getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }

  TransformScript script;
};
} // namespace
