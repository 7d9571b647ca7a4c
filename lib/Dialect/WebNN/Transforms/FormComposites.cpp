//===- FormComposites.cpp - Wrap known subgraphs in labelled composites ---===//
//
// The webnn-form-composites pass: each pattern matches one op of a label's
// subgraph (its last one, except for hard_swish written mul(x, r / 6),
// found from the div), checks that the intermediate results are used only
// inside the group, and moves the group into a webnn.composite whose
// operands are the values the group reads from outside.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/Transforms/Passes.h"

#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::webnn {
#define GEN_PASS_DEF_WEBNNFORMCOMPOSITES
#include "WebNN/Dialect/WebNN/Transforms/Passes.h.inc"
} // namespace mlir::webnn

using namespace mlir;
using namespace mlir::webnn;

/// How a group's outside values become composite operands.
enum class Operands {
  /// One operand per use: labels that count operands by role
  /// (batchNormalization may take the same tensor as mean and variance).
  PerUse,
  /// One operand per value: labels of a function of one tensor that the
  /// group reads several times (softmax, hard_swish).
  PerValue,
};

/// Replaces the ops of `group` (in order; the last one's result is the
/// group's result) by a composite labelled `name`. `constants` (the
/// group's literal parameters, such as hard_swish's 3 and 6) are copied
/// into the region instead of becoming operands.
static void wrapInComposite(PatternRewriter &rewriter, StringRef name,
                            ArrayRef<Operation *> group,
                            DictionaryAttr attributes,
                            Operands policy = Operands::PerUse,
                            ArrayRef<Operation *> constants = {}) {
  SmallVector<Value> inputs;
  SmallVector<OpOperand *> uses;
  llvm::SmallPtrSet<Operation *, 4> members(group.begin(), group.end());
  members.insert(constants.begin(), constants.end());
  for (Operation *op : group)
    for (OpOperand &operand : op->getOpOperands())
      if (!members.contains(operand.get().getDefiningOp())) {
        if (policy == Operands::PerUse ||
            !llvm::is_contained(inputs, operand.get()))
          inputs.push_back(operand.get());
        uses.push_back(&operand);
      }
  Operation *last = group.back();
  rewriter.setInsertionPoint(last);
  auto composite =
      CompositeOp::create(rewriter, last->getLoc(), last->getResultTypes(),
                          name, attributes, inputs);
  {
    OpBuilder::InsertionGuard guard(rewriter);
    Block *body = &composite.getBody().front();
    rewriter.setInsertionPointToStart(body);
    // Clone each member and point each outside use at its argument.
    IRMapping mapping;
    DenseMap<OpOperand *, BlockArgument> argumentOf;
    for (auto [index, use] : llvm::enumerate(uses))
      argumentOf[use] = body->getArgument(policy == Operands::PerUse
                                              ? index
                                              : llvm::find(inputs, use->get()) -
                                                    inputs.begin());
    for (Operation *constant : constants)
      rewriter.clone(*constant, mapping);
    for (Operation *op : group) {
      Operation *clone = rewriter.clone(*op, mapping);
      for (OpOperand &operand : op->getOpOperands())
        if (auto it = argumentOf.find(&operand); it != argumentOf.end())
          clone->setOperand(operand.getOperandNumber(), it->second);
    }
    YieldOp::create(rewriter, last->getLoc(),
                    mapping.lookup(last->getResult(0)));
  }
  rewriter.replaceOp(last, composite.getResults());
  for (Operation *op : llvm::reverse(group.drop_back()))
    rewriter.eraseOp(op);
  for (Operation *constant : constants)
    if (constant->use_empty())
      rewriter.eraseOp(constant);
}

/// `value`'s defining op, if it is an `OpTy` whose result has no other use
/// than `value`'s one user and which is not already inside a composite.
template <typename OpTy> static OpTy getSoleProducer(Value value) {
  auto op = value.getDefiningOp<OpTy>();
  if (!op || !op->hasOneUse() || op->template getParentOfType<CompositeOp>())
    return {};
  return op;
}

