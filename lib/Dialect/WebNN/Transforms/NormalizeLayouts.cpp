//===- NormalizeLayouts.cpp - One layout for conv2d and pooling -----------===//
//
// Rewrites conv2d and pooling ops to the layouts a backend has kernels for,
// by transposing their operands into those layouts and the result back, and
// gemm's transposed operands to explicit transposes; transposes of
// constants fold at compile time, and the others sink through element-wise
// ops until pairs cancel.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/Transforms/Passes.h"

#include "WebNN/Dialect/WebNN/IR/ConstantData.h"
#include "WebNN/Dialect/WebNN/IR/DataType.h"
#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/IR/BuiltinDialect.h"
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
  return TransposeOp::create(
      rewriter, loc, value,
      rewriter.getDenseI64ArrayAttr(getPermutation(from, to)));
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

/// gemm's transposed operands become explicit transposes, so that a
/// constant weight (ONNX's Gemm with transB, as every classifier has) is
/// transposed once at compile time by FoldTransposeOfConstant, not read
/// column by column at every run.
struct NormalizeGemmTransposes : OpRewritePattern<GemmOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(GemmOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.getATranspose() && !op.getBTranspose())
      return rewriter.notifyMatchFailure(op, "no transposed operand");
    Location loc = op.getLoc();
    auto transpose2d = [&](Value value, bool transposed) -> Value {
      if (!transposed)
        return value;
      return TransposeOp::create(rewriter, loc, value,
                                 rewriter.getDenseI64ArrayAttr({1, 0}));
    };
    Value a = transpose2d(op.getA(), op.getATranspose());
    Value b = transpose2d(op.getB(), op.getBTranspose());
    rewriter.replaceOpWithNewOp<GemmOp>(
        op, op.getType(), a, b, op.getC(), op.getAlphaAttr(), op.getBetaAttr(),
        rewriter.getBoolAttr(false), rewriter.getBoolAttr(false));
    return success();
  }
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

/// transpose(constant) is a constant holding the permuted data, so that a
/// model's weights are moved to the kernel's layout once, at compile time,
/// instead of at every run.
struct FoldTransposeOfConstant : OpRewritePattern<TransposeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(TransposeOp op,
                                PatternRewriter &rewriter) const override {
    auto constant = op.getInput().getDefiningOp<ConstantOp>();
    if (!constant)
      return rewriter.notifyMatchFailure(op, "input is not a constant");
    // Splats fold already (canonicalize); other constants are bytes.
    std::optional<ArrayRef<char>> bytes = getElementBytes(constant.getValue());
    if (!bytes)
      return rewriter.notifyMatchFailure(op, "a splat or no data");
    ArrayRef<char> data = *bytes;
    auto inputType = cast<RankedTensorType>(constant.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    std::optional<DataType> dataType = getDataType(inputType.getElementType());
    size_t width = dataType ? getByteWidth(*dataType) : 0;
    if (!width || data.size() != inputType.getNumElements() * width)
      return rewriter.notifyMatchFailure(op, "unexpected data layout");

    int64_t rank = inputType.getRank();
    SmallVector<int64_t> perm =
        getTransposePermutation(rank, op.getPermutation());
    SmallVector<int64_t> inputStrides(rank, 1);
    for (int64_t i = rank - 2; i >= 0; --i)
      inputStrides[i] = inputStrides[i + 1] * inputType.getDimSize(i + 1);
    // Walk the output in order; output dimension d steps the input along
    // dimension perm[d].
    std::vector<char> permuted(data.size());
    SmallVector<int64_t> index(rank, 0);
    int64_t count = resultType.getNumElements();
    for (int64_t out = 0; out < count; ++out) {
      int64_t in = 0;
      for (int64_t d = 0; d < rank; ++d)
        in += index[d] * inputStrides[perm[d]];
      std::memcpy(permuted.data() + out * width, data.data() + in * width,
                  width);
      for (int64_t d = rank - 1; d >= 0; --d) {
        if (++index[d] < resultType.getDimSize(d))
          break;
        index[d] = 0;
      }
    }
    auto value = createResourceElements(resultType, "transposed", permuted);
    rewriter.replaceOpWithNewOp<ConstantOp>(op, resultType, value);
    return success();
  }
};

/// unary(transpose(x)) is transpose(unary(x)): moving transposes past
/// element-wise ops lets the transpose that leaves one conv meet the one
/// that enters the next, and the pair cancels.
template <typename OpTy>
struct SinkTransposeThroughUnary : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    auto transpose = op->getOperand(0).template getDefiningOp<TransposeOp>();
    if (!transpose)
      return rewriter.notifyMatchFailure(op, "input is not a transpose");
    Operation *moved = rewriter.clone(*op.getOperation());
    moved->setOperand(0, transpose.getInput());
    moved->getResult(0).setType(transpose.getInput().getType());
    rewriter.replaceOpWithNewOp<TransposeOp>(op, moved->getResult(0),
                                             transpose.getPermutationAttr());
    return success();
  }
};

