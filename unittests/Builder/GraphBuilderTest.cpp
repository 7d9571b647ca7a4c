//===- GraphBuilderTest.cpp - Unit tests of the C++ GraphBuilder ----------===//
//
// Every builder method builds a valid op, and calls that the spec rejects
// come back as errors carrying the verifier's message.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Builder/GraphBuilder.h"

#include "WebNN/Dialect/WebNN/IR/WebNNOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::webnn;
using ::testing::HasSubstr;

namespace {

class GraphBuilderTest : public ::testing::Test {
protected:
  GraphBuilderTest() : builder(&context) {}

  /// A graph input of the given type; inputs are always valid here.
  Value input(SmallVector<int64_t> shape,
              DataType dataType = DataType::Float32) {
    std::string name = "in" + std::to_string(inputCount++);
    return llvm::cantFail(builder.input(name, {dataType, shape}));
  }

  /// The value of a call that must succeed.
  Value ok(llvm::Expected<Value> result) {
    if (!result) {
      ADD_FAILURE() << "unexpected error: "
                    << llvm::toString(result.takeError());
      return {};
    }
    return *result;
  }

  /// The message of a call that must fail.
  std::string error(llvm::Expected<Value> result) {
    if (result) {
      ADD_FAILURE() << "expected an error";
      return "";
    }
    return llvm::toString(result.takeError());
  }

  static SmallVector<int64_t> shapeOf(Value value) {
    return SmallVector<int64_t>(
        cast<RankedTensorType>(value.getType()).getShape());
  }

  /// The spec's name of a value's data type ("uint8").
  static std::string dataTypeOf(Value value) {
    std::optional<DataType> dataType = mlir::webnn::getDataType(
        cast<RankedTensorType>(value.getType()).getElementType());
    if (!dataType)
      return "not a WebNN data type";
    return mlir::webnn::stringifyDataType(*dataType).str();
  }

  /// Builds the module with `output` and checks that it verifies.
  void expectVerifies(Value output) {
    auto module = builder.build({{"out", output}});
    ASSERT_TRUE(static_cast<bool>(module))
        << llvm::toString(module.takeError());
    EXPECT_TRUE(succeeded(verify(**module)));
  }

