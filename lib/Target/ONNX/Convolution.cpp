//===- Convolution.cpp - ONNX Conv, ConvTranspose and the pools' padding -===//
//
// NCHW, as ONNX has it; 2-D only.
//
//===----------------------------------------------------------------------===//

#include "Importer.h"
#include "WebNN/Dialect/WebNN/IR/Limits.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::onnx_import;

/// An error unless `values` holds `count` values in [min, kMaxDimension].
static llvm::Error checkWindowValues(StringRef name, ArrayRef<int64_t> values,
                                     size_t count, int64_t min) {
  if (values.size() != count)
    return makeError(name + " must have " + Twine(count) +
                     " values for a 2-D op, it has " + Twine(values.size()));
  for (int64_t value : values)
    if (value < min || value > kMaxDimension)
      return makeError(name + " value " + Twine(value) + " is not in [" +
                       Twine(min) + ", " + Twine(kMaxDimension) + "]");
  return llvm::Error::success();
}

llvm::Expected<SmallVector<int64_t, 4>> mlir::webnn::onnx_import::getPadding(
    const Attrs &attrs, ArrayRef<int64_t> inputHW, ArrayRef<int64_t> window,
    ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations) {
  // The sizes below, and the pools' ceil_mode sizes, are computed from
  // these before the builder checks them: bounded, they cannot overflow
  // (OnnxModelFuzzer: a kernel and dilation of 2^40 did), and a stride is
  // never 0.
  if (llvm::Error error = checkWindowValues("kernel_shape", window, 2, 1))
    return std::move(error);
  if (llvm::Error error = checkWindowValues("strides", strides, 2, 1))
    return std::move(error);
  if (llvm::Error error = checkWindowValues("dilations", dilations, 2, 1))
    return std::move(error);
  std::string autoPad = getString(attrs, "auto_pad", "NOTSET");
  if (autoPad == "NOTSET") {
    SmallVector<int64_t> pads =
        getInts(attrs, "pads").value_or(SmallVector<int64_t>{0, 0, 0, 0});
    if (llvm::Error error = checkWindowValues("pads", pads, 4, 0))
      return std::move(error);
    return SmallVector<int64_t, 4>{pads[0], pads[2], pads[1], pads[3]};
  }
  if (autoPad == "VALID")
    return SmallVector<int64_t, 4>{0, 0, 0, 0};
  if (autoPad != "SAME_UPPER" && autoPad != "SAME_LOWER")
    return makeError("auto_pad '" + autoPad + "' is not supported");
  // Output = ceil(input / stride); the total padding splits with the extra
  // element at the end (SAME_UPPER) or the beginning (SAME_LOWER).
  SmallVector<int64_t, 4> result;
  for (int i = 0; i < 2; ++i) {
    int64_t out = (inputHW[i] + strides[i] - 1) / strides[i];
    int64_t effective = (window[i] - 1) * dilations[i] + 1;
    int64_t total =
        std::max<int64_t>(0, (out - 1) * strides[i] + effective - inputHW[i]);
    int64_t small = total / 2, large = total - small;
    bool upper = autoPad == "SAME_UPPER";
    result.push_back(upper ? small : large);
    result.push_back(upper ? large : small);
  }
  return result;
}

static llvm::Expected<Value> convertConv(Importer &importer, const Node &node) {
  if (llvm::Error error = node.need(2))
    return std::move(error);
  const SmallVector<Value> &in = node.in;
  const Attrs &attrs = node.attrs;
  SmallVector<int64_t> x = Importer::shapeOf(in[0]),
                       w = Importer::shapeOf(in[1]);
  if (x.size() != 4 || w.size() != 4)
    return makeError("only 2-D convolutions (4-D input and weight) are "
                     "supported");
  Conv2dOptions options;
  SmallVector<int64_t> strides =
      getInts(attrs, "strides").value_or(SmallVector<int64_t>{1, 1});
  SmallVector<int64_t> dilations =
      getInts(attrs, "dilations").value_or(SmallVector<int64_t>{1, 1});
  auto padding =
      getPadding(attrs, {x[2], x[3]}, {w[2], w[3]}, strides, dilations);
  if (!padding)
    return padding.takeError();
  options.padding = *padding;
  options.strides = SmallVector<int64_t, 2>(ArrayRef<int64_t>(strides));
  options.dilations = SmallVector<int64_t, 2>(ArrayRef<int64_t>(dilations));
  options.groups = getInt(attrs, "group", 1);
  if (in.size() > 2)
    options.bias = in[2];
  return importer.getBuilder().conv2d(in[0], in[1], options);
}

