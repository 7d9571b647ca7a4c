//===- Passes.td - Passes on the webnn dialect -------------*- tablegen -*-===//

#ifndef WEBNN_DIALECT_WEBNN_TRANSFORMS_PASSES_TD
#define WEBNN_DIALECT_WEBNN_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def WebNNNormalizeLayouts : Pass<"webnn-normalize-layouts"> {
  let summary = "Rewrite conv2d and pooling to one input and filter layout";
  let description = [{
    WebNN lets every conv2d and pool pick its input layout (`nchw`, `nhwc`)
    and conv2d its filter layout (`oihw`, `hwio`, `ohwi`, `ihwo`). A backend
    usually has kernels for one of each. This pass rewrites every conv2d and
    pooling op to the layouts given by the options, inserting
    `webnn.transpose` ops around them. Transposes of constant filters become
    new constants (the weights are transposed once, at compile time), and
    transposes sink through element-wise ops (relu, clamp, leakyRelu,
    sigmoid, tanh; add, sub, mul of alike transposes), batch
    normalization and concat (of alike transposes), so that the transpose leaving one conv meets the one
    entering the next and the pair cancels under canonicalization.

    gemm's `a_transpose`/`b_transpose` become explicit transposes of the
    operand, so that a constant weight stored transposed (ONNX's Gemm with
    `transB`) is transposed at compile time too.

    Ops already in the target layouts are left alone.

    Example, with the defaults (`nhwc` input, `hwio` filter):

    ```mlir
    %r = webnn.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>)
                              -> tensor<1x4x6x6xf32>
    // becomes
    %xt = webnn.transpose %x {permutation = array<i64: 0, 2, 3, 1>} ...
    %wt = webnn.transpose %w {permutation = array<i64: 2, 3, 1, 0>} ...
    %c = webnn.conv2d %xt, %wt {filter_layout = #webnn.filter_layout<hwio>,
                                input_layout = #webnn.layout<nhwc>} ...
    %r = webnn.transpose %c {permutation = array<i64: 0, 3, 1, 2>} ...
    ```
  }];
  let dependentDialects = ["::mlir::webnn::WebNNDialect"];
  let options = [
    Option<"inputLayout", "input-layout", "std::string", /*default=*/"\"nhwc\"",
           "The input layout of conv2d and pooling: nchw or nhwc">,
    Option<"filterLayout", "filter-layout", "std::string", /*default=*/"\"hwio\"",
           "The filter layout of conv2d: oihw, hwio, ohwi or ihwo">,
  ];
}

