//===- WebNNToLinalg.h - Lowering webnn to linalg ---------------*- C++ -*-===//

#ifndef WEBNN_CONVERSION_WEBNNTOLINALG_WEBNNTOLINALG_H
#define WEBNN_CONVERSION_WEBNNTOLINALG_WEBNNTOLINALG_H

#include "mlir/Transforms/DialectConversion.h"

namespace mlir::webnn {

/// The label of the composite an op was inlined from, when a composite
/// reaches the lowering: the conversion sets it on each op of the region,
/// and the convolution and matmul lowerings carry it to their linalg op. A
/// backend that claims the label may fuse the group again where it matters
/// (the CPU computes a labelled convolution's epilogue inside its tiles);
/// any other backend ignores it.
inline constexpr llvm::StringLiteral kFusionLabelAttrName =
    "webnn.fusion_label";

/// Converts WebNN tensor types to the types linalg and arith compute on:
/// unsigned integer elements become signless of the same width, int4 and
/// uint4 become i8 (their storage).
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
/// matmul; gemm through its decomposition.
void populateWebNNLinearToLinalgPatterns(const TypeConverter &typeConverter,
                                         RewritePatternSet &patterns);
/// conv2d in the nhwc/hwio layouts.
void populateWebNNConvolutionToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns);
/// averagePool2d, l2Pool2d, maxPool2d, as window reductions.
void populateWebNNPoolingToLinalgPatterns(const TypeConverter &typeConverter,
                                          RewritePatternSet &patterns);
/// quantizeLinear, dequantizeLinear, with blockwise scales.
void populateWebNNQuantizationToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns);
/// The reduce* ops, argMin/argMax, cumulativeSum.
void populateWebNNReductionToLinalgPatterns(const TypeConverter &typeConverter,
                                            RewritePatternSet &patterns);
/// The gathers and scatters, with their indices clamped.
void populateWebNNGatherToLinalgPatterns(const TypeConverter &typeConverter,
                                         RewritePatternSet &patterns);
/// The HLO-style primitives: elementwise, reduce_window, reduce, iota.
void populateWebNNPrimitivesToLinalgPatterns(const TypeConverter &typeConverter,
                                             RewritePatternSet &patterns);
/// Composites: inlined, with the root of the labels the CPU backend fuses
/// marked (Composites.cpp).
void populateWebNNCompositeToLinalgPatterns(const TypeConverter &typeConverter,
                                            RewritePatternSet &patterns);
/// All of the above.
void populateWebNNToLinalgPatterns(const TypeConverter &typeConverter,
                                   RewritePatternSet &patterns);

} // namespace mlir::webnn

#endif // WEBNN_CONVERSION_WEBNNTOLINALG_WEBNNTOLINALG_H
