//===- WebNNDialect.td - The webnn dialect definition ------*- tablegen -*-===//
//
// The dialect that holds a WebNN graph as MLGraphBuilder builds it.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_DIALECT_WEBNN_IR_WEBNNDIALECT_TD
#define WEBNN_DIALECT_WEBNN_IR_WEBNNDIALECT_TD

include "mlir/IR/OpBase.td"

def WebNN_Dialect : Dialect {
  let name = "webnn";
  let cppNamespace = "::mlir::webnn";
  let summary = "The W3C Web Neural Network API (WebNN) graph, as ops";
  let description = [{
    A WebNN graph (https://www.w3.org/TR/webnn/) is a `func.func`: its
    arguments are the graph inputs and its results the graph outputs. Each op
    is one `MLGraphBuilder` method with the spec's options as attributes, and
    infers its result type the way `MLGraphBuilder` computes the output
    operand's descriptor. Every validation step of the spec that throws a
    `TypeError` is a verifier rule here.

    Data types map to MLIR element types as follows: float32 `f32`, float16
    `f16`, int32 `i32`, uint32 `ui32`, int64 `i64`, uint64 `ui64`, int8 `i8`,
    uint8 `ui8`. Signless integers are signed; unsigned integers carry the
    `ui` prefix so that lowering picks the unsigned arithmetic.

    Op names are the spec's method names in snake_case: `averagePool2d` is
    `webnn.average_pool2d`, `batchNormalization` is
    `webnn.batch_normalization`, `leakyRelu` is `webnn.leaky_relu`.
  }];
  // The scalar bodies of the primitives (webnn.elementwise) are arith and
  // math ops.
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect"];
  let useDefaultAttributePrinterParser = 1;
  let hasConstantMaterializer = 1;
}

#endif // WEBNN_DIALECT_WEBNN_IR_WEBNNDIALECT_TD
