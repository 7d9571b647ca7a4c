//===- Decompose.cpp - High-level ops to HLO-style primitives -------------===//
//
// The webnn-decompose pass: activations become webnn.elementwise, pooling
// and softmax's reductions webnn.reduce_window, gemm a matmul with an
// element-wise epilogue, batch normalization a per-channel factor and one
// element-wise op. The scalar bodies compute what the ops' own lowerings
// compute (same operations, same order; the shared arithmetic is in
// ScalarBodies.h), so that a decomposed graph gives the same numbers as the
// original.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Dialect/WebNN/Transforms/Passes.h"

#include "WebNN/Dialect/WebNN/Transforms/Decompose.h"

#include "WebNN/Dialect/WebNN/IR/Limits.h"
#include "WebNN/Dialect/WebNN/IR/ScalarBodies.h"
#include "WebNN/Dialect/WebNN/IR/ShapeInference.h"
#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"

namespace mlir::webnn {
#define GEN_PASS_DEF_WEBNNDECOMPOSE
#include "WebNN/Dialect/WebNN/Transforms/Passes.h.inc"
} // namespace mlir::webnn

using namespace mlir;
using namespace mlir::webnn;

using ScalarBody = function_ref<Value(OpBuilder &, Location, ValueRange)>;

/// The type's lowest value: -inf for floats, the signed minimum for
/// integers, 0 for signless integers that hold unsigned ones (the padding
/// and start of a max).
static TypedAttr lowestValue(Builder &b, Type type, bool isUnsigned = false) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return b.getFloatAttr(floatType,
                          APFloat::getInf(floatType.getFloatSemantics(),
                                          /*Negative=*/true));
  unsigned width = type.getIntOrFloatBitWidth();
  return b.getIntegerAttr(type, isUnsigned ? APInt::getZero(width)
                                           : APInt::getSignedMinValue(width));
}

/// webnn.elementwise over `inputs` (broadcast) whose scalar body is
/// `body(scalars)`, producing `elementType`.
static Value createElementwise(OpBuilder &rewriter, Location loc,
                               Type elementType, ValueRange inputs,
                               ScalarBody body) {
  SmallVector<int64_t> shape;
  SmallVector<Type> scalarTypes;
  SmallVector<Location> locs;
  for (Value input : inputs) {
    auto type = cast<RankedTensorType>(input.getType());
    shape = scalarTypes.empty() ? llvm::to_vector(type.getShape())
                                : *broadcastShapes(shape, type.getShape());
    scalarTypes.push_back(type.getElementType());
    locs.push_back(loc);
  }
  auto op = ElementwiseOp::create(
      rewriter, loc, RankedTensorType::get(shape, elementType), inputs);
  OpBuilder::InsertionGuard guard(rewriter);
  Block *block = rewriter.createBlock(&op.getBody(), {}, scalarTypes, locs);
  YieldOp::create(rewriter, loc, body(rewriter, loc, block->getArguments()));
  return op;
}

/// webnn.reduce_window of `input` with `combine(acc, element)` as its body.
static Value createReduceWindow(OpBuilder &rewriter, Location loc, Value input,
                                RankedTensorType resultType,
                                ArrayRef<int64_t> window,
                                ArrayRef<int64_t> strides,
                                ArrayRef<int64_t> dilations,
                                ArrayRef<int64_t> padding, TypedAttr init,
                                ScalarBody combine) {
  auto op = ReduceWindowOp::create(
      rewriter, loc, resultType, input, rewriter.getDenseI64ArrayAttr(window),
      rewriter.getDenseI64ArrayAttr(strides),
      rewriter.getDenseI64ArrayAttr(dilations),
      rewriter.getDenseI64ArrayAttr(padding), init);
  OpBuilder::InsertionGuard guard(rewriter);
  Type element = resultType.getElementType();
  Block *block =
      rewriter.createBlock(&op.getBody(), {}, {element, element}, {loc, loc});
  YieldOp::create(rewriter, loc, combine(rewriter, loc, block->getArguments()));
  return op;
}

static bool isFloat(Value value) {
  return isa<FloatType>(
      cast<RankedTensorType>(value.getType()).getElementType());
}

static bool isSignless(Value value) {
  return cast<RankedTensorType>(value.getType())
      .getElementType()
      .isSignlessInteger();
}

namespace {
//===----------------------------------------------------------------------===//
// Activations
//===----------------------------------------------------------------------===//

struct DecomposeRelu : OpRewritePattern<ReluOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ReluOp op,
                                PatternRewriter &rewriter) const override {
    if (!isFloat(op.getInput()) && !isSignless(op.getInput()))
      return rewriter.notifyMatchFailure(op, "unsigned input");
    Type element = op.getType().getElementType();
    rewriter.replaceOp(
        op,
        createElementwise(rewriter, op.getLoc(), element, op.getInput(),
                          [](OpBuilder &b, Location l, ValueRange x) -> Value {
                            return createRelu(b, l, x[0]);
                          }));
    return success();
  }
};

struct DecomposeLeakyRelu : OpRewritePattern<LeakyReluOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(LeakyReluOp op,
                                PatternRewriter &rewriter) const override {
    if (!isFloat(op.getInput()))
      return rewriter.notifyMatchFailure(op, "not a float input");
    Type element = op.getType().getElementType();
    double alpha = op.getAlpha().convertToDouble();
    rewriter.replaceOp(
        op,
        createElementwise(rewriter, op.getLoc(), element, op.getInput(),
                          [&](OpBuilder &b, Location l, ValueRange x) -> Value {
                            return createLeakyRelu(b, l, x[0], alpha);
                          }));
    return success();
  }
};

struct DecomposeClamp : OpRewritePattern<ClampOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ClampOp op,
                                PatternRewriter &rewriter) const override {
    if (!isFloat(op.getInput()))
      return rewriter.notifyMatchFailure(
          op, "integer bounds saturate to the type: kept for the lowering");
    Type element = op.getType().getElementType();
    std::optional<APFloat> low = op.getMinValue(), high = op.getMaxValue();
    rewriter.replaceOp(
        op,
        createElementwise(rewriter, op.getLoc(), element, op.getInput(),
                          [&](OpBuilder &b, Location l, ValueRange x) -> Value {
                            return createClamp(b, l, x[0], low, high,
                                               /*isUnsigned=*/false);
                          }));
    return success();
  }
};

