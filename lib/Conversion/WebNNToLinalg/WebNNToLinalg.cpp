//===- WebNNToLinalg.cpp - The convert-webnn-to-linalg pass ---------------===//
//
// The type converter and the pass; the patterns live in one file per op
// family (Elementwise.cpp, ...).
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/Passes.h"

#include "WebNN/Dialect/WebNN/IR/WebNNDialect.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "WebNN/Dialect/WebNN/Transforms/Decompose.h"
#include "WebNN/Dialect/WebNN/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Func/Transforms/FuncConversions.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::webnn {
#define GEN_PASS_DEF_CONVERTWEBNNTOLINALG
#include "WebNN/Conversion/Passes.h.inc"
} // namespace mlir::webnn

using namespace mlir;
using namespace mlir::webnn;

WebNNTypeConverter::WebNNTypeConverter() {
  addConversion([](Type type) { return type; });
  // Unsigned integers become signless ones of their width; the 4-bit types
  // are stored one value per byte (DataTypes.def), so they compute as i8.
  addConversion([](RankedTensorType type) -> Type {
    auto intType = dyn_cast<IntegerType>(type.getElementType());
    if (!intType || (intType.isSignless() && intType.getWidth() != 4))
      return type;
    return RankedTensorType::get(
        type.getShape(),
        IntegerType::get(type.getContext(), std::max(intType.getWidth(), 8u)));
  });
  auto materialize = [](OpBuilder &builder, Type type, ValueRange inputs,
                        Location loc) -> Value {
    return UnrealizedConversionCastOp::create(builder, loc, type, inputs)
        .getResult(0);
  };
  addSourceMaterialization(materialize);
  addTargetMaterialization(materialize);
}

void mlir::webnn::populateWebNNToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  populateWebNNElementwiseToLinalgPatterns(typeConverter, patterns);
  populateWebNNShapeToLinalgPatterns(typeConverter, patterns);
  populateWebNNLinearToLinalgPatterns(typeConverter, patterns);
  populateWebNNConvolutionToLinalgPatterns(typeConverter, patterns);
  populateWebNNPoolingToLinalgPatterns(typeConverter, patterns);
  populateWebNNQuantizationToLinalgPatterns(typeConverter, patterns);
  populateWebNNReductionToLinalgPatterns(typeConverter, patterns);
  populateWebNNGatherToLinalgPatterns(typeConverter, patterns);
  // The normalizations, softmax and resample2d have no lowering of their
  // own: their decompositions are their lowering.
  populateDecomposePatterns(patterns,
                            {"batch_normalization", "instance_normalization",
                             "layer_normalization", "softmax", "resample2d"});
  populateWebNNPrimitivesToLinalgPatterns(typeConverter, patterns);
  populateWebNNCompositeToLinalgPatterns(typeConverter, patterns);
}

namespace {
struct ConvertWebNNToLinalgPass
    : webnn::impl::ConvertWebNNToLinalgBase<ConvertWebNNToLinalgPass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    // The convolution and pooling patterns handle one layout: move every op
    // there first (transposes of constant filters fold away). A transposed
    // convolution is a conv2d (its decomposition), which then moves too.
    {
      RewritePatternSet layoutPatterns(context);
      populateDecomposePatterns(layoutPatterns, {"conv_transpose2d"});
      populateNormalizeLayoutsPatterns(layoutPatterns, InputLayout::nhwc,
                                       FilterLayout::hwio);
      if (failed(applyPatternsGreedily(getOperation(),
                                       std::move(layoutPatterns)))) {
        getOperation()->emitError(
            "convert-webnn-to-linalg: moving the convolutions and pools to "
            "one layout did not converge");
        return signalPassFailure();
      }
    }

    WebNNTypeConverter typeConverter;
    ConversionTarget target(*context);
    target.addLegalDialect<arith::ArithDialect, linalg::LinalgDialect,
                           math::MathDialect, scf::SCFDialect,
                           tensor::TensorDialect>();
    target.addIllegalDialect<WebNNDialect>();
    target.addDynamicallyLegalOp<func::FuncOp>([&](func::FuncOp op) {
      return typeConverter.isSignatureLegal(op.getFunctionType()) &&
             typeConverter.isLegal(&op.getBody());
    });
    target.addDynamicallyLegalOp<func::ReturnOp, func::CallOp>(
        [&](Operation *op) { return typeConverter.isLegal(op); });

    RewritePatternSet patterns(context);
    populateWebNNToLinalgPatterns(typeConverter, patterns);
    populateFunctionOpInterfaceTypeConversionPattern<func::FuncOp>(
        patterns, typeConverter);
    populateReturnOpTypeConversionPattern(patterns, typeConverter);
    populateCallOpTypeConversionPattern(patterns, typeConverter);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
