//===- Importer.cpp - ONNX models to webnn IR -----------------------------===//
//
// One importer object per model: it walks the (topologically sorted) nodes
// and maps each ONNX value name to a webnn Value, creating constants for
// initializers lazily, on first use as a tensor operand, so that shape
// inputs (Reshape's shape, Clip's bounds) never become graph constants.
// Each node goes to the converter of the table (ConverterTable.cpp).
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

#include "WebNN/Target/ONNX/ImportONNX.h"
#include "mlir/IR/Location.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::onnx_import;

namespace {

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
                                                 DataType type, int64_t count) {
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

} // namespace

std::optional<int64_t>
mlir::webnn::onnx_import::countElements(ArrayRef<int64_t> shape) {
  int64_t count = 1;
  for (int64_t d : shape)
    if (d <= 0 || llvm::MulOverflow(count, d, count))
      return std::nullopt;
  return count;
}

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
                     "' has an unsupported data type (" + Twine(t.data_type()) +
                     ")");
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

llvm::Expected<std::vector<int64_t>> Importer::getConstantInts(StringRef name) {
  auto init = initializers.find(name);
  if (init == initializers.end())
    return makeError(sourceName + ": '" + name +
                     "' must be a constant (an initializer) here");
  const onnx::TensorProto &t = *init->second;
  std::optional<DataType> type = getDataTypeOf(t.data_type());
  SmallVector<int64_t> shape(t.dims().begin(), t.dims().end());
  std::optional<int64_t> count =
      shape.empty() ? std::optional<int64_t>(1) : countElements(shape);
  if (!type || !count || (*type != DataType::Int64 && *type != DataType::Int32))
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
      return makeError(sourceName + ": input '" + input.name() +
                       "': " + llvm::toString(value.takeError()));
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
  StringRef op = node.op_type();
  const ConverterEntry *entry = lookupConverter(op, opset);
  if (!entry) {
    if (std::optional<int64_t> first = getFirstSupportedOpset(op))
      return nodeError(node, "op type '" + op + "' is supported from opset " +
                                 Twine(*first) + " on, the model has opset " +
                                 Twine(opset));
    return nodeError(node, "op type '" + op + "' is not supported");
  }
  Attrs attrs;
  for (const onnx::AttributeProto &attr : node.attribute())
    attrs[attr.name()] = &attr;
  std::string name = node.name().empty() ? node.op_type() : node.name();
  builder.setLocation(NameLoc::get(StringAttr::get(context, name)));

  Node converted{node, attrs, {}};
  for (const std::string &input : node.input()) {
    // An omitted optional input, or one the converter reads at import time.
    if (input.empty() || converted.in.size() >= entry->operandCount) {
      converted.in.push_back(Value());
      continue;
    }
    auto value = getValue(input);
    if (!value)
      return nodeError(node, llvm::toString(value.takeError()));
    converted.in.push_back(*value);
  }
  if (entry->operandCount > 0)
    if (llvm::Error error = converted.need(1))
      return nodeError(node, llvm::toString(std::move(error)));

  auto result = entry->convert(*this, converted);
  if (!result)
    return nodeError(node, llvm::toString(result.takeError()));
  if (!*result)
    return llvm::Error::success(); // The node makes no op (Constant).
  if (node.output_size() < 1)
    return nodeError(node, "has no output");
  values[node.output(0)] = *result;
  // Extra outputs (BatchNormalization's training statistics, Dropout's mask)
  // must be unused.
  return llvm::Error::success();
}

llvm::Error Node::need(size_t count) const {
  if (in.size() < count || llvm::any_of(ArrayRef<Value>(in).take_front(count),
                                        [](Value v) { return !v; }))
    return makeError("needs " + Twine(count) + " inputs");
  return llvm::Error::success();
}

const onnx::TensorProto *Importer::getInitializer(StringRef name) const {
  auto it = initializers.find(name);
  return it == initializers.end() ? nullptr : it->second;
}

void Importer::addConstant(const onnx::TensorProto &tensor, StringRef name) {
  onnx::TensorProto *copy = constantStorage.Add();
  *copy = tensor;
  copy->set_name(name.str());
  initializers[name] = copy;
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