namespace {
/// add(matmul(a, b), c), c a bias broadcast to the product.
struct FormGemm : OpRewritePattern<AddOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(AddOp add,
                                PatternRewriter &rewriter) const override {
    if (add->getParentOfType<CompositeOp>())
      return rewriter.notifyMatchFailure(add, "already in a composite");
    for (int side = 0; side < 2; ++side) {
      Value product = side == 0 ? add.getA() : add.getB();
      Value bias = side == 0 ? add.getB() : add.getA();
      auto matmul = getSoleProducer<MatmulOp>(product);
      if (!matmul || matmul.getType().getRank() != 2)
        continue;
      // The bias broadcasts to the product; the sum keeps its shape.
      if (!isUnidirectionallyBroadcastable(
              cast<RankedTensorType>(bias.getType()).getShape(),
              matmul.getType().getShape()) ||
          add.getType() != matmul.getType())
        continue;
      wrapInComposite(rewriter, "gemm", {matmul, add},
                      rewriter.getDictionaryAttr({}));
      return success();
    }
    return rewriter.notifyMatchFailure(add, "not a matmul plus a bias");
  }
};

/// batch_normalization(conv2d(...)) along the conv's output channels.
struct FormConvBatchNorm : OpRewritePattern<BatchNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(BatchNormalizationOp bn,
                                PatternRewriter &rewriter) const override {
    if (bn->getParentOfType<CompositeOp>())
      return rewriter.notifyMatchFailure(bn, "already in a composite");
    auto conv = getSoleProducer<Conv2dOp>(bn.getInput());
    if (!conv)
      return rewriter.notifyMatchFailure(bn, "input is not a conv2d");
    int64_t channelAxis = conv.getInputLayout() == InputLayout::nhwc ? 3 : 1;
    if (bn.getAxis() != channelAxis)
      return rewriter.notifyMatchFailure(bn, "normalizes another axis");
    wrapInComposite(rewriter, "conv2d_batchnorm", {conv, bn},
                    rewriter.getDictionaryAttr({}));
    return success();
  }
};

/// The activations the convolution labels take in (their `activation`
/// attribute names them).
static bool isLabelActivation(Operation *op) {
  return isa<ReluOp, ClampOp, LeakyReluOp>(op);
}

/// The conv2d that `add` adds a residual to (its other operand shaped like
/// the sum: not a broadcast bias), if there is one.
static Conv2dOp getResidualConv(AddOp add) {
  for (int side = 0; side < 2; ++side) {
    Value conv = side == 0 ? add.getA() : add.getB();
    Value residual = side == 0 ? add.getB() : add.getA();
    if (auto op = getSoleProducer<Conv2dOp>(conv))
      if (residual.getType() == add.getType() && op.getType() == add.getType())
        return op;
  }
  return {};
}

/// An activation (relu, clamp, leaky_relu) of a conv2d:
/// conv2d_bias_activation; of a conv2d plus a residual:
/// conv2d_residual_activation.
template <typename ActivationOp>
struct FormConvActivation : OpRewritePattern<ActivationOp> {
  FormConvActivation(MLIRContext *context, StringRef activation, bool residual)
      : OpRewritePattern<ActivationOp>(context), activation(activation),
        residual(residual) {}
  LogicalResult matchAndRewrite(ActivationOp op,
                                PatternRewriter &rewriter) const override {
    if (op->template getParentOfType<CompositeOp>())
      return rewriter.notifyMatchFailure(op, "already in a composite");
    SmallVector<Operation *> group;
    if (!residual) {
      if (auto conv = getSoleProducer<Conv2dOp>(op.getInput()))
        group = {conv};
    } else if (auto add = getSoleProducer<AddOp>(op.getInput())) {
      if (Conv2dOp conv = getResidualConv(add))
        group = {conv, add};
    }
    if (group.empty())
      return rewriter.notifyMatchFailure(op, "not the label's group");
    group.push_back(op);
    wrapInComposite(rewriter,
                    residual ? "conv2d_residual_activation"
                             : "conv2d_bias_activation",
                    group,
                    rewriter.getDictionaryAttr(rewriter.getNamedAttr(
                        "activation", rewriter.getStringAttr(activation))));
    return success();
  }
  std::string activation;
  bool residual;
};

