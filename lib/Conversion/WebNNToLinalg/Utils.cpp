//===- Utils.cpp - Helpers shared by the webnn-to-linalg patterns ---------===//

#include "Utils.h"

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;
using namespace mlir::webnn;

ScalarKind mlir::webnn::getScalarKind(Type webnnType) {
  Type element = getElementTypeOrSelf(webnnType);
  if (isa<FloatType>(element))
    return ScalarKind::Float;
  return element.isUnsignedInteger() ? ScalarKind::Unsigned
                                     : ScalarKind::Signed;
}

Value mlir::webnn::createLowestValue(OpBuilder &b, Location loc, Type type,
                                     ScalarKind kind) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(
        b, loc,
        b.getFloatAttr(floatType, APFloat::getInf(floatType.getFloatSemantics(),
                                                  /*Negative=*/true)));
  unsigned width = type.getIntOrFloatBitWidth();
  APInt lowest = kind == ScalarKind::Unsigned ? APInt::getZero(width)
                                              : APInt::getSignedMinValue(width);
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, lowest));
}

Value mlir::webnn::createHighestValue(OpBuilder &b, Location loc, Type type,
                                      ScalarKind kind) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(
        b, loc,
        b.getFloatAttr(floatType,
                       APFloat::getInf(floatType.getFloatSemantics())));
  unsigned width = type.getIntOrFloatBitWidth();
  APInt highest = kind == ScalarKind::Unsigned
                      ? APInt::getMaxValue(width)
                      : APInt::getSignedMaxValue(width);
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, highest));
}

Value mlir::webnn::createFilledTensor(OpBuilder &b, Location loc,
                                      RankedTensorType type, Value value) {
  Value empty =
      tensor::EmptyOp::create(b, loc, type.getShape(), type.getElementType());
  return linalg::FillOp::create(b, loc, value, empty).getResult(0);
}

AffineMap mlir::webnn::getBroadcastMap(MLIRContext *context,
                                       RankedTensorType operandType,
                                       RankedTensorType resultType) {
  int64_t resultRank = resultType.getRank();
  int64_t offset = resultRank - operandType.getRank();
  SmallVector<AffineExpr> exprs;
  for (int64_t i = 0; i < operandType.getRank(); ++i) {
    bool isBroadcast = operandType.getDimSize(i) == 1 &&
                       resultType.getDimSize(offset + i) != 1;
    exprs.push_back(isBroadcast ? getAffineConstantExpr(0, context)
                                : getAffineDimExpr(offset + i, context));
  }
  return AffineMap::get(resultRank, 0, exprs, context);
}

Value mlir::webnn::createParallelGeneric(
    OpBuilder &b, Location loc, RankedTensorType resultType, ValueRange inputs,
    ArrayRef<AffineMap> inputMaps,
    function_ref<Value(OpBuilder &, Location, ValueRange)> body) {
  SmallVector<AffineMap> maps(inputMaps);
  maps.push_back(b.getMultiDimIdentityMap(resultType.getRank()));
  SmallVector<utils::IteratorType> iterators(resultType.getRank(),
                                             utils::IteratorType::parallel);
  Value init = tensor::EmptyOp::create(b, loc, resultType.getShape(),
                                       resultType.getElementType());
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{resultType}, inputs, ValueRange{init}, maps, iterators,
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value result = body(nested, nestedLoc, args.drop_back());
        linalg::YieldOp::create(nested, nestedLoc, result);
      });
  return generic.getResult(0);
}

Value mlir::webnn::createElementwise(
    OpBuilder &b, Location loc, RankedTensorType resultType, ValueRange inputs,
    function_ref<Value(OpBuilder &, Location, ValueRange)> body) {
  SmallVector<AffineMap> maps;
  for (Value input : inputs)
    maps.push_back(getBroadcastMap(
        b.getContext(), cast<RankedTensorType>(input.getType()), resultType));
  return createParallelGeneric(b, loc, resultType, inputs, maps, body);
}

Value mlir::webnn::createPadded(OpBuilder &b, Location loc, Value value,
                                ArrayRef<int64_t> low, ArrayRef<int64_t> high,
                                Value padValue) {
  if (llvm::all_of(low, [](int64_t v) { return v == 0; }) &&
      llvm::all_of(high, [](int64_t v) { return v == 0; }))
    return value;
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> shape;
  for (auto [dim, lo, hi] : llvm::zip(type.getShape(), low, high))
    shape.push_back(dim + lo + hi);
  auto paddedType = RankedTensorType::get(shape, type.getElementType());
  SmallVector<OpFoldResult> lowFolds, highFolds;
  for (int64_t v : low)
    lowFolds.push_back(b.getIndexAttr(v));
  for (int64_t v : high)
    highFolds.push_back(b.getIndexAttr(v));
  return tensor::PadOp::create(b, loc, paddedType, value, lowFolds, highFolds,
                               padValue);
}

DenseIntElementsAttr mlir::webnn::getI64TensorAttr(OpBuilder &b,
                                                   ArrayRef<int64_t> values) {
  auto type = RankedTensorType::get({static_cast<int64_t>(values.size())},
                                    b.getI64Type());
  return DenseIntElementsAttr::get(type, values);
}

Value mlir::webnn::createReshape(OpBuilder &b, Location loc, Value value,
                                 ArrayRef<int64_t> shape) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getShape() == shape)
    return value;
  Type element = type.getElementType();
  // Flatten to 1-D, then unflatten: both are views after bufferization.
  Value flat = value;
  int64_t count = type.getNumElements();
  auto flatType = RankedTensorType::get({count}, element);
  if (type.getRank() == 0) {
    flat = tensor::ExpandShapeOp::create(b, loc, flatType, value,
                                         ArrayRef<ReassociationIndices>{});
  } else if (type.getRank() > 1) {
    ReassociationIndices all =
        llvm::to_vector_of<int64_t, 2>(llvm::seq<int64_t>(0, type.getRank()));
    flat = tensor::CollapseShapeOp::create(b, loc, flatType, value,
                                           ArrayRef<ReassociationIndices>{all});
  }
  auto resultType = RankedTensorType::get(shape, element);
  if (shape.size() == 1)
    return flat;
  if (shape.empty())
    return tensor::CollapseShapeOp::create(b, loc, resultType, flat,
                                           ArrayRef<ReassociationIndices>{});
  ReassociationIndices all = llvm::to_vector_of<int64_t, 2>(
      llvm::seq<int64_t>(0, static_cast<int64_t>(shape.size())));
  return tensor::ExpandShapeOp::create(b, loc, resultType, flat,
                                       ArrayRef<ReassociationIndices>{all});
}

SmallVector<int64_t, 4>
mlir::webnn::getListOr(std::optional<ArrayRef<int64_t>> values,
                       ArrayRef<int64_t> defaults) {
  return SmallVector<int64_t, 4>(values ? *values : defaults);
}

void mlir::webnn::copyFusionLabel(Operation *from, Operation *to) {
  if (Attribute label = from->getAttr(kFusionLabelAttrName))
    to->setAttr(kFusionLabelAttrName, label);
}
