//===- ConstantData.h - The bytes of constant tensors -----------*- C++ -*-===//
//
// Passes that compute new weights at compile time (transposed filters,
// packed filters, folded batch normalization) read the bytes of a dense or
// dense_resource constant and store their result as a new resource blob.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_DIALECT_WEBNN_IR_CONSTANTDATA_H
#define WEBNN_DIALECT_WEBNN_IR_CONSTANTDATA_H

#include "mlir/IR/BuiltinAttributes.h"
#include <optional>

namespace mlir::webnn {

/// The row-major element bytes of a non-splat `DenseElementsAttr` or of a
/// `DenseResourceElementsAttr` with data; nullopt for a splat (one element
/// stands for all), a resource without data, or another attribute.
std::optional<ArrayRef<char>> getElementBytes(Attribute value);

/// A `dense_resource` attribute of `type` named `name` (the printer makes
/// the name unique) holding a copy of `bytes`.
DenseResourceElementsAttr
createResourceElements(ShapedType type, StringRef name, ArrayRef<char> bytes);

} // namespace mlir::webnn

#endif // WEBNN_DIALECT_WEBNN_IR_CONSTANTDATA_H