/// add(conv2d(...), residual) with no activation after it.
struct FormConvResidual : OpRewritePattern<AddOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(AddOp add,
                                PatternRewriter &rewriter) const override {
    if (add->getParentOfType<CompositeOp>())
      return rewriter.notifyMatchFailure(add, "already in a composite");
    if (add->hasOneUse() && isLabelActivation(*add->user_begin()))
      return rewriter.notifyMatchFailure(add, "part of a larger group");
    Conv2dOp conv = getResidualConv(add);
    if (!conv)
      return rewriter.notifyMatchFailure(add, "not a conv2d plus a residual");
    wrapInComposite(rewriter, "conv2d_residual_activation", {conv, add},
                    rewriter.getDictionaryAttr(rewriter.getNamedAttr(
                        "activation", rewriter.getStringAttr("none"))));
    return success();
  }
};

/// conv2d(...) with a bias and no activation: conv2d_bias_activation with
/// activation none. A conv that feeds an activation, a batch normalization
/// or a residual add is left to the larger groups.
struct FormConvBias : OpRewritePattern<Conv2dOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(Conv2dOp conv,
                                PatternRewriter &rewriter) const override {
    if (conv->getParentOfType<CompositeOp>())
      return rewriter.notifyMatchFailure(conv, "already in a composite");
    if (!conv.getBias())
      return rewriter.notifyMatchFailure(conv, "no bias");
    if (conv->hasOneUse()) {
      Operation *user = *conv->user_begin();
      auto add = dyn_cast<AddOp>(user);
      if (isLabelActivation(user) || isa<BatchNormalizationOp>(user) ||
          (add && getResidualConv(add) == conv))
        return rewriter.notifyMatchFailure(conv, "part of a larger group");
    }
    wrapInComposite(rewriter, "conv2d_bias_activation", {conv},
                    rewriter.getDictionaryAttr(rewriter.getNamedAttr(
                        "activation", rewriter.getStringAttr("none"))));
    return success();
  }
};

/// The webnn.constant defining `value` if it holds one float, `expected`
/// (to float32 precision), in every element.
static Operation *getSplatConstant(Value value, double expected) {
  auto constant = value.getDefiningOp<ConstantOp>();
  if (!constant)
    return nullptr;
  auto dense = dyn_cast<DenseElementsAttr>(constant.getValue());
  if (!dense || !dense.isSplat() || !isa<FloatType>(dense.getElementType()))
    return nullptr;
  double actual = dense.getSplatValue<APFloat>().convertToDouble();
  return std::abs(actual - expected) <= 1e-6 * std::abs(expected)
             ? constant.getOperation()
             : nullptr;
}

/// hard_swish: x * clamp(x + 3, 0, 6) / 6, as div(mul(x, r), 6) or
/// mul(x, div(r, 6)), r = clamp(add(x, 3)) with bounds 0 and 6 (the ONNX
/// exports of PyTorch's hardswish before opset 14).
struct FormHardSwish : OpRewritePattern<DivOp> {
  using OpRewritePattern::OpRewritePattern;

  /// r = clamp(x + 3, 0, 6): its add, clamp and the constant 3.
  static bool matchRelu6OfXPlus3(Value r, Value &x,
                                 SmallVectorImpl<Operation *> &group,
                                 SmallVectorImpl<Operation *> &constants) {
    auto clamp = getSoleProducer<ClampOp>(r);
    if (!clamp || !clamp.getMinValue() || !clamp.getMaxValue() ||
        clamp.getMinValue()->convertToDouble() != 0.0 ||
        clamp.getMaxValue()->convertToDouble() != 6.0)
      return false;
    auto add = getSoleProducer<AddOp>(clamp.getInput());
    if (!add)
      return false;
    for (int side = 0; side < 2; ++side)
      if (Operation *three =
              getSplatConstant(side == 0 ? add.getB() : add.getA(), 3.0)) {
        x = side == 0 ? add.getA() : add.getB();
        group.append({add, clamp});
        constants.push_back(three);
        // x itself the constant 3 would leave the group no operand.
        return x.getType() == add.getType() && x.getDefiningOp() != three;
      }
    return false;
  }