struct DecomposeSigmoid : OpRewritePattern<SigmoidOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(SigmoidOp op,
                                PatternRewriter &rewriter) const override {
    if (!isFloat(op.getInput()))
      return rewriter.notifyMatchFailure(op, "not a float input");
    Type element = op.getType().getElementType();
    rewriter.replaceOp(
        op,
        createElementwise(rewriter, op.getLoc(), element, op.getInput(),
                          [](OpBuilder &b, Location l, ValueRange x) -> Value {
                            return createSigmoid(b, l, x[0]);
                          }));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Activations with no lowering of their own (convert-webnn-to-linalg
// lowers them through these rewrites)
//===----------------------------------------------------------------------===//

Value buildActivation(EluOp op, OpBuilder &b, Location l, ValueRange x) {
  return createElu(b, l, x[0], op.getAlpha().convertToDouble());
}
Value buildActivation(GeluOp, OpBuilder &b, Location l, ValueRange x) {
  return createGelu(b, l, x[0]);
}
Value buildActivation(HardSigmoidOp op, OpBuilder &b, Location l,
                      ValueRange x) {
  return createHardSigmoid(b, l, x[0], op.getAlpha().convertToDouble(),
                           op.getBeta().convertToDouble());
}
Value buildActivation(HardSwishOp, OpBuilder &b, Location l, ValueRange x) {
  return createHardSwish(b, l, x[0]);
}
Value buildActivation(LinearOp op, OpBuilder &b, Location l, ValueRange x) {
  return createLinear(b, l, x[0], op.getAlpha().convertToDouble(),
                      op.getBeta().convertToDouble());
}
Value buildActivation(PreluOp, OpBuilder &b, Location l, ValueRange x) {
  return createPrelu(b, l, x[0], x[1]);
}
Value buildActivation(SoftplusOp, OpBuilder &b, Location l, ValueRange x) {
  return createSoftplus(b, l, x[0]);
}
Value buildActivation(SoftsignOp, OpBuilder &b, Location l, ValueRange x) {
  return createSoftsign(b, l, x[0]);
}

/// One webnn.elementwise over the op's operands whose body is the
/// activation. A float16 activation computes in float32 and rounds once at
/// the end, so that its several steps do not each round to float16.
template <typename OpTy> struct DecomposeActivation : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (!isFloat(op->getOperand(0)) && !isSignless(op->getOperand(0)))
      return rewriter.notifyMatchFailure(op, "unsigned input");
    Type element = op.getType().getElementType();
    Type compute = element.isF16() ? rewriter.getF32Type() : element;
    rewriter.replaceOp(
        op,
        createElementwise(
            rewriter, op.getLoc(), element, op->getOperands(),
            [&](OpBuilder &b, Location l, ValueRange args) -> Value {
              SmallVector<Value> wide;
              for (Value arg : args)
                wide.push_back(arg.getType() == compute
                                   ? arg
                                   : arith::ExtFOp::create(b, l, compute, arg));
              Value result = buildActivation(op, b, l, wide);
              if (result.getType() != element)
                result = arith::TruncFOp::create(b, l, element, result);
              return result;
            }));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Pooling
//===----------------------------------------------------------------------===//

/// A 2-D pool as the attributes of a 4-D reduce_window in the pool's
/// layout, the end padding grown as far as ceil rounding needs.
struct PoolWindow {
  SmallVector<int64_t> window, strides, dilations, padding;
  bool isPadded = false;
};

template <typename PoolOp>
static FailureOr<PoolWindow> getPoolWindow(PoolOp op) {
  auto inputType = cast<RankedTensorType>(op.getInput().getType());
  auto resultType = cast<RankedTensorType>(op.getType());
  bool nhwc = op.getLayout() == InputLayout::nhwc;
  int64_t h = nhwc ? 1 : 2, w = nhwc ? 2 : 3;
  SmallVector<int64_t> spatial = {h, w};
  SmallVector<int64_t> window = {inputType.getDimSize(h),
                                 inputType.getDimSize(w)};
  if (auto given = op.getWindowDimensions())
    window.assign(given->begin(), given->end());
  SmallVector<int64_t> strides = {1, 1}, dilations = {1, 1};
  if (auto given = op.getStrides())
    strides.assign(given->begin(), given->end());
  if (auto given = op.getDilations())
    dilations.assign(given->begin(), given->end());
  SmallVector<int64_t> padding2d = {0, 0, 0, 0};
  if (auto given = op.getPadding())
    padding2d.assign(given->begin(), given->end());

  PoolWindow result;
  result.window.assign(4, 1);
  result.strides.assign(4, 1);
  result.dilations.assign(4, 1);
  result.padding.assign(8, 0);
  for (int i = 0; i < 2; ++i) {
    int64_t dim = spatial[i];
    int64_t low = padding2d[2 * i], high = padding2d[2 * i + 1];
    int64_t extent = (window[i] - 1) * dilations[i] + 1;
    int64_t needed = (resultType.getDimSize(dim) - 1) * strides[i] + extent;
    high +=
        std::max<int64_t>(0, needed - (inputType.getDimSize(dim) + low + high));
    // reduce_window's output size is the floor rounding of the padded
    // input: it must be the pool's.
    if ((inputType.getDimSize(dim) + low + high - extent) / strides[i] + 1 !=
        resultType.getDimSize(dim))
      return failure();
    result.window[dim] = window[i];
    result.strides[dim] = strides[i];
    result.dilations[dim] = dilations[i];
    result.padding[2 * dim] = low;
    result.padding[2 * dim + 1] = high;
    result.isPadded |= low != 0 || high != 0;
  }
  return result;
}

} // namespace

FailureOr<Value> mlir::webnn::createMaxPoolWindow(OpBuilder &b, MaxPool2dOp op,
                                                  Value input) {
  FailureOr<PoolWindow> g = getPoolWindow(op);
  if (failed(g))
    return failure();
  bool floating = isFloat(op.getInput());
  bool isUnsigned = cast<RankedTensorType>(op.getInput().getType())
                        .getElementType()
                        .isUnsignedInteger();
  Type element = cast<RankedTensorType>(input.getType()).getElementType();
  auto type = cast<RankedTensorType>(op.getType()).clone(element);
  return createReduceWindow(
      b, op.getLoc(), input, type, g->window, g->strides, g->dilations,
      g->padding, lowestValue(b, element, isUnsigned),
      [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
        if (floating)
          return arith::MaximumFOp::create(nb, l, args[0], args[1]);
        if (isUnsigned)
          return arith::MaxUIOp::create(nb, l, args[0], args[1]);
        return arith::MaxSIOp::create(nb, l, args[0], args[1]);
      });
}

namespace {
struct DecomposeMaxPool2d : OpRewritePattern<MaxPool2dOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(MaxPool2dOp op,
                                PatternRewriter &rewriter) const override {
    if (!isFloat(op.getInput()) && !isSignless(op.getInput()))
      return rewriter.notifyMatchFailure(op, "unsigned input");
    FailureOr<Value> pool = createMaxPoolWindow(rewriter, op, op.getInput());
    if (failed(pool))
      return rewriter.notifyMatchFailure(op, "output sizes off the window");
    rewriter.replaceOp(op, *pool);
    return success();
  }
};

static Value addScalars(OpBuilder &b, Location l, ValueRange args) {
  return arith::AddFOp::create(b, l, args[0], args[1]);
}

static Value divideScalars(OpBuilder &b, Location l, ValueRange args) {
  return arith::DivFOp::create(b, l, args[0], args[1]);
}

struct DecomposeAveragePool2d : OpRewritePattern<AveragePool2dOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(AveragePool2dOp op,
                                PatternRewriter &rewriter) const override {
    if (!isFloat(op.getInput()))
      return rewriter.notifyMatchFailure(op, "not a float input");
    FailureOr<PoolWindow> g = getPoolWindow(op);
    if (failed(g))
      return rewriter.notifyMatchFailure(op, "output sizes off the window");
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(op.getType());
    Type element = type.getElementType();
    TypedAttr zero = rewriter.getFloatAttr(element, 0.0);
    Value sum = createReduceWindow(rewriter, loc, op.getInput(), type,
                                   g->window, g->strides, g->dilations,
                                   g->padding, zero, addScalars);
    Value divisor;
    if (!g->isPadded) {
      int64_t count = 1;
      for (int64_t size : g->window)
        count *= size;
      divisor = ConstantOp::create(
          rewriter, loc,
          DenseElementsAttr::get(RankedTensorType::get({}, element),
                                 rewriter.getFloatAttr(element, count)));
    } else {
      // The count of real elements per window: the same window over ones
      // (in the spatial dimensions only), padded with zeros.
      auto inputType = cast<RankedTensorType>(op.getInput().getType());
      SmallVector<int64_t> onesShape, countShape;
      for (int64_t d = 0; d < 4; ++d) {
        bool spatial = g->window[d] != 1 || g->padding[2 * d] != 0 ||
                       g->padding[2 * d + 1] != 0 || g->strides[d] != 1;
        onesShape.push_back(spatial ? inputType.getDimSize(d) : 1);
        countShape.push_back(spatial ? type.getDimSize(d) : 1);
      }
      auto onesType = RankedTensorType::get(onesShape, element);
      Value ones = ConstantOp::create(
          rewriter, loc,
          DenseElementsAttr::get(onesType, rewriter.getFloatAttr(element, 1)));
      divisor = createReduceWindow(
          rewriter, loc, ones, RankedTensorType::get(countShape, element),
          g->window, g->strides, g->dilations, g->padding, zero, addScalars);
    }
    rewriter.replaceOp(op, createElementwise(rewriter, loc, element,
                                             {sum, divisor}, divideScalars));
    return success();
  }
};

struct DecomposeL2Pool2d : OpRewritePattern<L2Pool2dOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(L2Pool2dOp op,
                                PatternRewriter &rewriter) const override {
    FailureOr<PoolWindow> g = getPoolWindow(op);
    if (failed(g))
      return rewriter.notifyMatchFailure(op, "output sizes off the window");
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(op.getType());
    // float16 squares overflow long before the norm does (300 squares to
    // 90000 > 65504): square, sum and take the root in float32.
    Type element = type.getElementType();
    Type sumElement = element.isF16() ? rewriter.getF32Type() : element;
    Value squares = createElementwise(
        rewriter, loc, sumElement, op.getInput(),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value x = args[0];
          if (x.getType() != sumElement)
            x = arith::ExtFOp::create(b, l, sumElement, x);
          return arith::MulFOp::create(b, l, x, x);
        });
    Value sum =
        createReduceWindow(rewriter, loc, squares, type.clone(sumElement),
                           g->window, g->strides, g->dilations, g->padding,
                           rewriter.getFloatAttr(sumElement, 0.0), addScalars);
    rewriter.replaceOp(
        op, createElementwise(
                rewriter, loc, element, sum,
                [&](OpBuilder &b, Location l, ValueRange args) -> Value {
                  Value root = math::SqrtOp::create(b, l, args[0]);
                  if (root.getType() != element)
                    root = arith::TruncFOp::create(b, l, element, root);
                  return root;
                }));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// gemm, softmax, batchNormalization
