//===- ImportONNX.cpp - ONNX models to webnn IR ---------------------------===//
//
// One importer object per model: it walks the (topologically sorted) nodes
// and maps each ONNX value name to a webnn Value, creating constants for
// initializers lazily, on first use as a tensor operand, so that shape
// inputs (Reshape's shape, Clip's bounds) never become graph constants.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Target/ONNX/ImportONNX.h"

#include "WebNN/Builder/GraphBuilder.h"
#include "mlir/IR/Location.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include "onnx/onnx_pb.h"

using namespace mlir;
using namespace mlir::webnn;

namespace {

llvm::Error makeError(const Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// The WebNN data type of an ONNX TensorProto data type.
std::optional<DataType> getDataTypeOf(int32_t onnxType) {
  switch (onnxType) {
#define WEBNN_DATA_TYPE(Enumerator, name, bytes, npy, onnxEnumerator, ...)     \
  case onnx::TensorProto::onnxEnumerator:                                      \
    return DataType::Enumerator;
#include "WebNN/Dialect/WebNN/IR/DataTypes.def"
  default:
    return std::nullopt;
  }
}

/// A tensor's elements as little-endian bytes of its WebNN data type,
/// whichever field of the TensorProto holds them.
llvm::Expected<std::vector<char>> getTensorBytes(const onnx::TensorProto &t,
                                                 DataType type,
                                                 int64_t count) {
  if (t.data_location() == onnx::TensorProto::EXTERNAL)
    return makeError("tensor '" + t.name() +
                     "' keeps its data in an external file, which is not "
                     "supported");
  size_t width = getByteWidth(type);
  std::vector<char> bytes(count * width);
  if (t.has_raw_data()) {
    if (t.raw_data().size() != bytes.size())
      return makeError("tensor '" + t.name() + "' has " +
                       Twine(t.raw_data().size()) + " bytes of data, its " +
                       "shape needs " + Twine(bytes.size()));
    std::memcpy(bytes.data(), t.raw_data().data(), bytes.size());
    return bytes;
  }
  auto sizeMismatch = [&](int64_t have) {
    return makeError("tensor '" + t.name() + "' has " + Twine(have) +
                     " elements, its shape holds " + Twine(count));
  };
  switch (type) {
  case DataType::Float32:
    if (t.float_data_size() != count)
      return sizeMismatch(t.float_data_size());
    std::memcpy(bytes.data(), t.float_data().data(), bytes.size());
    return bytes;
  case DataType::Int64:
    if (t.int64_data_size() != count)
      return sizeMismatch(t.int64_data_size());
    std::memcpy(bytes.data(), t.int64_data().data(), bytes.size());
    return bytes;
  case DataType::Uint64:
    if (t.uint64_data_size() != count)
      return sizeMismatch(t.uint64_data_size());
    std::memcpy(bytes.data(), t.uint64_data().data(), bytes.size());
    return bytes;
  default:
    // int32, uint32, float16 (bit patterns), int8 and uint8 are stored in
    // int32_data, one element each.
    if (t.int32_data_size() != count)
      return sizeMismatch(t.int32_data_size());
    for (int64_t i = 0; i < count; ++i) {
      int32_t v = t.int32_data(i);
      std::memcpy(bytes.data() + i * width, &v, width);
    }
    return bytes;
  }
}

/// The element count of `shape`, or nullopt if a dimension is not positive
/// or the count overflows.
std::optional<int64_t> countElements(ArrayRef<int64_t> shape) {
  int64_t count = 1;
  for (int64_t d : shape)
    if (d <= 0 || llvm::MulOverflow(count, d, count))
      return std::nullopt;
  return count;
}

class Importer {
public:
  Importer(MLIRContext *context, StringRef sourceName)
      : context(context), builder(context), sourceName(sourceName) {}

  llvm::Expected<OwningOpRef<ModuleOp>> run(const onnx::ModelProto &model);

private:
  using Attrs = llvm::StringMap<const onnx::AttributeProto *>;

  llvm::Error importNode(const onnx::NodeProto &node);
  llvm::Expected<Value> convertNode(const onnx::NodeProto &node,
                                    const Attrs &attrs);

  /// The value of an ONNX name: a graph input, a node result or an
  /// initializer (made a constant on first use).
  llvm::Expected<Value> getValue(StringRef name);
  /// An initializer's (or Constant node's) data, for operands that must be
  /// known at import time.
  llvm::Expected<std::vector<int64_t>> getConstantInts(StringRef name);
  llvm::Expected<std::optional<double>> getOptionalConstantScalar(StringRef n);

  llvm::Error nodeError(const onnx::NodeProto &node, const Twine &message) {
    return makeError(sourceName + ": node '" + node.name() + "' (" +
                     node.op_type() + "): " + message);
  }
  static SmallVector<int64_t> shapeOf(Value v) {
    return SmallVector<int64_t>(cast<RankedTensorType>(v.getType()).getShape());
  }

  MLIRContext *context;
  GraphBuilder builder;
  std::string sourceName;
  int64_t opset = 0;
  llvm::StringMap<Value> values;
  llvm::StringMap<const onnx::TensorProto *> initializers;
  /// The tensors of Constant nodes, owned here.
  google::protobuf::RepeatedPtrField<onnx::TensorProto> constantStorage;
};

int64_t getInt(const llvm::StringMap<const onnx::AttributeProto *> &attrs,
               StringRef name, int64_t fallback) {
  auto it = attrs.find(name);
  return it == attrs.end() ? fallback : it->second->i();
}

float getFloat(const llvm::StringMap<const onnx::AttributeProto *> &attrs,
               StringRef name, float fallback) {
  auto it = attrs.find(name);
  return it == attrs.end() ? fallback : it->second->f();
}

std::optional<SmallVector<int64_t>>
getInts(const llvm::StringMap<const onnx::AttributeProto *> &attrs,
        StringRef name) {
  auto it = attrs.find(name);
  if (it == attrs.end())
    return std::nullopt;
  return SmallVector<int64_t>(it->second->ints().begin(),
                              it->second->ints().end());
}

std::string getString(const llvm::StringMap<const onnx::AttributeProto *> &attrs,
                      StringRef name, StringRef fallback) {
  auto it = attrs.find(name);
  return it == attrs.end() ? fallback.str() : it->second->s();
}

} // namespace

llvm::Expected<Value> Importer::getValue(StringRef name) {
  auto it = values.find(name);
  if (it != values.end())
    return it->second;
  auto init = initializers.find(name);
  if (init == initializers.end())
    return makeError(sourceName + ": value '" + name +
                     "' is used before it is defined");
  const onnx::TensorProto &t = *init->second;
  std::optional<DataType> type = getDataTypeOf(t.data_type());
  if (!type)
    return makeError(sourceName + ": initializer '" + name +
                     "' has an unsupported data type (" +
                     Twine(t.data_type()) + ")");
  SmallVector<int64_t> shape(t.dims().begin(), t.dims().end());
  std::optional<int64_t> count = countElements(shape);
  if (!count)
    return makeError(sourceName + ": initializer '" + name +
                     "' has an invalid shape");
  auto bytes = getTensorBytes(t, *type, *count);
  if (!bytes)
    return bytes.takeError();
  // The constant is named after the initializer; the node being imported
  // keeps its own location.
  Location nodeLoc = builder.getLocation();
  builder.setLocation(NameLoc::get(StringAttr::get(context, name)));
  auto value = builder.constant({*type, shape}, ArrayRef<char>(*bytes));
  builder.setLocation(nodeLoc);
  if (!value)
    return value.takeError();
  values[name] = *value;
  return *value;
}

llvm::Expected<std::vector<int64_t>>
Importer::getConstantInts(StringRef name) {
  auto init = initializers.find(name);
  if (init == initializers.end())
    return makeError(sourceName + ": '" + name +
                     "' must be a constant (an initializer) here");
  const onnx::TensorProto &t = *init->second;
  std::optional<DataType> type = getDataTypeOf(t.data_type());
  SmallVector<int64_t> shape(t.dims().begin(), t.dims().end());
  std::optional<int64_t> count =
      shape.empty() ? std::optional<int64_t>(1) : countElements(shape);
  if (!type || !count ||
      (*type != DataType::Int64 && *type != DataType::Int32))
    return makeError(sourceName + ": '" + name +
                     "' must be an int64 or int32 tensor");
  auto bytes = getTensorBytes(t, *type, *count);
  if (!bytes)
    return bytes.takeError();
  std::vector<int64_t> result(*count);
  for (int64_t i = 0; i < *count; ++i) {
    if (*type == DataType::Int64) {
      std::memcpy(&result[i], bytes->data() + 8 * i, 8);
    } else {
      int32_t v;
      std::memcpy(&v, bytes->data() + 4 * i, 4);
      result[i] = v;
    }
  }
  return result;
}

llvm::Expected<std::optional<double>>
Importer::getOptionalConstantScalar(StringRef name) {
  if (name.empty())
    return std::optional<double>();
  auto init = initializers.find(name);
  if (init == initializers.end())
    return makeError(sourceName + ": '" + name +
                     "' must be a constant (an initializer) here");
  const onnx::TensorProto &t = *init->second;
  std::optional<DataType> type = getDataTypeOf(t.data_type());
  if (!type)
    return makeError(sourceName + ": '" + name + "' has an unsupported type");
  auto bytes = getTensorBytes(t, *type, 1);
  if (!bytes)
    return bytes.takeError();
  switch (*type) {
  case DataType::Float32: {
    float v;
    std::memcpy(&v, bytes->data(), 4);
    return std::optional<double>(v);
  }
  case DataType::Int64: {
    int64_t v;
    std::memcpy(&v, bytes->data(), 8);
    return std::optional<double>(v);
  }
  case DataType::Int32: {
    int32_t v;
    std::memcpy(&v, bytes->data(), 4);
    return std::optional<double>(v);
  }
  default:
    return makeError(sourceName + ": '" + name +
                     "' must be a float32, int32 or int64 scalar");
  }
}

llvm::Expected<OwningOpRef<ModuleOp>>
Importer::run(const onnx::ModelProto &model) {
  for (const onnx::OperatorSetIdProto &set : model.opset_import())
    if (set.domain().empty() || set.domain() == "ai.onnx")
      opset = set.version();
  if (opset < 7 || opset > 17)
    return makeError(sourceName + ": opset " + Twine(opset) +
                     " of the default domain is not supported (7 to 17 are)");
  const onnx::GraphProto &graph = model.graph();
  for (const onnx::TensorProto &t : graph.initializer())
    initializers[t.name()] = &t;

  for (const onnx::ValueInfoProto &input : graph.input()) {
    if (initializers.count(input.name()))
      continue; // An initializer listed as an input: a constant.
    const onnx::TypeProto &type = input.type();
    if (!type.has_tensor_type())
      return makeError(sourceName + ": input '" + input.name() +
                       "' is not a tensor");
    std::optional<DataType> dataType =
        getDataTypeOf(type.tensor_type().elem_type());
    if (!dataType)
      return makeError(sourceName + ": input '" + input.name() +
                       "' has an unsupported data type (" +
                       Twine(type.tensor_type().elem_type()) + ")");
    SmallVector<int64_t> shape;
    for (const onnx::TensorShapeProto::Dimension &dim :
         type.tensor_type().shape().dim()) {
      if (!dim.has_dim_value() || dim.dim_value() <= 0)
        return makeError(
            sourceName + ": input '" + input.name() + "' has a dynamic " +
            "dimension" +
            (dim.has_dim_param() ? " '" + dim.dim_param() + "'" : "") +
            "; only static shapes can be imported");
      shape.push_back(dim.dim_value());
    }
    builder.setLocation(NameLoc::get(StringAttr::get(context, input.name())));
    auto value = builder.input(input.name(), {*dataType, shape});
    if (!value)
      return makeError(sourceName + ": input '" + input.name() + "': " +
                       llvm::toString(value.takeError()));
    values[input.name()] = *value;
  }

  for (const onnx::NodeProto &node : graph.node())
    if (llvm::Error error = importNode(node))
      return std::move(error);

  SmallVector<std::pair<std::string, Value>> outputs;
  for (const onnx::ValueInfoProto &output : graph.output()) {
    auto value = getValue(output.name());
    if (!value)
      return value.takeError();
    outputs.push_back({output.name(), *value});
  }
  auto module = builder.build(outputs);
  if (!module)
    return makeError(sourceName + ": " + llvm::toString(module.takeError()));
  return std::move(*module);
}

llvm::Error Importer::importNode(const onnx::NodeProto &node) {
  if (!node.domain().empty() && node.domain() != "ai.onnx")
    return nodeError(node, "domain '" + node.domain() + "' is not supported");
  Attrs attrs;
  for (const onnx::AttributeProto &attr : node.attribute())
    attrs[attr.name()] = &attr;
  std::string name = node.name().empty() ? node.op_type() : node.name();
  builder.setLocation(NameLoc::get(StringAttr::get(context, name)));

  // Nodes that only rename their input.
  if (node.op_type() == "Identity" || node.op_type() == "Dropout") {
    if (node.input_size() < 1 || node.output_size() < 1)
      return nodeError(node, "needs an input and an output");
    auto input = getValue(node.input(0));
    if (!input)
      return input.takeError();
    values[node.output(0)] = *input;
    return llvm::Error::success();
  }
  if (node.op_type() == "Constant") {
    auto it = attrs.find("value");
    if (it == attrs.end() || !it->second->has_t() || node.output_size() != 1)
      return nodeError(node, "only the 'value' tensor form is supported");
    // Kept as an initializer: it may be a shape, used at import time.
    onnx::TensorProto *copy = constantStorage.Add();
    *copy = it->second->t();
    copy->set_name(node.output(0));
    initializers[node.output(0)] = copy;
    return llvm::Error::success();
  }

  auto result = convertNode(node, attrs);
  if (!result)
    return nodeError(node, llvm::toString(result.takeError()));
  if (node.output_size() < 1)
    return nodeError(node, "has no output");
  values[node.output(0)] = *result;
  // Extra outputs (BatchNormalization's training statistics, Dropout's mask)
  // must be unused.
  return llvm::Error::success();
}

/// ONNX pads [x1_begin, x2_begin, x1_end, x2_end] for 2-D spatial dims, or
/// auto_pad, as WebNN's [top, bottom, left, right].
static llvm::Expected<SmallVector<int64_t, 4>>
getPadding(const llvm::StringMap<const onnx::AttributeProto *> &attrs,
           ArrayRef<int64_t> inputHW, ArrayRef<int64_t> window,
           ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations) {
  std::string autoPad = getString(attrs, "auto_pad", "NOTSET");
  if (autoPad == "NOTSET") {
    SmallVector<int64_t> pads =
        getInts(attrs, "pads").value_or(SmallVector<int64_t>{0, 0, 0, 0});
    if (pads.size() != 4)
      return makeError("pads must have 4 values for a 2-D op");
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

llvm::Expected<Value> Importer::convertNode(const onnx::NodeProto &node,
                                            const Attrs &attrs) {
  StringRef op = node.op_type();
  SmallVector<Value> in;
  for (const std::string &name : node.input()) {
    if (name.empty()) {
      in.push_back(Value()); // An omitted optional input.
      continue;
    }
    // Inputs that are shapes or bounds are read at import time instead.
    if ((op == "Reshape" && in.size() == 1) || (op == "Clip" && !in.empty())) {
      in.push_back(Value());
      continue;
    }
    auto value = getValue(name);
    if (!value)
      return value.takeError();
    in.push_back(*value);
  }
  auto need = [&](size_t count) -> llvm::Error {
    if (in.size() < count || llvm::any_of(ArrayRef<Value>(in).take_front(count),
                                          [](Value v) { return !v; }))
      return makeError("needs " + Twine(count) + " inputs");
    return llvm::Error::success();
  };
  if (llvm::Error error = need(1))
    return std::move(error);

  // Element-wise.
  if (op == "Add" || op == "Sub" || op == "Mul" || op == "Div" ||
      op == "Max" || op == "Min" || op == "Pow") {
    if (llvm::Error error = need(2))
      return std::move(error);
    if (op == "Add")
      return builder.add(in[0], in[1]);
    if (op == "Sub")
      return builder.sub(in[0], in[1]);
    if (op == "Mul")
      return builder.mul(in[0], in[1]);
    if (op == "Div")
      return builder.div(in[0], in[1]);
    if (op == "Pow")
      return builder.pow(in[0], in[1]);
    return op == "Max" ? builder.max(in[0], in[1]) : builder.min(in[0], in[1]);
  }
  if (op == "Relu")
    return builder.relu(in[0]);
  if (op == "Sigmoid")
    return builder.sigmoid(in[0]);
  if (op == "Tanh")
    return builder.tanh(in[0]);
  if (op == "Abs")
    return builder.abs(in[0]);
  if (op == "Neg")
    return builder.neg(in[0]);
  if (op == "Exp")
    return builder.exp(in[0]);
  if (op == "Log")
    return builder.log(in[0]);
  if (op == "Sqrt")
    return builder.sqrt(in[0]);
  if (op == "Reciprocal")
    return builder.reciprocal(in[0]);
  if (op == "Floor")
    return builder.floor(in[0]);
  if (op == "Ceil")
    return builder.ceil(in[0]);
  if (op == "LeakyRelu")
    return builder.leakyRelu(in[0], {getFloat(attrs, "alpha", 0.01f)});
  if (op == "Clip") {
    ClampOptions options;
    if (opset < 11) {
      if (attrs.count("min"))
        options.minValue = getFloat(attrs, "min", 0);
      if (attrs.count("max"))
        options.maxValue = getFloat(attrs, "max", 0);
    } else {
      for (int i = 1; i < node.input_size() && i < 3; ++i) {
        auto bound = getOptionalConstantScalar(node.input(i));
        if (!bound)
          return bound.takeError();
        (i == 1 ? options.minValue : options.maxValue) = *bound;
      }
    }
    return builder.clamp(in[0], options);
  }

  // Convolution and pooling (NCHW, as ONNX has them).
  if (op == "Conv") {
    if (llvm::Error error = need(2))
      return std::move(error);
    SmallVector<int64_t> x = shapeOf(in[0]), w = shapeOf(in[1]);
    if (x.size() != 4 || w.size() != 4)
      return makeError("only 2-D convolutions (4-D input and weight) are "
                       "supported");
    Conv2dOptions options;
    SmallVector<int64_t> strides =
        getInts(attrs, "strides").value_or(SmallVector<int64_t>{1, 1});
    SmallVector<int64_t> dilations =
        getInts(attrs, "dilations").value_or(SmallVector<int64_t>{1, 1});
    auto padding = getPadding(attrs, {x[2], x[3]}, {w[2], w[3]}, strides,
                              dilations);
    if (!padding)
      return padding.takeError();
    options.padding = *padding;
    options.strides = SmallVector<int64_t, 2>(ArrayRef<int64_t>(strides));
    options.dilations = SmallVector<int64_t, 2>(ArrayRef<int64_t>(dilations));
    options.groups = getInt(attrs, "group", 1);
    if (in.size() > 2)
      options.bias = in[2];
    return builder.conv2d(in[0], in[1], options);
  }
  if (op == "MaxPool" || op == "AveragePool") {
    SmallVector<int64_t> x = shapeOf(in[0]);
    std::optional<SmallVector<int64_t>> kernel = getInts(attrs, "kernel_shape");
    if (x.size() != 4 || !kernel || kernel->size() != 2)
      return makeError("only 2-D pooling is supported");
    if (node.output_size() > 1)
      return makeError("the Indices output is not supported");
    Pool2dOptions options;
    SmallVector<int64_t> strides =
        getInts(attrs, "strides").value_or(SmallVector<int64_t>{1, 1});
    SmallVector<int64_t> dilations =
        getInts(attrs, "dilations").value_or(SmallVector<int64_t>{1, 1});
    auto padding = getPadding(attrs, {x[2], x[3]}, *kernel, strides, dilations);
    if (!padding)
      return padding.takeError();
    options.windowDimensions = SmallVector<int64_t, 2>(ArrayRef<int64_t>(*kernel));
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
    if (op == "MaxPool")
      return builder.maxPool2d(in[0], options);
    auto average = builder.averagePool2d(in[0], options);
    if (!average || !getInt(attrs, "count_include_pad", 0) ||
        llvm::all_of(*padding, [](int64_t p) { return p == 0; }))
      return average;
    // count_include_pad: WebNN divides by the real elements only. Scale
    // each output position by (real elements / window size), a constant.
    SmallVector<int64_t> out = shapeOf(*average);
    std::vector<float> scale(out[2] * out[3]);
    for (int64_t i = 0; i < out[2]; ++i)
      for (int64_t j = 0; j < out[3]; ++j) {
        auto count = [&](int64_t o, int d) {
          int64_t n = 0;
          for (int64_t k = 0; k < (*kernel)[d]; ++k) {
            int64_t pos = o * strides[d] - (*padding)[2 * d] + k * dilations[d];
            n += pos >= 0 && pos < x[2 + d];
          }
          return n;
        };
        scale[i * out[3] + j] = float(count(i, 0) * count(j, 1)) /
                                float((*kernel)[0] * (*kernel)[1]);
      }
    auto factor = builder.constant({DataType::Float32, {out[2], out[3]}},
                                   ArrayRef<float>(scale));
    if (!factor)
      return factor.takeError();
    return builder.mul(*average, *factor);
  }
  if (op == "GlobalAveragePool")
    return builder.averagePool2d(in[0]);
  if (op == "GlobalMaxPool")
    return builder.maxPool2d(in[0]);

  // Normalization.
  if (op == "BatchNormalization") {
    if (llvm::Error error = need(5))
      return std::move(error);
    if (getInt(attrs, "training_mode", 0))
      return makeError("training_mode is not supported");
    BatchNormalizationOptions options;
    options.scale = in[1];
    options.bias = in[2];
    options.epsilon = getFloat(attrs, "epsilon", 1e-5f);
    return builder.batchNormalization(in[0], in[3], in[4], options);
  }
  if (op == "Softmax") {
    int64_t rank = shapeOf(in[0]).size();
    int64_t axis = getInt(attrs, "axis", opset < 13 ? 1 : -1);
    if (axis < 0)
      axis += rank;
    if (opset >= 13 || axis == rank - 1)
      return builder.softmax(in[0], axis);
    // Before opset 13, softmax runs over the input flattened to 2-D at axis.
    SmallVector<int64_t> shape = shapeOf(in[0]);
    int64_t outer = 1, inner = 1;
    for (int64_t i = 0; i < rank; ++i)
      (i < axis ? outer : inner) *= shape[i];
    auto flat = builder.reshape(in[0], {outer, inner});
    if (!flat)
      return flat.takeError();
    auto soft = builder.softmax(*flat, 1);
    if (!soft)
      return soft.takeError();
    return builder.reshape(*soft, shape);
  }

  // Linear algebra.
  if (op == "Gemm") {
    if (llvm::Error error = need(2))
      return std::move(error);
    GemmOptions options;
    options.alpha = getFloat(attrs, "alpha", 1.0f);
    options.beta = getFloat(attrs, "beta", 1.0f);
    options.aTranspose = getInt(attrs, "transA", 0);
    options.bTranspose = getInt(attrs, "transB", 0);
    if (in.size() > 2)
      options.c = in[2];
    return builder.gemm(in[0], in[1], options);
  }
  if (op == "MatMul") {
    if (llvm::Error error = need(2))
      return std::move(error);
    return builder.matmul(in[0], in[1]);
  }

  // Shapes.
  if (op == "Reshape") {
    std::vector<int64_t> target;
    if (opset < 5) {
      SmallVector<int64_t> shape =
          getInts(attrs, "shape").value_or(SmallVector<int64_t>{});
      target.assign(shape.begin(), shape.end());
    } else {
      if (node.input_size() < 2)
        return makeError("needs a shape input");
      auto shape = getConstantInts(node.input(1));
      if (!shape)
        return shape.takeError();
      target = *shape;
    }
    SmallVector<int64_t> input = shapeOf(in[0]);
    int64_t known = 1, inferred = -1;
    bool allowZero = getInt(attrs, "allowzero", 0);
    for (auto [i, d] : llvm::enumerate(target)) {
      if (d == 0 && !allowZero) {
        if (i >= input.size())
          return makeError("shape dimension " + Twine(i) +
                           " copies an input dimension that does not exist");
        d = input[i];
      }
      if (d == -1) {
        if (inferred >= 0)
          return makeError("shape has more than one -1");
        inferred = i;
        continue;
      }
      if (d <= 0)
        return makeError("shape dimension " + Twine(i) + " is " + Twine(d));
      known *= d;
    }
    if (inferred >= 0) {
      std::optional<int64_t> count = countElements(input);
      if (!count || known == 0 || *count % known)
        return makeError("shape cannot be inferred for -1");
      target[inferred] = *count / known;
    }
    return builder.reshape(in[0], target);
  }
  if (op == "Flatten") {
    SmallVector<int64_t> shape = shapeOf(in[0]);
    int64_t rank = shape.size();
    int64_t axis = getInt(attrs, "axis", 1);
    if (axis < 0)
      axis += rank;
    int64_t outer = 1, inner = 1;
    for (int64_t i = 0; i < rank; ++i)
      (i < axis ? outer : inner) *= shape[i];
    return builder.reshape(in[0], {outer, inner});
  }
  if (op == "Transpose") {
    TransposeOptions options;
    if (auto perm = getInts(attrs, "perm"))
      options.permutation = *perm;
    return builder.transpose(in[0], options);
  }
  if (op == "Concat") {
    int64_t axis = getInt(attrs, "axis", 0);
    if (axis < 0 && !in.empty())
      axis += shapeOf(in[0]).size();
    return builder.concat(in, axis);
  }
  return makeError("op type '" + op + "' is not supported");
}

llvm::Expected<OwningOpRef<ModuleOp>>
mlir::webnn::importONNXModel(MLIRContext *context, StringRef bytes,
                             StringRef sourceName) {
  onnx::ModelProto model;
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max()) ||
      !model.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())))
    return makeError(sourceName +
                     ": not a valid ONNX model (the protobuf does not parse; "
                     "the file may be truncated or corrupt)");
  if (!model.has_graph())
    return makeError(sourceName + ": the model has no graph");
  return Importer(context, sourceName).run(model);
}

llvm::Expected<OwningOpRef<ModuleOp>>
mlir::webnn::importONNXFile(MLIRContext *context, StringRef path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer)
    return makeError("cannot open '" + path +
                     "': " + buffer.getError().message());
  return importONNXModel(context, (*buffer)->getBuffer(), path);
}
