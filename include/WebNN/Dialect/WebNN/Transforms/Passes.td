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

#endif // WEBNN_DIALECT_WEBNN_TRANSFORMS_PASSES_TD
