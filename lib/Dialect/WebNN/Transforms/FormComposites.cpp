//===- FormComposites.cpp - Wrap known subgraphs in labelled composites ---===//
//
// The webnn-form-composites pass: each pattern matches the last op of a
// label's subgraph, checks that the intermediate results are used only
// inside the group, and moves the group into a webnn.composite whose
// operands are the values the group reads from outside.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/Transforms/Passes.h"

#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::webnn {
#define GEN_PASS_DEF_WEBNNFORMCOMPOSITES
#include "WebNN/Dialect/WebNN/Transforms/Passes.h.inc"
} // namespace mlir::webnn

using namespace mlir;
using namespace mlir::webnn;

/// Replaces the ops of `group` (in order; the last one's result is the
/// group's result) by a composite labelled `name`.
static void wrapInComposite(PatternRewriter &rewriter, StringRef name,
                            ArrayRef<Operation *> group,
                            DictionaryAttr attributes) {
  // One composite operand per use from outside, not per value: the
  // labels count operands by role (batchNormalization may take the same
  // tensor as mean and variance).
  SmallVector<Value> inputs;
  SmallVector<OpOperand *> uses;
  llvm::SmallPtrSet<Operation *, 4> members(group.begin(), group.end());
  for (Operation *op : group)
    for (OpOperand &operand : op->getOpOperands())
      if (!members.contains(operand.get().getDefiningOp())) {
        inputs.push_back(operand.get());
        uses.push_back(&operand);
      }
  Operation *last = group.back();
  rewriter.setInsertionPoint(last);
  auto composite = CompositeOp::create(
      rewriter, last->getLoc(), last->getResultTypes(),
      rewriter.getStringAttr(name), rewriter.getI32IntegerAttr(1),
      attributes, inputs);
  {
    OpBuilder::InsertionGuard guard(rewriter);
    SmallVector<Type> types;
    SmallVector<Location> locs;
    for (Value input : inputs) {
      types.push_back(input.getType());
      locs.push_back(input.getLoc());
    }
    Block *body =
        rewriter.createBlock(&composite.getBody(), {}, types, locs);
    // Clone each member and point each outside use at its own argument.
    IRMapping mapping;
    DenseMap<OpOperand *, BlockArgument> argumentOf;
    for (auto [use, argument] : llvm::zip(uses, body->getArguments()))
      argumentOf[use] = argument;
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
}

/// `value`'s defining op, if it is an `OpTy` whose result only `user` uses
/// and which is not already inside a composite.
template <typename OpTy>
static OpTy getSoleProducer(Value value) {
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

/// activation(conv2d(...)) for relu, clamp, leaky_relu.
template <typename ActivationOp>
struct FormConvActivation : OpRewritePattern<ActivationOp> {
  FormConvActivation(MLIRContext *context, StringRef activation)
      : OpRewritePattern<ActivationOp>(context), activation(activation) {}
  LogicalResult matchAndRewrite(ActivationOp op,
                                PatternRewriter &rewriter) const override {
    if (op->template getParentOfType<CompositeOp>())
      return rewriter.notifyMatchFailure(op, "already in a composite");
    auto conv = getSoleProducer<Conv2dOp>(op.getInput());
    if (!conv)
      return rewriter.notifyMatchFailure(op, "input is not a conv2d");
    wrapInComposite(
        rewriter, "conv2d_bias_activation", {conv, op},
        rewriter.getDictionaryAttr(rewriter.getNamedAttr(
            "activation", rewriter.getStringAttr(activation))));
    return success();
  }
  std::string activation;
};

/// `add`'s convolution operand and its residual (the other operand, shaped
/// like the sum: not a broadcast bias), if it has one.
static std::pair<Conv2dOp, Value> getConvAndResidual(AddOp add) {
  for (int side = 0; side < 2; ++side) {
    Value conv = side == 0 ? add.getA() : add.getB();
    Value residual = side == 0 ? add.getB() : add.getA();
    if (auto op = getSoleProducer<Conv2dOp>(conv))
      if (residual.getType() == add.getType() &&
          op.getType() == add.getType())
        return {op, residual};
  }
  return {};
}

/// activation(add(conv2d(...), residual)) for relu, clamp, leaky_relu.
template <typename ActivationOp>
struct FormConvResidualActivation : OpRewritePattern<ActivationOp> {
  FormConvResidualActivation(MLIRContext *context, StringRef activation)
      : OpRewritePattern<ActivationOp>(context), activation(activation) {}
  LogicalResult matchAndRewrite(ActivationOp op,
                                PatternRewriter &rewriter) const override {
    if (op->template getParentOfType<CompositeOp>())
      return rewriter.notifyMatchFailure(op, "already in a composite");
    auto add = getSoleProducer<AddOp>(op.getInput());
    if (!add)
      return rewriter.notifyMatchFailure(op, "input is not an add");
    Conv2dOp conv = getConvAndResidual(add).first;
    if (!conv)
      return rewriter.notifyMatchFailure(op, "not a conv2d plus a residual");
    wrapInComposite(
        rewriter, "conv2d_residual_activation", {conv, add, op},
        rewriter.getDictionaryAttr(rewriter.getNamedAttr(
            "activation", rewriter.getStringAttr(activation))));
    return success();
  }
  std::string activation;
};

/// add(conv2d(...), residual) with no activation after it.
struct FormConvResidual : OpRewritePattern<AddOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(AddOp add,
                                PatternRewriter &rewriter) const override {
    if (add->getParentOfType<CompositeOp>())
      return rewriter.notifyMatchFailure(add, "already in a composite");
    if (add->hasOneUse() &&
        isa<ReluOp, ClampOp, LeakyReluOp>(*add->user_begin()))
      return rewriter.notifyMatchFailure(add, "part of a larger group");
    Conv2dOp conv = getConvAndResidual(add).first;
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
      if (isa<ReluOp, ClampOp, LeakyReluOp, BatchNormalizationOp>(user) ||
          (add && getConvAndResidual(add).first == conv))
        return rewriter.notifyMatchFailure(conv, "part of a larger group");
    }
    wrapInComposite(rewriter, "conv2d_bias_activation", {conv},
                    rewriter.getDictionaryAttr(rewriter.getNamedAttr(
                        "activation", rewriter.getStringAttr("none"))));
    return success();
  }
};

