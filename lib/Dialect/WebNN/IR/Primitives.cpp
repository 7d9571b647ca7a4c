//===- Primitives.cpp - Verifiers of the HLO-style primitives -------------===//
//
// The primitives take their scalar computation as a region: the verifiers
// check that the region is a scalar function of the right signature, made
// of side-effect free scalar ops, besides the usual shape rules. The
// composite, the other op with a region, is verified in Composites.cpp.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::webnn;

static bool isScalar(Type type) { return type.isIntOrIndexOrFloat(); }

/// Checks that `region` is one block of side-effect free scalar ops taking
/// `argumentTypes` and ending in a webnn.yield of one `resultType` value.
static LogicalResult verifyScalarBody(Operation *op, Region &region,
                                      TypeRange argumentTypes,
                                      StringRef argumentsMeaning,
                                      Type resultType) {
  StringRef name = op->getName().stripDialect();
  Block &block = region.front();
  if (block.getNumArguments() != argumentTypes.size())
    return op->emitOpError()
           << name << ": the body takes " << block.getNumArguments()
           << " scalars, expected " << argumentTypes.size() << " ("
           << argumentsMeaning << ")";
  for (auto [index, argument, expected] :
       llvm::enumerate(block.getArguments(), argumentTypes))
    if (argument.getType() != expected)
      return op->emitOpError()
             << name << ": body argument " << index << " has type "
             << argument.getType() << ", expected " << expected;
  auto yield =
      dyn_cast_or_null<YieldOp>(block.empty() ? nullptr : &block.back());
  if (!yield)
    return op->emitOpError() << name << ": the body must end in webnn.yield";
  if (yield.getValues().size() != 1)
    return yield.emitOpError()
           << "yields " << yield.getValues().size() << " values, but " << name
           << "'s body computes one scalar";
  if (yield.getValues()[0].getType() != resultType)
    return yield.emitOpError()
           << "yields " << yield.getValues()[0].getType() << ", but " << name
           << " produces " << resultType;
  for (Operation &inner : block.without_terminator()) {
    if (inner.getNumRegions() != 0 || !isMemoryEffectFree(&inner))
      return inner.emitOpError()
             << "is not a side-effect free scalar op: the body of " << name
             << " computes one scalar from scalars";
    for (Type type : llvm::concat<const Type>(inner.getOperandTypes(),
                                              inner.getResultTypes()))
      if (!isScalar(type))
        return inner.emitOpError() << "works on " << type << ": the body of "
                                   << name << " holds scalar ops only";
  }
  return success();
}

LogicalResult ElementwiseOp::verify() {
  if (getInputs().empty())
    return emitOpError("elementwise: needs at least one operand");
  SmallVector<int64_t> shape;
  for (auto [index, input] : llvm::enumerate(getInputs())) {
    auto type = cast<RankedTensorType>(input.getType());
    if (type.getElementType().isUnsignedInteger())
      return emitOpError() << "elementwise: operand " << index << " is "
                           << type.getElementType()
                           << "; the scalar body works on float and "
                              "signless integer types";
    if (index == 0) {
      shape = llvm::to_vector(type.getShape());
      continue;
    }
    auto broadcast = broadcastShapes(shape, type.getShape());
    if (failed(broadcast)) {
      InFlightDiagnostic diag = emitOpError() << "elementwise: operand "
                                              << index << " of shape [";
      llvm::interleaveComma(type.getShape(), diag);
      diag << "] does not broadcast with the shape [";
      llvm::interleaveComma(shape, diag);
      return diag << "] of the operands before it";
    }
    shape = *broadcast;
  }
  auto resultType = cast<RankedTensorType>(getType());
  if (resultType.getElementType().isUnsignedInteger())
    return emitOpError() << "elementwise: the result is "
                         << resultType.getElementType()
                         << "; the scalar body works on float and signless "
                            "integer types";
  if (resultType.getShape() != ArrayRef<int64_t>(shape)) {
    InFlightDiagnostic diag = emitOpError()
                              << "elementwise: the result shape must be the "
                                 "broadcast shape [";
    llvm::interleaveComma(shape, diag);
    return diag << "] of the operands";
  }
  return success();
}

LogicalResult ElementwiseOp::verifyRegions() {
  SmallVector<Type> argumentTypes;
  for (Value input : getInputs())
    argumentTypes.push_back(
        cast<RankedTensorType>(input.getType()).getElementType());
  return verifyScalarBody(*this, getBody(), argumentTypes, "one per operand",
                          cast<RankedTensorType>(getType()).getElementType());
}

//===----------------------------------------------------------------------===//
// reduce_window
//===----------------------------------------------------------------------===//

static SmallVector<int64_t> valuesOr(std::optional<ArrayRef<int64_t>> values,
                                     size_t count, int64_t fallback) {
  if (values)
    return llvm::to_vector(*values);
  return SmallVector<int64_t>(count, fallback);
}

SmallVector<int64_t> ReduceWindowOp::getStridesOrDefault() {
  return valuesOr(getWindowStrides(), getWindowDimensions().size(), 1);
}

SmallVector<int64_t> ReduceWindowOp::getDilationsOrDefault() {
  return valuesOr(getWindowDilations(), getWindowDimensions().size(), 1);
}

SmallVector<int64_t> ReduceWindowOp::getPaddingOrDefault() {
  return valuesOr(getPadding(), 2 * getWindowDimensions().size(), 0);
}

