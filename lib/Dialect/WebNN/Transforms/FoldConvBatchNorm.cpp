//===- FoldConvBatchNorm.cpp - conv2d_batchnorm as one conv2d -------------===//
//
// The CPU backend's kernel for the conv2d_batchnorm label. Batch
// normalization after a convolution is an affine map per output channel o:
//   y = (conv(x, W) + b - mean[o]) * factor[o] + beta[o],
//   factor[o] = scale[o] / sqrt(variance[o] + epsilon),
// which is conv(x, W') + b' with W' = W * factor[o] along the filter's
// output channels and b' = (b - mean) * factor + beta. With constant
// parameters both are computed here, once.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/Transforms/Passes.h"

#include "WebNN/Dialect/WebNN/IR/ConstantData.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include <algorithm>
#include <cmath>
#include <cstring>

namespace mlir::webnn {
#define GEN_PASS_DEF_WEBNNFOLDCONVBATCHNORM
#include "WebNN/Dialect/WebNN/Transforms/Passes.h.inc"
} // namespace mlir::webnn

using namespace mlir;
using namespace mlir::webnn;

/// The float32 elements of a constant, or nullopt.
static std::optional<std::vector<float>> getFloatData(Value value) {
  auto constant = value.getDefiningOp<ConstantOp>();
  if (!constant)
    return std::nullopt;
  auto type = cast<RankedTensorType>(constant.getType());
  if (!type.getElementType().isF32())
    return std::nullopt;
  std::vector<float> data(type.getNumElements());
  if (auto dense = dyn_cast<DenseElementsAttr>(constant.getValue());
      dense && dense.isSplat()) {
    std::fill(data.begin(), data.end(), dense.getSplatValue<float>());
    return data;
  }
  std::optional<ArrayRef<char>> bytes = getElementBytes(constant.getValue());
  if (!bytes || bytes->size() != data.size() * sizeof(float))
    return std::nullopt;
  std::memcpy(data.data(), bytes->data(), bytes->size());
  return data;
}

static Value createFloatConstant(PatternRewriter &rewriter, Location loc,
                                 RankedTensorType type, StringRef name,
                                 ArrayRef<float> data) {
  ArrayRef<char> bytes(reinterpret_cast<const char *>(data.data()),
                       data.size() * sizeof(float));
  return ConstantOp::create(rewriter, loc, type,
                            createResourceElements(type, name, bytes));
}

/// The filter dimension of the output channels.
static int64_t getOutputChannelDim(FilterLayout layout) {
  switch (layout) {
  case FilterLayout::oihw:
  case FilterLayout::ohwi:
    return 0;
  case FilterLayout::hwio:
  case FilterLayout::ihwo:
    return 3;
  }
  llvm_unreachable("unknown filter layout");
}

namespace {
struct FoldConstantConvBatchNorm : OpRewritePattern<CompositeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(CompositeOp composite,
                                PatternRewriter &rewriter) const override {
    if (composite.getName() != "conv2d_batchnorm")
      return rewriter.notifyMatchFailure(composite, "another label");
    Block &body = composite.getBody().front();
    if (body.getOperations().size() != 3)
      return rewriter.notifyMatchFailure(composite, "not conv + batchnorm");
    auto conv = dyn_cast<Conv2dOp>(body.front());
    auto bn = dyn_cast<BatchNormalizationOp>(*std::next(body.begin()));
    auto yield = cast<YieldOp>(body.back());
    if (!conv || !bn || bn.getInput() != conv.getResult() ||
        yield.getValues().size() != 1 || yield.getValues()[0] != bn.getResult())
      return rewriter.notifyMatchFailure(composite, "not conv + batchnorm");

    // Values inside the region are block arguments: read the composite's
    // operands instead.
    auto outside = [&](Value inner) -> Value {
      if (!inner)
        return {};
      auto argument = dyn_cast<BlockArgument>(inner);
      if (!argument || argument.getOwner() != &body)
        return {};
      return composite.getInputs()[argument.getArgNumber()];
    };
    // The label does not fix the normalized axis: only the conv's output
    // channels fold into its filter.
    int64_t outputChannelAxis =
        conv.getInputLayout() == InputLayout::nhwc ? 3 : 1;
    if (bn.getAxis() != outputChannelAxis)
      return rewriter.notifyMatchFailure(composite, "normalizes another axis");
    auto filterType = cast<RankedTensorType>(conv.getFilter().getType());
    int64_t channelDim = getOutputChannelDim(conv.getFilterLayout());
    int64_t channels = filterType.getDimSize(channelDim);
    auto filter = getFloatData(outside(conv.getFilter()));
    auto mean = getFloatData(outside(bn.getMean()));
    auto variance = getFloatData(outside(bn.getVariance()));
    if (!filter || !mean || !variance)
      return rewriter.notifyMatchFailure(composite, "parameters not constant");
    std::vector<float> convBias(channels, 0.0f), scale(channels, 1.0f),
        shift(channels, 0.0f);
    for (auto [inner, data] :
         {std::pair<Value, std::vector<float> *>{conv.getBias(), &convBias},
          {bn.getScale(), &scale},
          {bn.getBias(), &shift}}) {
      if (!inner)
        continue;
      auto values = getFloatData(outside(inner));
      if (!values)
        return rewriter.notifyMatchFailure(composite,
                                           "parameters not constant");
      *data = std::move(*values);
    }
    auto size = static_cast<size_t>(channels);
    if (mean->size() != size || variance->size() != size ||
        convBias.size() != size || scale.size() != size || shift.size() != size)
      return rewriter.notifyMatchFailure(composite, "parameter sizes differ");

    double epsilon = bn.getEpsilon().convertToDouble();
    std::vector<float> factor(channels), bias(channels);
    for (int64_t o = 0; o < channels; ++o) {
      double f =
          scale[o] / std::sqrt(static_cast<double>((*variance)[o]) + epsilon);
      factor[o] = static_cast<float>(f);
      bias[o] = static_cast<float>((convBias[o] - (*mean)[o]) * f + shift[o]);
    }
    // Scale the filter along its output channels.
    int64_t inner = 1;
    for (int64_t d = channelDim + 1; d < filterType.getRank(); ++d)
      inner *= filterType.getDimSize(d);
    for (size_t i = 0; i < filter->size(); ++i)
      (*filter)[i] *= factor[(i / inner) % channels];

    Location loc = composite.getLoc();
    Value newFilter = createFloatConstant(rewriter, loc, filterType,
                                          "folded_filter", *filter);
    Value newBias = createFloatConstant(
        rewriter, loc,
        RankedTensorType::get({channels}, filterType.getElementType()),
        "folded_bias", bias);
    auto folded =
        Conv2dOp::create(rewriter, loc, outside(conv.getInput()), newFilter,
                         newBias, conv.getPaddingAttr(), conv.getStridesAttr(),
                         conv.getDilationsAttr(), conv.getGroupsAttr(),
                         conv.getInputLayoutAttr(), conv.getFilterLayoutAttr());
    rewriter.replaceOp(composite, folded.getResult());
    return success();
  }
};

struct WebNNFoldConvBatchNormPass
    : webnn::impl::WebNNFoldConvBatchNormBase<WebNNFoldConvBatchNormPass> {
  using Base::Base;
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FoldConstantConvBatchNorm>(&getContext());
    GreedyRewriteConfig config;
    config.enableFolding(false).enableConstantCSE(false);
    if (failed(
            applyPatternsGreedily(getOperation(), std::move(patterns), config)))
      signalPassFailure();
  }
};
} // namespace