struct WebNNFormCompositesPass
    : webnn::impl::WebNNFormCompositesBase<WebNNFormCompositesPass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *context) override {
    static const StringRef kKnown[] = {"gemm", "conv2d_batchnorm",
                                       "conv2d_bias_activation",
                                       "conv2d_residual_activation"};
    for (const std::string &label : labels)
      if (!llvm::is_contained(kKnown, label))
        return emitError(UnknownLoc::get(context))
               << "webnn-form-composites: cannot form '" << label
               << "' (it forms " << llvm::join(ArrayRef<StringRef>(kKnown), ", ") << ")";
    auto wanted = [&](StringRef label) {
      return labels.empty() || llvm::is_contained(labels, label);
    };
    RewritePatternSet set(context);
    if (wanted("gemm"))
      set.add<FormGemm>(context);
    if (wanted("conv2d_batchnorm"))
      set.add<FormConvBatchNorm>(context);
    if (wanted("conv2d_bias_activation")) {
      set.add<FormConvActivation<ReluOp>>(context, "relu");
      set.add<FormConvActivation<ClampOp>>(context, "clamp");
      set.add<FormConvActivation<LeakyReluOp>>(context, "leaky_relu");
      set.add<FormConvBias>(context);
    }
    if (wanted("conv2d_residual_activation")) {
      set.add<FormConvResidualActivation<ReluOp>>(context, "relu");
      set.add<FormConvResidualActivation<ClampOp>>(context, "clamp");
      set.add<FormConvResidualActivation<LeakyReluOp>>(context, "leaky_relu");
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
