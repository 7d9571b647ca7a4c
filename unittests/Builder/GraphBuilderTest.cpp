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