  MLIRContext context;
  GraphBuilder builder;
  unsigned inputCount = 0;
};

using Shape = SmallVector<int64_t>;

//===----------------------------------------------------------------------===//
// Valid calls
//===----------------------------------------------------------------------===//

TEST_F(GraphBuilderTest, BinaryOpsBroadcast) {
  Value a = input({2, 1, 4});
  Value b = input({3, 1});
  for (auto method :
       {&GraphBuilder::add, &GraphBuilder::sub, &GraphBuilder::mul,
        &GraphBuilder::div, &GraphBuilder::max, &GraphBuilder::min,
        &GraphBuilder::pow}) {
    Value r = ok((builder.*method)(a, b));
    EXPECT_EQ(shapeOf(r), (Shape{2, 3, 4}));
  }
  expectVerifies(ok(builder.add(a, b)));
}

TEST_F(GraphBuilderTest, UnaryOpsKeepTheShape) {
  Value x = input({2, 3});
  for (auto method :
       {&GraphBuilder::abs, &GraphBuilder::neg, &GraphBuilder::ceil,
        &GraphBuilder::floor, &GraphBuilder::exp, &GraphBuilder::log,
        &GraphBuilder::sqrt, &GraphBuilder::reciprocal, &GraphBuilder::sigmoid,
        &GraphBuilder::tanh, &GraphBuilder::relu, &GraphBuilder::identity}) {
    Value r = ok((builder.*method)(x));
    EXPECT_EQ(r.getType(), x.getType());
  }
  Value leaky = ok(builder.leakyRelu(x, {0.1}));
  EXPECT_EQ(
      cast<LeakyReluOp>(leaky.getDefiningOp()).getAlpha().convertToDouble(),
      0.1);
  ClampOptions relu6;
  relu6.minValue = 0.0;
  relu6.maxValue = 6.0;
  expectVerifies(ok(builder.clamp(leaky, relu6)));
}

TEST_F(GraphBuilderTest, IntegerTypes) {
  Value a = input({4}, DataType::Uint8);
  Value b = input({4}, DataType::Uint8);
  Value sum = ok(builder.add(a, b));
  EXPECT_TRUE(cast<RankedTensorType>(sum.getType())
                  .getElementType()
                  .isUnsignedInteger(8));
  Value i32 = input({4}, DataType::Int32);
  EXPECT_EQ(ok(builder.relu(i32)).getType(), i32.getType());
  expectVerifies(sum);
}

TEST_F(GraphBuilderTest, ShapeOps) {
  Value a = input({1, 2, 3});
  Value b = input({1, 5, 3});
  EXPECT_EQ(shapeOf(ok(builder.concat({a, b}, 1))), (Shape{1, 7, 3}));
  EXPECT_EQ(shapeOf(ok(builder.reshape(a, {3, 2}))), (Shape{3, 2}));
  EXPECT_EQ(shapeOf(ok(builder.transpose(a))), (Shape{3, 2, 1}));
  TransposeOptions perm;
  perm.permutation = SmallVector<int64_t>{0, 2, 1};
  expectVerifies(ok(builder.transpose(a, perm)));
}

TEST_F(GraphBuilderTest, MatmulAndGemm) {
  Value a = input({2, 1, 4, 8});
  Value b = input({3, 8, 5});
  EXPECT_EQ(shapeOf(ok(builder.matmul(a, b))), (Shape{2, 3, 4, 5}));

  Value x = input({1, 16});
  Value w = input({10, 16});
  Value c = input({10});
  GemmOptions options;
  options.c = c;
  options.bTranspose = true;
  options.alpha = 2.0;
  Value r = ok(builder.gemm(x, w, options));
  EXPECT_EQ(shapeOf(r), (Shape{1, 10}));
  auto gemm = cast<GemmOp>(r.getDefiningOp());
  EXPECT_TRUE(gemm.getBTranspose());
  EXPECT_EQ(gemm.getC(), c);
  expectVerifies(r);
}

TEST_F(GraphBuilderTest, Conv2dLayoutsAndGroups) {
  Value x = input({1, 3, 224, 224});
  Value w = input({32, 3, 3, 3});
  Value bias = input({32});
  Conv2dOptions options;
  options.padding = SmallVector<int64_t, 4>{1, 1, 1, 1};
  options.strides = SmallVector<int64_t, 2>{2, 2};
  options.bias = bias;
  EXPECT_EQ(shapeOf(ok(builder.conv2d(x, w, options))),
            (Shape{1, 32, 112, 112}));

  // Depthwise, nhwc input, ihwo filter: [1, 3, 3, 32] holds one input
  // channel per group.
  Value xn = input({1, 56, 56, 32});
  Value dw = input({1, 3, 3, 32});
  Conv2dOptions depthwise;
  depthwise.groups = 32;
  depthwise.inputLayout = InputLayout::nhwc;
  depthwise.filterLayout = FilterLayout::ihwo;
  depthwise.dilations = SmallVector<int64_t, 2>{2, 2};
  Value r = ok(builder.conv2d(xn, dw, depthwise));
  EXPECT_EQ(shapeOf(r), (Shape{1, 52, 52, 32}));
  expectVerifies(r);
}

TEST_F(GraphBuilderTest, Pooling) {
  Value x = input({1, 2, 5, 5});
  EXPECT_EQ(shapeOf(ok(builder.averagePool2d(x))), (Shape{1, 2, 1, 1}));
  Pool2dOptions options;
  options.windowDimensions = SmallVector<int64_t, 2>{3, 3};
  options.padding = SmallVector<int64_t, 4>{1, 0, 0, 1};
  options.strides = SmallVector<int64_t, 2>{2, 2};
  EXPECT_EQ(shapeOf(ok(builder.maxPool2d(x, options))), (Shape{1, 2, 2, 2}));
  options.outputShapeRounding = RoundingType::ceil;
  EXPECT_EQ(shapeOf(ok(builder.l2Pool2d(x, options))), (Shape{1, 2, 3, 3}));
  options.outputShapeRounding = RoundingType::floor;
  options.outputSizes = SmallVector<int64_t, 2>{3, 3};
  expectVerifies(ok(builder.averagePool2d(x, options)));
}

TEST_F(GraphBuilderTest, Normalization) {
  Value x = input({1, 4, 2, 2});
  Value mean = input({4});
  Value variance = input({4});
  BatchNormalizationOptions options;
  options.scale = input({4});
  options.epsilon = 1e-3;
  Value bn = ok(builder.batchNormalization(x, mean, variance, options));
  EXPECT_EQ(bn.getType(), x.getType());
  auto op = cast<BatchNormalizationOp>(bn.getDefiningOp());
  EXPECT_TRUE(op.getScale());
  EXPECT_FALSE(op.getBias());
  expectVerifies(ok(builder.softmax(bn, 1)));
}

TEST_F(GraphBuilderTest, ConvTranspose2d) {
  // nhwc input, ohwi filter: 2 groups of 3 output channels. Height
  // (4 - 1) * 2 + 3 - 1 - 1 plus the output padding 1 = 8; width
  // (5 - 1) * 2 + 3 = 11, which outputSizes may raise to 12 (below 11 plus
  // the stride 2).
  Value x = input({1, 4, 5, 6});
  Value w = input({3, 3, 3, 6});
  ConvTranspose2dOptions options;
  options.strides = SmallVector<int64_t, 2>{2, 2};
  options.padding = SmallVector<int64_t, 4>{1, 1, 0, 0};
  options.outputPadding = SmallVector<int64_t, 2>{1, 0};
  options.groups = 2;
  options.inputLayout = InputLayout::nhwc;
  options.filterLayout = ConvTranspose2dFilterLayout::ohwi;
  EXPECT_EQ(shapeOf(ok(builder.convTranspose2d(x, w, options))),
            (Shape{1, 8, 11, 6}));
  options.outputSizes = SmallVector<int64_t, 2>{8, 12};
  EXPECT_EQ(shapeOf(ok(builder.convTranspose2d(x, w, options))),
            (Shape{1, 8, 12, 6}));
  options.outputSizes = SmallVector<int64_t, 2>{8, 13};
  EXPECT_THAT(error(builder.convTranspose2d(x, w, options)),
              HasSubstr("convTranspose2d: outputSizes [8, 13]: the output "
                        "width must be in the range [11, 13)"));
  options.outputSizes.reset();
  options.outputPadding = SmallVector<int64_t, 2>{2, 0};
  EXPECT_THAT(error(builder.convTranspose2d(x, w, options)),
              HasSubstr("convTranspose2d: outputPadding [2, 0] must be "
                        "smaller than the strides [2, 2]"));
}

TEST_F(GraphBuilderTest, QuantizeAndDequantize) {
  // Blockwise: a [2, 3] scale covers blocks of 2 x 2 of a [4, 6] input; the
  // quantized type is the zero point's, the dequantized the scale's.
  Value x = input({4, 6});
  Value scale = input({2, 3});
  Value zeroPoint = input({2, 3}, DataType::Int4);
  Value q = ok(builder.quantizeLinear(x, scale, zeroPoint));
  EXPECT_EQ(q.getType(), RankedTensorType::get(
                             {4, 6}, getElementType(&context, DataType::Int4)));
  Value d = ok(builder.dequantizeLinear(q, scale, zeroPoint));
  EXPECT_EQ(d.getType(), x.getType());
  EXPECT_THAT(error(builder.quantizeLinear(x, input({4, 4}),
                                           input({4, 4}, DataType::Int8))),
              HasSubstr("quantizeLinear: scale shape [4, 4] does not divide "
                        "the input shape [4, 6] in dimension 1"));
  // The 4-bit types are storage: ops that compute do not take them.
  EXPECT_THAT(error(builder.relu(q)),
              HasSubstr("relu: input data type (int4) must be"));
}

TEST_F(GraphBuilderTest, Resample2d) {
  Value x = input({1, 3, 5, 7});
  Resample2dOptions options;
  options.scales = SmallVector<float, 2>{1.5f, 0.5f};
  // floor(5 * 1.5) = 7, floor(7 * 0.5) = 3.
  EXPECT_EQ(shapeOf(ok(builder.resample2d(x, options))), (Shape{1, 3, 7, 3}));
  options.sizes = SmallVector<int64_t, 2>{4, 9};
  options.axes = SmallVector<int64_t, 2>{1, 3};
  EXPECT_EQ(shapeOf(ok(builder.resample2d(x, options))), (Shape{1, 4, 5, 9}));
  options.sizes.reset();
  options.scales = SmallVector<float, 2>{0.1f, 1.0f};
  EXPECT_THAT(error(builder.resample2d(x, options)),
              HasSubstr("resample2d: output dimension 1 (0) is not a valid "
                        "dimension"));
  options.axes = SmallVector<int64_t, 2>{3, 3};
  EXPECT_THAT(error(builder.resample2d(x, options)),
              HasSubstr("resample2d: axes [3, 3] holds 3 twice"));
}

TEST_F(GraphBuilderTest, InstanceAndLayerNormalization) {
  Value x = input({2, 5, 5, 3});
  InstanceNormalizationOptions instance;
  instance.layout = InputLayout::nhwc;
  instance.bias = input({3});
  Value in = ok(builder.instanceNormalization(x, instance));
  EXPECT_EQ(in.getType(), x.getType());
  auto instanceOp = cast<InstanceNormalizationOp>(in.getDefiningOp());
  EXPECT_FALSE(instanceOp.getScale());
  EXPECT_TRUE(instanceOp.getBias());
  EXPECT_EQ(instanceOp.getLayout(), InputLayout::nhwc);

  // Absent axes stay absent (every dimension but the first); given axes,
  // in any order, name the scale's dimensions in that order.
  Value ln = ok(builder.layerNormalization(x));
  auto layerOp = cast<LayerNormalizationOp>(ln.getDefiningOp());
  EXPECT_FALSE(layerOp.getAxes());
  EXPECT_EQ(layerOp.getAxesOrDefault(), (SmallVector<int64_t>{1, 2, 3}));
  LayerNormalizationOptions layer;
  layer.axes = SmallVector<int64_t>{3, 1};
  layer.scale = input({5, 3});
  EXPECT_THAT(error(builder.layerNormalization(x, layer)),
              HasSubstr("layerNormalization: scale shape [5, 3] must be "
                        "[3, 5] (the input dimensions at axes [3, 1])"));
  instance.bias = input({5});
  EXPECT_THAT(error(builder.instanceNormalization(x, instance)),
              HasSubstr("instanceNormalization: bias shape [5] must be [3] "
                        "(input dimension 3, the channels in nhwc)"));

  layer.scale = input({3, 5});
  expectVerifies(ok(builder.layerNormalization(x, layer)));
}

TEST_F(GraphBuilderTest, ConstantsInlineAndAsBlobs) {
  std::vector<float> small = {1.0f, 2.0f};
  Value c =
      ok(builder.constant({DataType::Float32, {2}}, ArrayRef<float>(small)));
  auto smallAttr = cast<ConstantOp>(c.getDefiningOp()).getValue();
  EXPECT_TRUE(isa<DenseElementsAttr>(smallAttr));

  std::vector<float> large(1024, 0.5f);
  Value w =
      ok(builder.constant({DataType::Float32, {1024}}, ArrayRef<float>(large)));
  auto largeAttr = cast<ConstantOp>(w.getDefiningOp()).getValue();
  EXPECT_TRUE(isa<DenseResourceElementsAttr>(largeAttr));

  Value x = input({1024});
  expectVerifies(ok(builder.add(x, w)));
}

TEST_F(GraphBuilderTest, InputsAndOutputsAreNamed) {
  Value x = input({2});
  Value y = ok(builder.relu(x));
  auto module = builder.build({{"y", y}});
  ASSERT_TRUE(static_cast<bool>(module)) << llvm::toString(module.takeError());
  auto graph = cast<func::FuncOp>((*module)->getBody()->front());
  EXPECT_EQ(graph.getArgAttrOfType<StringAttr>(0, "webnn.name").getValue(),
            "in0");
  EXPECT_EQ(graph.getResultAttrOfType<StringAttr>(0, "webnn.name").getValue(),
            "y");
  EXPECT_EQ(graph.getFunctionType().getNumInputs(), 1u);
  EXPECT_EQ(graph.getFunctionType().getNumResults(), 1u);
}

TEST_F(GraphBuilderTest, MoreUnaryOpsKeepTheShape) {
  Value x = input({2, 3});
  for (auto method :
       {&GraphBuilder::cos, &GraphBuilder::sin, &GraphBuilder::tan,
        &GraphBuilder::erf, &GraphBuilder::roundEven, &GraphBuilder::sign,
        &GraphBuilder::gelu, &GraphBuilder::hardSwish, &GraphBuilder::softplus,
        &GraphBuilder::softsign}) {
    Value r = ok((builder.*method)(x));
    EXPECT_EQ(r.getType(), x.getType());
  }
  // sign also takes the signed integers.
  Value i8 = input({4}, DataType::Int8);
  EXPECT_EQ(ok(builder.sign(i8)).getType(), i8.getType());
  expectVerifies(ok(builder.erf(x)));
}

TEST_F(GraphBuilderTest, ActivationsWithOptions) {
  Value x = input({2, 3});
  Value elu = ok(builder.elu(x, {0.5}));
  EXPECT_EQ(elu.getType(), x.getType());
  EXPECT_EQ(cast<EluOp>(elu.getDefiningOp()).getAlpha().convertToDouble(), 0.5);
  Value defaultElu = ok(builder.elu(x));
  EXPECT_EQ(
      cast<EluOp>(defaultElu.getDefiningOp()).getAlpha().convertToDouble(),
      1.0);

  Value hardSigmoid = ok(builder.hardSigmoid(x, {0.1, 0.6}));
  EXPECT_EQ(hardSigmoid.getType(), x.getType());
  auto hardSigmoidOp = cast<HardSigmoidOp>(hardSigmoid.getDefiningOp());
  EXPECT_EQ(hardSigmoidOp.getAlpha().convertToDouble(), 0.1);
  EXPECT_EQ(hardSigmoidOp.getBeta().convertToDouble(), 0.6);

  Value linear = ok(builder.linear(hardSigmoid, {2.0, 1.0}));
  EXPECT_EQ(linear.getType(), x.getType());
  auto linearOp = cast<LinearOp>(linear.getDefiningOp());
  EXPECT_EQ(linearOp.getAlpha().convertToDouble(), 2.0);
  EXPECT_EQ(linearOp.getBeta().convertToDouble(), 1.0);
  expectVerifies(linear);
}

TEST_F(GraphBuilderTest, PreluBroadcasts) {
  Value x = input({1, 8, 4, 4});
  Value slope = input({8, 1, 1});
  Value r = ok(builder.prelu(x, slope));
  EXPECT_EQ(r.getType(), x.getType());
  // Bidirectionally: the slope may be the larger one.
  Value i32 = ok(builder.prelu(input({3}, DataType::Int32),
                               input({2, 1}, DataType::Int32)));
  EXPECT_EQ(shapeOf(i32), (Shape{2, 3}));
  EXPECT_EQ(dataTypeOf(i32), "int32");
  expectVerifies(r);
}

TEST_F(GraphBuilderTest, ComparisonsGiveUint8) {
  Value a = input({2, 1, 4});
  Value b = input({3, 1});
  for (auto method : {&GraphBuilder::equal, &GraphBuilder::notEqual,
                      &GraphBuilder::greater, &GraphBuilder::greaterOrEqual,
                      &GraphBuilder::lesser, &GraphBuilder::lesserOrEqual}) {
    Value r = ok((builder.*method)(a, b));
    EXPECT_EQ(shapeOf(r), (Shape{2, 3, 4}));
    EXPECT_EQ(dataTypeOf(r), "uint8");
  }
  // Any data type compares; a scalar broadcasts.
  Value i64 = ok(
      builder.greater(input({2}, DataType::Int64), input({}, DataType::Int64)));
  EXPECT_EQ(shapeOf(i64), (Shape{2}));
  EXPECT_EQ(dataTypeOf(i64), "uint8");
  expectVerifies(ok(builder.equal(a, b)));
}

TEST_F(GraphBuilderTest, LogicalOpsGiveUint8) {
  Value a = input({2, 1}, DataType::Uint8);
  Value b = input({3}, DataType::Uint8);
  for (auto method : {&GraphBuilder::logicalAnd, &GraphBuilder::logicalOr,
                      &GraphBuilder::logicalXor}) {
    Value r = ok((builder.*method)(a, b));
    EXPECT_EQ(shapeOf(r), (Shape{2, 3}));
    EXPECT_EQ(dataTypeOf(r), "uint8");
  }
  EXPECT_EQ(ok(builder.logicalNot(a)).getType(), a.getType());

  Value h = input({2, 3}, DataType::Float16);
  for (auto method : {&GraphBuilder::isNaN, &GraphBuilder::isInfinite}) {
    Value r = ok((builder.*method)(h));
    EXPECT_EQ(shapeOf(r), (Shape{2, 3}));
    EXPECT_EQ(dataTypeOf(r), "uint8");
  }
  expectVerifies(ok(builder.logicalNot(ok(builder.isNaN(h)))));
}

TEST_F(GraphBuilderTest, WhereBroadcastsThreeWays) {
  Value condition = input({2, 1, 1}, DataType::Uint8);
  Value trueValue = input({3, 1});
  Value falseValue = input({4});
  Value r = ok(builder.where(condition, trueValue, falseValue));
  EXPECT_EQ(shapeOf(r), (Shape{2, 3, 4}));
  EXPECT_EQ(dataTypeOf(r), "float32");

  // A comparison's result is a condition; the values need not be floats.
  Value mask = ok(builder.greater(trueValue, falseValue));
  EXPECT_EQ(shapeOf(mask), (Shape{3, 4}));
  Value ints = ok(builder.where(mask, input({}, DataType::Int32),
                                input({1, 4}, DataType::Int32)));
  EXPECT_EQ(shapeOf(ints), (Shape{3, 4}));
  EXPECT_EQ(dataTypeOf(ints), "int32");
  expectVerifies(r);
}

TEST_F(GraphBuilderTest, ReductionShapes) {
  Value x = input({2, 3, 4});
  ReduceOptions axis1;
  axis1.axes = SmallVector<int64_t>{1};
  axis1.keepDimensions = true;
  for (auto method :
       {&GraphBuilder::reduceL1, &GraphBuilder::reduceL2,
        &GraphBuilder::reduceLogSum, &GraphBuilder::reduceLogSumExp,
        &GraphBuilder::reduceMax, &GraphBuilder::reduceMean,
        &GraphBuilder::reduceMin, &GraphBuilder::reduceProduct,
        &GraphBuilder::reduceSum, &GraphBuilder::reduceSumSquare}) {
    EXPECT_EQ(shapeOf(ok((builder.*method)(x, axis1))), (Shape{2, 1, 4}));
    // Without axes every dimension is reduced.
    Value all = ok((builder.*method)(x, ReduceOptions()));
    EXPECT_TRUE(shapeOf(all).empty());
    EXPECT_EQ(dataTypeOf(all), "float32");
  }

  // Empty axes reduce nothing.
  ReduceOptions none;
  none.axes = SmallVector<int64_t>{};
  EXPECT_EQ(ok(builder.reduceSum(x, none)).getType(), x.getType());
  ReduceOptions outer;
  outer.axes = SmallVector<int64_t>{2, 0};
  EXPECT_EQ(shapeOf(ok(builder.reduceSum(x, outer))), (Shape{3}));
  ReduceOptions keepAll;
  keepAll.keepDimensions = true;
  EXPECT_EQ(shapeOf(ok(builder.reduceProduct(x, keepAll))), (Shape{1, 1, 1}));

  // Integer inputs keep their data type.
  Value u32 = ok(builder.reduceSum(input({4}, DataType::Uint32)));
  EXPECT_TRUE(shapeOf(u32).empty());
  EXPECT_EQ(dataTypeOf(u32), "uint32");
  EXPECT_EQ(dataTypeOf(ok(builder.reduceMax(input({4}, DataType::Int8)))),
            "int8");
  expectVerifies(ok(builder.reduceMean(x, axis1)));
}

TEST_F(GraphBuilderTest, ArgMinMax) {
  Value x = input({2, 3, 4});
  Value smallest = ok(builder.argMin(x, 2));
  EXPECT_EQ(shapeOf(smallest), (Shape{2, 3}));
  EXPECT_EQ(dataTypeOf(smallest), "int32");

  ArgMinMaxOptions options;
  options.keepDimensions = true;
  options.outputDataType = DataType::Int64;
  Value largest = ok(builder.argMax(x, 1, options));
  EXPECT_EQ(shapeOf(largest), (Shape{2, 1, 4}));
  EXPECT_EQ(dataTypeOf(largest), "int64");
  auto op = cast<ArgMaxOp>(largest.getDefiningOp());
  EXPECT_EQ(op.getAxis(), 1u);
  EXPECT_TRUE(op.getKeepDimensions());

  // Any input data type; a rank-1 input gives a scalar.
  Value u8 = ok(builder.argMax(input({5}, DataType::Uint8), 0));
  EXPECT_TRUE(shapeOf(u8).empty());
  EXPECT_EQ(dataTypeOf(u8), "int32");
  expectVerifies(largest);
}

TEST_F(GraphBuilderTest, CumulativeSum) {
  Value x = input({2, 3});
  CumulativeSumOptions options;
  options.exclusive = true;
  options.reversed = true;
  Value r = ok(builder.cumulativeSum(x, 1, options));
  EXPECT_EQ(r.getType(), x.getType());
  auto op = cast<CumulativeSumOp>(r.getDefiningOp());
  EXPECT_EQ(op.getAxis(), 1u);
  EXPECT_TRUE(op.getExclusive());
  EXPECT_TRUE(op.getReversed());

  Value u64 = input({4}, DataType::Uint64);
  Value sums = ok(builder.cumulativeSum(u64, 0));
  EXPECT_EQ(sums.getType(), u64.getType());
  EXPECT_FALSE(cast<CumulativeSumOp>(sums.getDefiningOp()).getExclusive());
  expectVerifies(r);
}

TEST_F(GraphBuilderTest, GatherShapes) {
  Value x = input({4, 5, 6});
  GatherOptions axis1;
  axis1.axis = 1;
  Value r = ok(builder.gather(x, input({2, 3}, DataType::Int32), axis1));
  EXPECT_EQ(shapeOf(r), (Shape{4, 2, 3, 6}));
  EXPECT_EQ(dataTypeOf(r), "float32");
  EXPECT_EQ(shapeOf(ok(builder.gather(x, input({7}, DataType::Int64)))),
            (Shape{7, 5, 6}));
  // A scalar index drops the axis.
  GatherOptions axis2;
  axis2.axis = 2;
  EXPECT_EQ(shapeOf(ok(builder.gather(x, input({}, DataType::Uint32), axis2))),
            (Shape{4, 5}));
  expectVerifies(r);
}

TEST_F(GraphBuilderTest, GatherElementsAndGatherND) {
  Value x = input({3, 4});
  EXPECT_EQ(
      shapeOf(ok(builder.gatherElements(x, input({2, 4}, DataType::Int32)))),
      (Shape{2, 4}));
  GatherOptions axis1;
  axis1.axis = 1;
  Value elements =
      ok(builder.gatherElements(x, input({3, 7}, DataType::Int64), axis1));
  EXPECT_EQ(shapeOf(elements), (Shape{3, 7}));
  EXPECT_EQ(dataTypeOf(elements), "float32");

  // indices.shape[:-1] + input.shape[k:].
  Value y = input({2, 3, 4});
  EXPECT_EQ(shapeOf(ok(builder.gatherND(y, input({5, 2}, DataType::Int32)))),
            (Shape{5, 4}));
  EXPECT_EQ(shapeOf(ok(builder.gatherND(y, input({5, 3}, DataType::Int32)))),
            (Shape{5}));
  Value nd = ok(builder.gatherND(y, input({2, 2, 1}, DataType::Uint32)));
  EXPECT_EQ(shapeOf(nd), (Shape{2, 2, 3, 4}));
  expectVerifies(nd);
}

TEST_F(GraphBuilderTest, ScatterKeepsTheInputType) {
  Value x = input({3, 3});
  Value elements = ok(builder.scatterElements(x, input({2, 3}, DataType::Int32),
                                              input({2, 3})));
  EXPECT_EQ(elements.getType(), x.getType());
  ScatterOptions axis1;
  axis1.axis = 1;
  EXPECT_EQ(ok(builder.scatterElements(x, input({3, 1}, DataType::Int64),
                                       input({3, 1}), axis1))
                .getType(),
            x.getType());

  Value y = input({4, 5, 6});
  Value nd =
      ok(builder.scatterND(y, input({3, 2}, DataType::Int64), input({3, 6})));
  EXPECT_EQ(nd.getType(), y.getType());
  expectVerifies(nd);
}

TEST_F(GraphBuilderTest, SliceShapes) {
  Value x = input({3, 5});
  Value r = ok(builder.slice(x, {0, 1}, {2, 4}));
  EXPECT_EQ(shapeOf(r), (Shape{2, 4}));
  EXPECT_EQ(dataTypeOf(r), "float32");
  // Absent strides stay absent.
  EXPECT_FALSE(cast<SliceOp>(r.getDefiningOp()).getStrides().has_value());

  // ceil(sizes / strides).
  SliceOptions strided;
  strided.strides = SmallVector<int64_t>{1, 2};
  Value s = ok(builder.slice(x, {0, 1}, {2, 4}, strided));
  EXPECT_EQ(shapeOf(s), (Shape{2, 2}));
  auto op = cast<SliceOp>(s.getDefiningOp());
  EXPECT_EQ(SmallVector<int64_t>(op.getStarts()), (Shape{0, 1}));
  EXPECT_EQ(SmallVector<int64_t>(op.getSizes()), (Shape{2, 4}));
  ASSERT_TRUE(op.getStrides().has_value());
  EXPECT_EQ(SmallVector<int64_t>(*op.getStrides()), (Shape{1, 2}));

  // The window may end at the end of the input; 5 every 2 are 3.
  SliceOptions everyOther;
  everyOther.strides = SmallVector<int64_t>{2};
  Value u8 =
      ok(builder.slice(input({6}, DataType::Uint8), {1}, {5}, everyOther));
  EXPECT_EQ(shapeOf(u8), (Shape{3}));
  EXPECT_EQ(dataTypeOf(u8), "uint8");
  // A scalar has empty lists.
  EXPECT_TRUE(shapeOf(ok(builder.slice(input({}), {}, {}))).empty());
  expectVerifies(s);
}

TEST_F(GraphBuilderTest, ExpandShapes) {
  Value r = ok(builder.expand(input({3, 1}), {2, 3, 4}));
  EXPECT_EQ(shapeOf(r), (Shape{2, 3, 4}));
  EXPECT_EQ(dataTypeOf(r), "float32");
  EXPECT_EQ(
      SmallVector<int64_t>(cast<ExpandOp>(r.getDefiningOp()).getNewShape()),
      (Shape{2, 3, 4}));
  Value scalar = ok(builder.expand(input({}, DataType::Int64), {4, 6}));
  EXPECT_EQ(shapeOf(scalar), (Shape{4, 6}));
  EXPECT_EQ(dataTypeOf(scalar), "int64");
  Value same = input({4});
  EXPECT_EQ(ok(builder.expand(same, {4})).getType(), same.getType());
  expectVerifies(r);
}

TEST_F(GraphBuilderTest, ReverseKeepsTheType) {
  Value x = input({2, 3, 4}, DataType::Float16);
  // Absent axes (every dimension) and empty axes (none) are kept apart.
  Value all = ok(builder.reverse(x));
  EXPECT_EQ(all.getType(), x.getType());
  EXPECT_FALSE(cast<ReverseOp>(all.getDefiningOp()).getAxes().has_value());
  ReverseOptions none;
  none.axes = SmallVector<int64_t>{};
  Value unchanged = ok(builder.reverse(x, none));
  EXPECT_EQ(unchanged.getType(), x.getType());
  auto noAxes = cast<ReverseOp>(unchanged.getDefiningOp()).getAxes();
  ASSERT_TRUE(noAxes.has_value());
  EXPECT_TRUE(noAxes->empty());

  ReverseOptions some;
  some.axes = SmallVector<int64_t>{2, 0};
  Value r = ok(builder.reverse(x, some));
  EXPECT_EQ(r.getType(), x.getType());
  auto axes = cast<ReverseOp>(r.getDefiningOp()).getAxes();
  ASSERT_TRUE(axes.has_value());
  EXPECT_EQ(SmallVector<int64_t>(*axes), (Shape{2, 0}));
  expectVerifies(r);
}

TEST_F(GraphBuilderTest, TileShapes) {
  Value r = ok(builder.tile(input({2, 3}, DataType::Int32), {2, 3}));
  EXPECT_EQ(shapeOf(r), (Shape{4, 9}));
  EXPECT_EQ(dataTypeOf(r), "int32");
  Value ones = input({1, 2});
  EXPECT_EQ(ok(builder.tile(ones, {1, 1})).getType(), ones.getType());
  EXPECT_TRUE(shapeOf(ok(builder.tile(input({}), {}))).empty());
  expectVerifies(r);
}

TEST_F(GraphBuilderTest, TriangularOptions) {
  Value x = input({2, 3, 4});
  Value upper = ok(builder.triangular(x));
  EXPECT_EQ(upper.getType(), x.getType());
  auto upperOp = cast<TriangularOp>(upper.getDefiningOp());
  EXPECT_TRUE(upperOp.getUpper());
  EXPECT_EQ(static_cast<int64_t>(upperOp.getDiagonal()), 0);

  TriangularOptions lower;
  lower.upper = false;
  lower.diagonal = -1;
  Value u8 = input({3, 3}, DataType::Uint8);
  Value r = ok(builder.triangular(u8, lower));
  EXPECT_EQ(r.getType(), u8.getType());
  auto lowerOp = cast<TriangularOp>(r.getDefiningOp());
  EXPECT_FALSE(lowerOp.getUpper());
  EXPECT_EQ(static_cast<int64_t>(lowerOp.getDiagonal()), -1);
  expectVerifies(r);
}

TEST_F(GraphBuilderTest, PadModes) {
  Value x = input({3, 3});
  // The defaults: constant padding with 0.
  Value constant = ok(builder.pad(x, {1, 0}, {2, 1}));
  EXPECT_EQ(shapeOf(constant), (Shape{6, 4}));
  EXPECT_EQ(dataTypeOf(constant), "float32");
  auto constantOp = cast<PadOp>(constant.getDefiningOp());
  EXPECT_TRUE(constantOp.getMode() == PaddingMode::constant);
  EXPECT_EQ(constantOp.getValue().convertToDouble(), 0.0);
  EXPECT_EQ(SmallVector<int64_t>(constantOp.getBeginningPadding()),
            (Shape{1, 0}));
  EXPECT_EQ(SmallVector<int64_t>(constantOp.getEndingPadding()), (Shape{2, 1}));

  // Edge padding may be wider than the dimension.
  PadOptions edge;
  edge.mode = PaddingMode::edge;
  Value edged = ok(builder.pad(x, {4, 0}, {0, 5}, edge));
  EXPECT_EQ(shapeOf(edged), (Shape{7, 8}));
  EXPECT_TRUE(cast<PadOp>(edged.getDefiningOp()).getMode() ==
              PaddingMode::edge);

  // Reflection padding up to the dimension minus 1.
  PadOptions reflection;
  reflection.mode = PaddingMode::reflection;
  reflection.value = 1.5;
  Value mirrored = ok(builder.pad(x, {2, 1}, {1, 2}, reflection));
  EXPECT_EQ(shapeOf(mirrored), (Shape{6, 6}));
  auto mirroredOp = cast<PadOp>(mirrored.getDefiningOp());
  EXPECT_TRUE(mirroredOp.getMode() == PaddingMode::reflection);
  EXPECT_EQ(mirroredOp.getValue().convertToDouble(), 1.5);

  PadOptions minusOne;
  minusOne.value = -1.0;
  Value u8 = ok(builder.pad(input({4}, DataType::Uint8), {1}, {3}, minusOne));
  EXPECT_EQ(shapeOf(u8), (Shape{8}));
  EXPECT_EQ(dataTypeOf(u8), "uint8");
  EXPECT_EQ(cast<PadOp>(u8.getDefiningOp()).getValue().convertToDouble(), -1.0);
  expectVerifies(mirrored);
}

//===----------------------------------------------------------------------===//
// Invalid calls: errors as values, with the verifier's message
//===----------------------------------------------------------------------===//

TEST_F(GraphBuilderTest, RejectsNonBroadcastableShapes) {
  EXPECT_THAT(error(builder.add(input({2, 3}), input({4}))),
              HasSubstr("add: shapes [2, 3] and [4] are not broadcastable"));
}

TEST_F(GraphBuilderTest, RejectsMixedDataTypes) {
  EXPECT_THAT(error(builder.mul(input({2}), input({2}, DataType::Int32))),
              HasSubstr("mul: b data type (int32) must match a data type "
                        "(float32)"));
}

TEST_F(GraphBuilderTest, RejectsDisallowedDataTypes) {
  EXPECT_THAT(error(builder.sigmoid(input({2}, DataType::Int32))),
              HasSubstr("sigmoid: input data type (int32) must be one of "
                        "float32, float16"));
  EXPECT_THAT(error(builder.relu(input({2}, DataType::Uint8))),
              HasSubstr("relu: input data type (uint8)"));
}

TEST_F(GraphBuilderTest, RejectsConv2dChannelMismatch) {
  EXPECT_THAT(
      error(builder.conv2d(input({1, 3, 8, 8}), input({4, 4, 3, 3}))),
      HasSubstr("conv2d: input channels (3) must equal filter input channels "
                "(4) * groups (1)"));
}

TEST_F(GraphBuilderTest, RejectsConv2dBadOptions) {
  Conv2dOptions options;
  options.strides = SmallVector<int64_t, 2>{0, 1};
  EXPECT_THAT(
      error(builder.conv2d(input({1, 3, 8, 8}), input({4, 3, 3, 3}), options)),
      HasSubstr("conv2d: strides [0, 1] must hold values"));
  Conv2dOptions groups;
  groups.groups = 0;
  EXPECT_THAT(
      error(builder.conv2d(input({1, 3, 8, 8}), input({4, 3, 3, 3}), groups)),
      HasSubstr("conv2d: groups (0) must be positive"));
  Conv2dOptions hugeGroups;
  hugeGroups.groups = int64_t(1) << 40;
  EXPECT_THAT(error(builder.conv2d(input({1, 3, 8, 8}), input({4, 3, 3, 3}),
                                   hugeGroups)),
              HasSubstr("out of range"));
  Conv2dOptions bias;
  bias.bias = input({5});
  EXPECT_THAT(
      error(builder.conv2d(input({1, 3, 8, 8}), input({4, 3, 3, 3}), bias)),
      HasSubstr("conv2d: bias shape [5] must be [4]"));
}

TEST_F(GraphBuilderTest, RejectsWindowLargerThanInput) {
  Pool2dOptions options;
  options.windowDimensions = SmallVector<int64_t, 2>{6, 6};
  EXPECT_THAT(error(builder.maxPool2d(input({1, 1, 5, 5}), options)),
              HasSubstr("maxPool2d: the dilated window height (6) is larger "
                        "than the padded input height (5)"));
}

TEST_F(GraphBuilderTest, RejectsBadOutputSizes) {
  Pool2dOptions options;
  options.windowDimensions = SmallVector<int64_t, 2>{3, 3};
  options.strides = SmallVector<int64_t, 2>{2, 2};
  options.outputSizes = SmallVector<int64_t, 2>{4, 4};
  EXPECT_THAT(error(builder.averagePool2d(input({1, 1, 5, 5}), options)),
              HasSubstr("averagePool2d: outputSizes [4, 4] must be"));
}

TEST_F(GraphBuilderTest, RejectsReshapeElementCount) {
  EXPECT_THAT(error(builder.reshape(input({2, 3}), {4, 2})),
              HasSubstr("reshape: newShape [4, 2] has 8 elements but the "
                        "input [2, 3] has 6"));
}

TEST_F(GraphBuilderTest, RejectsBadAxes) {
  EXPECT_THAT(error(builder.softmax(input({2, 3}), 2)),
              HasSubstr("softmax: axis (2) must be in the range [0, 2)"));
  EXPECT_THAT(error(builder.concat({}, 0)),
              HasSubstr("concat: needs at least one input"));
  BatchNormalizationOptions options;
  options.axis = -1;
  EXPECT_THAT(error(builder.batchNormalization(input({1, 2}), input({2}),
                                               input({2}), options)),
              HasSubstr("batchNormalization: axis (-1)"));
}

TEST_F(GraphBuilderTest, RejectsGemmInnerDimensions) {
  EXPECT_THAT(error(builder.gemm(input({2, 3}), input({4, 5}))),
              HasSubstr("gemm: a's inner dimension (3) must equal b's inner "
                        "dimension (4)"));
}

TEST_F(GraphBuilderTest, RejectsClampBounds) {
  ClampOptions options;
  options.minValue = 2.0;
  options.maxValue = 1.0;
  EXPECT_THAT(error(builder.clamp(input({2}), options)),
              HasSubstr("clamp: minValue (2"));
}

TEST_F(GraphBuilderTest, RejectsElementwiseDataTypes) {
  EXPECT_THAT(error(builder.logicalAnd(input({2}), input({2}))),
              HasSubstr("logicalAnd: a data type (float32) must be uint8"));
  EXPECT_THAT(error(builder.logicalNot(input({2}, DataType::Int8))),
              HasSubstr("logicalNot: a data type (int8) must be uint8"));
  EXPECT_THAT(error(builder.isNaN(input({2}, DataType::Int32))),
              HasSubstr("isNaN: a data type (int32) must be one of float32, "
                        "float16"));
  EXPECT_THAT(error(builder.cos(input({2}, DataType::Int32))),
              HasSubstr("cos: input data type (int32) must be one of "
                        "float32, float16"));
  EXPECT_THAT(error(builder.elu(input({2}, DataType::Int32))),
              HasSubstr("elu: input data type (int32) must be one of "
                        "float32, float16"));
  EXPECT_THAT(error(builder.sign(input({2}, DataType::Uint8))),
              HasSubstr("sign: input data type (uint8) must be one of "
                        "float32, float16, int32, int64, int8"));
  EXPECT_THAT(error(builder.prelu(input({2}, DataType::Uint32),
                                  input({2}, DataType::Uint32))),
              HasSubstr("prelu: input data type (uint32) must be one of "
                        "float32, float16, int32, int64, int8"));
  EXPECT_THAT(error(builder.equal(input({2}), input({2}, DataType::Int32))),
              HasSubstr("equal: b data type (int32) must match a data type "
                        "(float32)"));
}

TEST_F(GraphBuilderTest, RejectsElementwiseShapes) {
  EXPECT_THAT(error(builder.greater(input({2, 3}), input({4}))),
              HasSubstr("greater: shapes [2, 3] and [4] are not "
                        "broadcastable"));
  EXPECT_THAT(error(builder.prelu(input({2, 3}), input({4}))),
              HasSubstr("prelu: input shape [2, 3] and slope shape [4] are "
                        "not broadcastable"));
}

TEST_F(GraphBuilderTest, RejectsBadWhereOperands) {
  EXPECT_THAT(error(builder.where(input({2}), input({2}), input({2}))),
              HasSubstr("where: condition data type (float32) must be uint8"));
  EXPECT_THAT(error(builder.where(input({2}, DataType::Uint8), input({2}),
                                  input({2}, DataType::Int32))),
              HasSubstr("where: falseValue data type (int32) must match "
                        "trueValue data type (float32)"));
  EXPECT_THAT(error(builder.where(input({2}, DataType::Uint8), input({2, 3}),
                                  input({4}))),
              HasSubstr("where: trueValue shape [2, 3] and falseValue shape "
                        "[4] are not broadcastable"));
  EXPECT_THAT(error(builder.where(input({4}, DataType::Uint8), input({2, 3}),
                                  input({3}))),
              HasSubstr("where: condition shape [4] and the values' "
                        "broadcast shape [2, 3] are not broadcastable"));
  Value x = input({2});
  EXPECT_THAT(error(builder.where(Value(), x, x)),
              HasSubstr("where: operand 0 is a null value, not an operand"));
}

TEST_F(GraphBuilderTest, RejectsBadReductions) {
  EXPECT_THAT(error(builder.reduceMean(input({2, 3}, DataType::Int32))),
              HasSubstr("reduceMean: input data type (int32) must be one of "
                        "float32, float16"));
  EXPECT_THAT(error(builder.reduceSum(input({2}, DataType::Int8))),
              HasSubstr("reduceSum: input data type (int8) must be one of "
                        "float32, float16, int32, uint32, int64, uint64"));
  ReduceOptions outOfRange;
  outOfRange.axes = SmallVector<int64_t>{0, 2};
  EXPECT_THAT(error(builder.reduceSum(input({2, 3}), outOfRange)),
              HasSubstr("reduceSum: axes [0, 2] must hold values in the "
                        "range [0, 2)"));
  ReduceOptions negative;
  negative.axes = SmallVector<int64_t>{-1};
  EXPECT_THAT(error(builder.reduceMax(input({2, 3}), negative)),
              HasSubstr("reduceMax: axes [-1] must hold values in the range "
                        "[0, 2)"));
  ReduceOptions twice;
  twice.axes = SmallVector<int64_t>{1, 1};
  EXPECT_THAT(error(builder.reduceL2(input({2, 3}), twice)),
              HasSubstr("reduceL2: axes [1, 1] holds 1 twice"));
  ReduceOptions ofScalar;
  ofScalar.axes = SmallVector<int64_t>{0};
  EXPECT_THAT(error(builder.reduceL1(input({}), ofScalar)),
              HasSubstr("reduceL1: axes [0] must be empty for an input of "
                        "rank 0"));
}

TEST_F(GraphBuilderTest, RejectsBadArgMinMax) {
  // The output data type is named by its WebNN name.
  ArgMinMaxOptions floatOutput;
  floatOutput.outputDataType = DataType::Float32;
  EXPECT_THAT(
      error(builder.argMin(input({2, 3}), 1, floatOutput)),
      HasSubstr("argMin: outputDataType (float32) must be int32 or int64"));
  ArgMinMaxOptions unsignedOutput;
  unsignedOutput.outputDataType = DataType::Uint32;
  EXPECT_THAT(error(builder.argMax(input({2, 3}), 1, unsignedOutput)),
              HasSubstr("argMax: outputDataType (uint32) must be int32 or "
                        "int64"));
  EXPECT_THAT(error(builder.argMax(input({2, 3}), -1)),
              HasSubstr("argMax: axis (-1) must be in the range [0, 2)"));
  EXPECT_THAT(error(builder.argMin(input({2, 3}), 2)),
              HasSubstr("argMin: axis (2) must be in the range [0, 2)"));
  EXPECT_THAT(error(builder.argMin(input({}), 0)),
              HasSubstr("argMin: input rank (0) must be at least 1"));
  EXPECT_THAT(error(builder.argMax(input({2}), int64_t(1) << 32)),
              HasSubstr("argMax: axis (4294967296) is out of range"));
}

TEST_F(GraphBuilderTest, RejectsBadCumulativeSum) {
  // -1 fits the I32 attribute; the axis check rejects it.
  EXPECT_THAT(error(builder.cumulativeSum(input({2, 3, 4}), -1)),
              HasSubstr("cumulativeSum: axis (-1) must be in the range "
                        "[0, 3)"));
  EXPECT_THAT(error(builder.cumulativeSum(input({2}), int64_t(1) << 32)),
              HasSubstr("cumulativeSum: axis (4294967296) is out of range"));
  EXPECT_THAT(error(builder.cumulativeSum(input({2}, DataType::Uint8), 0)),
              HasSubstr("cumulativeSum: input data type (uint8) must be one "
                        "of float32, float16, int32, uint32, int64, uint64"));
  EXPECT_THAT(error(builder.cumulativeSum(input({}), 0)),
              HasSubstr("cumulativeSum: input rank (0) must be at least 1"));
}

TEST_F(GraphBuilderTest, RejectsBadGatherAndScatter) {
  GatherOptions axis3;
  axis3.axis = 3;
  EXPECT_THAT(
      error(builder.gather(input({2, 3}), input({4}, DataType::Int32), axis3)),
      HasSubstr("gather: axis (3) must be in the range [0, 2)"));
  GatherOptions negative;
  negative.axis = -1;
  EXPECT_THAT(error(builder.gather(input({2, 3}), input({4}, DataType::Int32),
                                   negative)),
              HasSubstr("gather: axis (-1) must be in the range [0, 2)"));
  GatherOptions huge;
  huge.axis = int64_t(1) << 40;
  EXPECT_THAT(error(builder.gatherElements(input({2}),
                                           input({2}, DataType::Int32), huge)),
              HasSubstr("gatherElements: axis (1099511627776) is out of "
                        "range"));
  EXPECT_THAT(error(builder.gather(input({2, 3}), input({4}))),
              HasSubstr("gather: indices data type (float32) must be one of "
                        "int32, uint32, int64"));
  EXPECT_THAT(error(builder.gather(input({}), input({4}, DataType::Int32))),
              HasSubstr("gather: input rank (0) must be at least 1"));
  EXPECT_THAT(error(builder.gatherElements(input({3, 4}),
                                           input({2, 5}, DataType::Int32))),
              HasSubstr("gatherElements: indices shape [2, 5] must be "
                        "[2, 4] (the input's shape except along axis)"));
  EXPECT_THAT(
      error(builder.gatherElements(input({3, 4}), input({4}, DataType::Int32))),
      HasSubstr("gatherElements: indices rank (1) must equal input "
                "rank (2)"));
  EXPECT_THAT(
      error(builder.gatherND(input({2, 3}), input({4, 3}, DataType::Int32))),
      HasSubstr("gatherND: indices hold coordinates of 3 dimensions, "
                "more than the input rank (2)"));
  EXPECT_THAT(error(builder.scatterElements(input({3, 3}),
                                            input({2, 3}, DataType::Int32),
                                            input({2, 3}, DataType::Int32))),
              HasSubstr("scatterElements: updates data type (int32) must "
                        "match input data type (float32)"));
  EXPECT_THAT(
      error(builder.scatterND(input({4, 5}), input({3, 1}, DataType::Int32),
                              input({3, 4}))),
      HasSubstr("scatterND: updates shape [3, 4] must be [3, 5] "
                "(indices.shape[:-1] + input.shape[k:])"));
  Value x = input({2});
  EXPECT_THAT(error(builder.gather(x, Value())),
              HasSubstr("gather: operand 1 is a null value, not an operand"));
}

TEST_F(GraphBuilderTest, RejectsBadSlice) {
  EXPECT_THAT(error(builder.slice(input({3, 5}), {0}, {2, 4})),
              HasSubstr("slice: starts [0] must have 2 values, one per input "
                        "dimension"));
  EXPECT_THAT(error(builder.slice(input({3, 5}), {0, 0}, {2, 4, 1})),
              HasSubstr("slice: sizes [2, 4, 1] must have 2 values, one per "
                        "input dimension"));
  SliceOptions shortStrides;
  shortStrides.strides = SmallVector<int64_t>{1};
  EXPECT_THAT(error(builder.slice(input({3, 5}), {0, 0}, {2, 4}, shortStrides)),
              HasSubstr("slice: strides [1] must have 2 values, one per input "
                        "dimension"));
  EXPECT_THAT(error(builder.slice(input({3, 5}), {0, 0}, {2, 0})),
              HasSubstr("slice: sizes [2, 0] must hold values of at least 1"));
  SliceOptions zeroStride;
  zeroStride.strides = SmallVector<int64_t>{0, 1};
  EXPECT_THAT(error(builder.slice(input({3, 5}), {0, 0}, {2, 4}, zeroStride)),
              HasSubstr("slice: strides [0, 1] must hold values of at least "
                        "1"));
  EXPECT_THAT(error(builder.slice(input({3, 5}), {0, 2}, {2, 4})),
              HasSubstr("slice: the window of 4 elements from 2 must lie "
                        "inside dimension 1 (of size 5)"));
  EXPECT_THAT(error(builder.slice(input({3, 5}), {0, 6}, {2, 1})),
              HasSubstr("slice: the window of 1 elements from 6 must lie "
                        "inside dimension 1 (of size 5)"));
  EXPECT_THAT(error(builder.slice(input({3, 5}), {-1, 0}, {2, 4})),
              HasSubstr("slice: the window of 2 elements from -1 must lie "
                        "inside dimension 0 (of size 3)"));
  EXPECT_THAT(error(builder.slice(Value(), {0}, {1})),
              HasSubstr("slice: operand 0 is a null value, not an operand"));
}

TEST_F(GraphBuilderTest, RejectsBadExpand) {
  EXPECT_THAT(error(builder.expand(input({3, 2}), {3, 4})),
              HasSubstr("expand: input shape [3, 2] does not broadcast to "
                        "newShape [3, 4]"));
  // new_shape may add dimensions, never drop them.
  EXPECT_THAT(error(builder.expand(input({2, 3, 1}), {3, 4})),
              HasSubstr("expand: input shape [2, 3, 1] does not broadcast to "
                        "newShape [3, 4]"));
  EXPECT_THAT(error(builder.expand(input({3, 1}), {3, 0})),
              HasSubstr("expand: newShape [3, 0] must hold values in the "
                        "range [1, 2147483647]"));
  EXPECT_THAT(error(builder.expand(input({1}), {100000, 100000})),
              HasSubstr("expand: output shape [100000, 100000] of float32 "
                        "needs 10000000000 elements of 4 bytes, more than "
                        "maxTensorByteLength (2147483647 bytes)"));
}

TEST_F(GraphBuilderTest, RejectsBadReverse) {
  ReverseOptions outOfRange;
  outOfRange.axes = SmallVector<int64_t>{0, 2};
  EXPECT_THAT(error(builder.reverse(input({2, 3}), outOfRange)),
              HasSubstr("reverse: axes [0, 2] must hold values in the range "
                        "[0, 2)"));
  ReverseOptions negative;
  negative.axes = SmallVector<int64_t>{-1};
  EXPECT_THAT(error(builder.reverse(input({2, 3}), negative)),
              HasSubstr("reverse: axes [-1] must hold values in the range "
                        "[0, 2)"));
  ReverseOptions twice;
  twice.axes = SmallVector<int64_t>{1, 0, 1};
  EXPECT_THAT(error(builder.reverse(input({2, 3}), twice)),
              HasSubstr("reverse: axes [1, 0, 1] holds 1 twice"));
}

TEST_F(GraphBuilderTest, RejectsBadTile) {
  EXPECT_THAT(error(builder.tile(input({2, 3}), {2})),
              HasSubstr("tile: repetitions [2] must have 2 values, one per "
                        "input dimension"));
  EXPECT_THAT(error(builder.tile(input({2, 3}), {2, 0})),
              HasSubstr("tile: repetitions [2, 0] must hold values of at "
                        "least 1"));
  // 2 * 2^30 is one past the largest dimension.
  EXPECT_THAT(error(builder.tile(input({2, 3}, DataType::Uint8),
                                 {int64_t(1) << 30, 1})),
              HasSubstr("tile: repetitions [1073741824, 1] make dimension 0 "
                        "larger than 2147483647"));
  EXPECT_THAT(error(builder.tile(input({2, 3}), {100000, 100000})),
              HasSubstr("tile: output shape [200000, 300000] of float32 "
                        "needs 60000000000 elements of 4 bytes, more than "
                        "maxTensorByteLength (2147483647 bytes)"));
}

TEST_F(GraphBuilderTest, RejectsBadTriangular) {
  EXPECT_THAT(error(builder.triangular(input({3}))),
              HasSubstr("triangular: input rank (1) must be at least 2"));
  TriangularOptions lower;
  lower.upper = false;
  EXPECT_THAT(error(builder.triangular(input({}, DataType::Int32), lower)),
              HasSubstr("triangular: input rank (0) must be at least 2"));
}

TEST_F(GraphBuilderTest, RejectsBadPad) {
  EXPECT_THAT(error(builder.pad(input({3, 3}), {1}, {0, 2})),
              HasSubstr("pad: beginningPadding [1] must have 2 values, one "
                        "per input dimension"));
  EXPECT_THAT(error(builder.pad(input({3, 3}), {1, 1}, {0, -2})),
              HasSubstr("pad: endingPadding [0, -2] must hold values in the "
                        "range [0, 2147483647]"));
  PadOptions reflection;
  reflection.mode = PaddingMode::reflection;
  EXPECT_THAT(error(builder.pad(input({3, 4}), {3, 1}, {0, 2}, reflection)),
              HasSubstr("pad: beginningPadding [3, 1] must be smaller than "
                        "each dimension for reflection (dimension 0 is 3)"));
  // The same padding is fine at the edge.
  PadOptions edge;
  edge.mode = PaddingMode::edge;
  EXPECT_EQ(shapeOf(ok(builder.pad(input({3, 4}), {3, 1}, {0, 2}, edge))),
            (Shape{6, 7}));
  EXPECT_THAT(error(builder.pad(input({1, 1}, DataType::Uint8), {0, 2147483647},
                                {0, 0})),
              HasSubstr("pad: the padded dimension 1 (2147483648) is not a "
                        "valid dimension: it must be in the range [1, "
                        "2147483647]"));
  EXPECT_THAT(error(builder.pad(input({1, 1}), {0, 1000000000}, {0, 0})),
              HasSubstr("pad: output shape [1, 1000000001] of float32 needs "
                        "1000000001 elements of 4 bytes, more than "
                        "maxTensorByteLength (2147483647 bytes)"));
}

TEST_F(GraphBuilderTest, RejectsBadInputsAndConstants) {
  EXPECT_FALSE(static_cast<bool>(builder.input("", {DataType::Float32, {2}})));
  llvm::consumeError(builder.input("", {DataType::Float32, {2}}).takeError());
  input({2}); // "in0"
  auto duplicate = builder.input("in0", {DataType::Float32, {2}});
  EXPECT_THAT(llvm::toString(duplicate.takeError()), HasSubstr("already used"));
  auto zeroDim = builder.input("z", {DataType::Float32, {2, 0}});
  EXPECT_THAT(llvm::toString(zeroDim.takeError()),
              HasSubstr("dimension 1 (0) is not a valid dimension"));
  auto tooLarge = builder.input(
      "huge", {DataType::Float32, {2147483647, 2147483647, 2147483647}});
  EXPECT_THAT(llvm::toString(tooLarge.takeError()),
              HasSubstr("has more elements than"));

  std::vector<float> data(3);
  EXPECT_THAT(
      error(builder.constant({DataType::Float32, {2}}, ArrayRef<float>(data))),
      HasSubstr("the data has 12 bytes but the descriptor needs 8"));
  std::vector<int32_t> ints(2);
  EXPECT_THAT(error(builder.constant({DataType::Float16, {2}},
                                     ArrayRef<int32_t>(ints))),
              HasSubstr("float16 needs 2-byte elements"));
}

TEST_F(GraphBuilderTest, RejectsTensorsOverMaxTensorByteLength) {
  // 2^29 float32 elements are 2 GiB, one byte over the limit; the same
  // count of uint8 is within it.
  auto overLimit = builder.input("big", {DataType::Float32, {1 << 29}});
  EXPECT_THAT(llvm::toString(overLimit.takeError()),
              HasSubstr("input: descriptor shape [536870912] of float32 needs "
                        "536870912 elements of 4 bytes, more than "
                        "maxTensorByteLength (2147483647 bytes)"));
  EXPECT_TRUE(
      static_cast<bool>(builder.input("bytes", {DataType::Uint8, {1 << 29}})));

  // A constant's descriptor is checked before its data is looked at.
  std::vector<float> few(2);
  EXPECT_THAT(error(builder.constant({DataType::Float32, {1 << 20, 1 << 20}},
                                     ArrayRef<float>(few))),
              HasSubstr("more than maxTensorByteLength"));

  // Small operands whose output would be over the limit.
  EXPECT_THAT(error(builder.matmul(input({100000, 1}), input({1, 100000}))),
              HasSubstr("matmul: output shape [100000, 100000] of float32 "
                        "needs 10000000000 elements"));
  EXPECT_THAT(error(builder.add(input({100000, 1}), input({1, 100000}))),
              HasSubstr("add: output shape [100000, 100000]"));
}

TEST_F(GraphBuilderTest, RejectsOperandsOfAnotherBuilder) {
  GraphBuilder other(&context, "other");
  Value foreign = llvm::cantFail(other.input("x", {DataType::Float32, {2}}));
  EXPECT_THAT(error(builder.relu(foreign)),
              HasSubstr("does not belong to this graph builder"));
}

// Found by OnnxModelFuzzer: a Concat whose second input was an omitted
// ONNX input reached the builder as a null value and crashed concat's type
// inference. A null operand, required or in a list, is an error.
TEST_F(GraphBuilderTest, RejectsNullOperands) {
  Value x = input({2});
  EXPECT_THAT(error(builder.concat({x, Value()}, 0)),
              HasSubstr("concat: operand 1 is a null value, not an operand"));
  EXPECT_THAT(error(builder.add(Value(), x)),
              HasSubstr("add: operand 0 is a null value, not an operand"));
  EXPECT_THAT(error(builder.relu(Value())),
              HasSubstr("relu: operand 0 is a null value, not an operand"));
  // An absent optional operand is not an operand at all.
  Value filter = input({1, 1, 1, 1});
  Value image = input({1, 1, 2, 2});
  auto conv = builder.conv2d(image, filter, {});
  EXPECT_TRUE(static_cast<bool>(conv)) << llvm::toString(conv.takeError());
}

TEST_F(GraphBuilderTest, RejectsBadOutputsAndBuildingTwice) {
  Value x = input({2});
  auto noOutputs = builder.build({});
  EXPECT_THAT(llvm::toString(noOutputs.takeError()),
              HasSubstr("at least one output"));
  auto inputOutput = builder.build({{"x", x}});
  EXPECT_THAT(llvm::toString(inputOutput.takeError()),
              HasSubstr("is an input or a constant"));
  Value y = ok(builder.relu(x));
  auto module = builder.build({{"y", y}});
  ASSERT_TRUE(static_cast<bool>(module));
  EXPECT_THAT(error(builder.relu(x)), HasSubstr("already been built"));
}

} // namespace

