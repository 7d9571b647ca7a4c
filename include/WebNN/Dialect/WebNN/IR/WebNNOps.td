//===- WebNNOps.td - The ops of the webnn dialect ----------*- tablegen -*-===//
//
// One op per MLGraphBuilder method. Operand constraints here only say "a
// statically shaped tensor of a WebNN data type"; the per-op rules of the
// spec (allowed types, ranks, option consistency) live in the op's shape
// function (ShapeInference.cpp), which the verifier, type inference and the
// C++ GraphBuilder all call, so that the three cannot disagree.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_DIALECT_WEBNN_IR_WEBNNOPS_TD
#define WEBNN_DIALECT_WEBNN_IR_WEBNNOPS_TD

include "WebNN/Dialect/WebNN/IR/WebNNDialect.td"
include "WebNN/Dialect/WebNN/IR/WebNNAttrs.td"
include "mlir/IR/OpBase.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

/// The spec's eight MLOperandDataType values.
def WebNN_ElementType : AnyTypeOf<[F32, F16, I32, UI32, I64, UI64, I8, UI8],
                                  "a WebNN data type">;

/// WebNN operands always have a known shape (MLOperandDescriptor.shape).
def WebNN_Tensor : StaticShapeTensorOf<[F32, F16, I32, UI32, I64, UI64, I8, UI8,
                                         I<4>, UI<4>]>;

//===----------------------------------------------------------------------===//
// Base classes
//===----------------------------------------------------------------------===//

/// See WebNNTraits.h: webnn ops only live where SSA dominance holds.
def WebNN_GraphNode : NativeOpTrait<"GraphNode"> {
  let cppNamespace = "::mlir::webnn";
}

/// Every webnn op is side-effect free, sits in an acyclic graph, and
/// computes its result type the way MLGraphBuilder computes the output
/// operand descriptor.
class WebNN_Op<string mnemonic, list<Trait> traits = []>
    : Op<WebNN_Dialect, mnemonic,
         !listconcat(traits, [Pure, WebNN_GraphNode, InferTypeOpAdaptor])>;

