//===- WebNNComposites.td - Labelled groups of ops ---------*- tablegen -*-===//
//
// webnn.composite: a subgraph kept together under a fusion label, whose
// region holds the group's decomposition in webnn ops. The labels a backend
// may know are listed in CompositeRegistry.h and docs/fusion-labels.md.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_DIALECT_WEBNN_IR_WEBNNCOMPOSITES_TD
#define WEBNN_DIALECT_WEBNN_IR_WEBNNCOMPOSITES_TD

include "mlir/IR/OpBase.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def WebNN_CompositeOp : Op<WebNN_Dialect, "composite", [
    Pure, WebNN_GraphNode, IsolatedFromAbove]> {
  let summary = "a labelled group of ops: the region is the truth";
  let description = [{
    A subgraph kept together under a label (a "fusion label"): `name`
    says what the group computes, `version` which revision of that
    meaning, and `composite_attributes` its parameters (a gemm's alpha, a
    fused activation). The region, isolated from above and ended by
    `webnn.yield` of the results, holds the group's decomposition in webnn
    ops. The region decides what the op computes; the label is a hint that a
    backend with a fused kernel for it may use, and any other backend
    inlines the region (`webnn-expand-composites`).

    A label the registry knows (CompositeRegistry.h, docs/fusion-labels.md)
    is checked against it: its version, operand and result counts,
    attributes, and the ops its region may hold. Unknown labels are opaque
    hints and only the region's signature is checked.

    Example:

    ```mlir
    %y = webnn.composite "gemm" %a, %b, %c {version = 1 : i32,
                                            composite_attributes = {}}
        : (tensor<2x4xf32>, tensor<4x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> {
    ^bb0(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>, %bias: tensor<3xf32>):
      %p = webnn.matmul %x, %w : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
      %s = webnn.add %p, %bias : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
      webnn.yield %s : tensor<2x3xf32>
    }
    ```
  }];
  let arguments = (ins StrAttr:$name,
                       DefaultValuedAttr<I32Attr, "1">:$version,
                       DefaultValuedAttr<DictionaryAttr, "{}">:
                           $composite_attributes,
                       Variadic<WebNN_Tensor>:$inputs);
  let results = (outs Variadic<WebNN_Tensor>:$outputs);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    $name $inputs attr-dict `:` functional-type($inputs, results) $body
  }];
  let builders = [
    // A version 1 composite whose region has an empty entry block taking
    // one argument per input (the caller fills it and ends it in a yield).
    OpBuilder<(ins "TypeRange":$results, "StringRef":$name,
                   "DictionaryAttr":$attributes, "ValueRange":$inputs)>,
  ];
  let hasRegionVerifier = 1;
}

#endif // WEBNN_DIALECT_WEBNN_IR_WEBNNCOMPOSITES_TD