TEST_F(GraphBuilderTest, SplitReturnsOneValuePerPiece) {
  Value x = input({3, 6});
  auto equal = builder.split(x, 3, {/*axis=*/1});
  ASSERT_TRUE(static_cast<bool>(equal)) << llvm::toString(equal.takeError());
  ASSERT_EQ(equal->size(), 3u);
  for (Value piece : *equal)
    EXPECT_EQ(cast<RankedTensorType>(piece.getType()).getShape(),
              ArrayRef<int64_t>({3, 2}));
  auto sized = builder.split(x, ArrayRef<int64_t>{1, 2}, {/*axis=*/0});
  ASSERT_TRUE(static_cast<bool>(sized)) << llvm::toString(sized.takeError());
  ASSERT_EQ(sized->size(), 2u);
  EXPECT_EQ(cast<RankedTensorType>((*sized)[1].getType()).getShape(),
            ArrayRef<int64_t>({2, 6}));
  // The pieces are operands like any other.
  ok(builder.add((*equal)[0], (*equal)[2]));
}

TEST_F(GraphBuilderTest, RejectsBadSplits) {
  auto message = [](llvm::Expected<SmallVector<Value>> result) {
    return result ? std::string("no error")
                  : llvm::toString(result.takeError());
  };
  Value x = input({3, 6});
  EXPECT_EQ(message(builder.split(x, 4, {/*axis=*/1})),
            "split: dimension 1 (6) does not divide into 4 equal pieces");
  EXPECT_EQ(message(builder.split(x, 0, {/*axis=*/1})),
            "split: splits (0) must be a count between 1 and 8192");
  EXPECT_THAT(message(builder.split(x, ArrayRef<int64_t>{2, 2}, {1})),
              HasSubstr("split: splits [2, 2] sum to 4, not to the size of "
                        "dimension 1 (6)"));
  EXPECT_THAT(message(builder.split(x, ArrayRef<int64_t>{6, 0}, {1})),
              HasSubstr("split: splits [6, 0] must hold values in the range "
                        "[1, 6]"));
  EXPECT_THAT(message(builder.split(x, 2, {/*axis=*/2})),
              HasSubstr("split: axis (2) must be in the range [0, 2)"));
  EXPECT_THAT(message(builder.split(input({}), 1)),
              HasSubstr("split: input rank (0) must be at least 1"));
}

TEST_F(GraphBuilderTest, CastChangesOnlyTheDataType) {
  Value y = ok(builder.cast(input({2, 3}, DataType::Int64), DataType::Uint8));
  EXPECT_EQ(dataTypeOf(y), "uint8");
  EXPECT_EQ(cast<RankedTensorType>(y.getType()).getShape(),
            ArrayRef<int64_t>({2, 3}));
  EXPECT_THAT(error(builder.cast(Value(), DataType::Float32)),
              HasSubstr("cast: operand 0 is a null value, not an operand"));
}
