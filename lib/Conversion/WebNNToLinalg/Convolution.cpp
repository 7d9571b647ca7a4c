//===- Convolution.cpp - conv2d to linalg convolutions --------------------===//
//
// Lowers conv2d in the nhwc input / hwio filter layouts (the conversion pass
// moves every conv2d there first, see webnn-normalize-layouts):
// - groups == 1: linalg.conv_2d_nhwc_hwcf;
// - depthwise (one input channel per group): linalg.depthwise_conv_2d_nhwc_hwc
//   with the filter viewed as [kh, kw, channels], or, with a channel
//   multiplier, linalg.depthwise_conv_2d_nhwc_hwcm on [kh, kw, channels,
//   multiplier];
// - other groups: linalg.conv_2d_nhwgc_gfhwc on grouped views.
// Padding is an explicit tensor.pad with zeros; the bias is an element-wise
// add along the channel (last) dimension.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conversion/WebNNToLinalg/WebNNToLinalg.h"

#include "Utils.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"

using namespace mlir;
using namespace mlir::webnn;

namespace {
struct Conv2dLowering : OpConversionPattern<Conv2dOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(Conv2dOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op.getInputLayout() != InputLayout::nhwc ||
        op.getFilterLayout() != FilterLayout::hwio)
      return rewriter.notifyMatchFailure(
          op, "expects nhwc input and hwio filter (webnn-normalize-layouts)");
    Location loc = op.getLoc();
    auto resultType = cast<RankedTensorType>(op.getType());
    Type element = resultType.getElementType();
    Value zero = createScalarConstant(rewriter, loc, element, 0);

    SmallVector<int64_t, 4> padding = getListOr(op.getPadding(), {0, 0, 0, 0});
    Value input = createPadded(rewriter, loc, adaptor.getInput(),
                               {0, padding[0], padding[2], 0},
                               {0, padding[1], padding[3], 0}, zero);
    SmallVector<int64_t, 4> strides = getListOr(op.getStrides(), {1, 1});
    SmallVector<int64_t, 4> dilations = getListOr(op.getDilations(), {1, 1});
    DenseIntElementsAttr stridesAttr = getI64TensorAttr(rewriter, strides);
    DenseIntElementsAttr dilationsAttr = getI64TensorAttr(rewriter, dilations);

    auto inputType = cast<RankedTensorType>(input.getType());
    auto filterType = cast<RankedTensorType>(adaptor.getFilter().getType());
    ArrayRef<int64_t> in = inputType.getShape();
    ArrayRef<int64_t> f = filterType.getShape();   // [kh, kw, i, o]
    ArrayRef<int64_t> out = resultType.getShape(); // [n, oh, ow, o]
    int64_t groups = op.getGroups();
    int64_t channels = in[3];

    Value result;
    if (groups == 1) {
      Value init = createFilledTensor(rewriter, loc, resultType, zero);
      auto conv = linalg::Conv2DNhwcHwcfOp::create(
          rewriter, loc, TypeRange{resultType},
          ValueRange{input, adaptor.getFilter()}, ValueRange{init}, stridesAttr,
          dilationsAttr);
      copyFusionLabel(op, conv);
      result = conv.getResult(0);
    } else if (groups == channels && f[2] == 1 && f[3] == channels) {
      // Depthwise with one filter per channel: the filter is [kh, kw, c].
      Value filter = createReshape(rewriter, loc, adaptor.getFilter(),
                                   {f[0], f[1], channels});
      Value init = createFilledTensor(rewriter, loc, resultType, zero);
      auto conv = linalg::DepthwiseConv2DNhwcHwcOp::create(
          rewriter, loc, TypeRange{resultType}, ValueRange{input, filter},
          ValueRange{init}, stridesAttr, dilationsAttr);
      copyFusionLabel(op, conv);
      result = conv.getResult(0);
    } else if (groups == channels && f[2] == 1) {
      int64_t multiplier = f[3] / channels;
      Value filter = createReshape(rewriter, loc, adaptor.getFilter(),
                                   {f[0], f[1], channels, multiplier});
      auto accType = RankedTensorType::get(
          {out[0], out[1], out[2], channels, multiplier}, element);
      Value init = createFilledTensor(rewriter, loc, accType, zero);
      Value conv =
          linalg::DepthwiseConv2DNhwcHwcmOp::create(
              rewriter, loc, TypeRange{accType}, ValueRange{input, filter},
              ValueRange{init}, stridesAttr, dilationsAttr)
              .getResult(0);
      result = createReshape(rewriter, loc, conv, out);
    } else {
      int64_t groupChannels = channels / groups;
      int64_t groupFilters = f[3] / groups;
      Value grouped = createReshape(
          rewriter, loc, input, {in[0], in[1], in[2], groups, groupChannels});
      Value filter5 = createReshape(rewriter, loc, adaptor.getFilter(),
                                    {f[0], f[1], f[2], groups, groupFilters});
      Value filterInit = tensor::EmptyOp::create(
          rewriter, loc, {groups, groupFilters, f[0], f[1], f[2]}, element);
      Value filter =
          linalg::TransposeOp::create(rewriter, loc, filter5, filterInit,
                                      ArrayRef<int64_t>{3, 4, 0, 1, 2})
              .getResult()[0];
      auto accType = RankedTensorType::get(
          {out[0], out[1], out[2], groups, groupFilters}, element);
      Value init = createFilledTensor(rewriter, loc, accType, zero);
      Value conv =
          linalg::Conv2DNhwgcGfhwcOp::create(
              rewriter, loc, TypeRange{accType}, ValueRange{grouped, filter},
              ValueRange{init}, stridesAttr, dilationsAttr)
              .getResult(0);
      result = createReshape(rewriter, loc, conv, out);
    }

    if (Value bias = adaptor.getBias())
      result = createElementwise(
          rewriter, loc, resultType, {result, bias},
          [](OpBuilder &b, Location l, ValueRange args) -> Value {
            return arith::AddFOp::create(b, l, args[0], args[1]);
          });
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

void mlir::webnn::populateWebNNConvolutionToLinalgPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns) {
  patterns.add<Conv2dLowering>(typeConverter, patterns.getContext());
}
