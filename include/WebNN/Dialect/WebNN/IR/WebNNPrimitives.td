//===- WebNNPrimitives.td - HLO-style primitives -----------*- tablegen -*-===//
//
// Ops that are not MLGraphBuilder methods: lower-level, HLO-style primitives
// that take their scalar computation as a region, so that one op covers
// what WebNN spells as many (relu, clamp, leakyRelu, sigmoid, ... are all
// one `elementwise` with a different body). The decomposition pass rewrites
// high-level ops into them. `webnn.yield` ends their regions and the
// composite's (WebNNComposites.td).
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

def WebNN_ReduceWindowOp : Op<WebNN_Dialect, "reduce_window", [
    Pure, WebNN_GraphNode, IsolatedFromAbove]> {
  let summary = "a window reduction with a scalar reduction body";
  let description = [{
    Slides a window over every dimension of `input` and reduces the
    elements under it with the region, starting from `init_value`: HLO's
    reduce_window. Pooling is a reduce_window whose window covers the
    spatial dimensions (`[1, kh, kw, 1]` in nhwc).

    - `window_dimensions`: the window's size in each dimension (>= 1);
    - `window_strides`: the step between windows (default 1);
    - `window_dilations`: the step between the window's elements (default
      1);
    - `padding`: `[before_0, after_0, before_1, after_1, ...]` elements
      added around each dimension (default 0); they hold `init_value`, so
      that they do not change the result of a max (with -inf) or a sum
      (with 0).

    Output dimension `i` has `floor((in + before + after - ((w - 1) * d +
    1)) / s) + 1` elements, at least 1. The region takes the accumulator
    and an element, both of the element type, and yields the new
    accumulator; it holds side-effect free scalar ops only.

    Example (maxPool2d 3x3, stride 2, in nhwc):

    ```mlir
    %r = webnn.reduce_window %x {window_dimensions = array<i64: 1, 3, 3, 1>,
                                 window_strides = array<i64: 1, 2, 2, 1>,
                                 init_value = 0xFF800000 : f32}
        : (tensor<1x9x9x8xf32>) -> tensor<1x4x4x8xf32> {
    ^bb0(%acc: f32, %v: f32):
      %m = arith.maximumf %acc, %v : f32
      webnn.yield %m : f32
    }
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input,
                       DenseI64ArrayAttr:$window_dimensions,
                       OptionalAttr<DenseI64ArrayAttr>:$window_strides,
                       OptionalAttr<DenseI64ArrayAttr>:$window_dilations,
                       OptionalAttr<DenseI64ArrayAttr>:$padding,
                       TypedAttrInterface:$init_value);
  let results = (outs WebNN_Tensor:$output);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    $input attr-dict `:` functional-type($input, results) $body
  }];
  let extraClassDeclaration = [{
    /// The strides, dilations and padding with their defaults filled in.
    SmallVector<int64_t> getStridesOrDefault();
    SmallVector<int64_t> getDilationsOrDefault();
    SmallVector<int64_t> getPaddingOrDefault();
    /// The body's one op, if the body is a single binary op combining the
    /// accumulator and the element (in either order) whose result it
    /// yields, as pooling's max and sum are; null otherwise.
    Operation *getCombiner();
  }];
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
}

def WebNN_ReduceOp : Op<WebNN_Dialect, "reduce", [
    Pure, WebNN_GraphNode, IsolatedFromAbove]> {
  let summary = "a reduction over a set of axes with a scalar combiner";
  let description = [{
    Reduces `input` over the dimensions `axes` with the region, starting
    from `init_value`: HLO's reduce. The result has the input's dimensions
    without the reduced ones, in order (keeping them as size 1 is a reshape
    after it). `axes` are distinct and in `[0, rank)`; they may be empty,
    which reduces nothing. The region takes the accumulator and an element,
    both of the element type, and yields the new accumulator; it holds
    side-effect free scalar ops only. The combiner is applied in an
    unspecified order, so it should be associative and commutative (a sum,
    a product, a max, a min).

    WebNN's reductions (`reduce_sum`, `reduce_l2`, `reduce_log_sum_exp`,
    ...) decompose into one or two of these with element-wise steps around
    them, and `arg_min`/`arg_max` into two, the second over a `webnn.iota`
    of the indices (`webnn-decompose`).

    Example (the sum over the last dimension):

    ```mlir
    %r = webnn.reduce %x {axes = array<i64: 1>, init_value = 0.0 : f32}
        : (tensor<2x3xf32>) -> tensor<2xf32> {
    ^bb0(%acc: f32, %v: f32):
      %s = arith.addf %acc, %v : f32
      webnn.yield %s : f32
    }
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, DenseI64ArrayAttr:$axes,
                       TypedAttrInterface:$init_value);
  let results = (outs WebNN_Tensor:$output);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    $input attr-dict `:` functional-type($input, results) $body
  }];
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
}

def WebNN_IotaOp : Op<WebNN_Dialect, "iota", [Pure, WebNN_GraphNode]> {
  let summary = "a tensor whose elements are their index along one dimension";
  let description = [{
    HLO's iota: element `[i_0, ..., i_(r-1)]` of the result is
    `i_dimension`, in the result's element type (a float or signless
    integer type). It gives element-wise steps the positions of the
    elements, as the decomposition of `arg_max` needs.

    Example:

    ```mlir
    %i = webnn.iota {dimension = 1} : tensor<2x3xi64>
    // [[0, 1, 2], [0, 1, 2]]
    ```
  }];
  let arguments = (ins I64Attr:$dimension);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "attr-dict `:` type($output)";
  let hasVerifier = 1;
}

def WebNN_YieldOp : Op<WebNN_Dialect, "yield", [
    Pure, Terminator,
    ParentOneOf<["ElementwiseOp", "ReduceWindowOp", "ReduceOp",
                 "CompositeOp"]>]> {
  let summary = "the results of a primitive's or a composite's region";
  let arguments = (ins Variadic<AnyType>:$values);
  let assemblyFormat = "($values^ `:` type($values))? attr-dict";
}

#endif // WEBNN_DIALECT_WEBNN_IR_WEBNNPRIMITIVES_TD