/// binary(transpose(a, p), transpose(b, p)) is transpose(binary(a, b), p)
/// when a and b have the same shape (no broadcasting to re-derive).
template <typename OpTy>
struct SinkTransposeThroughBinary : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    auto lhs = op.getA().template getDefiningOp<TransposeOp>();
    auto rhs = op.getB().template getDefiningOp<TransposeOp>();
    if (!lhs || !rhs || lhs.getInput().getType() != rhs.getInput().getType())
      return rewriter.notifyMatchFailure(op, "operands are not alike "
                                             "transposes");
    int64_t rank = op.getType().getRank();
    if (getTransposePermutation(rank, lhs.getPermutation()) !=
        getTransposePermutation(rank, rhs.getPermutation()))
      return rewriter.notifyMatchFailure(op, "different permutations");
    Value inner =
        OpTy::create(rewriter, op.getLoc(), lhs.getInput(), rhs.getInput());
    rewriter.replaceOpWithNewOp<TransposeOp>(op, inner,
                                             lhs.getPermutationAttr());
    return success();
  }
};

/// batchNormalization(transpose(x, p), axis a) is
/// transpose(batchNormalization(x, axis p[a]), p).
struct SinkTransposeThroughBatchNormalization
    : OpRewritePattern<BatchNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(BatchNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    auto transpose = op.getInput().getDefiningOp<TransposeOp>();
    if (!transpose)
      return rewriter.notifyMatchFailure(op, "input is not a transpose");
    int64_t rank = op.getType().getRank();
    SmallVector<int64_t> perm =
        getTransposePermutation(rank, transpose.getPermutation());
    auto moved = cast<BatchNormalizationOp>(rewriter.clone(*op));
    moved.getInputMutable().assign(transpose.getInput());
    moved.setAxis(static_cast<uint32_t>(perm[op.getAxis()]));
    moved.getResult().setType(
        cast<RankedTensorType>(transpose.getInput().getType()));
    rewriter.replaceOpWithNewOp<TransposeOp>(op, moved.getResult(),
                                             transpose.getPermutationAttr());
    return success();
  }
};

/// concat(transpose(x1, p), ..., transpose(xn, p), axis a) is
/// transpose(concat(x1, ..., xn, axis p[a]), p): SqueezeNet's fire modules
/// concatenate the outputs of two convs, and their layout transposes must
/// meet the next conv's to cancel.
struct SinkTransposeThroughConcat : OpRewritePattern<ConcatOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ConcatOp op,
                                PatternRewriter &rewriter) const override {
    int64_t rank = op.getType().getRank();
    std::optional<SmallVector<int64_t>> perm;
    SmallVector<Value> inputs;
    for (Value input : op.getInputs()) {
      auto transpose = input.getDefiningOp<TransposeOp>();
      if (!transpose)
        return rewriter.notifyMatchFailure(op, "an input is not a transpose");
      SmallVector<int64_t> inputPerm =
          getTransposePermutation(rank, transpose.getPermutation());
      if (perm && *perm != inputPerm)
        return rewriter.notifyMatchFailure(op, "different permutations");
      perm = inputPerm;
      inputs.push_back(transpose.getInput());
    }
    auto axis = static_cast<uint32_t>((*perm)[op.getAxis()]);
    Value inner = ConcatOp::create(rewriter, op.getLoc(), inputs,
                                   rewriter.getI32IntegerAttr(axis));
    rewriter.replaceOpWithNewOp<TransposeOp>(
        op, inner, rewriter.getDenseI64ArrayAttr(*perm));
    return success();
  }
};

struct WebNNNormalizeLayoutsPass
    : webnn::impl::WebNNNormalizeLayoutsBase<WebNNNormalizeLayoutsPass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *context) override {
    std::optional<InputLayout> input = symbolizeInputLayout(inputLayout);
    if (!input)
      return emitError(UnknownLoc::get(context))
             << "webnn-normalize-layouts: unknown input-layout '" << inputLayout
             << "' (expected nchw or nhwc)";
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
    if (failed(
            applyPatternsGreedily(getOperation(), std::move(patterns), config)))
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
  patterns.add<FoldTransposeOfConstant, NormalizeGemmTransposes>(context);
  patterns.add<
      SinkTransposeThroughUnary<ReluOp>, SinkTransposeThroughUnary<ClampOp>,
      SinkTransposeThroughUnary<LeakyReluOp>,
      SinkTransposeThroughUnary<SigmoidOp>, SinkTransposeThroughUnary<TanhOp>,
      SinkTransposeThroughBinary<AddOp>, SinkTransposeThroughBinary<MulOp>,
      SinkTransposeThroughBinary<SubOp>, SinkTransposeThroughBatchNormalization,
      SinkTransposeThroughConcat>(context);
  patterns.add<NormalizePool2dLayout<AveragePool2dOp>,
               NormalizePool2dLayout<L2Pool2dOp>,
               NormalizePool2dLayout<MaxPool2dOp>>(context, inputLayout);
}