  LogicalResult matchAndRewrite(DivOp div,
                                PatternRewriter &rewriter) const override {
    if (div->getParentOfType<CompositeOp>())
      return rewriter.notifyMatchFailure(div, "already in a composite");
    Operation *six = getSplatConstant(div.getB(), 6.0);
    if (!six)
      return rewriter.notifyMatchFailure(div, "not a division by 6");
    SmallVector<Operation *> group, constants = {six};
    Value x;
    // div(mul(x, r), 6)
    if (auto mul = getSoleProducer<MulOp>(div.getA())) {
      for (int side = 0; side < 2 && group.empty(); ++side) {
        Value r = side == 0 ? mul.getB() : mul.getA();
        Value other = side == 0 ? mul.getA() : mul.getB();
        SmallVector<Operation *> inner, innerConstants;
        if (matchRelu6OfXPlus3(r, x, inner, innerConstants) && x == other) {
          group = inner;
          group.append({mul, div});
          constants.append(innerConstants);
        }
      }
      if (!group.empty() && div.getType() == x.getType()) {
        wrapInComposite(rewriter, "hard_swish", group,
                        rewriter.getDictionaryAttr({}), Operands::PerValue,
                        constants);
        return success();
      }
    }
    // mul(x, div(r, 6)): the mul is the root.
    if (!div->hasOneUse())
      return rewriter.notifyMatchFailure(div, "not a hard_swish");
    auto mul = dyn_cast<MulOp>(*div->user_begin());
    if (!mul || mul->getParentOfType<CompositeOp>() ||
        !matchRelu6OfXPlus3(div.getA(), x, group, constants))
      return rewriter.notifyMatchFailure(div, "not a hard_swish");
    Value other = mul.getA() == div.getResult() ? mul.getB() : mul.getA();
    if (other != x || mul.getType() != x.getType())
      return rewriter.notifyMatchFailure(div, "not a hard_swish");
    group.append({div, mul});
    wrapInComposite(rewriter, "hard_swish", group,
                    rewriter.getDictionaryAttr({}), Operands::PerValue,
                    constants);
    return success();
  }
};

/// Whether `op`'s body is one OpTy of its two arguments, in order, yielded.
template <typename OpTy> static bool isBinaryBody(ElementwiseOp elementwise) {
  Block &block = elementwise.getBody().front();
  if (block.getOperations().size() != 2)
    return false;
  auto op = dyn_cast<OpTy>(block.front());
  return op && block.getNumArguments() == 2 &&
         op->getOperand(0) == block.getArgument(0) &&
         op->getOperand(1) == block.getArgument(1) &&
         block.getTerminator()->getOperand(0) == op->getResult(0);
}

/// A reduce_window of `op`'s kind over all of one axis of its input (the
/// reduction softmax needs), with `combine` as its body and `init` as its
/// start; returns the axis.
template <typename CombineOp>
static std::optional<int64_t> getAxisReduction(ReduceWindowOp op, double init) {
  auto type = cast<RankedTensorType>(op.getInput().getType());
  ArrayRef<int64_t> window = op.getWindowDimensions();
  // The axis is the one dimension the window covers beyond size 1; a window
  // of ones (softmax over an axis of size 1) takes the first size-1
  // dimension, as it is the same reduction.
  std::optional<int64_t> axis, unitAxis;
  for (auto [dim, size] : llvm::enumerate(window)) {
    int64_t extent = type.getDimSize(dim);
    if (size == extent && extent != 1) {
      if (axis)
        return std::nullopt;
      axis = dim;
    } else if (size != 1) {
      return std::nullopt;
    } else if (extent == 1 && !unitAxis) {
      unitAxis = dim;
    }
  }
  if (!axis)
    axis = unitAxis;
  auto start = dyn_cast<FloatAttr>(op.getInitValue());
  bool unit =
      llvm::all_of(op.getStridesOrDefault(),
                   [](int64_t v) { return v == 1; }) &&
      llvm::all_of(op.getDilationsOrDefault(),
                   [](int64_t v) { return v == 1; }) &&
      llvm::all_of(op.getPaddingOrDefault(), [](int64_t v) { return v == 0; });
  if (!axis || !start || start.getValueAsDouble() != init || !unit ||
      !isa_and_nonnull<CombineOp>(op.getCombiner()))
    return std::nullopt;
  return axis;
}