def WebNNDecompose : Pass<"webnn-decompose"> {
  let summary = "Rewrite high-level ops into HLO-style primitives";
  let description = [{
    Rewrites the ops WebNN's first wave found too high-level into the
    primitives `webnn.elementwise`, `webnn.reduce_window`, `webnn.reduce`
    and `webnn.iota` and plain webnn ops:

    - `relu`, `leaky_relu`, `clamp`, `sigmoid`, `elu`, `gelu`,
      `hard_sigmoid`, `hard_swish`, `linear`, `prelu`, `softplus`,
      `softsign`: one `elementwise` with the activation as its scalar body
      (the last eight compute float16 in float32 and round once);
    - `max_pool2d`, `average_pool2d`, `l2_pool2d` (global ones included): a
      `reduce_window` over the spatial window of their layout (max from
      -inf, or the type's lowest value; sums from 0), padded as the pool is
      (ceil rounding pads the end). The average divides by the count of
      non-padded elements in each window (a `reduce_window` over ones when
      the pool is padded); l2 takes the square root of a sum of squares
      (in float32 for float16, whose squares overflow early);
    - `gemm`: `matmul` (with explicit transposes) and one `elementwise`
      computing `alpha * ab + beta * c`;
    - `conv_transpose2d`: a stride-1 `conv2d` over the input with `stride -
      1` zeros between its elements (`reshape`, `pad`, `reshape`), padded
      by `(k - 1) * dilation` less the op's padding (a `slice` where that
      is negative), with the filter flipped (`reverse`) and its channels
      swapped per group (`transpose`, `reshape`);
    - `resample2d`: `gather`s at indices computed at compile time (the
      shapes are static), and for `linear` an `elementwise` blend of the
      two neighbours along each axis with constant weights;
    - `softmax`: the numerically stable max, `exp(x - max)`, sum, divide,
      with `reduce_window` over the whole axis;
    - `batch_normalization`: a per-channel factor `scale / sqrt(variance +
      epsilon)` and one `elementwise` computing `(x - mean) * factor + bias`,
      the parameters reshaped to broadcast along the axis;
    - `instance_normalization`, `layer_normalization`: the mean and the
      mean squared distance to it as `reduce`s over the normalized axes,
      then `(x - mean) / sqrt(variance + epsilon) * scale + bias` (float16
      in float32);
    - `reduce_sum`, `reduce_product`, `reduce_max`, `reduce_min`,
      `reduce_l1`, `reduce_l2`, `reduce_log_sum`, `reduce_log_sum_exp`,
      `reduce_mean`, `reduce_sum_square`: one `reduce` (two for
      logSumExp's shift) with element-wise steps before and after it
      (float16 sums and products in float32);
    - `arg_max`, `arg_min`: a `reduce` to the best value, then the minimum
      over the axis of the `iota` index where the element equals it;
    - `cumulative_sum`: a `reduce_window` as long as the axis, padded so
      that output i sums the elements up to i (and a `slice` when
      exclusive). Quadratic in the axis' length: the CPU backend keeps its
      loop.

    `ops` names the ops to decompose (all of the above by default), the way
    a backend keeps the ops it has kernels for. With `composites`, the
    decomposition of an op that a fusion label names (`gemm`, `softmax`)
    is wrapped in a `webnn.composite` with that label: backends see the
    primitives, and the label keeps the op's context for those with a
    kernel for it. Cases the primitives do not cover stay as they are:
    unsigned operands (the scalar bodies compute on float and signless
    types) and integer clamps (their bounds saturate to the type in the
    element-wise lowering). convert-webnn-to-linalg lowers pooling, gemm,
    softmax, the normalizations, the activations and the reductions but
    cumulative_sum through these same rewrites.
  }];
  let dependentDialects = ["::mlir::webnn::WebNNDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect"];
  let options = [
    ListOption<"ops", "ops", "std::string",
               "The ops to decompose, by mnemonic (default: every op the "
               "pass knows)">,
    Option<"composites", "composites", "bool", /*default=*/"false",
           "Wrap the decompositions of gemm and softmax in composites "
           "labelled with their op">,
  ];
}

def WebNNExpandComposites : Pass<"webnn-expand-composites"> {
  let summary = "Inline the composites whose label the target does not keep";
  let description = [{
    Replaces every `webnn.composite` whose label is not in `keep` with the
    ops of its region: the region decides what a composite computes, so
    inlining it is always correct, and an unknown label is always safe. A
    backend lists in `keep` the labels it has fused kernels for; the
    default keeps none.
  }];
  let dependentDialects = ["::mlir::webnn::WebNNDialect"];
  let options = [
    ListOption<"keep", "keep", "std::string",
               "Labels to keep as composites (default: none)">,
  ];
}

def WebNNFormComposites : Pass<"webnn-form-composites"> {
  let summary = "Wrap the subgraphs of known fusion labels in composites";
  let description = [{
    Finds, in a plain graph, the subgraphs that the registry's labels
    describe, and wraps each in a `webnn.composite` with that label:

    - `gemm`: `add(matmul(a, b), c)` with a 2-D matmul and `c` a bias that
      broadcasts to the product (not the other way round);
    - `conv2d_batchnorm`: `batch_normalization(conv2d(...))`;
    - `conv2d_bias_activation`: `relu`, `clamp` or `leaky_relu` of a
      `conv2d` (the activation names the `activation` attribute), or a
      `conv2d` with a bias and none of these after it (activation `none`);
    - `conv2d_residual_activation`: `add(conv2d(...), residual)`, the
      residual shaped like the sum, with `relu`, `clamp` or `leaky_relu`
      after it or none;
    - `softmax`: softmax in primitives as `webnn-decompose` writes it (max
      and sum as `reduce_window` over one whole axis, `exp(x - max)` and
      the division as `elementwise`);
    - `hard_swish`: `x * clamp(x + 3, 0, 6) / 6` as `div(mul(x, r), 6)` or
      `mul(x, div(r, 6))`, the constants copied into the region.

    An intermediate result used outside the group keeps the group apart.
    `labels` names the labels to form (all by default).
  }];
  let dependentDialects = ["::mlir::webnn::WebNNDialect"];
  let options = [
    ListOption<"labels", "labels", "std::string",
               "Labels to form (default: every label the pass can find)">,
  ];
}

def WebNNFoldConvBatchNorm : Pass<"webnn-fold-conv-batchnorm"> {
  let summary = "Fold constant conv2d_batchnorm composites into one conv2d";
  let description = [{
    The CPU backend's kernel for the `conv2d_batchnorm` label: when the
    filter, the conv's bias and the batch normalization's parameters are
    float32 constants, the composite becomes one `conv2d` whose filter is
    scaled per output channel by `scale / sqrt(variance + epsilon)` and
    whose bias is `(bias_conv - mean) * factor + bias_bn`, both computed at
    compile time. Other `conv2d_batchnorm` composites are left alone.
  }];
  let dependentDialects = ["::mlir::webnn::WebNNDialect"];
}

def WebNNDistinctResults : Pass<"webnn-distinct-results", "func::FuncOp"> {
  let summary = "Give each returned tensor its own value before bufferization";
  let description = [{
    A graph may return one value twice (an output and the identity, or a
    transpose of a scalar, of it). Each output is a buffer of its own that
    the caller passes, and buffer-results-to-out-params, which writes a
    returned allocation straight into the caller's buffer, erases that
    allocation once per return operand: twice for a repeated one, a crash.
    This pass returns a copy (`bufferization.alloc_tensor` with `copy`) in
    place of every repeat, so that each output is computed into one buffer
    and copied into the others. Run it on tensors, before bufferization.
  }];
  let dependentDialects = ["::mlir::bufferization::BufferizationDialect"];
}

def WebNNGuardIntegerDivision : Pass<"webnn-guard-integer-division"> {
  let summary = "Make integer division and remainder total: no run-time trap";
  let description = [{
    An integer division by zero, or of the most negative value by -1, traps
    on x86 (SIGFPE), and the divisor is often run-time data: a graph's
    input, or a value computed from it. Both pipelines run this pass after
    the lowering to linalg, so that every `arith.divsi`, `arith.divui`,
    `arith.remsi` and `arith.remui` on integers (or vectors of them) whose
    divisor is not a constant known to be safe divides by a safe divisor
    and selects the defined result:

    - `x / 0` and `x % 0` are 0 (the WebNN spec leaves them open;
      docs/spec-notes.md);
    - the most negative value divided by -1 is itself (two's complement
      wrap-around), and its remainder is 0.

    Index arithmetic (the loops' own, with constant divisors) and floating
    point division are left alone.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

#endif // WEBNN_DIALECT_WEBNN_TRANSFORMS_PASSES_TD