//===----------------------------------------------------------------------===//

struct DecomposeGemm : OpRewritePattern<GemmOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(GemmOp op,
                                PatternRewriter &rewriter) const override {
    if (!isFloat(op.getA()))
      return rewriter.notifyMatchFailure(op, "not a float gemm");
    Location loc = op.getLoc();
    auto transposed = [&](Value value, bool transpose) -> Value {
      if (!transpose)
        return value;
      return TransposeOp::create(rewriter, loc, value,
                                 rewriter.getDenseI64ArrayAttr({1, 0}));
    };
    Value product = MatmulOp::create(rewriter, loc,
                                     transposed(op.getA(), op.getATranspose()),
                                     transposed(op.getB(), op.getBTranspose()));
    double alpha = op.getAlpha().convertToDouble();
    double beta = op.getBeta().convertToDouble();
    Value c = op.getC();
    if (!c && alpha == 1.0) {
      rewriter.replaceOp(op, product);
      return success();
    }
    Type element = op.getType().getElementType();
    SmallVector<Value> inputs = {product};
    if (c)
      inputs.push_back(c);
    rewriter.replaceOp(
        op, createElementwise(
                rewriter, loc, element, inputs,
                [&](OpBuilder &b, Location l, ValueRange args) -> Value {
                  return createGemmEpilogue(
                      b, l, args[0], args.size() == 2 ? args[1] : Value(),
                      alpha, beta);
                }));
    return success();
  }
};

struct DecomposeSoftmax : OpRewritePattern<SoftmaxOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(SoftmaxOp op,
                                PatternRewriter &rewriter) const override {
    if (!isFloat(op.getInput()))
      return rewriter.notifyMatchFailure(op, "not a float input");
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(op.getType());
    Type element = type.getElementType();
    int64_t rank = type.getRank();
    int64_t axis = op.getAxis();
    // One window over the whole axis: the result keeps the axis, of size 1,
    // so that it broadcasts back against the input.
    SmallVector<int64_t> window(rank, 1), ones(rank, 1), padding(2 * rank, 0);
    window[axis] = type.getDimSize(axis);
    SmallVector<int64_t> reducedShape = llvm::to_vector(type.getShape());
    reducedShape[axis] = 1;
    auto reducedType = RankedTensorType::get(reducedShape, element);
    Value max = createReduceWindow(
        rewriter, loc, op.getInput(), reducedType, window, ones, ones, padding,
        lowestValue(rewriter, element),
        [](OpBuilder &b, Location l, ValueRange args) -> Value {
          return arith::MaximumFOp::create(b, l, args[0], args[1]);
        });
    Value exp = createElementwise(
        rewriter, loc, element, {op.getInput(), max},
        [](OpBuilder &b, Location l, ValueRange args) -> Value {
          return math::ExpOp::create(
              b, l, arith::SubFOp::create(b, l, args[0], args[1]));
        });
    Value sum = createReduceWindow(
        rewriter, loc, exp, reducedType, window, ones, ones, padding,
        rewriter.getFloatAttr(element, 0.0), addScalars);
    rewriter.replaceOp(op, createElementwise(rewriter, loc, element, {exp, sum},
                                             divideScalars));
    return success();
  }
};

struct DecomposeBatchNormalization : OpRewritePattern<BatchNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(BatchNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    if (!isFloat(op.getInput()))
      return rewriter.notifyMatchFailure(op, "not a float input");
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(op.getType());
    Type element = type.getElementType();
    int64_t axis = op.getAxis();
    double epsilon = op.getEpsilon().convertToDouble();

    // factor = scale / sqrt(variance + epsilon), once per channel.
    SmallVector<Value> factorInputs = {op.getVariance()};
    if (op.getScale())
      factorInputs.push_back(op.getScale());
    Value factor = createElementwise(
        rewriter, loc, element, factorInputs,
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          return createBatchNormFactor(
              b, l, args[0], args.size() > 1 ? args[1] : Value(), epsilon);
        });

    // The 1-D parameters as [C, 1, ..., 1], which broadcasts along `axis`.
    SmallVector<int64_t> paramShape = {type.getDimSize(axis)};
    paramShape.append(type.getRank() - 1 - axis, 1);
    auto alongAxis = [&](Value parameter) -> Value {
      if (paramShape.size() == 1)
        return parameter;
      return ReshapeOp::create(rewriter, loc, parameter,
                               rewriter.getDenseI64ArrayAttr(paramShape));
    };
    SmallVector<Value> inputs = {op.getInput(), alongAxis(op.getMean()),
                                 alongAxis(factor)};
    if (op.getBias())
      inputs.push_back(alongAxis(op.getBias()));
    rewriter.replaceOp(
        op,
        createElementwise(
            rewriter, loc, element, inputs,
            [](OpBuilder &b, Location l, ValueRange args) -> Value {
              return createBatchNormApply(b, l, args[0], args[1], args[2],
                                          args.size() > 3 ? args[3] : Value());
            }));
    return success();
  }
};

} // namespace

//===----------------------------------------------------------------------===//
// Transposed convolution
//===----------------------------------------------------------------------===//

namespace {
/// convTranspose2d as the conv2d it is the gradient of: the input with
/// `stride - 1` zeros between its elements, padded by `(k - 1) * dilation`
/// minus the op's padding on each side (plus the output padding at the
/// end; cropped where that is negative), convolved with stride 1 by the
/// filter flipped in both spatial dimensions and with its input and output
/// channels swapped within each group. The zeros make it `stride^2` times
/// the arithmetic of the transposed convolution, but it runs on the
/// convolution kernels of the CPU backend.
struct DecomposeConvTranspose2d : OpRewritePattern<ConvTranspose2dOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ConvTranspose2dOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    ConvTranspose2dAttrs attrs = op.getAttrs();
    SmallVector<int64_t, 4> padding =
        attrs.padding.value_or(SmallVector<int64_t, 4>{0, 0, 0, 0});
    SmallVector<int64_t, 2> strides =
        attrs.strides.value_or(SmallVector<int64_t, 2>{1, 1});
    SmallVector<int64_t, 2> dilations =
        attrs.dilations.value_or(SmallVector<int64_t, 2>{1, 1});
    int64_t groups = attrs.groups;
    bool nchw = attrs.inputLayout == InputLayout::nchw;
    int64_t heightAxis = nchw ? 2 : 1, widthAxis = heightAxis + 1;
    auto inputType = cast<RankedTensorType>(op.getInput().getType());
    auto outputType = cast<RankedTensorType>(op.getType());
    auto reshape = [&](Value value, ArrayRef<int64_t> shape) -> Value {
      return ReshapeOp::create(rewriter, loc, value,
                               rewriter.getDenseI64ArrayAttr(shape));
    };

    // With more input than output channels the stuffed input outgrows the
    // output; past the tensor size limit, leave the op (its lowering then
    // fails with a message) rather than build an op that cannot exist.
    SmallVector<int64_t> stuffed = llvm::to_vector(inputType.getShape());
    stuffed[heightAxis] *= strides[0];
    stuffed[widthAxis] *= strides[1];
    std::optional<uint64_t> stuffedBytes = getTensorByteLength(
        RankedTensorType::get(stuffed, inputType.getElementType()));
    if (!stuffedBytes || *stuffedBytes > kMaxTensorByteLength)
      return rewriter.notifyMatchFailure(
          op, "the zero-stuffed input exceeds the tensor size limit");

