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
      signalPassFailure();
  }

  TransformScript script;
};
} // namespace