/// softmax in primitives, as webnn-decompose writes it:
/// e = elementwise{exp(x - m)}(x, m), m = reduce_window{max}(x) over an
/// axis, s = reduce_window{add}(e) over the same axis, elementwise{e / s}.
struct FormSoftmax : OpRewritePattern<ElementwiseOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ElementwiseOp div,
                                PatternRewriter &rewriter) const override {
    auto fail = [&] {
      return rewriter.notifyMatchFailure(div, "not a softmax");
    };
    if (div->getParentOfType<CompositeOp>() || div.getInputs().size() != 2 ||
        !isBinaryBody<arith::DivFOp>(div))
      return fail();
    auto exp = div.getInputs()[0].getDefiningOp<ElementwiseOp>();
    auto sum = getSoleProducer<ReduceWindowOp>(div.getInputs()[1]);
    if (!exp || !sum || sum.getInput() != exp.getResult() ||
        !exp.getResult().hasNUses(2) || exp.getInputs().size() != 2 ||
        exp->getParentOfType<CompositeOp>())
      return fail();
    // exp's body: exp(a0 - a1).
    Block &block = exp.getBody().front();
    auto subtract = dyn_cast<arith::SubFOp>(block.front());
    auto *second = block.front().getNextNode();
    auto expOp = dyn_cast_or_null<math::ExpOp>(second);
    if (block.getOperations().size() != 3 || !subtract || !expOp ||
        subtract.getLhs() != block.getArgument(0) ||
        subtract.getRhs() != block.getArgument(1) ||
        expOp.getOperand() != subtract.getResult() ||
        block.getTerminator()->getOperand(0) != expOp.getResult())
      return fail();
    Value x = exp.getInputs()[0];
    auto max = getSoleProducer<ReduceWindowOp>(exp.getInputs()[1]);
    if (!max || max.getInput() != x || exp.getType() != x.getType() ||
        div.getType() != x.getType())
      return fail();
    std::optional<int64_t> maxAxis = getAxisReduction<arith::MaximumFOp>(
        max, -std::numeric_limits<double>::infinity());
    std::optional<int64_t> sumAxis = getAxisReduction<arith::AddFOp>(sum, 0.0);
    if (!maxAxis || maxAxis != sumAxis)
      return fail();
    wrapInComposite(rewriter, "softmax", {max, exp, sum, div},
                    rewriter.getDictionaryAttr({}), Operands::PerValue);
    return success();
  }
};

struct WebNNFormCompositesPass
    : webnn::impl::WebNNFormCompositesBase<WebNNFormCompositesPass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *context) override {
    static const StringRef kKnown[] = {"gemm",
                                       "conv2d_batchnorm",
                                       "conv2d_bias_activation",
                                       "conv2d_residual_activation",
                                       "softmax",
                                       "hard_swish"};
    for (const std::string &label : labels)
      if (!llvm::is_contained(kKnown, label))
        return emitError(UnknownLoc::get(context))
               << "webnn-form-composites: cannot form '" << label
               << "' (it forms "
               << llvm::join(ArrayRef<StringRef>(kKnown), ", ") << ")";
    auto wanted = [&](StringRef label) {
      return labels.empty() || llvm::is_contained(labels, label);
    };
    RewritePatternSet set(context);
    auto addActivations = [&](bool residual) {
      set.add<FormConvActivation<ReluOp>>(context, "relu", residual);
      set.add<FormConvActivation<ClampOp>>(context, "clamp", residual);
      set.add<FormConvActivation<LeakyReluOp>>(context, "leaky_relu", residual);
    };
    if (wanted("gemm"))
      set.add<FormGemm>(context);
    if (wanted("conv2d_batchnorm"))
      set.add<FormConvBatchNorm>(context);
    if (wanted("conv2d_bias_activation")) {
      addActivations(/*residual=*/false);
      set.add<FormConvBias>(context);
    }
    if (wanted("softmax"))
      set.add<FormSoftmax>(context);
    if (wanted("hard_swish"))
      set.add<FormHardSwish>(context);
    if (wanted("conv2d_residual_activation")) {
      addActivations(/*residual=*/true);
      set.add<FormConvResidual>(context);
    }
    patterns = std::move(set);
    return success();
  }

  void runOnOperation() override {
    // Forming only: folding other ops is canonicalize's job.
    GreedyRewriteConfig config;
    config.enableFolding(false).enableConstantCSE(false);
    if (failed(applyPatternsGreedily(getOperation(), patterns, config)))
      signalPassFailure();
  }

  FrozenRewritePatternSet patterns;
};
} // namespace
