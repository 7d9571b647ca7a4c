//===- WebNNToLinalg.h - Lowering webnn to linalg ---------------*- C++ -*-===//

#ifndef WEBNN_CONVERSION_WEBNNTOLINALG_WEBNNTOLINALG_H
#define WEBNN_CONVERSION_WEBNNTOLINALG_WEBNNTOLINALG_H

#include "mlir/Transforms/DialectConversion.h"

namespace mlir::webnn {

/// Set on a linalg convolution or matmul lowered from a kept
/// `conv2d_bias_activation`, `conv2d_residual_activation` or `gemm`
/// composite: code generation may compute its element-wise consumer (bias,
/// residual add, scaling, activation) inside its tiles.
inline constexpr llvm::StringLiteral kFusedEpilogueAttrName =
    "webnn.fused_epilogue";

/// Converts WebNN tensor types to the types linalg and arith compute on:
/// unsigned integer elements become signless of the same width.
class WebNNTypeConverter : public TypeConverter {
public:
  WebNNTypeConverter();
};

/// Element-wise ops (binary, unary, activations) and constants.
void populateWebNNElementwiseToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns);
/// concat, reshape, transpose.
void populateWebNNShapeToLinalgPatterns(const TypeConverter &typeConverter,
                                        RewritePatternSet &patterns);
/// matmul, gemm.
void populateWebNNLinearToLinalgPatterns(const TypeConverter &typeConverter,
                                         RewritePatternSet &patterns);
/// conv2d in the nhwc/hwio layouts.
void populateWebNNConvolutionToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns);
/// averagePool2d, l2Pool2d, maxPool2d in the nhwc layout.
void populateWebNNPoolingToLinalgPatterns(const TypeConverter &typeConverter,
                                          RewritePatternSet &patterns);
/// batchNormalization, softmax.
void populateWebNNNormalizationToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns);
/// The HLO-style primitives: elementwise, reduce_window.
void populateWebNNPrimitivesToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns);
/// Composites: inlined, with the root of the labels the CPU backend fuses
/// marked (Composites.cpp).
void populateWebNNCompositeToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns);
/// All of the above.
void populateWebNNToLinalgPatterns(const TypeConverter &typeConverter,
                                   RewritePatternSet &patterns);

} // namespace mlir::webnn

#endif // WEBNN_CONVERSION_WEBNNTOLINALG_WEBNNTOLINALG_H
