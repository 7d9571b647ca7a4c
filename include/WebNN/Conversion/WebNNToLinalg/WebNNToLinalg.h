//===- WebNNToLinalg.h - Lowering webnn to linalg ---------------*- C++ -*-===//

#ifndef WEBNN_CONVERSION_WEBNNTOLINALG_WEBNNTOLINALG_H
#define WEBNN_CONVERSION_WEBNNTOLINALG_WEBNNTOLINALG_H

#include "mlir/Transforms/DialectConversion.h"

namespace mlir::webnn {

/// Converts WebNN tensor types to the types linalg and arith compute on:
/// unsigned integer elements become signless of the same width.
class WebNNTypeConverter : public TypeConverter {
public:
  WebNNTypeConverter();
};

/// Element-wise ops (binary, unary, activations) and constants.
void populateWebNNElementwiseToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns);

} // namespace mlir::webnn

#endif // WEBNN_CONVERSION_WEBNNTOLINALG_WEBNNTOLINALG_H
