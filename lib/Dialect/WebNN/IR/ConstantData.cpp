//===- ConstantData.cpp - The bytes of constant tensors -------------------===//

#include "WebNN/Dialect/WebNN/IR/ConstantData.h"

#include "mlir/IR/DialectResourceBlobManager.h"

using namespace mlir;
using namespace mlir::webnn;

std::optional<ArrayRef<char>> mlir::webnn::getElementBytes(Attribute value) {
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    if (dense.isSplat())
      return std::nullopt;
    return dense.getRawData();
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value))
    if (AsmResourceBlob *blob = resource.getRawHandle().getBlob())
      return blob->getData();
  return std::nullopt;
}

DenseResourceElementsAttr
mlir::webnn::createResourceElements(ShapedType type, StringRef name,
                                    ArrayRef<char> bytes) {
  return DenseResourceElementsAttr::get(
      type, name,
      HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes, alignof(double)));
}