    // The filter as conv2d's oihw: [outputChannels, inputChannels / groups,
    // h, w], flipped. First bring it to iohw.
    Value filter = op.getFilter();
    auto transpose = [&](Value value, ArrayRef<int64_t> permutation) -> Value {
      return TransposeOp::create(rewriter, loc, value,
                                 rewriter.getDenseI64ArrayAttr(permutation));
    };
    switch (attrs.filterLayout) {
    case ConvTranspose2dFilterLayout::iohw:
      break;
    case ConvTranspose2dFilterLayout::hwoi:
      filter = transpose(filter, {3, 2, 0, 1});
      break;
    case ConvTranspose2dFilterLayout::ohwi:
      filter = transpose(filter, {3, 0, 1, 2});
      break;
    }
    ArrayRef<int64_t> iohw =
        cast<RankedTensorType>(filter.getType()).getShape();
    int64_t inputChannels = iohw[0], groupOutputs = iohw[1];
    int64_t kernel[2] = {iohw[2], iohw[3]};
    int64_t groupInputs = inputChannels / groups;
    if (groups == 1) {
      filter = transpose(filter, {1, 0, 2, 3});
    } else {
      filter = reshape(
          filter, {groups, groupInputs, groupOutputs, kernel[0], kernel[1]});
      filter = transpose(filter, {0, 2, 1, 3, 4});
      filter = reshape(
          filter, {groups * groupOutputs, groupInputs, kernel[0], kernel[1]});
    }
    filter = ReverseOp::create(rewriter, loc, filter,
                               rewriter.getDenseI64ArrayAttr({2, 3}));

    // The input with stride - 1 zeros after each element along height and
    // width: a size-1 dimension after each, padded to the stride, then
    // merged. The zeros after the last element are cropped below.
    Value input = op.getInput();
    SmallVector<int64_t> shape = llvm::to_vector(inputType.getShape());
    if (strides[0] > 1 || strides[1] > 1) {
      SmallVector<int64_t> split, before(6, 0), after(6, 0);
      for (int64_t d = 0; d < 4; ++d) {
        split.push_back(shape[d]);
        if (d == heightAxis || d == widthAxis) {
          split.push_back(1);
          after[split.size() - 1] = strides[d == heightAxis ? 0 : 1] - 1;
        }
      }
      input = PadOp::create(
          rewriter, loc, reshape(input, split),
          rewriter.getDenseI64ArrayAttr(before),
          rewriter.getDenseI64ArrayAttr(after),
          PaddingModeAttr::get(rewriter.getContext(), PaddingMode::constant),
          rewriter.getF64FloatAttr(0.0));
      shape[heightAxis] *= strides[0];
      shape[widthAxis] *= strides[1];
      input = reshape(input, shape);
    }

    // Each side's padding of the convolution, from its length: the dilated
    // input plus `(k - 1) * dilation` on both sides less the op's padding
    // gives the calculated output; the output is then longer by the output
    // padding (or outputSizes), which goes at the end. Negative amounts
    // crop the input instead.
    SmallVector<int64_t> convPadding, cropStart(4, 0), cropSize = shape;
    bool crop = false;
    for (int i = 0; i < 2; ++i) {
      int64_t axis = i == 0 ? heightAxis : widthAxis;
      int64_t reach = (kernel[i] - 1) * dilations[i];
      int64_t dilated = (inputType.getDimSize(axis) - 1) * strides[i] + 1;
      int64_t begin = reach - padding[2 * i];
      int64_t end = outputType.getDimSize(axis) - dilated - begin + reach;
      // The zero-stuffed input is stride - 1 longer than the dilated one.
      end -= shape[axis] - dilated;
      int64_t beginCrop = std::max<int64_t>(0, -begin);
      int64_t endCrop = std::max<int64_t>(0, -end);
      cropStart[axis] = beginCrop;
      cropSize[axis] = shape[axis] - beginCrop - endCrop;
      crop |= beginCrop > 0 || endCrop > 0;
      convPadding.push_back(std::max<int64_t>(0, begin));
      convPadding.push_back(std::max<int64_t>(0, end));
    }
    if (crop)
      input = SliceOp::create(
          rewriter, loc, input, rewriter.getDenseI64ArrayAttr(cropStart),
          rewriter.getDenseI64ArrayAttr(cropSize), DenseI64ArrayAttr());

