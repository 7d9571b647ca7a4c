//===- DifferentialTest.cpp - CPU pipeline vs scalar reference ------------===//
//
// Random small graphs (seeded, so a failure reproduces) built with the
// GraphBuilder run through the vectorized CPU pipeline and through the
// scalar reference pipeline; the results must agree within float32
// rounding. Options the spec rejects for a drawn shape are redrawn.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Builder/GraphBuilder.h"
#include "WebNN/Runtime/Compare.h"
#include "WebNN/Runtime/Executable.h"
#include "mlir/IR/MLIRContext.h"
#include "gtest/gtest.h"
#include <random>

using namespace mlir;
using namespace mlir::webnn;

namespace {

/// Draws a random graph of a few ops from one seed.
class RandomGraph {
public:
  RandomGraph(MLIRContext *context, unsigned seed)
      : builder(context), rng(seed) {}

  OwningOpRef<ModuleOp> build(std::string &description) {
    int64_t c = pick(1, 8), h = pick(5, 12), w = pick(5, 12);
    bool nhwc = coin();
    layout = nhwc ? InputLayout::nhwc : InputLayout::nchw;
    SmallVector<int64_t> shape = nhwc ? SmallVector<int64_t>{1, h, w, c}
                                      : SmallVector<int64_t>{1, c, h, w};
    Value x = llvm::cantFail(builder.input("x", {DataType::Float32, shape}));
    int steps = pick(2, 5);
    for (int i = 0; i < steps; ++i) {
      // Redraw ops whose drawn options the spec rejects for this shape.
      for (int attempt = 0; attempt < 8; ++attempt) {
        std::string name;
        llvm::Expected<Value> next = step(x, name);
        if (next) {
          x = *next;
          description += name + " ";
          break;
        }
        llvm::consumeError(next.takeError());
      }
    }
    auto module = builder.build({{"y", x}});
    if (!module) {
      // The last op may be the input itself if every draw failed.
      llvm::consumeError(module.takeError());
      return {};
    }
    return std::move(*module);
  }

private:
  int64_t pick(int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(rng);
  }
  bool coin() { return pick(0, 1); }

  Value constant(ArrayRef<int64_t> shape, double lo = -1, double hi = 1) {
    int64_t count = 1;
    for (int64_t d : shape)
      count *= d;
    std::vector<float> data(count);
    std::uniform_real_distribution<float> dist(lo, hi);
    for (float &v : data)
      v = dist(rng);
    return llvm::cantFail(
        builder.constant({DataType::Float32, SmallVector<int64_t>(shape)},
                         ArrayRef<float>(data)));
  }

  int64_t channels(Value v) {
    auto shape = cast<RankedTensorType>(v.getType()).getShape();
    return layout == InputLayout::nchw ? shape[1] : shape[3];
  }

