//===- Passes.td - Conversions out of the webnn dialect ----*- tablegen -*-===//

#ifndef WEBNN_CONVERSION_PASSES_TD
#define WEBNN_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertWebNNToLinalg : Pass<"convert-webnn-to-linalg", "::mlir::ModuleOp"> {
  let summary = "Lower webnn ops to linalg, tensor, scf, arith and math on "
                "tensors";
  let description = [{
    Rewrites webnn ops into ops on builtin tensors: element-wise ops become
    one `linalg.generic` each, whose indexing maps do WebNN's broadcasting;
    constants become `arith.constant`. Unsigned WebNN types (`ui8`, `ui32`,
    `ui64`) become signless integers, with the unsigned arith ops chosen
    from the original type; function signatures are converted to match.
    Pooling, gemm, softmax, the normalizations, the activations and the
    reductions are lowered through their `webnn-decompose` rewrites into
    `webnn.elementwise`, `webnn.reduce_window`, `webnn.reduce` and
    `webnn.iota`, and those into linalg (named pooling ops, `linalg.reduce`
    over whole dimensions, or a `linalg.generic`). Gathers and scatters clamp every index they read
    into the tensor it addresses; cumulativeSum and the scatters are `scf`
    loops.

    An op with no lowering yet fails the pass with "failed to legalize
    operation" at the op.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def WebNNExpandMath : Pass<"webnn-expand-math"> {
  let summary = "Expand math ops that LLVM cannot lower into ones it can";
  let description = [{
    `math.erf` and `math.erfc` have no LLVM intrinsic and no lowering to
    LLVM: they are computed in float32 (float16 is extended and truncated
    back) by MLIR's polynomial approximations, which are made of arith ops,
    `math.fma` and (erfc) `math.exp`, so that they vectorize like any other
    element-wise body. Ops on tensors (before bufferization) are left alone. Runs before the
    conversion to LLVM in both pipelines; every other op is left alone.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::math::MathDialect",
    "::mlir::vector::VectorDialect",
  ];
}

#endif // WEBNN_CONVERSION_PASSES_TD