/// An element-wise binary op with bidirectional broadcasting.
class WebNN_BinaryOp<string mnemonic, string specName, string formula>
    : WebNN_Op<mnemonic> {
  let summary = "element-wise " # specName # " with broadcasting";
  let description = [{
    `MLGraphBuilder.}] # specName # [{(a, b)`: computes }] # formula # [{
    element by element after broadcasting `a` and `b` to a common shape
    (bidirectional broadcasting, as in numpy). Both operands have the same
    data type, which may be any WebNN data type.

    Example:

    ```mlir
    %r = webnn.}] # mnemonic # [{ %a, %b
        : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$a, WebNN_Tensor:$b);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$a `,` $b attr-dict `:` functional-type(operands, results)";
}

/// An element-wise unary op; `types` names the spec's allowed data types.
class WebNN_UnaryOp<string mnemonic, string specName, string formula,
                    string types, list<Trait> traits = []>
    : WebNN_Op<mnemonic, traits> {
  let summary = "element-wise " # specName;
  let description = [{
    `MLGraphBuilder.}] # specName # [{(input)`: computes }] # formula # [{
    for every element. The output has the input's shape and data type.
    Allowed data types: }] # types # [{.

    Example:

    ```mlir
    %r = webnn.}] # mnemonic # [{ %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

/// An element-wise comparison or logical op of two operands: the operands
/// broadcast bidirectionally, the result is uint8, 1 where the predicate
/// holds and 0 elsewhere.
class WebNN_LogicalBinaryOp<string mnemonic, string specName, string formula,
                            string types>
    : WebNN_Op<mnemonic> {
  let summary = "element-wise " # specName # " with broadcasting";
  let description = [{
    `MLGraphBuilder.}] # specName # [{(a, b)`: 1 where }] # formula # [{,
    0 elsewhere, element by element after broadcasting `a` and `b` to a
    common shape (bidirectionally, as in numpy). Both operands have the same
    data type, one of: }] # types # [{. The result is uint8.

    Example:

    ```mlir
    %r = webnn.}] # mnemonic # [{ %a, %b
        : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xui8>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$a, WebNN_Tensor:$b);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$a `,` $b attr-dict `:` functional-type(operands, results)";
}

/// An element-wise predicate of one operand: the result is uint8 of the
/// input's shape, 1 where the predicate holds and 0 elsewhere.
class WebNN_LogicalUnaryOp<string mnemonic, string specName, string formula,
                           string types>
    : WebNN_Op<mnemonic> {
  let summary = "element-wise " # specName;
  let description = [{
    `MLGraphBuilder.}] # specName # [{(a)`: 1 where }] # formula # [{,
    0 elsewhere. The output is uint8, of the shape of `a`. Allowed data
    types: }] # types # [{.

    Example:

    ```mlir
    %r = webnn.}] # mnemonic # [{ %a : (tensor<2x3xf32>) -> tensor<2x3xui8>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$a);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$a attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

def WebNN_ConstantOp : WebNN_Op<"constant", [ConstantLike]> {
  let summary = "a constant operand (weights)";
  let description = [{
    `MLGraphBuilder.constant(descriptor, buffer)`. The data is any elements
    attribute: a `dense<...>` literal for small tensors, or a
    `dense_resource<...>` blob so that a model's weights are stored as bytes
    in the file's resource section instead of decimal text.

    Example:

    ```mlir
    %bias = webnn.constant dense<[0.5, -1.0]> : tensor<2xf32>
    %weights = webnn.constant dense_resource<conv1_w> : tensor<32x3x3x3xf32>
    ```
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Element-wise binary ops
//===----------------------------------------------------------------------===//

let hasFolder = 1 in {
def WebNN_AddOp : WebNN_BinaryOp<"add", "add", "`a + b`">;
def WebNN_SubOp : WebNN_BinaryOp<"sub", "sub", "`a - b`">;
def WebNN_MulOp : WebNN_BinaryOp<"mul", "mul", "`a * b`">;
def WebNN_DivOp : WebNN_BinaryOp<"div", "div", "`a / b`">;
}
def WebNN_MaxOp : WebNN_BinaryOp<"max", "max", "the larger of `a` and `b`">;
def WebNN_MinOp : WebNN_BinaryOp<"min", "min", "the smaller of `a` and `b`">;
def WebNN_PowOp : WebNN_BinaryOp<"pow", "pow", "`a` raised to the power `b`">;

//===----------------------------------------------------------------------===//
// Element-wise unary ops
//===----------------------------------------------------------------------===//

def WebNN_AbsOp : WebNN_UnaryOp<"abs", "abs", "`|x|`",
                                "float32, float16, int64, int32, int8">;
def WebNN_NegOp : WebNN_UnaryOp<"neg", "neg", "`-x`",
                                "float32, float16, int64, int32, int8">;
def WebNN_CeilOp : WebNN_UnaryOp<"ceil", "ceil", "`ceil(x)`", "float32, float16">;
def WebNN_FloorOp : WebNN_UnaryOp<"floor", "floor", "`floor(x)`", "float32, float16">;
def WebNN_ExpOp : WebNN_UnaryOp<"exp", "exp", "`e^x`", "float32, float16">;
def WebNN_LogOp : WebNN_UnaryOp<"log", "log", "the natural logarithm of `x`",
                                "float32, float16">;
def WebNN_SqrtOp : WebNN_UnaryOp<"sqrt", "sqrt", "`sqrt(x)`", "float32, float16">;
def WebNN_ReciprocalOp : WebNN_UnaryOp<"reciprocal", "reciprocal", "`1 / x`",
                                       "float32, float16">;
def WebNN_SigmoidOp : WebNN_UnaryOp<"sigmoid", "sigmoid", "`1 / (1 + e^-x)`",
                                    "float32, float16">;
def WebNN_TanhOp : WebNN_UnaryOp<"tanh", "tanh", "`tanh(x)`", "float32, float16">;
def WebNN_ReluOp : WebNN_UnaryOp<"relu", "relu", "`max(0, x)`",
                                 "float32, float16, int64, int32, int8">;
def WebNN_CosOp : WebNN_UnaryOp<"cos", "cos", "`cos(x)`", "float32, float16">;
def WebNN_SinOp : WebNN_UnaryOp<"sin", "sin", "`sin(x)`", "float32, float16">;
def WebNN_TanOp : WebNN_UnaryOp<"tan", "tan", "`tan(x)`", "float32, float16">;
def WebNN_ErfOp : WebNN_UnaryOp<"erf", "erf", "the error function of `x`",
                                "float32, float16">;
def WebNN_RoundEvenOp : WebNN_UnaryOp<"round_even", "roundEven",
    "`x` rounded to the nearest integer, ties to even", "float32, float16">;
def WebNN_SignOp : WebNN_UnaryOp<"sign", "sign",
    "1 for `x > 0`, -1 for `x < 0`, `x` itself otherwise (0, -0, NaN)",
    "float32, float16, int64, int32, int8">;
def WebNN_IdentityOp : WebNN_UnaryOp<"identity", "identity", "`x`",
                                     "any WebNN data type"> {
  let hasFolder = 1;
}

def WebNN_LeakyReluOp : WebNN_UnaryOp<"leaky_relu", "leakyRelu",
    "`x >= 0 ? x : alpha * x`", "float32, float16"> {
  let arguments = (ins WebNN_Tensor:$input,
                       DefaultValuedAttr<F64Attr, "0.01">:$alpha);
  let description = [{
    `MLGraphBuilder.leakyRelu(input, {alpha})`: `x >= 0 ? x : alpha * x` for
    every element; `alpha` defaults to 0.01. Allowed data types: float32,
    float16.

    Example:

    ```mlir
    %r = webnn.leaky_relu %x {alpha = 1.000000e-01 : f64}
        : (tensor<1x16x52x52xf32>) -> tensor<1x16x52x52xf32>
    ```
  }];
}

def WebNN_ClampOp : WebNN_UnaryOp<"clamp", "clamp",
    "`min(max(x, minValue), maxValue)`", "any WebNN data type"> {
  let arguments = (ins WebNN_Tensor:$input,
                       OptionalAttr<F64Attr>:$min_value,
                       OptionalAttr<F64Attr>:$max_value);
  let description = [{
    `MLGraphBuilder.clamp(input, {minValue, maxValue})`: bounds every element
    to `[minValue, maxValue]`. An absent bound is unbounded (-infinity and
    +infinity). `minValue` must not be greater than `maxValue`; a NaN bound
    leaves the input unchanged. Any WebNN data type.

    Example (ReLU6):

    ```mlir
    %r = webnn.clamp %x {max_value = 6.0 : f64, min_value = 0.0 : f64}
        : (tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32>
    ```
  }];
}

//===----------------------------------------------------------------------===//
// Element-wise comparison and logical ops (uint8 results)
//===----------------------------------------------------------------------===//

def WebNN_EqualOp : WebNN_LogicalBinaryOp<"equal", "equal", "`a == b`",
                                          "any WebNN data type">;
def WebNN_NotEqualOp : WebNN_LogicalBinaryOp<"not_equal", "notEqual",
    "`a != b` (also where either is NaN)", "any WebNN data type">;
def WebNN_GreaterOp : WebNN_LogicalBinaryOp<"greater", "greater", "`a > b`",
                                            "any WebNN data type">;
def WebNN_GreaterOrEqualOp : WebNN_LogicalBinaryOp<"greater_or_equal",
    "greaterOrEqual", "`a >= b`", "any WebNN data type">;
def WebNN_LesserOp : WebNN_LogicalBinaryOp<"lesser", "lesser", "`a < b`",
                                           "any WebNN data type">;
def WebNN_LesserOrEqualOp : WebNN_LogicalBinaryOp<"lesser_or_equal",
    "lesserOrEqual", "`a <= b`", "any WebNN data type">;
def WebNN_LogicalAndOp : WebNN_LogicalBinaryOp<"logical_and", "logicalAnd",
    "both `a` and `b` are non-zero", "uint8">;
def WebNN_LogicalOrOp : WebNN_LogicalBinaryOp<"logical_or", "logicalOr",
    "`a` or `b` is non-zero", "uint8">;
def WebNN_LogicalXorOp : WebNN_LogicalBinaryOp<"logical_xor", "logicalXor",
    "exactly one of `a` and `b` is non-zero", "uint8">;

def WebNN_LogicalNotOp : WebNN_LogicalUnaryOp<"logical_not", "logicalNot",
    "`a` is zero", "uint8">;
def WebNN_IsNaNOp : WebNN_LogicalUnaryOp<"is_nan", "isNaN", "`a` is NaN",
                                         "float32, float16">;
def WebNN_IsInfiniteOp : WebNN_LogicalUnaryOp<"is_infinite", "isInfinite",
    "`a` is +Infinity or -Infinity", "float32, float16">;

def WebNN_WhereOp : WebNN_Op<"where"> {
  let summary = "element-wise selection by a condition";
  let description = [{
    `MLGraphBuilder.where(condition, trueValue, falseValue)`: `trueValue`
    where `condition` is non-zero, `falseValue` elsewhere, after
    broadcasting the three operands to a common shape (bidirectionally).
    `condition` is uint8; `trueValue` and `falseValue` have the same data
    type, which is the result's.

    Example:

    ```mlir
    %r = webnn.where %c, %t, %f
        : (tensor<2x3xui8>, tensor<3xf32>, tensor<f32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$condition, WebNN_Tensor:$true_value,
                       WebNN_Tensor:$false_value);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = [{
    $condition `,` $true_value `,` $false_value attr-dict `:`
    functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// Activations (decomposed into webnn.elementwise, webnn-decompose)
//===----------------------------------------------------------------------===//

def WebNN_EluOp : WebNN_UnaryOp<"elu", "elu",
    "`max(0, x) + alpha * (exp(min(0, x)) - 1)`", "float32, float16"> {
  let arguments = (ins WebNN_Tensor:$input,
                       DefaultValuedAttr<F64Attr, "1.0">:$alpha);
  let description = [{
    `MLGraphBuilder.elu(input, {alpha})`: the exponential linear unit,
    `max(0, x) + alpha * (exp(min(0, x)) - 1)` for every element; `alpha`
    defaults to 1. Allowed data types: float32, float16.

    Example:

    ```mlir
    %r = webnn.elu %x {alpha = 5.000000e-01 : f64}
        : (tensor<2x3xf32>) -> tensor<2x3xf32>
    ```
  }];
}

def WebNN_GeluOp : WebNN_UnaryOp<"gelu", "gelu",
    "`0.5 * x * (1 + erf(x / sqrt(2)))`", "float32, float16">;

def WebNN_HardSigmoidOp : WebNN_UnaryOp<"hard_sigmoid", "hardSigmoid",
    "`max(0, min(1, alpha * x + beta))`", "float32, float16"> {
  let arguments = (ins WebNN_Tensor:$input,
                       DefaultValuedAttr<F64Attr, "0.2">:$alpha,
                       DefaultValuedAttr<F64Attr, "0.5">:$beta);
  let description = [{
    `MLGraphBuilder.hardSigmoid(input, {alpha, beta})`:
    `max(0, min(1, alpha * x + beta))` for every element; `alpha` defaults
    to 0.2 and `beta` to 0.5. Allowed data types: float32, float16.

    Example:

    ```mlir
    %r = webnn.hard_sigmoid %x {alpha = 1.000000e-01 : f64}
        : (tensor<2x3xf32>) -> tensor<2x3xf32>
    ```
  }];
}

def WebNN_HardSwishOp : WebNN_UnaryOp<"hard_swish", "hardSwish",
    "`x * max(0, min(6, x + 3)) / 6`", "float32, float16">;

def WebNN_LinearOp : WebNN_UnaryOp<"linear", "linear", "`alpha * x + beta`",
                                   "float32, float16"> {
  let arguments = (ins WebNN_Tensor:$input,
                       DefaultValuedAttr<F64Attr, "1.0">:$alpha,
                       DefaultValuedAttr<F64Attr, "0.0">:$beta);
  let description = [{
    `MLGraphBuilder.linear(input, {alpha, beta})`: `alpha * x + beta` for
    every element; `alpha` defaults to 1 and `beta` to 0. Allowed data
    types: float32, float16.

    Example:

    ```mlir
    %r = webnn.linear %x {alpha = 2.000000e+00 : f64, beta = 1.000000e+00 : f64}
        : (tensor<2x3xf32>) -> tensor<2x3xf32>
    ```
  }];
}

def WebNN_PreluOp : WebNN_Op<"prelu"> {
  let summary = "element-wise parametric relu";
  let description = [{
    `MLGraphBuilder.prelu(input, slope)`: `x >= 0 ? x : slope * x`, after
    broadcasting `input` and `slope` to a common shape (bidirectionally).
    Both have the same data type: float32, float16, int64, int32 or int8.

    Example:

    ```mlir
    %r = webnn.prelu %x, %slope
        : (tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) -> tensor<1x8x4x4xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, WebNN_Tensor:$slope);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input `,` $slope attr-dict `:` functional-type(operands, results)";
}

def WebNN_SoftplusOp : WebNN_UnaryOp<"softplus", "softplus",
    "`ln(1 + e^x)`", "float32, float16">;
def WebNN_SoftsignOp : WebNN_UnaryOp<"softsign", "softsign",
    "`x / (1 + |x|)`", "float32, float16">;

//===----------------------------------------------------------------------===//
// Reductions (decomposed into webnn.reduce, webnn-decompose)
//===----------------------------------------------------------------------===//

/// MLGraphBuilder's reduce* methods: `types` names the allowed data types.
class WebNN_ReductionOp<string mnemonic, string specName, string formula,
                        string types>
    : WebNN_Op<mnemonic> {
  let summary = specName # " over a set of axes";
  let description = [{
    `MLGraphBuilder.}] # specName # [{(input, {axes, keepDimensions})`:
    }] # formula # [{ of the elements over the dimensions `axes` (all of
    them when absent; none when empty). The reduced dimensions are dropped,
    or kept with size 1 when `keep_dimensions` is set. Allowed data types:
    }] # types # [{.

    Example:

    ```mlir
    %r = webnn.}] # mnemonic # [{ %x {axes = array<i64: 1>}
        : (tensor<2x3xf32>) -> tensor<2xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input,
                       OptionalAttr<DenseI64ArrayAttr>:$axes,
                       DefaultValuedAttr<BoolAttr, "false">:$keep_dimensions);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let extraClassDeclaration = [{
    /// The reduced axes: the given ones, or every dimension.
    SmallVector<int64_t> getAxesOrDefault();
  }];
}

def WebNN_ReduceL1Op : WebNN_ReductionOp<"reduce_l1", "reduceL1",
    "the sum of the absolute values",
    "float32, float16, int32, uint32, int64, uint64">;
def WebNN_ReduceL2Op : WebNN_ReductionOp<"reduce_l2", "reduceL2",
    "the square root of the sum of the squares", "float32, float16">;
def WebNN_ReduceLogSumOp : WebNN_ReductionOp<"reduce_log_sum",
    "reduceLogSum", "the natural logarithm of the sum", "float32, float16">;
def WebNN_ReduceLogSumExpOp : WebNN_ReductionOp<"reduce_log_sum_exp",
    "reduceLogSumExp", "the natural logarithm of the sum of the exponentials",
    "float32, float16">;
def WebNN_ReduceMaxOp : WebNN_ReductionOp<"reduce_max", "reduceMax",
    "the largest", "any WebNN data type">;
def WebNN_ReduceMeanOp : WebNN_ReductionOp<"reduce_mean", "reduceMean",
    "the mean", "float32, float16">;
def WebNN_ReduceMinOp : WebNN_ReductionOp<"reduce_min", "reduceMin",
    "the smallest", "any WebNN data type">;
def WebNN_ReduceProductOp : WebNN_ReductionOp<"reduce_product",
    "reduceProduct", "the product",
    "float32, float16, int32, uint32, int64, uint64">;
def WebNN_ReduceSumOp : WebNN_ReductionOp<"reduce_sum", "reduceSum",
    "the sum", "float32, float16, int32, uint32, int64, uint64">;
def WebNN_ReduceSumSquareOp : WebNN_ReductionOp<"reduce_sum_square",
    "reduceSumSquare", "the sum of the squares",
    "float32, float16, int32, uint32, int64, uint64">;

/// argMin and argMax.
class WebNN_ArgMinMaxOp<string mnemonic, string specName, string which>
    : WebNN_Op<mnemonic> {
  let summary = "the index of the " # which # " element along an axis";
  let description = [{
    `MLGraphBuilder.}] # specName # [{(input, axis, {keepDimensions,
    outputDataType})`: the index along `axis` of the }] # which # [{
    element, the first one where several are equal (a NaN counts as
    }] # which # [{). The axis is dropped, or kept with size 1 when
    `keep_dimensions` is set. The result is `output_data_type`, int32
    (the default) or int64. Any input data type, of rank 1 or more.

    Example:

    ```mlir
    %r = webnn.}] # mnemonic # [{ %x {axis = 1 : i32, output_data_type = i64}
        : (tensor<2x3xf32>) -> tensor<2xi64>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, I32Attr:$axis,
                       DefaultValuedAttr<BoolAttr, "false">:$keep_dimensions,
                       OptionalAttr<TypeAttr>:$output_data_type);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def WebNN_ArgMinOp : WebNN_ArgMinMaxOp<"arg_min", "argMin", "smallest">;