    rewriter.replaceOpWithNewOp<Conv2dOp>(
        op, outputType, input, filter, op.getBias(),
        rewriter.getDenseI64ArrayAttr(convPadding),
        /*strides=*/DenseI64ArrayAttr(),
        rewriter.getDenseI64ArrayAttr(dilations), op.getGroupsAttr(),
        op.getInputLayoutAttr(),
        FilterLayoutAttr::get(rewriter.getContext(), FilterLayout::oihw));
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Resampling
//===----------------------------------------------------------------------===//

namespace {
/// Where one output coordinate of a resampled axis reads: the two input
/// coordinates around the spec's `clamp((o + 0.5) / scale - 0.5, 0, in - 1)`
/// and the weight of the second, or the nearest one (`ceil(c - 0.5)`).
struct AxisSamples {
  SmallVector<int32_t> nearest, first, second;
  SmallVector<float> weight;
};
} // namespace

/// The longest resized dimension resample2d's decomposition computes tables
/// for.
static constexpr int64_t kMaxResampleTableSize = int64_t(1) << 24;

/// The samples of an axis resized from `in` to `out` elements, computed in
/// double precision when the graph compiles (the shapes are static).
static AxisSamples getAxisSamples(int64_t in, int64_t out) {
  AxisSamples samples;
  double scale = static_cast<double>(out) / static_cast<double>(in);
  for (int64_t o = 0; o < out; ++o) {
    double c = (static_cast<double>(o) + 0.5) / scale - 0.5;
    c = std::clamp(c, 0.0, static_cast<double>(in - 1));
    double low = std::floor(c);
    samples.nearest.push_back(static_cast<int32_t>(std::ceil(c - 0.5)));
    samples.first.push_back(static_cast<int32_t>(low));
    samples.second.push_back(static_cast<int32_t>(std::ceil(c)));
    samples.weight.push_back(static_cast<float>(c - low));
  }
  return samples;
}

namespace {
/// resample2d as gathers along its axes at indices computed when the graph
/// compiles: nearest-neighbor gathers each axis once; linear gathers the
/// two neighbours along the second axis and blends them with constant
/// weights (float32: `a * (1 - t) + b * t`, the spec's `vy0` and `vy1`),
/// then the same along the first axis. An axis that keeps its size reads
/// each element in place and is skipped. Integers interpolate as float32
/// and round to nearest, ties to even.
struct DecomposeResample2d : OpRewritePattern<Resample2dOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(Resample2dOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto inputType = cast<RankedTensorType>(op.getInput().getType());
    auto outputType = cast<RankedTensorType>(op.getType());
    Type element = inputType.getElementType();
    SmallVector<int64_t> axes = op.getAxesOrDefault();
    // The tables hold one entry per output coordinate of a resized axis: an
    // axis of more than 2^24 (a 2 GiB int8 output may have 2^31 - 1) would
    // make them gigabytes at compile time. Such an op is left, and its
    // lowering fails with a message at the op.
    for (int64_t axis : axes)
      if (outputType.getDimSize(axis) > kMaxResampleTableSize)
        return rewriter.notifyMatchFailure(
            op, "a resized dimension is too long for compile-time tables");
    auto indexConstant = [&](ArrayRef<int32_t> values) -> Value {
      auto type = RankedTensorType::get({static_cast<int64_t>(values.size())},
                                        rewriter.getI32Type());
      return ConstantOp::create(rewriter, loc,
                                DenseElementsAttr::get(type, values));
    };
    auto gather = [&](Value value, ArrayRef<int32_t> indices,
                      int64_t axis) -> Value {
      return GatherOp::create(rewriter, loc, value, indexConstant(indices),
                              rewriter.getI32IntegerAttr(axis));
    };

    if (op.getMode() == InterpolationMode::nearest_neighbor) {
      Value result = op.getInput();
      for (int64_t axis : axes)
        if (inputType.getDimSize(axis) != outputType.getDimSize(axis))
          result = gather(result,
                          getAxisSamples(inputType.getDimSize(axis),
                                         outputType.getDimSize(axis))
                              .nearest,
                          axis);
      rewriter.replaceOp(op, result);
      return success();
    }

    // Linear: blend in float32. Integers (unsigned ones too, which the
    // scalar bodies cannot take) convert first and back at the end.
    Type f32 = rewriter.getF32Type();
    bool integer = !isa<FloatType>(element);
    Value value = op.getInput();
    if (integer)
      value = CastOp::create(rewriter, loc, value, TypeAttr::get(f32));
    bool blended = false;
    for (int64_t axis : llvm::reverse(axes)) {
      int64_t in = inputType.getDimSize(axis),
              out = outputType.getDimSize(axis);
      if (in == out)
        continue;
      AxisSamples samples = getAxisSamples(in, out);
      SmallVector<int64_t> weightShape(4, 1);
      weightShape[axis] = out;
      Value weights = ConstantOp::create(
          rewriter, loc,
          DenseElementsAttr::get(RankedTensorType::get(weightShape, f32),
                                 ArrayRef<float>(samples.weight)));
      Value first = gather(value, samples.first, axis);
      Value second = gather(value, samples.second, axis);
      value = createElementwise(
          rewriter, loc, f32, ValueRange{first, second, weights},
          [&](OpBuilder &b, Location l, ValueRange args) -> Value {
            Value a = args[0], c = args[1], t = args[2];
            if (a.getType() != f32) {
              a = arith::ExtFOp::create(b, l, f32, a);
              c = arith::ExtFOp::create(b, l, f32, c);
            }
            Value oneMinusT = arith::SubFOp::create(
                b, l, createScalarConstant(b, l, f32, 1.0), t);
            return arith::AddFOp::create(
                b, l, arith::MulFOp::create(b, l, a, oneMinusT),
                arith::MulFOp::create(b, l, c, t));
          });
      blended = true;
    }
    if (!blended) {
      rewriter.replaceOp(op, op.getInput());
      return success();
    }
    if (integer) {
      value = createElementwise(
          rewriter, loc, f32, value,
          [](OpBuilder &b, Location l, ValueRange args) -> Value {
            return math::RoundEvenOp::create(b, l, args[0]);
          });
      value = CastOp::create(rewriter, loc, value, TypeAttr::get(element));
    } else if (element != f32) {
      value = createElementwise(
          rewriter, loc, element, value,
          [&](OpBuilder &b, Location l, ValueRange args) -> Value {
            return arith::TruncFOp::create(b, l, element, args[0]);
          });
    }
    rewriter.replaceOp(op, value);
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

/// The type's highest value: +inf for floats, the signed or unsigned
/// maximum for integers (the start of a min).
static TypedAttr highestValue(Builder &b, Type type, bool isUnsigned) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return b.getFloatAttr(floatType,
                          APFloat::getInf(floatType.getFloatSemantics()));
  unsigned width = type.getIntOrFloatBitWidth();
  return b.getIntegerAttr(type, isUnsigned ? APInt::getMaxValue(width)
                                           : APInt::getSignedMaxValue(width));
}

/// webnn.reduce of `input` over `axes` with `combine(acc, element)`.
static Value createReduce(OpBuilder &b, Location loc, Value input,
                          ArrayRef<int64_t> axes, TypedAttr init,
                          ScalarBody combine) {
  auto inputType = cast<RankedTensorType>(input.getType());
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < inputType.getRank(); ++d)
    if (!llvm::is_contained(axes, d))
      shape.push_back(inputType.getDimSize(d));
  Type element = inputType.getElementType();
  auto op = ReduceOp::create(b, loc, RankedTensorType::get(shape, element),
                             input, b.getDenseI64ArrayAttr(axes), init);
  OpBuilder::InsertionGuard guard(b);
  Block *block =
      b.createBlock(&op.getBody(), {}, {element, element}, {loc, loc});
  YieldOp::create(b, loc, combine(b, loc, block->getArguments()));
  return op;
}

namespace {
/// What a reduction op computes around the reduce primitive.
enum class Combiner { Add, Mul, Max, Min };
struct ReductionSteps {
  Combiner combiner;
  /// The element-wise step before the reduction (abs, square, ...).
  enum { None, Abs, Square, ExpShifted } pre = None;
  /// The element-wise step after it.
  enum { Keep, Sqrt, Log, LogShifted, DivideByCount } post = Keep;
};
} // namespace

static ReductionSteps getReductionSteps(Operation *op) {
  using R = ReductionSteps;
  return llvm::TypeSwitch<Operation *, ReductionSteps>(op)
      .Case([](ReduceL1Op) { return R{Combiner::Add, R::Abs}; })
      .Case([](ReduceL2Op) { return R{Combiner::Add, R::Square, R::Sqrt}; })
      .Case([](ReduceLogSumOp) { return R{Combiner::Add, R::None, R::Log}; })
      .Case([](ReduceLogSumExpOp) {
        return R{Combiner::Add, R::ExpShifted, R::LogShifted};
      })
      .Case([](ReduceMaxOp) { return R{Combiner::Max}; })
      .Case([](ReduceMeanOp) {
        return R{Combiner::Add, R::None, R::DivideByCount};
      })
      .Case([](ReduceMinOp) { return R{Combiner::Min}; })
      .Case([](ReduceProductOp) { return R{Combiner::Mul}; })
      .Case([](ReduceSumOp) { return R{Combiner::Add}; })
      .Case([](ReduceSumSquareOp) { return R{Combiner::Add, R::Square}; })
      .Default([](Operation *) -> ReductionSteps {
        llvm_unreachable("not a reduction op");
      });
}

/// The shift of reduceLogSumExp: the maximum, or 0 where it is infinite
/// (all elements -inf, or one +inf), where x - max would be NaN.
static Value createFiniteShift(OpBuilder &b, Location l, Value max) {
  auto type = cast<FloatType>(max.getType());
  Value infinity = arith::ConstantOp::create(
      b, l, b.getFloatAttr(type, APFloat::getInf(type.getFloatSemantics())));
  Value isInfinite =
      arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ,
                            math::AbsFOp::create(b, l, max), infinity);
  return arith::SelectOp::create(b, l, isInfinite,
                                 createScalarConstant(b, l, type, 0.0), max);
}

Value mlir::webnn::createReduction(OpBuilder &b, Operation *op, Value input) {
  Location loc = op->getLoc();
  auto inputType = cast<RankedTensorType>(input.getType());
  Type element = inputType.getElementType();
  bool floating = isa<FloatType>(element);
  bool isUnsigned = cast<RankedTensorType>(op->getOperand(0).getType())
                        .getElementType()
                        .isUnsignedInteger();
  ReductionSteps steps = getReductionSteps(op);
  int64_t rank = inputType.getRank();
  SmallVector<int64_t> axes;
  if (auto given = op->getAttrOfType<DenseI64ArrayAttr>("axes"))
    axes = llvm::to_vector(given.asArrayRef());
  else
    axes = llvm::to_vector(llvm::seq<int64_t>(rank));
  llvm::sort(axes);
  SmallVector<int64_t> keptShape = llvm::to_vector(inputType.getShape());
  int64_t count = 1;
  for (int64_t axis : axes) {
    keptShape[axis] = 1;
    count *= inputType.getDimSize(axis);
  }
  // float16 sums and products accumulate in float32 (a float16 sum of ones
  // stops growing at 2048); max and min are exact in any type.
  bool exact =
      steps.combiner == Combiner::Max || steps.combiner == Combiner::Min;
  Type accumulator = element.isF16() && !exact ? b.getF32Type() : element;
  auto widen = [&](OpBuilder &nb, Location l, Value x) -> Value {
    return x.getType() == accumulator
               ? x
               : arith::ExtFOp::create(nb, l, accumulator, x);
  };

  // reduceLogSumExp first takes the maximum, reshaped to size-1 dimensions
  // so that it broadcasts against the input.
  Value max, keptMax;
  if (steps.pre == ReductionSteps::ExpShifted) {
    max = createReduce(b, loc, input, axes, lowestValue(b, element),
                       [](OpBuilder &nb, Location l, ValueRange args) -> Value {
                         return arith::MaximumFOp::create(nb, l, args[0],
                                                          args[1]);
                       });
    keptMax = ReshapeOp::create(b, loc, max, b.getDenseI64ArrayAttr(keptShape));
  }

  // The absolute value of an unsigned integer is itself.
  if (steps.pre == ReductionSteps::Abs && isUnsigned)
    steps.pre = ReductionSteps::None;
  Value values = input;
  if (steps.pre != ReductionSteps::None || accumulator != element) {
    SmallVector<Value> operands = {input};
    if (keptMax)
      operands.push_back(keptMax);
    values = createElementwise(
        b, loc, accumulator, operands,
        [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
          Value x = widen(nb, l, args[0]);
          switch (steps.pre) {
          case ReductionSteps::None:
            return x;
          case ReductionSteps::Abs:
            if (floating)
              return math::AbsFOp::create(nb, l, x);
            return math::AbsIOp::create(nb, l, x);
          case ReductionSteps::Square:
            return floating ? Value(arith::MulFOp::create(nb, l, x, x))
                            : Value(arith::MulIOp::create(nb, l, x, x));
          case ReductionSteps::ExpShifted: {
            Value shift = createFiniteShift(nb, l, widen(nb, l, args[1]));
            return math::ExpOp::create(nb, l,
                                       arith::SubFOp::create(nb, l, x, shift));
          }
          }
          llvm_unreachable("every step is handled");
        });
  }

  TypedAttr init;
  switch (steps.combiner) {
  case Combiner::Add:
    init = b.getZeroAttr(accumulator);
    break;
  case Combiner::Mul:
    init = floating ? TypedAttr(b.getFloatAttr(accumulator, 1.0))
                    : TypedAttr(b.getIntegerAttr(accumulator, 1));
    break;
  case Combiner::Max:
    init = lowestValue(b, accumulator, isUnsigned);
    break;
  case Combiner::Min:
    init = highestValue(b, accumulator, isUnsigned);
    break;
  }
  Value result = createReduce(
      b, loc, values, axes, init,
      [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
        Value acc = args[0], x = args[1];
        switch (steps.combiner) {
        case Combiner::Add:
          return floating ? Value(arith::AddFOp::create(nb, l, acc, x))
                          : Value(arith::AddIOp::create(nb, l, acc, x));
        case Combiner::Mul:
          return floating ? Value(arith::MulFOp::create(nb, l, acc, x))
                          : Value(arith::MulIOp::create(nb, l, acc, x));
        // maximumf and minimumf propagate NaN.
        case Combiner::Max:
          if (floating)
            return arith::MaximumFOp::create(nb, l, acc, x);
          return isUnsigned ? Value(arith::MaxUIOp::create(nb, l, acc, x))
                            : Value(arith::MaxSIOp::create(nb, l, acc, x));
        case Combiner::Min:
          if (floating)
            return arith::MinimumFOp::create(nb, l, acc, x);
          return isUnsigned ? Value(arith::MinUIOp::create(nb, l, acc, x))
                            : Value(arith::MinSIOp::create(nb, l, acc, x));
        }
        llvm_unreachable("every combiner is handled");
      });

  if (steps.post != ReductionSteps::Keep || accumulator != element) {
    SmallVector<Value> operands = {result};
    if (max)
      operands.push_back(max);
    result = createElementwise(
        b, loc, element, operands,
        [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
          Value x = args[0];
          switch (steps.post) {
          case ReductionSteps::Keep:
            break;
          case ReductionSteps::Sqrt:
            x = math::SqrtOp::create(nb, l, x);
            break;
          case ReductionSteps::Log:
            x = math::LogOp::create(nb, l, x);
            break;
          case ReductionSteps::LogShifted:
            x = arith::AddFOp::create(
                nb, l, math::LogOp::create(nb, l, x),
                createFiniteShift(nb, l, widen(nb, l, args[1])));
            break;
          case ReductionSteps::DivideByCount:
            x = arith::DivFOp::create(
                nb, l, x,
                createScalarConstant(nb, l, x.getType(),
                                     static_cast<double>(count)));
            break;
          }
          if (x.getType() != element)
            x = arith::TruncFOp::create(nb, l, element, x);
          return x;
        });
  }
  auto keep = op->getAttrOfType<BoolAttr>("keep_dimensions");
  if (keep && keep.getValue())
    result =
        ReshapeOp::create(b, loc, result, b.getDenseI64ArrayAttr(keptShape));
  return result;
}