  llvm::Expected<Value> step(Value x, std::string &name) {
    int64_t c = channels(x);
    switch (pick(0, 6)) {
    case 0: {
      name = "conv2d";
      Conv2dOptions o;
      int64_t k = pick(1, 3);
      bool depthwise = coin();
      o.groups = depthwise ? c : 1;
      int64_t out = depthwise ? c * pick(1, 2) : pick(1, 8);
      o.inputLayout = layout;
      o.filterLayout = static_cast<FilterLayout>(pick(0, 3));
      o.strides = SmallVector<int64_t, 2>{pick(1, 2), pick(1, 2)};
      o.dilations = SmallVector<int64_t, 2>{pick(1, 2), 1};
      o.padding = SmallVector<int64_t, 4>{pick(0, 1), pick(0, 1), pick(0, 1),
                                          pick(0, 1)};
      int64_t in = depthwise ? 1 : c;
      SmallVector<int64_t> filter;
      switch (o.filterLayout) {
      case FilterLayout::oihw:
        filter = {out, in, k, k};
        break;
      case FilterLayout::hwio:
        filter = {k, k, in, out};
        break;
      case FilterLayout::ohwi:
        filter = {out, k, k, in};
        break;
      case FilterLayout::ihwo:
        filter = {in, k, k, out};
        break;
      }
      if (coin())
        o.bias = constant({out});
      return builder.conv2d(x, constant(filter), o);
    }
    case 1: {
      Pool2dOptions o;
      o.layout = layout;
      o.windowDimensions = SmallVector<int64_t, 2>{pick(1, 3), pick(1, 3)};
      o.strides = SmallVector<int64_t, 2>{pick(1, 2), pick(1, 2)};
      o.padding = SmallVector<int64_t, 4>{pick(0, 1), pick(0, 1), pick(0, 1),
                                          pick(0, 1)};
      // Ceil rounding only where no window would start in the padding.
      switch (pick(0, 2)) {
      case 0:
        name = "maxPool2d";
        return builder.maxPool2d(x, o);
      case 1:
        name = "averagePool2d";
        return builder.averagePool2d(x, o);
      default:
        name = "l2Pool2d";
        return builder.l2Pool2d(x, o);
      }
    }
    case 2: {
      name = "batchNormalization";
      BatchNormalizationOptions o;
      o.axis = layout == InputLayout::nchw ? 1 : 3;
      o.scale = constant({c});
      o.bias = constant({c});
      return builder.batchNormalization(x, constant({c}), constant({c}, 0.5, 2),
                                        o);
    }
    case 3: {
      switch (pick(0, 3)) {
      case 0:
        name = "relu";
        return builder.relu(x);
      case 1:
        name = "sigmoid";
        return builder.sigmoid(x);
      case 2: {
        name = "clamp";
        ClampOptions o;
        o.minValue = -0.5;
        o.maxValue = 0.5;
        return builder.clamp(x, o);
      }
      default:
        name = "leakyRelu";
        return builder.leakyRelu(x, {0.1});
      }
    }
    case 4: {
      // A per-channel constant, broadcast.
      SmallVector<int64_t> shape = layout == InputLayout::nchw
                                       ? SmallVector<int64_t>{c, 1, 1}
                                       : SmallVector<int64_t>{c};
      name = coin() ? "add" : "mul";
      return name == "add" ? builder.add(x, constant(shape))
                           : builder.mul(x, constant(shape));
    }
    case 5: {
      name = "softmax";
      return builder.softmax(x, 3);
    }
    default: {
      name = "transpose+transpose";
      TransposeOptions to;
      to.permutation = SmallVector<int64_t>{0, 2, 3, 1};
      auto t = builder.transpose(x, to);
      if (!t)
        return t.takeError();
      TransposeOptions back;
      back.permutation = SmallVector<int64_t>{0, 3, 1, 2};
      auto relu = builder.relu(*t);
      if (!relu)
        return relu.takeError();
      return builder.transpose(*relu, back);
    }
    }
  }

  GraphBuilder builder;
  std::mt19937 rng;
  InputLayout layout = InputLayout::nchw;
};

HostTensor randomInput(const TensorDescriptor &desc, unsigned seed) {
  HostTensor tensor(desc.dataType, desc.shape);
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> dist(-1, 1);
  for (int64_t i = 0; i < tensor.getNumElements(); ++i)
    tensor.setFromDouble(i, dist(rng));
  return tensor;
}

llvm::Expected<HostTensor> compileAndRun(MLIRContext &context, unsigned seed,
                                         StringRef pipeline,
                                         std::string &description) {
  RandomGraph graph(&context, seed);
  OwningOpRef<ModuleOp> module = graph.build(description);
  if (!module)
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "no graph");
  CompileOptions options;
  options.pipeline = pipeline.str();
  auto executable = Executable::compile(*module, "", options);
  if (!executable)
    return executable.takeError();
  auto results =
      (*executable)->run({randomInput((*executable)->getInputs()[0], seed)});
  if (!results)
    return results.takeError();
  return std::move((*results)[0]);
}

class DifferentialTest : public ::testing::TestWithParam<unsigned> {};

TEST_P(DifferentialTest, CpuPipelineMatchesReference) {
  unsigned seed = GetParam();
  MLIRContext cpuContext, referenceContext;
  std::string description, referenceDescription;
  auto cpu = compileAndRun(cpuContext, seed, "cpu", description);
  ASSERT_TRUE(static_cast<bool>(cpu)) << llvm::toString(cpu.takeError());
  auto reference =
      compileAndRun(referenceContext, seed, "reference", referenceDescription);
  ASSERT_TRUE(static_cast<bool>(reference))
      << llvm::toString(reference.takeError());
  ASSERT_EQ(description, referenceDescription);
  RecordProperty("graph", description);

  Tolerance tolerance;
  tolerance.kind = Tolerance::Kind::AllClose;
  tolerance.rtol = 1e-4;
  tolerance.value = 1e-5;
  Comparison result = compareTensors(*cpu, *reference, tolerance);
  EXPECT_TRUE(result.matches)
      << "seed " << seed << ", graph: " << description << "\n"
      << result.message;
}

INSTANTIATE_TEST_SUITE_P(Seeds, DifferentialTest, ::testing::Range(0u, 16u));

} // namespace
