//===- NormalizeLayouts.cpp - One layout for conv2d and pooling -----------===//
//
// Rewrites conv2d and pooling ops to the layouts a backend has kernels for,
// by transposing their operands into those layouts and the result back.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/Transforms/Passes.h"

#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::webnn {
#define GEN_PASS_DEF_WEBNNNORMALIZELAYOUTS
#include "WebNN/Dialect/WebNN/Transforms/Passes.h.inc"
} // namespace mlir::webnn

using namespace mlir;
using namespace mlir::webnn;

/// The permutation that transposes a tensor whose dimensions are named by
/// `from` (e.g. "nchw") into the order named by `to` (e.g. "nhwc").
static SmallVector<int64_t> getPermutation(StringRef from, StringRef to) {
  SmallVector<int64_t> perm;
  for (char dim : to)
    perm.push_back(from.find(dim));
  return perm;
}

/// Transposes `value` from layout `from` to layout `to`; a no-op when equal.
static Value transposeLayout(PatternRewriter &rewriter, Location loc,
                             Value value, StringRef from, StringRef to) {
  if (from == to)
    return value;
  return TransposeOp::create(rewriter, loc, value,
                             rewriter.getDenseI64ArrayAttr(
                                 getPermutation(from, to)));
}

namespace {
struct NormalizeConv2dLayout : OpRewritePattern<Conv2dOp> {
  NormalizeConv2dLayout(MLIRContext *context, InputLayout inputLayout,
                        FilterLayout filterLayout)
      : OpRewritePattern(context), inputLayout(inputLayout),
        filterLayout(filterLayout) {}

  LogicalResult matchAndRewrite(Conv2dOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getInputLayout() == inputLayout &&
        op.getFilterLayout() == filterLayout)
      return rewriter.notifyMatchFailure(op, "already in the target layouts");
    Location loc = op.getLoc();
    StringRef fromInput = stringifyInputLayout(op.getInputLayout());
    StringRef toInput = stringifyInputLayout(inputLayout);
    Value input =
        transposeLayout(rewriter, loc, op.getInput(), fromInput, toInput);
    Value filter = transposeLayout(rewriter, loc, op.getFilter(),
                                   stringifyFilterLayout(op.getFilterLayout()),
                                   stringifyFilterLayout(filterLayout));
    auto conv = Conv2dOp::create(
        rewriter, loc, input, filter, op.getBias(), op.getPaddingAttr(),
        op.getStridesAttr(), op.getDilationsAttr(), op.getGroupsAttr(),
        InputLayoutAttr::get(getContext(), inputLayout),
        FilterLayoutAttr::get(getContext(), filterLayout));
    rewriter.replaceOp(
        op, transposeLayout(rewriter, loc, conv, toInput, fromInput));
    return success();
  }

  InputLayout inputLayout;
  FilterLayout filterLayout;
};

template <typename PoolOp>
struct NormalizePool2dLayout : OpRewritePattern<PoolOp> {
  NormalizePool2dLayout(MLIRContext *context, InputLayout layout)
      : OpRewritePattern<PoolOp>(context), layout(layout) {}

  LogicalResult matchAndRewrite(PoolOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getLayout() == layout)
      return rewriter.notifyMatchFailure(op, "already in the target layout");
    Location loc = op.getLoc();
    StringRef from = stringifyInputLayout(op.getLayout());
    StringRef to = stringifyInputLayout(layout);
    Value input = transposeLayout(rewriter, loc, op.getInput(), from, to);
    // Global pooling has no window attribute: it is the input's spatial
    // size, which the transpose does not change.
    auto pool = PoolOp::create(
        rewriter, loc, input, op.getWindowDimensionsAttr(), op.getPaddingAttr(),
        op.getStridesAttr(), op.getDilationsAttr(),
        InputLayoutAttr::get(op.getContext(), layout),
        op.getOutputShapeRoundingAttr(), op.getOutputSizesAttr());
    rewriter.replaceOp(op, transposeLayout(rewriter, loc, pool, to, from));
    return success();
  }

  InputLayout layout;
};

struct WebNNNormalizeLayoutsPass
    : webnn::impl::WebNNNormalizeLayoutsBase<WebNNNormalizeLayoutsPass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *context) override {
    std::optional<InputLayout> input = symbolizeInputLayout(inputLayout);
    if (!input)
      return emitError(UnknownLoc::get(context))
             << "webnn-normalize-layouts: unknown input-layout '"
             << inputLayout << "' (expected nchw or nhwc)";
    std::optional<FilterLayout> filter = symbolizeFilterLayout(filterLayout);
    if (!filter)
      return emitError(UnknownLoc::get(context))
             << "webnn-normalize-layouts: unknown filter-layout '"
             << filterLayout << "' (expected oihw, hwio, ohwi or ihwo)";
    targetInput = *input;
    targetFilter = *filter;
    return success();
  }

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateNormalizeLayoutsPatterns(patterns, targetInput, targetFilter);
    // Only the layout rewrite: folding other ops is canonicalize's job.
    GreedyRewriteConfig config;
    config.enableFolding(false).enableConstantCSE(false);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns),
                                     config)))
      signalPassFailure();
  }

  InputLayout targetInput = InputLayout::nhwc;
  FilterLayout targetFilter = FilterLayout::hwio;
};
} // namespace

void mlir::webnn::populateNormalizeLayoutsPatterns(RewritePatternSet &patterns,
                                                   InputLayout inputLayout,
                                                   FilterLayout filterLayout) {
  MLIRContext *context = patterns.getContext();
  patterns.add<NormalizeConv2dLayout>(context, inputLayout, filterLayout);
  patterns.add<NormalizePool2dLayout<AveragePool2dOp>,
               NormalizePool2dLayout<L2Pool2dOp>,
               NormalizePool2dLayout<MaxPool2dOp>>(context, inputLayout);
}
