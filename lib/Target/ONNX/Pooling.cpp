//===- Pooling.cpp - ONNX MaxPool, AveragePool and the global pools -------===//
//
// NCHW, as ONNX has it; 2-D only.
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::onnx_import;

namespace {

/// The options of MaxPool and AveragePool, and what AveragePool's
/// count_include_pad needs of them.
struct PoolAttributes {
  SmallVector<int64_t> inputShape;
  SmallVector<int64_t> kernel, strides, dilations;
  SmallVector<int64_t, 4> padding;
  Pool2dOptions options;
};

} // namespace

static llvm::Expected<PoolAttributes> getPoolAttributes(const Node &node) {
  const Attrs &attrs = node.attrs;
  PoolAttributes pool;
  SmallVector<int64_t> &x = pool.inputShape;
  x = Importer::shapeOf(node.in[0]);
  std::optional<SmallVector<int64_t>> kernel = getInts(attrs, "kernel_shape");
  if (x.size() != 4 || !kernel || kernel->size() != 2)
    return makeError("only 2-D pooling is supported");
  if (node.proto.output_size() > 1)
    return makeError("the Indices output is not supported");
  pool.kernel = *kernel;
  SmallVector<int64_t> &strides = pool.strides;
  SmallVector<int64_t> &dilations = pool.dilations;
  strides = getInts(attrs, "strides").value_or(SmallVector<int64_t>{1, 1});
  dilations = getInts(attrs, "dilations").value_or(SmallVector<int64_t>{1, 1});
  auto padding = getPadding(attrs, {x[2], x[3]}, *kernel, strides, dilations);
  if (!padding)
    return padding.takeError();
  pool.padding = *padding;
  Pool2dOptions &options = pool.options;
  options.windowDimensions =
      SmallVector<int64_t, 2>(ArrayRef<int64_t>(*kernel));
  options.padding = *padding;
  options.strides = SmallVector<int64_t, 2>(ArrayRef<int64_t>(strides));
  options.dilations = SmallVector<int64_t, 2>(ArrayRef<int64_t>(dilations));
  if (getInt(attrs, "ceil_mode", 0)) {
    // ONNX (as ONNX Runtime and PyTorch compute it) drops a last window
    // that would start in the end padding; WebNN's ceil rounding keeps
    // it. Pin the ONNX size with outputSizes (it is the floor or the
    // ceiling of WebNN's size, which is all outputSizes may be).
    SmallVector<int64_t, 2> sizes;
    for (int d = 0; d < 2; ++d) {
      int64_t padBegin = (*padding)[2 * d], padEnd = (*padding)[2 * d + 1];
      int64_t effective = ((*kernel)[d] - 1) * dilations[d] + 1;
      int64_t span = x[2 + d] + padBegin + padEnd - effective;
      if (span < 0)
        return makeError("the pooling window is larger than the padded "
                         "input");
      int64_t size = (span + strides[d] - 1) / strides[d] + 1;
      if ((size - 1) * strides[d] >= x[2 + d] + padBegin)
        --size;
      sizes.push_back(size);
    }
    options.outputSizes = sizes;
  }
  return pool;
}

static llvm::Expected<Value> convertMaxPool(Importer &importer,
                                            const Node &node) {
  auto pool = getPoolAttributes(node);
  if (!pool)
    return pool.takeError();
  return importer.getBuilder().maxPool2d(node.in[0], pool->options);
}

static llvm::Expected<Value> convertAveragePool(Importer &importer,
                                                const Node &node) {
  auto pool = getPoolAttributes(node);
  if (!pool)
    return pool.takeError();
  GraphBuilder &builder = importer.getBuilder();
  auto average = builder.averagePool2d(node.in[0], pool->options);
  if (!average || !getInt(node.attrs, "count_include_pad", 0) ||
      llvm::all_of(pool->padding, [](int64_t p) { return p == 0; }))
    return average;
  // count_include_pad: WebNN divides by the real elements only. Scale
  // each output position by (real elements / window size), a constant.
  ArrayRef<int64_t> x = pool->inputShape, kernel = pool->kernel,
                    strides = pool->strides, dilations = pool->dilations,
                    padding = pool->padding;
  SmallVector<int64_t> out = Importer::shapeOf(*average);
  std::vector<float> scale(out[2] * out[3]);
  for (int64_t i = 0; i < out[2]; ++i)
    for (int64_t j = 0; j < out[3]; ++j) {
      auto count = [&](int64_t o, int d) {
        int64_t n = 0;
        for (int64_t k = 0; k < kernel[d]; ++k) {
          int64_t pos = o * strides[d] - padding[2 * d] + k * dilations[d];
          n += pos >= 0 && pos < x[2 + d];
        }
        return n;
      };
      scale[i * out[3] + j] =
          float(count(i, 0) * count(j, 1)) / float(kernel[0] * kernel[1]);
    }
  auto factor = builder.constant({DataType::Float32, {out[2], out[3]}},
                                 ArrayRef<float>(scale));
  if (!factor)
    return factor.takeError();
  return builder.mul(*average, *factor);
}

static llvm::Expected<Value> convertGlobalAveragePool(Importer &importer,
                                                      const Node &node) {
  return importer.getBuilder().averagePool2d(node.in[0]);
}

static llvm::Expected<Value> convertGlobalMaxPool(Importer &importer,
                                                  const Node &node) {
  return importer.getBuilder().maxPool2d(node.in[0]);
}

ArrayRef<ConverterEntry> mlir::webnn::onnx_import::getPoolingConverters() {
  // The attributes later opsets added (count_include_pad at 7, dilations
  // and ceil_mode at 10) default to the earlier behaviour.
  static const ConverterEntry entries[] = {
      {"MaxPool", 1, convertMaxPool},
      {"AveragePool", 1, convertAveragePool},
      {"GlobalAveragePool", 1, convertGlobalAveragePool},
      {"GlobalMaxPool", 1, convertGlobalMaxPool},
  };
  return entries;
}