def WebNN_ArgMaxOp : WebNN_ArgMinMaxOp<"arg_max", "argMax", "largest">;

def WebNN_CumulativeSumOp : WebNN_Op<"cumulative_sum"> {
  let summary = "running sums along an axis";
  let description = [{
    `MLGraphBuilder.cumulativeSum(input, axis, {exclusive, reversed})`:
    element `i` along `axis` is the sum of the elements up to `i`
    (excluding `i` itself when `exclusive`; from the end when `reversed`).
    Allowed data types: float32, float16, int32, uint32, int64, uint64;
    rank 1 or more.

    Example:

    ```mlir
    %r = webnn.cumulative_sum %x {axis = 1 : i32, reversed = true}
        : (tensor<2x3xf32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, I32Attr:$axis,
                       DefaultValuedAttr<BoolAttr, "false">:$exclusive,
                       DefaultValuedAttr<BoolAttr, "false">:$reversed);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// Quantization
//===----------------------------------------------------------------------===//

def WebNN_QuantizeLinearOp : WebNN_Op<"quantize_linear"> {
  let summary = "float to integer with a scale and a zero point";
  let description = [{
    `MLGraphBuilder.quantizeLinear(input, scale, zeroPoint)`:
    `clamp(roundEven(input / scale) + zeroPoint, lowest, highest)` in the
    zero point's type (int8, uint8, int32, uint32, int4, uint4). `scale`
    (float32 or float16, like the input) and `zeroPoint` have the input's
    rank and one shape, which divides the input's in every dimension: each
    of their elements covers a block of the input (one value for all, one
    per channel, or one per block).

    Example (per channel of a [C, K] weight):

    ```mlir
    %q = webnn.quantize_linear %w, %s, %z
        : (tensor<64x256xf32>, tensor<64x1xf32>, tensor<64x1xi8>)
        -> tensor<64x256xi8>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, WebNN_Tensor:$scale,
                       WebNN_Tensor:$zero_point);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input `,` $scale `,` $zero_point attr-dict `:` functional-type(operands, results)";
}

def WebNN_DequantizeLinearOp : WebNN_Op<"dequantize_linear"> {
  let summary = "integer to float with a scale and a zero point";
  let description = [{
    `MLGraphBuilder.dequantizeLinear(input, scale, zeroPoint)`:
    `(input - zeroPoint) * scale` in the scale's type (float32 or
    float16). The input and the zero point have one type (int8, uint8,
    int32, uint32, int4, uint4); `scale` and `zeroPoint` have the input's
    rank and one shape, which divides the input's in every dimension
    (blockwise broadcasting, as quantize_linear).

    Example (blocks of 32 along the inner dimension):

    ```mlir
    %w = webnn.dequantize_linear %q, %s, %z
        : (tensor<64x256xi4>, tensor<64x8xf16>, tensor<64x8xi4>)
        -> tensor<64x256xf16>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, WebNN_Tensor:$scale,
                       WebNN_Tensor:$zero_point);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input `,` $scale `,` $zero_point attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// Gather and scatter (indices read at run time)
//===----------------------------------------------------------------------===//

def WebNN_GatherOp : WebNN_Op<"gather"> {
  let summary = "gathers slices of the input at run-time indices";
  let description = [{
    `MLGraphBuilder.gather(input, indices, {axis})`: the slices of `input`
    along `axis` that `indices` (int32, uint32 or int64) select; the output
    shape is `input.shape[:axis] + indices.shape + input.shape[axis+1:]`.
    An index `i` in `[-N, 0)` counts from the end (`i + N`); an index
    outside `[-N, N)` is clamped into it, so that no index read at run time
    reaches outside the input.

    Example:

    ```mlir
    %r = webnn.gather %x, %i {axis = 1 : i32}
        : (tensor<2x5xf32>, tensor<3xi32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, WebNN_Tensor:$indices,
                       DefaultValuedAttr<I32Attr, "0">:$axis);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input `,` $indices attr-dict `:` functional-type(operands, results)";
}

def WebNN_GatherElementsOp : WebNN_Op<"gather_elements"> {
  let summary = "gathers elements of the input at run-time indices";
  let description = [{
    `MLGraphBuilder.gatherElements(input, indices, {axis})`: element `p` of
    the output is `input[p]` with its `axis` coordinate replaced by
    `indices[p]`. `indices` has the input's rank and shape except along
    `axis`; the output has the shape of `indices`. Indices are taken from
    the end when negative and clamped into `[-N, N)`, as gather's.

    Example:

    ```mlir
    %r = webnn.gather_elements %x, %i {axis = 0 : i32}
        : (tensor<4x3xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, WebNN_Tensor:$indices,
                       DefaultValuedAttr<I32Attr, "0">:$axis);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input `,` $indices attr-dict `:` functional-type(operands, results)";
}

def WebNN_GatherNDOp : WebNN_Op<"gather_nd"> {
  let summary = "gathers slices of the input at run-time coordinates";
  let description = [{
    `MLGraphBuilder.gatherND(input, indices)`: the last dimension of
    `indices` (of size `k`, at most the input's rank) holds coordinates
    into the first `k` dimensions of `input`; the output shape is
    `indices.shape[:-1] + input.shape[k:]`. Each coordinate is taken from
    the end when negative and clamped into `[-N, N)` of its dimension.

    Example:

    ```mlir
    %r = webnn.gather_nd %x, %i
        : (tensor<2x3x4xf32>, tensor<5x2xi32>) -> tensor<5x4xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, WebNN_Tensor:$indices);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input `,` $indices attr-dict `:` functional-type(operands, results)";
}

def WebNN_ScatterElementsOp : WebNN_Op<"scatter_elements"> {
  let summary = "writes updates into a copy of the input at run-time indices";
  let description = [{
    `MLGraphBuilder.scatterElements(input, indices, updates, {axis})`: the
    input, with the element at position `p` of `updates` written where
    `input[p]` with its `axis` coordinate replaced by `indices[p]` is.
    `indices` has the input's rank and shape except along `axis`, and
    `updates` the shape of `indices`. Indices are taken from the end when
    negative and clamped into `[-N, N)`; where several updates land on one
    element, the last one in row-major order of `updates` stays.

    Example:

    ```mlir
    %r = webnn.scatter_elements %x, %i, %u {axis = 0 : i32}
        : (tensor<3x3xf32>, tensor<2x3xi32>, tensor<2x3xf32>) -> tensor<3x3xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, WebNN_Tensor:$indices,
                       WebNN_Tensor:$updates,
                       DefaultValuedAttr<I32Attr, "0">:$axis);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $indices `,` $updates attr-dict `:`
    functional-type(operands, results)
  }];
}

def WebNN_ScatterNDOp : WebNN_Op<"scatter_nd"> {
  let summary = "writes slices into a copy of the input at run-time coordinates";
  let description = [{
    `MLGraphBuilder.scatterND(input, indices, updates)`: the input, with
    the slices of `updates` written at the coordinates in the last
    dimension of `indices` (of size `k`, at most the input's rank);
    `updates` has the shape `indices.shape[:-1] + input.shape[k:]`.
    Coordinates are taken from the end when negative and clamped into
    `[-N, N)`; where several slices land on one element, the last one
    stays.

    Example:

    ```mlir
    %r = webnn.scatter_nd %x, %i, %u
        : (tensor<4x3xf32>, tensor<2x1xi32>, tensor<2x3xf32>) -> tensor<4x3xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, WebNN_Tensor:$indices,
                       WebNN_Tensor:$updates);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $indices `,` $updates attr-dict `:`
    functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// Shape and data movement
//===----------------------------------------------------------------------===//

def WebNN_ConcatOp : WebNN_Op<"concat"> {
  let summary = "concatenates tensors along an axis";
  let description = [{
    `MLGraphBuilder.concat(inputs, axis)`: joins one or more tensors of the
    same data type and rank along `axis`; every other dimension must match.

    Example:

    ```mlir
    %r = webnn.concat %a, %b {axis = 1 : i32}
        : (tensor<1x64x56x56xf32>, tensor<1x64x56x56xf32>) -> tensor<1x128x56x56xf32>
    ```
  }];
  let arguments = (ins Variadic<WebNN_Tensor>:$inputs, I32Attr:$axis);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$inputs attr-dict `:` functional-type(operands, results)";
}

def WebNN_ReshapeOp : WebNN_Op<"reshape"> {
  let summary = "gives a tensor a new shape with the same element count";
  let description = [{
    `MLGraphBuilder.reshape(input, newShape)`: the same elements in row-major
    order under `new_shape`, whose element count must equal the input's.
    Every dimension of `new_shape` is positive; an empty `new_shape` makes a
    scalar of a one-element tensor.

    Example:

    ```mlir
    %r = webnn.reshape %x {new_shape = array<i64: 1, 1000>}
        : (tensor<1x1000x1x1xf32>) -> tensor<1x1000xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, DenseI64ArrayAttr:$new_shape);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def WebNN_TransposeOp : WebNN_Op<"transpose"> {
  let summary = "permutes the dimensions of a tensor";
  let description = [{
    `MLGraphBuilder.transpose(input, {permutation})`: output dimension `i` is
    input dimension `permutation[i]`. Without `permutation` the dimensions
    are reversed. The permutation must hold each of `0 .. rank-1` once.

    Example:

    ```mlir
    %r = webnn.transpose %x {permutation = array<i64: 0, 2, 3, 1>}
        : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input,
                       OptionalAttr<DenseI64ArrayAttr>:$permutation);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def WebNN_SliceOp : WebNN_Op<"slice"> {
  let summary = "a strided window of the input";
  let description = [{
    `MLGraphBuilder.slice(input, starts, sizes, {strides})`: along each
    dimension, the `sizes[i]` elements from `starts[i]`, every `strides[i]`
    of them (default 1): the output dimension is `ceil(sizes[i] /
    strides[i])`. The window must lie inside the input.

    Example:

    ```mlir
    %r = webnn.slice %x {starts = array<i64: 0, 1>, sizes = array<i64: 2, 4>,
                         strides = array<i64: 1, 2>}
        : (tensor<3x5xf32>) -> tensor<2x2xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, DenseI64ArrayAttr:$starts,
                       DenseI64ArrayAttr:$sizes,
                       OptionalAttr<DenseI64ArrayAttr>:$strides);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def WebNN_ExpandOp : WebNN_Op<"expand"> {
  let summary = "broadcasts the input to a new shape";
  let description = [{
    `MLGraphBuilder.expand(input, newShape)`: the input broadcast to the
    shape that unidirectionally broadcasting it to `new_shape` gives (a
    dimension of 1 repeats; `new_shape` may add leading dimensions).

    Example:

    ```mlir
    %r = webnn.expand %x {new_shape = array<i64: 2, 3, 4>}
        : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, DenseI64ArrayAttr:$new_shape);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def WebNN_ReverseOp : WebNN_Op<"reverse"> {
  let summary = "reverses the order of elements along axes";
  let description = [{
    `MLGraphBuilder.reverse(input, {axes})`: the input with the order of
    its elements reversed along each of `axes` (all dimensions when
    absent; none when empty).

    Example:

    ```mlir
    %r = webnn.reverse %x {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input,
                       OptionalAttr<DenseI64ArrayAttr>:$axes);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def WebNN_TileOp : WebNN_Op<"tile"> {
  let summary = "repeats the input along each dimension";
  let description = [{
    `MLGraphBuilder.tile(input, repetitions)`: the input repeated
    `repetitions[i]` times along dimension `i`.

    Example:

    ```mlir
    %r = webnn.tile %x {repetitions = array<i64: 2, 3>}
        : (tensor<2x3xf32>) -> tensor<4x9xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, DenseI64ArrayAttr:$repetitions);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def WebNN_TriangularOp : WebNN_Op<"triangular"> {
  let summary = "keeps the upper or lower triangle of the last two dimensions";
  let description = [{
    `MLGraphBuilder.triangular(input, {upper, diagonal})`: in the matrices
    of the last two dimensions, the elements on or above (`upper`, the
    default) or on or below the diagonal shifted by `diagonal` columns
    (default 0) are kept and the others are 0. Rank 2 or more.

    Example:

    ```mlir
    %r = webnn.triangular %x {upper = false, diagonal = 1 : i64}
        : (tensor<3x3xf32>) -> tensor<3x3xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input,
                       DefaultValuedAttr<BoolAttr, "true">:$upper,
                       DefaultValuedAttr<I64Attr, "0">:$diagonal);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def WebNN_PadOp : WebNN_Op<"pad"> {
  let summary = "pads the input";
  let description = [{
    `MLGraphBuilder.pad(input, beginningPadding, endingPadding, {mode,
    value})`: adds `beginning_padding[i]` elements before and
    `ending_padding[i]` after dimension `i`, filled by `mode`: `constant`
    (the default) with `value` (default 0, cast to the data type), `edge`
    with the nearest element, `reflection` with the elements mirrored at the
    edge (the edge itself not repeated, so the padding must be smaller than
    the dimension).

    Example:

    ```mlir
    %r = webnn.pad %x {beginning_padding = array<i64: 1, 2>,
                       ending_padding = array<i64: 0, 2>,
                       mode = #webnn.padding_mode<reflection>}
        : (tensor<3x3xf32>) -> tensor<4x7xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input,
                       DenseI64ArrayAttr:$beginning_padding,
                       DenseI64ArrayAttr:$ending_padding,
                       DefaultValuedAttr<WebNN_PaddingModeAttr,
                                         "PaddingMode::constant">:$mode,
                       DefaultValuedAttr<F64Attr, "0.0">:$value);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def WebNN_CastOp : WebNN_Op<"cast"> {
  let summary = "converts the elements to another data type";
  let description = [{
    `MLGraphBuilder.cast(input, type)`: every element converted to
    `data_type`, any of the eight data types from any other. Floats convert
    to the nearest representable value (+/-Infinity beyond the range);
    integers to floats likewise; integers to integers keep the lowest bits
    (two's complement); floats to integers truncate toward zero, and where
    the spec leaves it to the implementation (out of range, NaN) saturate
    to the type's range, NaN giving 0.

    Example:

    ```mlir
    %r = webnn.cast %x {data_type = i8} : (tensor<2x3xf32>) -> tensor<2x3xi8>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, TypeAttr:$data_type);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def WebNN_SplitOp : WebNN_Op<"split"> {
  let summary = "splits the input along an axis into several results";
  let description = [{
    `MLGraphBuilder.split(input, splits, {axis})`: consecutive pieces of
    `input` along `axis` (default 0), one result per entry of `splits`,
    which holds their sizes (at least 1 each, summing to the dimension; the
    builder turns a count into equal sizes). At most 8192 pieces (the
    spec's valid tensor count).

    Example:

    ```mlir
    %a, %b = webnn.split %x {splits = array<i64: 2, 4>, axis = 1 : i32}
        : (tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>)
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, DenseI64ArrayAttr:$splits,
                       DefaultValuedAttr<I32Attr, "0">:$axis);
  let results = (outs Variadic<WebNN_Tensor>:$outputs);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// Linear algebra
//===----------------------------------------------------------------------===//

def WebNN_MatmulOp : WebNN_Op<"matmul"> {
  let summary = "matrix product with batch broadcasting";
  let description = [{
    `MLGraphBuilder.matmul(a, b)`: `a` is `[..., M, K]` and `b` is
    `[..., K, N]` (rank 2 or more, float32 or float16); the batch dimensions
    broadcast bidirectionally and the result is `[..., M, N]`.

    Example:

    ```mlir
    %r = webnn.matmul %a, %b
        : (tensor<2x1x4x8xf32>, tensor<3x8x5xf32>) -> tensor<2x3x4x5xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$a, WebNN_Tensor:$b);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$a `,` $b attr-dict `:` functional-type(operands, results)";
}

def WebNN_GemmOp : WebNN_Op<"gemm"> {
  let summary = "general matrix multiplication: alpha * A * B + beta * C";
  let description = [{
    `MLGraphBuilder.gemm(a, b, {c, alpha, beta, aTranspose, bTranspose})`:
    `alpha * op(a) * op(b) + beta * c`, where `op` transposes its 2-D operand
    when the matching flag is set. `op(a)` is `[M, K]`, `op(b)` is `[K, N]`,
    and the optional `c` (rank 0 to 2) broadcasts to `[M, N]`.

    Example:

    ```mlir
    %r = webnn.gemm %x, %w, %bias {b_transpose = true}
        : (tensor<1x1024xf32>, tensor<1000x1024xf32>, tensor<1000xf32>) -> tensor<1x1000xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$a, WebNN_Tensor:$b,
                       Optional<WebNN_Tensor>:$c,
                       DefaultValuedAttr<F64Attr, "1.0">:$alpha,
                       DefaultValuedAttr<F64Attr, "1.0">:$beta,
                       DefaultValuedAttr<BoolAttr, "false">:$a_transpose,
                       DefaultValuedAttr<BoolAttr, "false">:$b_transpose);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = [{
    $a `,` $b (`,` $c^)? attr-dict `:` functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// Convolution and pooling
//===----------------------------------------------------------------------===//

def WebNN_Conv2dOp : WebNN_Op<"conv2d"> {
  let summary = "2-D convolution, grouped or depthwise, with optional bias";
  let description = [{
    `MLGraphBuilder.conv2d(input, filter, {padding, strides, dilations,
    groups, inputLayout, filterLayout, bias})`.

    - `padding` is `[beginHeight, endHeight, beginWidth, endWidth]`
      (default zeros); `strides` and `dilations` are `[height, width]`
      (default ones).
    - `input_layout` is `nchw` (default) or `nhwc`; `filter_layout` is
      `oihw` (default), `hwio`, `ohwi` or `ihwo`.
    - With `groups` > 1 the input channels split into groups; a depthwise
      convolution has `groups` equal to the input channels and one filter
      input channel.
    - `bias` is 1-D with one value per output channel.

    The output size of each spatial dimension is
    `floor((in + padBegin + padEnd - ((k - 1) * dilation + 1)) / stride) + 1`.

    Example:

    ```mlir
    %r = webnn.conv2d %x, %w bias(%b) {padding = array<i64: 1, 1, 1, 1>,
                                       strides = array<i64: 2, 2>}
        : (tensor<1x3x224x224xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>)
        -> tensor<1x32x112x112xf32>
    ```
  }];
  let arguments = (ins
    WebNN_Tensor:$input,
    WebNN_Tensor:$filter,
    Optional<WebNN_Tensor>:$bias,
    OptionalAttr<DenseI64ArrayAttr>:$padding,
    OptionalAttr<DenseI64ArrayAttr>:$strides,
    OptionalAttr<DenseI64ArrayAttr>:$dilations,
    DefaultValuedAttr<I32Attr, "1">:$groups,
    DefaultValuedAttr<WebNN_InputLayoutAttr,
                      "::mlir::webnn::InputLayout::nchw">:$input_layout,
    DefaultValuedAttr<WebNN_FilterLayoutAttr,
                      "::mlir::webnn::FilterLayout::oihw">:$filter_layout);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $filter (`bias` `(` $bias^ `)`)? attr-dict `:`
    functional-type(operands, results)
  }];
}

def WebNN_ConvTranspose2dOp : WebNN_Op<"conv_transpose2d"> {
  let summary = "2-D transposed convolution, grouped, with optional bias";
  let description = [{
    `MLGraphBuilder.convTranspose2d(input, filter, {padding, strides,
    dilations, outputPadding, outputSizes, groups, inputLayout,
    filterLayout, bias})`: the gradient of conv2d with respect to its
    input; each input element scatters `filter` times itself into the
    output, `strides` apart.

    - `padding` (`[beginHeight, endHeight, beginWidth, endWidth]`) crops
      the full output; `strides` and `dilations` are `[height, width]`.
    - The output size of each spatial dimension is `(in - 1) * stride +
      (k - 1) * dilation + 1 - padBegin - padEnd`, plus `output_padding`
      (below the stride), or `output_sizes` when given (at least that
      size, less than it plus the stride).
    - `input_layout` is `nchw` (default) or `nhwc`; `filter_layout` is
      `iohw` (default: `[inputChannels, outputChannels / groups, h, w]`),
      `hwoi` or `ohwi`. There are `groups` times the filter's output
      channels.
    - `bias` is 1-D with one value per output channel.

    Example:

    ```mlir
    %r = webnn.conv_transpose2d %x, %w {strides = array<i64: 2, 2>,
                                        output_padding = array<i64: 1, 1>}
        : (tensor<1x8x16x16xf32>, tensor<8x4x3x3xf32>)
        -> tensor<1x4x34x34xf32>
    ```
  }];
  let arguments = (ins
    WebNN_Tensor:$input,
    WebNN_Tensor:$filter,
    Optional<WebNN_Tensor>:$bias,
    OptionalAttr<DenseI64ArrayAttr>:$padding,
    OptionalAttr<DenseI64ArrayAttr>:$strides,
    OptionalAttr<DenseI64ArrayAttr>:$dilations,
    OptionalAttr<DenseI64ArrayAttr>:$output_padding,
    OptionalAttr<DenseI64ArrayAttr>:$output_sizes,
    DefaultValuedAttr<I32Attr, "1">:$groups,
    DefaultValuedAttr<WebNN_InputLayoutAttr,
                      "::mlir::webnn::InputLayout::nchw">:$input_layout,
    DefaultValuedAttr<WebNN_ConvTranspose2dFilterLayoutAttr,
                      "::mlir::webnn::ConvTranspose2dFilterLayout::iohw">:
        $filter_layout);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $filter (`bias` `(` $bias^ `)`)? attr-dict `:`
    functional-type(operands, results)
  }];
  let extraClassDeclaration = [{
    /// The options as the shape function reads them.
    ConvTranspose2dAttrs getAttrs();
  }];
}

def WebNN_Resample2dOp : WebNN_Op<"resample2d"> {
  let summary = "resizing along two axes, nearest or bilinear";
  let description = [{
    `MLGraphBuilder.resample2d(input, {mode, scales, sizes, axes})`:
    resizes the two dimensions `axes` (default `[2, 3]`) of a 4-D input to
    `sizes`, or to `floor(size * scale)` with `scales` (default `[1, 1]`;
    ignored when `sizes` is given). Output coordinate `o` of an axis reads
    input coordinate `clamp((o + 0.5) / scale - 0.5, 0, in - 1)`, with
    `scale = out / in`: the nearest element (`ceil(c - 0.5)`) in mode
    `nearest_neighbor` (the default), the bilinear interpolation of the
    four around it in mode `linear`. float32, float16, int8, uint8.

    Example:

    ```mlir
    %r = webnn.resample2d %x {mode = #webnn.interpolation<linear>,
                              scales = array<f32: 2.0, 2.0>}
        : (tensor<1x3x8x8xf32>) -> tensor<1x3x16x16xf32>
    ```
  }];
  let arguments = (ins
    WebNN_Tensor:$input,
    DefaultValuedAttr<WebNN_InterpolationModeAttr,
                      "::mlir::webnn::InterpolationMode::nearest_neighbor">:
        $mode,
    OptionalAttr<DenseF32ArrayAttr>:$scales,
    OptionalAttr<DenseI64ArrayAttr>:$sizes,
    OptionalAttr<DenseI64ArrayAttr>:$axes);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let extraClassDeclaration = [{
    /// The axes, with the default [2, 3] filled in.
    SmallVector<int64_t> getAxesOrDefault();
  }];
}

/// averagePool2d, l2Pool2d and maxPool2d share options and shape rules.
class WebNN_Pool2dOp<string mnemonic, string specName, string reduction,
                     string types>
    : WebNN_Op<mnemonic> {
  let summary = "2-D " # reduction # " pooling";
  let description = [{
    `MLGraphBuilder.}] # specName # [{(input, {windowDimensions, padding,
    strides, dilations, layout, outputShapeRounding, outputSizes})`: the }]
    # reduction # [{ of each window. Allowed data types: }] # types # [{.

    - Without `window_dimensions` the window is the whole spatial extent
      (global pooling).
    - `padding` is `[beginHeight, endHeight, beginWidth, endWidth]`;
      `strides` and `dilations` are `[height, width]`.
    - The output size is
      `(in + padBegin + padEnd - ((window - 1) * dilation + 1)) / stride + 1`
      rounded by `output_shape_rounding` (`floor` by default, or `ceil`),
      unless `output_sizes` gives it, in which case it must be the floor or
      the ceil of that value.

    Example:

    ```mlir
    %r = webnn.}] # mnemonic # [{ %x {window_dimensions = array<i64: 3, 3>,
                                strides = array<i64: 2, 2>}
        : (tensor<1x64x112x112xf32>) -> tensor<1x64x55x55xf32>
    ```
  }];
  let arguments = (ins
    WebNN_Tensor:$input,
    OptionalAttr<DenseI64ArrayAttr>:$window_dimensions,
    OptionalAttr<DenseI64ArrayAttr>:$padding,
    OptionalAttr<DenseI64ArrayAttr>:$strides,
    OptionalAttr<DenseI64ArrayAttr>:$dilations,
    DefaultValuedAttr<WebNN_InputLayoutAttr,
                      "::mlir::webnn::InputLayout::nchw">:$layout,
    DefaultValuedAttr<WebNN_RoundingTypeAttr,
                      "::mlir::webnn::RoundingType::floor">:$output_shape_rounding,
    OptionalAttr<DenseI64ArrayAttr>:$output_sizes);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def WebNN_AveragePool2dOp : WebNN_Pool2dOp<"average_pool2d", "averagePool2d",
    "average (padded elements are not counted)", "float32, float16">;
def WebNN_L2Pool2dOp : WebNN_Pool2dOp<"l2_pool2d", "l2Pool2d",
    "L2 norm", "float32, float16">;
def WebNN_MaxPool2dOp : WebNN_Pool2dOp<"max_pool2d", "maxPool2d",
    "maximum", "any WebNN data type">;

//===----------------------------------------------------------------------===//
// Normalization
//===----------------------------------------------------------------------===//

def WebNN_BatchNormalizationOp : WebNN_Op<"batch_normalization",
                                          [AttrSizedOperandSegments]> {
  let summary = "batch normalization with given statistics";
  let description = [{
    `MLGraphBuilder.batchNormalization(input, mean, variance, {scale, bias,
    axis, epsilon})`: `scale * (x - mean) / sqrt(variance + epsilon) + bias`
    along the channel dimension `axis` (default 1). `mean`, `variance` and
    the optional `scale` and `bias` are 1-D with the size of that dimension.

    Example:

    ```mlir
    %r = webnn.batch_normalization %x, %mean, %var scale(%s) bias(%b)
        {epsilon = 1.0e-03 : f64}
        : (tensor<1x32x8x8xf32>, tensor<32xf32>, tensor<32xf32>,
           tensor<32xf32>, tensor<32xf32>) -> tensor<1x32x8x8xf32>
    ```
  }];
  let arguments = (ins
    WebNN_Tensor:$input,
    WebNN_Tensor:$mean,
    WebNN_Tensor:$variance,
    Optional<WebNN_Tensor>:$scale,
    Optional<WebNN_Tensor>:$bias,
    DefaultValuedAttr<I32Attr, "1">:$axis,
    DefaultValuedAttr<F64Attr, "1e-5">:$epsilon);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $mean `,` $variance (`scale` `(` $scale^ `)`)?
    (`bias` `(` $bias^ `)`)? attr-dict `:` functional-type(operands, results)
  }];
}

def WebNN_InstanceNormalizationOp : WebNN_Op<"instance_normalization",
                                             [AttrSizedOperandSegments]> {
  let summary = "normalization over the spatial dimensions of each channel";
  let description = [{
    `MLGraphBuilder.instanceNormalization(input, {scale, bias, epsilon,
    layout})`: for each sample and channel of a 4-D input, `scale * (x -
    mean) / sqrt(variance + epsilon) + bias` with the mean and variance of
    its spatial dimensions (2 and 3 in `nchw`, 1 and 2 in `nhwc`). The
    optional `scale` and `bias` are 1-D with the size of the channel
    dimension (1 in `nchw`, 3 in `nhwc`). float32 or float16.

    Example:

    ```mlir
    %r = webnn.instance_normalization %x scale(%s) bias(%b)
        {epsilon = 1.0e-06 : f64, layout = #webnn.layout<nhwc>}
        : (tensor<2x4x4x3xf32>, tensor<3xf32>, tensor<3xf32>)
        -> tensor<2x4x4x3xf32>
    ```
  }];
  let arguments = (ins
    WebNN_Tensor:$input,
    Optional<WebNN_Tensor>:$scale,
    Optional<WebNN_Tensor>:$bias,
    DefaultValuedAttr<F64Attr, "1e-5">:$epsilon,
    DefaultValuedAttr<WebNN_InputLayoutAttr, "InputLayout::nchw">:$layout);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = [{
    $input (`scale` `(` $scale^ `)`)? (`bias` `(` $bias^ `)`)? attr-dict `:`
    functional-type(operands, results)
  }];
}

def WebNN_LayerNormalizationOp : WebNN_Op<"layer_normalization",
                                          [AttrSizedOperandSegments]> {
  let summary = "normalization over a set of axes of each sample";
  let description = [{
    `MLGraphBuilder.layerNormalization(input, {scale, bias, axes,
    epsilon})`: `scale * (x - mean) / sqrt(variance + epsilon) + bias`
    with the mean and variance over `axes` (by default every dimension but
    the first; empty axes normalize each element on its own). The optional
    `scale` and `bias` have the sizes of the input's dimensions at `axes`,
    in the order of `axes`. float32 or float16, any rank.

    Example:

    ```mlir
    %r = webnn.layer_normalization %x scale(%s) bias(%b)
        {axes = array<i64: 2>, epsilon = 1.0e-05 : f64}
        : (tensor<1x128x768xf32>, tensor<768xf32>, tensor<768xf32>)
        -> tensor<1x128x768xf32>
    ```
  }];
  let arguments = (ins
    WebNN_Tensor:$input,
    Optional<WebNN_Tensor>:$scale,
    Optional<WebNN_Tensor>:$bias,
    OptionalAttr<DenseI64ArrayAttr>:$axes,
    DefaultValuedAttr<F64Attr, "1e-5">:$epsilon);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = [{
    $input (`scale` `(` $scale^ `)`)? (`bias` `(` $bias^ `)`)? attr-dict `:`
    functional-type(operands, results)
  }];
  let extraClassDeclaration = [{
    /// The axes, with the default (every dimension but the first) filled
    /// in.
    SmallVector<int64_t> getAxesOrDefault();
  }];
}

def WebNN_SoftmaxOp : WebNN_Op<"softmax"> {
  let summary = "softmax along an axis";
  let description = [{
    `MLGraphBuilder.softmax(input, axis)`: `exp(x) / sum(exp(x))` along
    `axis`, for float32 or float16 inputs of rank 1 or more.

    Example:

    ```mlir
    %r = webnn.softmax %x {axis = 1 : i32} : (tensor<1x1000xf32>) -> tensor<1x1000xf32>
    ```
  }];
  let arguments = (ins WebNN_Tensor:$input, I32Attr:$axis);
  let results = (outs WebNN_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

include "WebNN/Dialect/WebNN/IR/WebNNPrimitives.td"
include "WebNN/Dialect/WebNN/IR/WebNNComposites.td"

#endif // WEBNN_DIALECT_WEBNN_IR_WEBNNOPS_TD
