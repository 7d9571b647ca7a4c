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

std::optional<DataType>
mlir::webnn::onnx_import::getDataTypeOf(int32_t onnxType) {
  switch (onnxType) {
#define WEBNN_DATA_TYPE(Enumerator, name, bytes, npy, onnxValue, ...)          \
  case onnxValue:                                                              \
    return DataType::Enumerator;
#include "WebNN/Dialect/WebNN/IR/DataTypes.def"
  default:
    return std::nullopt;
  }
}

namespace {

/// How many elements the field of `t` that holds `type` has (raw_data is
/// read as bytes; the caller divides).
int64_t getFieldSize(const onnx::TensorProto &t, DataType type) {
  switch (type) {
  case DataType::Float32:
    return t.float_data_size();
  case DataType::Int64:
    return t.int64_data_size();
  case DataType::Uint64:
    return t.uint64_data_size();
  default:
    // int32, uint32, float16 (bit patterns), int8 and uint8 are stored in
    // int32_data, one element each.
    return t.int32_data_size();
  }
}

/// A tensor's `count` elements as little-endian bytes of its WebNN data
/// type, whichever field of the TensorProto holds them. The data is
/// checked against the count before anything is allocated: the shape in a
/// corrupt or hostile file may claim far more elements than it stores.
llvm::Expected<std::vector<char>> getTensorBytes(const onnx::TensorProto &t,
                                                 DataType type, int64_t count) {
  if (t.data_location() == onnx::TensorProto::EXTERNAL)
    return makeError("tensor '" + t.name() +
                     "' keeps its data in an external file, which is not "
                     "supported");
  size_t width = getByteWidth(type);
  if (t.has_raw_data()) {
    const std::string &raw = t.raw_data();
    if (raw.size() % width != 0 || int64_t(raw.size() / width) != count)
      return makeError("tensor '" + t.name() + "' has " + Twine(raw.size()) +
                       " bytes of data, its shape needs " + Twine(count) +
                       " x " + Twine(width) + " bytes");
    return std::vector<char>(raw.begin(), raw.end());
  }
  int64_t stored = getFieldSize(t, type);
  if (stored != count)
    return makeError("tensor '" + t.name() + "' has " + Twine(stored) +
                     " elements, its shape holds " + Twine(count));
  std::vector<char> bytes(count * width);
  switch (type) {
  case DataType::Float32:
    std::memcpy(bytes.data(), t.float_data().data(), bytes.size());
    break;
  case DataType::Int64:
    std::memcpy(bytes.data(), t.int64_data().data(), bytes.size());
    break;
  case DataType::Uint64:
    std::memcpy(bytes.data(), t.uint64_data().data(), bytes.size());
    break;
  default:
    for (int64_t i = 0; i < count; ++i) {
      int32_t v = t.int32_data(i);
      std::memcpy(bytes.data() + i * width, &v, width);
    }
    break;
  }
  return bytes;
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

llvm::Expected<Importer::TensorData>
Importer::readTensor(StringRef name, const onnx::TensorProto &t) const {
  std::optional<DataType> type = getDataTypeOf(t.data_type());
  if (!type)
    return makeError("initializer '" + name +
                     "' has an unsupported data type (" + Twine(t.data_type()) +
                     ")");
  SmallVector<int64_t> shape(t.dims().begin(), t.dims().end());
  std::optional<int64_t> count = countElements(shape);
  if (!count)
    return makeError("initializer '" + name + "' has an invalid shape");
  auto bytes = getTensorBytes(t, *type, *count);
  if (!bytes)
    return bytes.takeError();
  return TensorData{*type, std::move(shape), *count, std::move(*bytes)};
}

llvm::Expected<Value> Importer::getValue(StringRef name) {
  auto it = values.find(name);
  if (it != values.end())
    return it->second;
  const onnx::TensorProto *init = getInitializer(name);
  if (!init)
    return makeError("value '" + name + "' is used before it is defined");
  auto data = readTensor(name, *init);
  if (!data)
    return data.takeError();
  // The constant is named after the initializer; the node being imported
  // keeps its own location.
  Location nodeLoc = builder.getLocation();
  builder.setLocation(NameLoc::get(StringAttr::get(context, name)));
  auto value =
      builder.constant({data->type, data->shape}, ArrayRef<char>(data->bytes));
  builder.setLocation(nodeLoc);
  if (!value)
    return value.takeError();
  values[name] = *value;
  return *value;
}

llvm::Expected<Importer::TensorData>
Importer::readConstant(StringRef name) const {
  const onnx::TensorProto *init = getInitializer(name);
  if (!init)
    return makeError("'" + name + "' must be a constant (an initializer) here");
  return readTensor(name, *init);
}

/// Element `index` of `data`, which holds `T`s, as a `Result`.
template <typename T, typename Result>
static Result readElement(const std::vector<char> &data, int64_t index) {
  T value;
  std::memcpy(&value, data.data() + index * sizeof(T), sizeof(T));
  return static_cast<Result>(value);
}

llvm::Expected<std::vector<int64_t>> Importer::getConstantInts(StringRef name) {
  auto data = readConstant(name);
  if (!data)
    return data.takeError();
  if (data->type != DataType::Int64 && data->type != DataType::Int32)
    return makeError("'" + name + "' must be an int64 or int32 tensor");
  std::vector<int64_t> result(data->count);
  for (int64_t i = 0; i < data->count; ++i)
    result[i] = data->type == DataType::Int64
                    ? readElement<int64_t, int64_t>(data->bytes, i)
                    : readElement<int32_t, int64_t>(data->bytes, i);
  return result;
}

llvm::Expected<std::vector<double>>
Importer::getConstantFloats(StringRef name) {
  auto data = readConstant(name);
  if (!data)
    return data.takeError();
  if (data->type != DataType::Float32)
    return makeError("'" + name + "' must be a float32 tensor");
  std::vector<double> result(data->count);
  for (int64_t i = 0; i < data->count; ++i)
    result[i] = readElement<float, double>(data->bytes, i);
  return result;
}

llvm::Expected<std::optional<double>>
Importer::getOptionalConstantScalar(StringRef name) {
  if (name.empty())
    return std::optional<double>();
  auto data = readConstant(name);
  if (!data)
    return data.takeError();
  if (data->count != 1)
    return makeError("'" + name + "' must be a scalar, it has " +
                     Twine(data->count) + " elements");
  switch (data->type) {
  case DataType::Float32:
    return std::optional<double>(readElement<float, double>(data->bytes, 0));
  case DataType::Int64:
    return std::optional<double>(readElement<int64_t, double>(data->bytes, 0));
  case DataType::Int32:
    return std::optional<double>(readElement<int32_t, double>(data->bytes, 0));
  default:
    return makeError("'" + name + "' must be a float32, int32 or int64 scalar");
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
      return makeError(sourceName + ": output '" + output.name() +
                       "': " + llvm::toString(value.takeError()));
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