Value mlir::webnn::createArgReduction(OpBuilder &b, Operation *op,
                                      Value input) {
  Location loc = op->getLoc();
  bool isMax = isa<ArgMaxOp>(op);
  auto inputType = cast<RankedTensorType>(input.getType());
  Type element = inputType.getElementType();
  bool floating = isa<FloatType>(element);
  bool isUnsigned = cast<RankedTensorType>(op->getOperand(0).getType())
                        .getElementType()
                        .isUnsignedInteger();
  int64_t axis = op->getAttrOfType<IntegerAttr>("axis").getInt();
  auto resultType = cast<RankedTensorType>(op->getResult(0).getType());
  Type indexType = resultType.getElementType();
  int64_t length = inputType.getDimSize(axis);

  // The best value along the axis. maximumf and minimumf return NaN when
  // either operand is NaN: a NaN is the best value wherever there is one.
  Value best = createReduce(
      b, loc, input, {axis},
      isMax ? lowestValue(b, element, isUnsigned)
            : highestValue(b, element, isUnsigned),
      [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
        Value acc = args[0], x = args[1];
        if (floating)
          return isMax ? Value(arith::MaximumFOp::create(nb, l, acc, x))
                       : Value(arith::MinimumFOp::create(nb, l, acc, x));
        if (isMax)
          return isUnsigned ? Value(arith::MaxUIOp::create(nb, l, acc, x))
                            : Value(arith::MaxSIOp::create(nb, l, acc, x));
        return isUnsigned ? Value(arith::MinUIOp::create(nb, l, acc, x))
                          : Value(arith::MinSIOp::create(nb, l, acc, x));
      });
  SmallVector<int64_t> keptShape = llvm::to_vector(inputType.getShape());
  keptShape[axis] = 1;
  Value keptBest =
      ReshapeOp::create(b, loc, best, b.getDenseI64ArrayAttr(keptShape));

  // The first index holding it: the minimum over the axis of the index
  // where the element equals the best value (NaN counting as equal to NaN)
  // and of `length` elsewhere. Two single-result reductions, each of which
  // the CPU backend vectorizes, rather than one over (value, index) pairs,
  // which it cannot.
  Value indices = IotaOp::create(
      b, loc, RankedTensorType::get(inputType.getShape(), indexType), axis);
  Value candidates = createElementwise(
      b, loc, indexType, ValueRange{input, keptBest, indices},
      [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
        Value x = args[0], bestValue = args[1], index = args[2];
        Value match;
        if (floating) {
          Value bothNaN = arith::AndIOp::create(
              nb, l,
              arith::CmpFOp::create(nb, l, arith::CmpFPredicate::UNO, x, x),
              arith::CmpFOp::create(nb, l, arith::CmpFPredicate::UNO, bestValue,
                                    bestValue));
          match = arith::OrIOp::create(
              nb, l,
              arith::CmpFOp::create(nb, l, arith::CmpFPredicate::OEQ, x,
                                    bestValue),
              bothNaN);
        } else {
          match = arith::CmpIOp::create(nb, l, arith::CmpIPredicate::eq, x,
                                        bestValue);
        }
        Value none = arith::ConstantOp::create(
            nb, l, nb.getIntegerAttr(indexType, length));
        return arith::SelectOp::create(nb, l, match, index, none);
      });
  Value result = createReduce(
      b, loc, candidates, {axis}, b.getIntegerAttr(indexType, length),
      [](OpBuilder &nb, Location l, ValueRange args) -> Value {
        return arith::MinSIOp::create(nb, l, args[0], args[1]);
      });
  if (cast<RankedTensorType>(result.getType()).getShape() !=
      resultType.getShape())
    result = ReshapeOp::create(b, loc, result,
                               b.getDenseI64ArrayAttr(resultType.getShape()));
  return result;
}

namespace {
/// A reduce* op (createReduction) or argMin/argMax (createArgReduction) in
/// primitives. Unsigned inputs stay: the lowering converts them first.
template <typename OpTy, Value (*create)(OpBuilder &, Operation *, Value)>
struct DecomposeSignlessReduction : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (!isFloat(op.getInput()) && !isSignless(op.getInput()))
      return rewriter.notifyMatchFailure(
          op, "unsigned input: the lowering converts it first");
    rewriter.replaceOp(op, create(rewriter, op, op.getInput()));
    return success();
  }
};
template <typename OpTy>
using DecomposeReduction = DecomposeSignlessReduction<OpTy, createReduction>;
template <typename OpTy>
using DecomposeArgMinMax = DecomposeSignlessReduction<OpTy, createArgReduction>;