/// ConvTranspose-1 on (the same semantics in every opset). The padding is
/// `pads`, or derived from `output_shape` (or, with auto_pad SAME_*, from an
/// output `stride` times the input) as ONNX derives it: the full output
/// less the wanted size, split in two with the odd element at the end for
/// SAME_UPPER and at the beginning otherwise. An output longer than the
/// full one (a negative total) is WebNN's outputSizes.
static llvm::Expected<Value> convertConvTranspose(Importer &importer,
                                                  const Node &node) {
  if (llvm::Error error = node.need(2))
    return std::move(error);
  const SmallVector<Value> &in = node.in;
  const Attrs &attrs = node.attrs;
  SmallVector<int64_t> x = Importer::shapeOf(in[0]),
                       w = Importer::shapeOf(in[1]);
  if (x.size() != 4 || w.size() != 4)
    return makeError("only 2-D transposed convolutions (4-D input and "
                     "weight) are supported");
  SmallVector<int64_t> strides =
      getInts(attrs, "strides").value_or(SmallVector<int64_t>{1, 1});
  SmallVector<int64_t> dilations =
      getInts(attrs, "dilations").value_or(SmallVector<int64_t>{1, 1});
  SmallVector<int64_t> outputPadding =
      getInts(attrs, "output_padding").value_or(SmallVector<int64_t>{0, 0});
  if (llvm::Error error = checkWindowValues("strides", strides, 2, 1))
    return std::move(error);
  if (llvm::Error error = checkWindowValues("dilations", dilations, 2, 1))
    return std::move(error);
  if (llvm::Error error =
          checkWindowValues("output_padding", outputPadding, 2, 0))
    return std::move(error);
  if (llvm::Error error = checkWindowValues("kernel_shape", {w[2], w[3]}, 2, 1))
    return std::move(error);

  ConvTranspose2dOptions options;
  options.strides = SmallVector<int64_t, 2>(ArrayRef<int64_t>(strides));
  options.dilations = SmallVector<int64_t, 2>(ArrayRef<int64_t>(dilations));
  options.groups = getInt(attrs, "group", 1);
  if (in.size() > 2)
    options.bias = in[2];

  std::string autoPad = getString(attrs, "auto_pad", "NOTSET");
  std::optional<SmallVector<int64_t>> outputShape =
      getInts(attrs, "output_shape");
  if (outputShape && outputShape->size() == 4)
    outputShape =
        SmallVector<int64_t>(outputShape->begin() + 2, outputShape->end());
  if (!outputShape && (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER"))
    outputShape = SmallVector<int64_t>{x[2] * strides[0], x[3] * strides[1]};
  if (autoPad != "NOTSET" && autoPad != "VALID" && autoPad != "SAME_UPPER" &&
      autoPad != "SAME_LOWER")
    return makeError("auto_pad '" + autoPad + "' is not supported");

  if (!outputShape) {
    SmallVector<int64_t> pads =
        autoPad == "VALID"
            ? SmallVector<int64_t>{0, 0, 0, 0}
            : getInts(attrs, "pads").value_or(SmallVector<int64_t>{0, 0, 0, 0});
    if (llvm::Error error = checkWindowValues("pads", pads, 4, 0))
      return std::move(error);
    options.padding =
        SmallVector<int64_t, 4>{pads[0], pads[2], pads[1], pads[3]};
    options.outputPadding =
        SmallVector<int64_t, 2>(ArrayRef<int64_t>(outputPadding));
    return importer.getBuilder().convTranspose2d(in[0], in[1], options);
  }

  if (llvm::Error error = checkWindowValues("output_shape", *outputShape, 2, 1))
    return std::move(error);
  SmallVector<int64_t, 4> padding;
  bool longer = false;
  for (int i = 0; i < 2; ++i) {
    // Bounded by kMaxDimension each, these cannot overflow int64.
    int64_t full = strides[i] * (x[2 + i] - 1) + outputPadding[i] +
                   (w[2 + i] - 1) * dilations[i] + 1;
    int64_t total = full - (*outputShape)[i];
    longer |= total < 0;
    total = std::max<int64_t>(0, total);
    int64_t small = total / 2, large = total - small;
    bool upper = autoPad == "SAME_UPPER";
    padding.push_back(upper ? small : large);
    padding.push_back(upper ? large : small);
  }
  options.padding = padding;
  if (longer)
    options.outputSizes =
        SmallVector<int64_t, 2>(ArrayRef<int64_t>(*outputShape));
  else
    options.outputPadding =
        SmallVector<int64_t, 2>(ArrayRef<int64_t>(outputPadding));
  return importer.getBuilder().convTranspose2d(in[0], in[1], options);
}

ArrayRef<ConverterEntry> mlir::webnn::onnx_import::getConvolutionConverters() {
  static const ConverterEntry entries[] = {
      {"Conv", 1, convertConv},
      {"ConvTranspose", 1, convertConvTranspose},
  };
  return entries;
}
