//===- WebNNPrimitives.td - HLO-style primitives -----------*- tablegen -*-===//
//
// Ops that are not MLGraphBuilder methods: lower-level, HLO-style primitives
// that take their scalar computation as a region, so that one op covers
// what WebNN spells as many (relu, clamp, leakyRelu, sigmoid, ... are all
// one `elementwise` with a different body). The decomposition pass rewrites
// high-level ops into them.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_DIALECT_WEBNN_IR_WEBNNPRIMITIVES_TD
#define WEBNN_DIALECT_WEBNN_IR_WEBNNPRIMITIVES_TD

include "mlir/IR/OpBase.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def WebNN_ElementwiseOp : Op<WebNN_Dialect, "elementwise", [
    Pure, WebNN_GraphNode, IsolatedFromAbove]> {
  let summary = "a scalar function applied element by element";
  let description = [{
    The higher-order element-wise op: N tensor operands, broadcast to a
    common shape as WebNN's binary ops are (bidirectionally, as in numpy),
    and a region holding a scalar function of N scalars. The region has one
    block whose arguments are the operands' element types, in order; it
    holds side-effect free scalar ops (`arith`, `math`) and ends with
    `webnn.yield` of one scalar, whose type is the result's element type.
    The region is isolated from above: constants live inside it.

    Operands are float or signless integer tensors (the scalar dialects
    have no unsigned types).

    Example (leakyRelu with alpha 0.1):

    ```mlir
    %r = webnn.elementwise %x : (tensor<2x3xf32>) -> tensor<2x3xf32> {
    ^bb0(%v: f32):
      %zero = arith.constant 0.0 : f32
      %alpha = arith.constant 0.1 : f32
      %scaled = arith.mulf %v, %alpha : f32
      %positive = arith.cmpf ogt, %v, %zero : f32
      %y = arith.select %positive, %v, %scaled : f32
      webnn.yield %y : f32
    }
    ```
  }];
  let arguments = (ins Variadic<WebNN_Tensor>:$inputs);
  let results = (outs WebNN_Tensor:$output);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    $inputs attr-dict `:` functional-type($inputs, results) $body
  }];
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
}

def WebNN_YieldOp : Op<WebNN_Dialect, "yield", [
    Pure, Terminator, HasParent<"ElementwiseOp">]> {
  let summary = "the scalar result of a primitive's region";
  let arguments = (ins AnyType:$value);
  let assemblyFormat = "$value attr-dict `:` type($value)";
}

#endif // WEBNN_DIALECT_WEBNN_IR_WEBNNPRIMITIVES_TD