/// cumulativeSum as HLO spells a scan: a webnn.reduce_window summing a
/// window as long as the axis, padded with zeros so that output i sees the
/// elements up to i (before it when reversed). Exclusive sums pad one more
/// zero, which gives one more output, and slice it off. This is quadratic in
/// the axis' length: the primitive form for backends that know only the
/// primitives; the CPU backend lowers cumulativeSum as a loop instead.
struct DecomposeCumulativeSum : OpRewritePattern<CumulativeSumOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(CumulativeSumOp op,
                                PatternRewriter &rewriter) const override {
    Value input = op.getInput();
    if (!isFloat(input) && !isSignless(input))
      return rewriter.notifyMatchFailure(
          op, "unsigned input: the lowering converts it first");
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(input.getType());
    Type element = type.getElementType();
    bool floating = isa<FloatType>(element);
    // float16 sums in float32, as the lowering does.
    Type sumElement = element.isF16() ? rewriter.getF32Type() : element;
    if (sumElement != element)
      input = createElementwise(
          rewriter, loc, sumElement, input,
          [&](OpBuilder &b, Location l, ValueRange args) -> Value {
            return arith::ExtFOp::create(b, l, sumElement, args[0]);
          });
    int64_t rank = type.getRank();
    int64_t axis = op.getAxis();
    int64_t length = type.getDimSize(axis);
    bool exclusive = op.getExclusive();
    SmallVector<int64_t> window(rank, 1), ones(rank, 1), padding(2 * rank, 0);
    window[axis] = length;
    padding[2 * axis + (op.getReversed() ? 1 : 0)] =
        exclusive ? length : length - 1;
    SmallVector<int64_t> sumShape = llvm::to_vector(type.getShape());
    sumShape[axis] = exclusive ? length + 1 : length;
    Value sum = createReduceWindow(
        rewriter, loc, input, RankedTensorType::get(sumShape, sumElement),
        window, ones, ones, padding, rewriter.getZeroAttr(sumElement),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          return floating
                     ? Value(arith::AddFOp::create(b, l, args[0], args[1]))
                     : Value(arith::AddIOp::create(b, l, args[0], args[1]));
        });
    if (exclusive) {
      // Forward, the last output sums the whole axis; reversed, the first.
      SmallVector<int64_t> starts(rank, 0);
      starts[axis] = op.getReversed() ? 1 : 0;
      sum = SliceOp::create(
          rewriter, loc, sum, rewriter.getDenseI64ArrayAttr(starts),
          rewriter.getDenseI64ArrayAttr(type.getShape()), DenseI64ArrayAttr());
    }
    if (sumElement != element)
      sum = createElementwise(
          rewriter, loc, element, sum,
          [&](OpBuilder &b, Location l, ValueRange args) -> Value {
            return arith::TruncFOp::create(b, l, element, args[0]);
          });
    rewriter.replaceOp(op, sum);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Normalizations computed from the input: instance and layer
//===----------------------------------------------------------------------===//

/// `(x - mean) / sqrt(variance + epsilon) * scale + bias` with the mean and
/// variance of `input` over `axes`, `scale` and `bias` (each optional)
/// already shaped to broadcast against the input. The variance is the mean
/// of the squared distances to the mean (two passes: no cancellation as in
/// E[x^2] - E[x]^2). float16 computes in float32 and rounds once; epsilon is
/// first cast to the input's type, as the spec says.
static Value createNormalization(OpBuilder &b, Location loc, Value input,
                                 ArrayRef<int64_t> axes, Value scale,
                                 Value bias, double epsilon) {
  auto inputType = cast<RankedTensorType>(input.getType());
  Type element = inputType.getElementType();
  Type compute = element.isF16() ? b.getF32Type() : element;
  auto widen = [&](OpBuilder &nb, Location l, Value x) -> Value {
    return x.getType() == compute ? x
                                  : arith::ExtFOp::create(nb, l, compute, x);
  };
  APFloat roundedEpsilon(epsilon);
  bool losesInfo;
  roundedEpsilon.convert(cast<FloatType>(element).getFloatSemantics(),
                         APFloat::rmNearestTiesToEven, &losesInfo);
  roundedEpsilon.convert(cast<FloatType>(compute).getFloatSemantics(),
                         APFloat::rmNearestTiesToEven, &losesInfo);

  SmallVector<int64_t> keptShape = llvm::to_vector(inputType.getShape());
  int64_t count = 1;
  for (int64_t axis : axes) {
    count *= keptShape[axis];
    keptShape[axis] = 1;
  }
  auto kept = [&](Value reduced) -> Value {
    return ReshapeOp::create(b, loc, reduced,
                             b.getDenseI64ArrayAttr(keptShape));
  };
  auto add = [](OpBuilder &nb, Location l, ValueRange args) -> Value {
    return arith::AddFOp::create(nb, l, args[0], args[1]);
  };
  auto divideByCount = [&](OpBuilder &nb, Location l, Value sum) -> Value {
    return arith::DivFOp::create(
        nb, l, sum,
        createScalarConstant(nb, l, compute, static_cast<double>(count)));
  };

  Value wide = input;
  if (compute != element)
    wide = createElementwise(
        b, loc, compute, input,
        [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
          return widen(nb, l, args[0]);
        });
  Value sum = createReduce(b, loc, wide, axes, b.getZeroAttr(compute), add);
  Value mean = kept(createElementwise(
      b, loc, compute, sum,
      [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
        return divideByCount(nb, l, args[0]);
      }));
  Value squares = createElementwise(
      b, loc, compute, ValueRange{wide, mean},
      [](OpBuilder &nb, Location l, ValueRange args) -> Value {
        Value centered = arith::SubFOp::create(nb, l, args[0], args[1]);
        return arith::MulFOp::create(nb, l, centered, centered);
      });
  Value squareSum =
      createReduce(b, loc, squares, axes, b.getZeroAttr(compute), add);
  // The divisor sqrt(variance + epsilon), once per normalized group.
  Value deviation = kept(createElementwise(
      b, loc, compute, squareSum,
      [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
        Value variance = divideByCount(nb, l, args[0]);
        return math::SqrtOp::create(
            nb, l,
            arith::AddFOp::create(
                nb, l, variance,
                arith::ConstantOp::create(
                    nb, l, nb.getFloatAttr(compute, roundedEpsilon))));
      }));

  SmallVector<Value> operands = {input, mean, deviation};
  if (scale)
    operands.push_back(scale);
  if (bias)
    operands.push_back(bias);
  return createElementwise(
      b, loc, element, operands,
      [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
        Value y = arith::DivFOp::create(
            nb, l, arith::SubFOp::create(nb, l, widen(nb, l, args[0]), args[1]),
            args[2]);
        size_t next = 3;
        if (scale)
          y = arith::MulFOp::create(nb, l, y, widen(nb, l, args[next++]));
        if (bias)
          y = arith::AddFOp::create(nb, l, y, widen(nb, l, args[next++]));
        return y.getType() == element
                   ? y
                   : arith::TruncFOp::create(nb, l, element, y);
      });
}

namespace {
/// instanceNormalization: the normalization over the spatial dimensions,
/// scale and bias reshaped to broadcast along the channels.
struct DecomposeInstanceNormalization
    : OpRewritePattern<InstanceNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(InstanceNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(op.getType());
    bool nchw = op.getLayout() == InputLayout::nchw;
    int64_t channelAxis = nchw ? 1 : 3;
    SmallVector<int64_t> spatialAxes =
        nchw ? SmallVector<int64_t>{2, 3} : SmallVector<int64_t>{1, 2};
    SmallVector<int64_t> parameterShape(4, 1);
    parameterShape[channelAxis] = type.getDimSize(channelAxis);
    auto alongChannels = [&](Value parameter) -> Value {
      if (!parameter)
        return parameter;
      return ReshapeOp::create(rewriter, loc, parameter,
                               rewriter.getDenseI64ArrayAttr(parameterShape));
    };
    rewriter.replaceOp(
        op, createNormalization(rewriter, loc, op.getInput(), spatialAxes,
                                alongChannels(op.getScale()),
                                alongChannels(op.getBias()),
                                op.getEpsilon().convertToDouble()));
    return success();
  }
};