Operation *ReduceWindowOp::getCombiner() {
  Block &body = getBody().front();
  if (body.getOperations().size() != 2)
    return nullptr;
  Operation &op = body.front();
  if (op.getNumResults() != 1 || op.getNumOperands() != 2 ||
      body.getTerminator()->getOperand(0) != op.getResult(0))
    return nullptr;
  Value acc = body.getArgument(0), element = body.getArgument(1);
  bool combinesArguments =
      (op.getOperand(0) == acc && op.getOperand(1) == element) ||
      (op.getOperand(0) == element && op.getOperand(1) == acc);
  return combinesArguments ? &op : nullptr;
}

LogicalResult ReduceWindowOp::verify() {
  auto inputType = cast<RankedTensorType>(getInput().getType());
  int64_t rank = inputType.getRank();
  auto checkList = [&](StringRef name, ArrayRef<int64_t> values,
                       int64_t expectedSize, int64_t minimum) -> LogicalResult {
    if (static_cast<int64_t>(values.size()) != expectedSize)
      return emitOpError() << "reduce_window: " << name << " has "
                           << values.size() << " values, expected "
                           << expectedSize << " for an input of rank " << rank;
    for (int64_t value : values)
      if (value < minimum)
        return emitOpError()
               << "reduce_window: " << name << " must be at least " << minimum
               << ", got " << value;
    return success();
  };
  SmallVector<int64_t> window = llvm::to_vector(getWindowDimensions());
  SmallVector<int64_t> strides = getStridesOrDefault();
  SmallVector<int64_t> dilations = getDilationsOrDefault();
  SmallVector<int64_t> padding = getPaddingOrDefault();
  if (failed(checkList("window_dimensions", window, rank, 1)) ||
      failed(checkList("window_strides", strides, rank, 1)) ||
      failed(checkList("window_dilations", dilations, rank, 1)) ||
      failed(checkList("padding", padding, 2 * rank, 0)))
    return failure();

  Type elementType = inputType.getElementType();
  if (elementType.isUnsignedInteger())
    return emitOpError() << "reduce_window: the input is " << elementType
                         << "; the scalar body works on float and signless "
                            "integer types";
  if (getInitValue().getType() != elementType)
    return emitOpError() << "reduce_window: init_value has type "
                         << getInitValue().getType()
                         << ", expected the input's element type "
                         << elementType;

  SmallVector<int64_t> shape;
  for (int64_t i = 0; i < rank; ++i) {
    int64_t padded =
        inputType.getDimSize(i) + padding[2 * i] + padding[2 * i + 1];
    int64_t extent = (window[i] - 1) * dilations[i] + 1;
    if (extent > padded)
      return emitOpError() << "reduce_window: the window spans " << extent
                           << " elements of dimension " << i
                           << ", larger than its padded size " << padded;
    shape.push_back((padded - extent) / strides[i] + 1);
  }
  auto resultType = cast<RankedTensorType>(getType());
  if (resultType.getElementType() != elementType ||
      resultType.getShape() != ArrayRef<int64_t>(shape)) {
    InFlightDiagnostic diag = emitOpError()
                              << "reduce_window: the result must be [";
    llvm::interleaveComma(shape, diag);
    return diag << "] of " << elementType;
  }
  return success();
}

LogicalResult ReduceWindowOp::verifyRegions() {
  Type elementType = cast<RankedTensorType>(getType()).getElementType();
  return verifyScalarBody(*this, getBody(), {elementType, elementType},
                          "the accumulator and an element", elementType);
}

//===----------------------------------------------------------------------===//
// reduce
//===----------------------------------------------------------------------===//

LogicalResult ReduceOp::verify() {
  auto inputType = cast<RankedTensorType>(getInput().getType());
  int64_t rank = inputType.getRank();
  SmallVector<bool> reduced(rank, false);
  for (int64_t axis : getAxes()) {
    if (axis < 0 || axis >= rank)
      return emitOpError() << "reduce: axis " << axis
                           << " is not in the range [0, " << rank << ")";
    if (reduced[axis])
      return emitOpError() << "reduce: axis " << axis << " appears twice";
    reduced[axis] = true;
  }
  Type elementType = inputType.getElementType();
  if (elementType.isUnsignedInteger())
    return emitOpError() << "reduce: the input is " << elementType
                         << "; the scalar body works on float and signless "
                            "integer types";
  if (getInitValue().getType() != elementType)
    return emitOpError() << "reduce: init_value has type "
                         << getInitValue().getType()
                         << ", expected the input's element type "
                         << elementType;
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < rank; ++d)
    if (!reduced[d])
      shape.push_back(inputType.getDimSize(d));
  auto resultType = cast<RankedTensorType>(getType());
  if (resultType.getElementType() != elementType ||
      resultType.getShape() != ArrayRef<int64_t>(shape)) {
    InFlightDiagnostic diag = emitOpError() << "reduce: the result must be [";
    llvm::interleaveComma(shape, diag);
    return diag << "] of " << elementType;
  }
  return success();
}

LogicalResult ReduceOp::verifyRegions() {
  Type elementType = cast<RankedTensorType>(getType()).getElementType();
  return verifyScalarBody(*this, getBody(), {elementType, elementType},
                          "the accumulator and an element", elementType);
}

//===----------------------------------------------------------------------===//
// iota
//===----------------------------------------------------------------------===//

LogicalResult IotaOp::verify() {
  auto type = cast<RankedTensorType>(getType());
  int64_t dimension = getDimension();
  if (dimension < 0 || dimension >= type.getRank())
    return emitOpError() << "iota: dimension " << dimension
                         << " is not in the range [0, " << type.getRank()
                         << ")";
  if (type.getElementType().isUnsignedInteger())
    return emitOpError() << "iota: the result is " << type.getElementType()
                         << "; iota produces float and signless integer types";
  return success();
}
