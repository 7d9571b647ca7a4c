//===- Utils.h - Helpers shared by the webnn-to-linalg patterns -*- C++ -*-===//

#ifndef WEBNN_LIB_CONVERSION_WEBNNTOLINALG_UTILS_H
#define WEBNN_LIB_CONVERSION_WEBNNTOLINALG_UTILS_H

#include "WebNN/Dialect/WebNN/IR/ScalarBodies.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"

namespace mlir::webnn {

/// How scalar code computes on an element type: the signedness lives in the
/// WebNN type, which the converted (signless) type no longer shows.
enum class ScalarKind { Float, Signed, Unsigned };

ScalarKind getScalarKind(Type webnnType);

/// The smallest value of a float (-inf) or integer type, for max-pooling.
Value createLowestValue(OpBuilder &b, Location loc, Type type, ScalarKind kind);

/// The largest value of a float (+inf) or integer type, the start of a min.
Value createHighestValue(OpBuilder &b, Location loc, Type type,
                         ScalarKind kind);

/// An empty tensor of `type` filled with `value`.
Value createFilledTensor(OpBuilder &b, Location loc, RankedTensorType type,
                         Value value);

/// The indexing map that reads `operandType` broadcast (right-aligned) to
/// `resultType`: size-1 dimensions against larger ones read index 0.
AffineMap getBroadcastMap(MLIRContext *context, RankedTensorType operandType,
                          RankedTensorType resultType);

/// A linalg.generic over `resultType`, every loop parallel, reading
/// `inputs` through `inputMaps` (one each), whose body yields
/// `body(input scalars)`. The body may also read other tensors itself
/// (tensor.extract at computed coordinates: gathers, reverse, padding).
Value createParallelGeneric(
    OpBuilder &b, Location loc, RankedTensorType resultType, ValueRange inputs,
    ArrayRef<AffineMap> inputMaps,
    function_ref<Value(OpBuilder &, Location, ValueRange)> body);

/// A linalg.generic over `resultType` whose body is `body(scalars)`, with
/// every input read through getBroadcastMap.
Value createElementwise(
    OpBuilder &b, Location loc, RankedTensorType resultType, ValueRange inputs,
    function_ref<Value(OpBuilder &, Location, ValueRange)> body);

/// `value` padded with `padValue`: low[i]/high[i] elements before/after
/// dimension i. Returns `value` when there is no padding.
Value createPadded(OpBuilder &b, Location loc, Value value,
                   ArrayRef<int64_t> low, ArrayRef<int64_t> high,
                   Value padValue);

/// Carries the webnn.fusion_label that a kept composite's lowering set on
/// the webnn op `from` (Composites.cpp) to the linalg op `to` that computes
/// it.
void copyFusionLabel(Operation *from, Operation *to);

/// An optional list option's value, or `defaults` when it is absent.
SmallVector<int64_t, 4> getListOr(std::optional<ArrayRef<int64_t>> values,
                                  ArrayRef<int64_t> defaults);

/// A tensor<Nxi64> attribute, as linalg's conv and pooling ops take strides
/// and dilations.
DenseIntElementsAttr getI64TensorAttr(OpBuilder &b, ArrayRef<int64_t> values);

/// Reshapes `value` (same element count) to `shape` through collapse and
/// expand, which bufferize to views.
Value createReshape(OpBuilder &b, Location loc, Value value,
                    ArrayRef<int64_t> shape);

} // namespace mlir::webnn

#endif // WEBNN_LIB_CONVERSION_WEBNNTOLINALG_UTILS_H