/// layerNormalization: the normalization over the axes. scale and bias
/// list the normalized dimensions in the order of `axes`: they are
/// transposed to the input's order (when the axes are not sorted) and
/// reshaped with size-1 dimensions between them.
struct DecomposeLayerNormalization : OpRewritePattern<LayerNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(LayerNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(op.getType());
    SmallVector<int64_t> axes = op.getAxesOrDefault();
    SmallVector<int64_t> order =
        llvm::to_vector(llvm::seq<int64_t>(axes.size()));
    llvm::sort(order, [&](int64_t i, int64_t j) { return axes[i] < axes[j]; });
    bool sorted = llvm::is_sorted(axes);
    SmallVector<int64_t> parameterShape(type.getRank(), 1);
    for (int64_t axis : axes)
      parameterShape[axis] = type.getDimSize(axis);
    auto inInputOrder = [&](Value parameter) -> Value {
      if (!parameter)
        return parameter;
      if (!sorted)
        parameter = TransposeOp::create(rewriter, loc, parameter,
                                        rewriter.getDenseI64ArrayAttr(order));
      if (cast<RankedTensorType>(parameter.getType()).getShape() ==
          ArrayRef<int64_t>(parameterShape))
        return parameter;
      return ReshapeOp::create(rewriter, loc, parameter,
                               rewriter.getDenseI64ArrayAttr(parameterShape));
    };
    llvm::sort(axes);
    rewriter.replaceOp(
        op, createNormalization(
                rewriter, loc, op.getInput(), axes, inInputOrder(op.getScale()),
                inInputOrder(op.getBias()), op.getEpsilon().convertToDouble()));
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Keeping the context: decompositions inside labelled composites
//===----------------------------------------------------------------------===//

/// With composites=true: an op that a registry label names is first moved
/// into a webnn.composite with that label (the op's attributes become the
/// label's), and the decomposition patterns then rewrite the op inside it.
/// Backends see the primitives and, through the label, what they compute.
template <typename OpTy> struct WrapInComposite : OpRewritePattern<OpTy> {
  WrapInComposite(MLIRContext *context, StringRef label)
      : OpRewritePattern<OpTy>(context, /*benefit=*/2), label(label) {}

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (op->template getParentOfType<CompositeOp>())
      return rewriter.notifyMatchFailure(op, "already in a composite");
    if (!isFloat(op->getOperand(0)))
      return rewriter.notifyMatchFailure(op, "not decomposed");
    auto composite = CompositeOp::create(
        rewriter, op.getLoc(), op->getResultTypes(), label,
        getLabelAttributes(rewriter, op), op->getOperands());
    OpBuilder::InsertionGuard guard(rewriter);
    Block *body = &composite.getBody().front();
    rewriter.setInsertionPointToStart(body);
    // Operand i reads argument i, also when a value repeats (gemm(a, a)).
    Operation *inner = rewriter.clone(*op);
    inner->setOperands(body->getArguments());
    YieldOp::create(rewriter, op.getLoc(), inner->getResults());
    rewriter.replaceOp(op, composite.getResults());
    return success();
  }

  /// The label's attributes, from the op's: gemm's alpha and beta.
  static DictionaryAttr getLabelAttributes(PatternRewriter &rewriter, OpTy op) {
    SmallVector<NamedAttribute> attributes;
    if constexpr (std::is_same_v<OpTy, GemmOp>) {
      attributes.push_back(rewriter.getNamedAttr(
          "alpha", rewriter.getF64FloatAttr(op.getAlpha().convertToDouble())));
      attributes.push_back(rewriter.getNamedAttr(
          "beta", rewriter.getF64FloatAttr(op.getBeta().convertToDouble())));
    }
    return rewriter.getDictionaryAttr(attributes);
  }

  std::string label;
};

struct WebNNDecomposePass
    : webnn::impl::WebNNDecomposeBase<WebNNDecomposePass> {
  using Base::Base;

  LogicalResult initialize(MLIRContext *context) override {
    for (const std::string &name : ops)
      if (!llvm::is_contained(getDecomposableOps(), name))
        return emitError(UnknownLoc::get(context))
               << "webnn-decompose: cannot decompose '" << name
               << "' (it knows " << llvm::join(getDecomposableOps(), ", ")
               << ")";
    SmallVector<StringRef> selected;
    for (StringRef name : getDecomposableOps())
      if (ops.empty() || llvm::is_contained(ops, name))
        selected.push_back(name);
    RewritePatternSet set(context);
    populateDecomposePatterns(set, selected);
    if (composites) {
      if (llvm::is_contained(selected, "gemm"))
        set.add<WrapInComposite<GemmOp>>(context, "gemm");
      if (llvm::is_contained(selected, "softmax"))
        set.add<WrapInComposite<SoftmaxOp>>(context, "softmax");
    }
    patterns = std::move(set);
    return success();
  }

  void runOnOperation() override {
    // A composite's region is its own: decomposing inside it could make it
    // an invalid decomposition of its label (expand composites first to
    // decompose their ops). The composites this pass creates are new ops:
    // their ops are decomposed.
    SmallVector<Operation *> ops;
    getOperation()->walk([&](Operation *op) {
      if (op->getDialect() && isa<WebNNDialect>(op->getDialect()) &&
          !op->getParentOfType<CompositeOp>())
        ops.push_back(op);
    });
    GreedyRewriteConfig config;
    config.setStrictness(GreedyRewriteStrictness::ExistingAndNewOps);
    if (failed(applyOpPatternsGreedily(ops, patterns, config)))
      signalPassFailure();
  }

  FrozenRewritePatternSet patterns;
};
} // namespace

/// One row per op: its mnemonic and the pattern that decomposes it.
struct Decomposition {
  StringLiteral mnemonic;
  void (*add)(RewritePatternSet &);
};

template <typename Pattern>
static void addPattern(RewritePatternSet &patterns) {
  patterns.add<Pattern>(patterns.getContext());
}

static constexpr Decomposition kDecompositions[] = {
    {"relu", addPattern<DecomposeRelu>},
    {"leaky_relu", addPattern<DecomposeLeakyRelu>},
    {"clamp", addPattern<DecomposeClamp>},
    {"sigmoid", addPattern<DecomposeSigmoid>},
    {"elu", addPattern<DecomposeActivation<EluOp>>},
    {"gelu", addPattern<DecomposeActivation<GeluOp>>},
    {"hard_sigmoid", addPattern<DecomposeActivation<HardSigmoidOp>>},
    {"hard_swish", addPattern<DecomposeActivation<HardSwishOp>>},
    {"linear", addPattern<DecomposeActivation<LinearOp>>},
    {"prelu", addPattern<DecomposeActivation<PreluOp>>},
    {"softplus", addPattern<DecomposeActivation<SoftplusOp>>},
    {"softsign", addPattern<DecomposeActivation<SoftsignOp>>},
    {"max_pool2d", addPattern<DecomposeMaxPool2d>},
    {"average_pool2d", addPattern<DecomposeAveragePool2d>},
    {"l2_pool2d", addPattern<DecomposeL2Pool2d>},
    {"gemm", addPattern<DecomposeGemm>},
    {"conv_transpose2d", addPattern<DecomposeConvTranspose2d>},
    {"resample2d", addPattern<DecomposeResample2d>},
    {"softmax", addPattern<DecomposeSoftmax>},
    {"batch_normalization", addPattern<DecomposeBatchNormalization>},
    {"instance_normalization", addPattern<DecomposeInstanceNormalization>},
    {"layer_normalization", addPattern<DecomposeLayerNormalization>},
    {"reduce_l1", addPattern<DecomposeReduction<ReduceL1Op>>},
    {"reduce_l2", addPattern<DecomposeReduction<ReduceL2Op>>},
    {"reduce_log_sum", addPattern<DecomposeReduction<ReduceLogSumOp>>},
    {"reduce_log_sum_exp", addPattern<DecomposeReduction<ReduceLogSumExpOp>>},
    {"reduce_max", addPattern<DecomposeReduction<ReduceMaxOp>>},
    {"reduce_mean", addPattern<DecomposeReduction<ReduceMeanOp>>},
    {"reduce_min", addPattern<DecomposeReduction<ReduceMinOp>>},
    {"reduce_product", addPattern<DecomposeReduction<ReduceProductOp>>},
    {"reduce_sum", addPattern<DecomposeReduction<ReduceSumOp>>},
    {"reduce_sum_square", addPattern<DecomposeReduction<ReduceSumSquareOp>>},
    {"arg_min", addPattern<DecomposeArgMinMax<ArgMinOp>>},
    {"arg_max", addPattern<DecomposeArgMinMax<ArgMaxOp>>},
    {"cumulative_sum", addPattern<DecomposeCumulativeSum>},
};

ArrayRef<StringLiteral> mlir::webnn::getDecomposableOps() {
  static const SmallVector<StringLiteral> mnemonics = [] {
    SmallVector<StringLiteral> result;
    for (const Decomposition &row : kDecompositions)
      result.push_back(row.mnemonic);
    return result;
  }();
  return mnemonics;
}

ArrayRef<StringRef> mlir::webnn::getActivationDecompositions() {
  static const StringRef mnemonics[] = {"elu",        "gelu",    "hard_sigmoid",
                                        "hard_swish", "linear",  "prelu",
                                        "softplus",   "softsign"};
  return mnemonics;
}

void mlir::webnn::populateDecomposePatterns(RewritePatternSet &patterns,
                                            ArrayRef<StringRef> mnemonics) {
  for (const Decomposition &row : kDecompositions)
    if (llvm::is_contained(mnemonics, row.mnemonic))
      row.add(patterns);
}
