//===- webnn-conformance.cpp - Run WPT's WebNN conformance cases ----------===//
//
//   webnn-conformance case-file.json... [--pipeline cpu|reference]
//                     [--xfail FILE] [--filter TEXT] [--verbose]
//                     [--print-graph]
//
// Reads WebNN conformance cases from web-platform-tests in the JSON form of
// test/Conformance/wpt/README.md, builds each graph with the GraphBuilder,
// JIT-compiles and runs it, and compares every expected output with the
// case's own WPT tolerance. Prints a line per failing or unsupported case
// (per case with --verbose) and a summary per file:
//
//   add.json: 20 passed, 0 failed, 0 not supported
//
// A case is "not supported" when it uses an op, option or data type that the
// runner does not map to the builder, or when the builder rejects the graph.
// The exit code is 1 when a case fails (or its file cannot be read), unless
// the case is listed in the --xfail file; a listed case that passes is an
// XPASS and also makes the exit code 1.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Builder/GraphBuilder.h"
#include "WebNN/Dialect/WebNN/Transforms/Passes.h"
#include "WebNN/Pipelines/Pipelines.h"
#include "WebNN/Runtime/Compare.h"
#include "WebNN/Runtime/Executable.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"
#include <cmath>
#include <cstring>
#include <limits>

using namespace mlir;
using namespace mlir::webnn;
namespace cl = llvm::cl;
namespace json = llvm::json;

static cl::OptionCategory category("webnn-conformance options");
static cl::list<std::string> caseFiles(cl::Positional, cl::OneOrMore,
                                       cl::desc("<case-file.json>..."),
                                       cl::cat(category));
static cl::opt<std::string>
    pipeline("pipeline", cl::desc("The lowering pipeline: cpu or reference"),
             cl::init("cpu"), cl::cat(category));
static cl::opt<std::string> xfailFile(
    "xfail",
    cl::desc("A file of expected failures, one '<case name>  # reason' a line"),
    cl::value_desc("file"), cl::cat(category));
static cl::opt<std::string>
    filter("filter", cl::desc("Run only the cases whose name contains this"),
           cl::value_desc("text"), cl::cat(category));
static cl::opt<bool> verbose("verbose", cl::desc("Print a line for every case"),
                             cl::cat(category));
static cl::opt<bool> decompose(
    "decompose",
    cl::desc("Run webnn-decompose on each graph first (activations, pooling, "
             "gemm, softmax and batchNormalization as primitives)"),
    cl::cat(category));
static cl::opt<bool> printGraph("print-graph",
                                cl::desc("Print each case's webnn graph"),
                                cl::cat(category));

/// WPT compares at most this many elements with a scalar expected value.
static constexpr int64_t kMaxScalarChecks = 1000;

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

namespace {
/// A case that uses what the runner does not map to the builder (an op, an
/// option, a data type), or whose graph the builder rejects. Any other error
/// while reading a case means the case file is malformed.
class UnsupportedError : public llvm::ErrorInfo<UnsupportedError> {
public:
  static char ID;
  explicit UnsupportedError(std::string reason) : reason(std::move(reason)) {}
  void log(raw_ostream &os) const override { os << reason; }
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }

private:
  std::string reason;
};
} // namespace

char UnsupportedError::ID = 0;

static llvm::Error unsupported(const Twine &message) {
  return llvm::make_error<UnsupportedError>(message.str());
}

static llvm::Error malformed(const Twine &where, const Twine &what) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "malformed case: " + where + ": " + what);
}

/// A builder error: the graph is one the project does not support. The
/// builder's messages start with the op's name.
static llvm::Error rejected(llvm::Error error) {
  return unsupported("rejected by the builder: " +
                     llvm::toString(std::move(error)));
}

//===----------------------------------------------------------------------===//
// JSON values
//===----------------------------------------------------------------------===//

/// The object members' keys in sorted order: json::Object is unordered, and
/// inputs and outputs are created in a reproducible order.
static SmallVector<StringRef> getSortedKeys(const json::Object &object) {
  SmallVector<StringRef> keys;
  for (const auto &member : object)
    keys.push_back(member.first);
  llvm::sort(keys);
  return keys;
}

/// A decimal integer string (int64 and uint64 data, BigInt values) of any
/// size, as a signed APInt.
static std::optional<llvm::APInt> getBigInteger(StringRef text) {
  bool isNegative = text.consume_front("-");
  if (text.empty() || !llvm::all_of(text, llvm::isDigit))
    return std::nullopt;
  llvm::APInt value;
  if (text.getAsInteger(10, value))
    return std::nullopt;
  value = value.zext(value.getBitWidth() + 1); // Room for the sign.
  if (isNegative)
    value.negate();
  return value;
}

/// A WPT number: a JSON number, or a string holding a special value ("NaN",
/// "Infinity", "-Infinity", "-0") or a decimal integer, rounded to the
/// nearest double.
static std::optional<double> getNumber(const json::Value &value) {
  if (std::optional<double> number = value.getAsNumber())
    return number;
  std::optional<StringRef> text = value.getAsString();
  if (!text)
    return std::nullopt;
  if (*text == "NaN")
    return std::numeric_limits<double>::quiet_NaN();
  if (*text == "Infinity")
    return std::numeric_limits<double>::infinity();
  if (*text == "-Infinity")
    return -std::numeric_limits<double>::infinity();
  if (*text == "-0")
    return -0.0;
  double number;
  if (!getBigInteger(*text) || text->getAsDouble(number))
    return std::nullopt;
  return number;
}

/// An integer element as 64 two's complement bits, wrapped modulo 2^64 as
/// the typed arrays of WPT wrap it (a narrower type keeps the low bits).
/// Non-integral numbers round toward zero; NaN and infinities become 0.
static std::optional<uint64_t> getIntegerBits(const json::Value &value) {
  if (std::optional<int64_t> integer = value.getAsInteger())
    return static_cast<uint64_t>(*integer);
  if (std::optional<uint64_t> integer = value.getAsUINT64())
    return *integer;
  if (std::optional<StringRef> text = value.getAsString())
    if (std::optional<llvm::APInt> integer = getBigInteger(*text))
      return integer->sextOrTrunc(64).getZExtValue();
  std::optional<double> number = getNumber(value);
  if (!number)
    return std::nullopt;
  if (!std::isfinite(*number))
    return 0;
  double truncated = std::fmod(std::trunc(*number), 0x1p64);
  return truncated < 0 ? uint64_t(0) - static_cast<uint64_t>(-truncated)
                       : static_cast<uint64_t>(truncated);
}

/// A list of integers (a shape, padding, a permutation, ...).
static llvm::Expected<SmallVector<int64_t>>
getIntegerList(const json::Value &value, const Twine &where) {
  const json::Array *array = value.getAsArray();
  if (!array)
    return malformed(where, "expected a list of integers");
  SmallVector<int64_t> list;
  for (const json::Value &element : *array) {
    std::optional<int64_t> integer = element.getAsInteger();
    if (!integer)
      return malformed(where, "expected a list of integers");
    list.push_back(*integer);
  }
  return list;
}

//===----------------------------------------------------------------------===//
// Tensors
//===----------------------------------------------------------------------===//

static bool isFloat(DataType type) {
  return type == DataType::Float32 || type == DataType::Float16;
}

/// Stores the low bytes of `bits` as element `index` of an integer tensor.
static void storeIntegerBits(HostTensor &tensor, int64_t index, uint64_t bits) {
  char *element = tensor.data() + index * getByteWidth(tensor.getDataType());
  switch (getByteWidth(tensor.getDataType())) {
  case 1: {
    auto narrow = static_cast<uint8_t>(bits);
    std::memcpy(element, &narrow, sizeof(narrow));
    return;
  }
  case 4: {
    auto narrow = static_cast<uint32_t>(bits);
    std::memcpy(element, &narrow, sizeof(narrow));
    return;
  }
  default:
    std::memcpy(element, &bits, sizeof(bits));
    return;
  }
}

/// Sets element `index` from a WPT data value: float16 values are rounded
/// from the decimal once, float32 values as Float32Array rounds them, and
/// integers are wrapped as in the typed arrays.
static llvm::Error setElement(HostTensor &tensor, int64_t index,
                              const json::Value &value, const Twine &where) {
  if (isFloat(tensor.getDataType())) {
    std::optional<double> number = getNumber(value);
    if (!number)
      return malformed(where, "expected a number");
    tensor.setFromDouble(index, *number);
    return llvm::Error::success();
  }
  std::optional<uint64_t> bits = getIntegerBits(value);
  if (!bits)
    return malformed(where, "expected an integer");
  storeIntegerBits(tensor, index, *bits);
  return llvm::Error::success();
}

static llvm::Expected<OperandDescriptor>
parseDescriptor(const json::Object &operand, const Twine &where) {
  const json::Object *descriptor = operand.getObject("descriptor");
  if (!descriptor)
    return malformed(where, "expected a 'descriptor' object");
  std::optional<StringRef> typeName = descriptor->getString("dataType");
  if (!typeName)
    return malformed(where + ".descriptor", "expected a 'dataType' string");
  std::optional<DataType> dataType = parseDataType(*typeName);
  if (!dataType)
    return unsupported("data type '" + *typeName + "'");
  const json::Value *shapeValue = descriptor->get("shape");
  if (!shapeValue)
    return malformed(where + ".descriptor", "expected a 'shape' list");
  auto shape = getIntegerList(*shapeValue, where + ".descriptor.shape");
  if (!shape)
    return shape.takeError();
  if (llvm::any_of(*shape, [](int64_t size) { return size < 0; }))
    return malformed(where + ".descriptor.shape",
                     "expected non-negative sizes");
  OperandDescriptor result;
  result.dataType = *dataType;
  result.shape = std::move(*shape);
  return result;
}

namespace {
/// The data of a graph input or an expected output.
struct TensorData {
  HostTensor tensor;
  /// `data` was one number filling the shape.
  bool isScalar = false;
};
} // namespace

/// The tensor of an `inputs` or `expectedOutputs` member: its descriptor and
/// data, a list in row-major order or one number filling the shape.
static llvm::Expected<TensorData> parseTensor(const json::Object &operand,
                                              const Twine &where) {
  auto descriptor = parseDescriptor(operand, where);
  if (!descriptor)
    return descriptor.takeError();
  const json::Value *data = operand.get("data");
  if (!data)
    return malformed(where, "expected 'data'");
  // The shape's element count, overflow-checked before allocating.
  int64_t count = 1;
  for (int64_t size : descriptor->shape) {
    if (size != 0 && count > std::numeric_limits<int32_t>::max() / size)
      return unsupported(where + ": a tensor of more than 2^31 elements");
    count *= size;
  }
  TensorData result;
  result.tensor = HostTensor(descriptor->dataType, descriptor->shape);
  const json::Array *elements = data->getAsArray();
  if (!elements) {
    result.isScalar = true;
    for (int64_t i = 0; i < count; ++i)
      if (llvm::Error error =
              setElement(result.tensor, i, *data, where + ".data"))
        return std::move(error);
    return result;
  }
  if (static_cast<int64_t>(elements->size()) != count)
    return malformed(where + ".data", "has " + Twine(elements->size()) +
                                          " elements, the shape holds " +
                                          Twine(count));
  for (auto [index, element] : llvm::enumerate(*elements))
    if (llvm::Error error = setElement(result.tensor, index, element,
                                       where + ".data[" + Twine(index) + "]"))
      return std::move(error);
  return result;
}

/// WPT's tolerance of a case: ULP or ATOL with a number.
static llvm::Expected<Tolerance> parseTolerance(const json::Object &test) {
  const json::Object *object = test.getObject("tolerance");
  if (!object)
    return malformed("tolerance", "expected an object");
  if (std::optional<StringRef> error = object->getString("error"))
    return unsupported("WPT gives no usable tolerance: " + *error);
  std::optional<StringRef> metric = object->getString("metricType");
  if (!metric)
    return malformed("tolerance", "expected a 'metricType' string");
  Tolerance tolerance;
  if (*metric == "ULP")
    tolerance.kind = Tolerance::Kind::Ulp;
  else if (*metric == "ATOL")
    tolerance.kind = Tolerance::Kind::Atol;
  else
    return unsupported("tolerance metric '" + *metric + "'");
  const json::Value *value = object->get("value");
  std::optional<double> number = value ? getNumber(*value) : std::nullopt;
  if (!number || !(*number >= 0))
    return malformed("tolerance", "expected a non-negative 'value'");
  tolerance.value = *number;
  return tolerance;
}

//===----------------------------------------------------------------------===//
// Operator arguments
//===----------------------------------------------------------------------===//

namespace {
/// The options dictionary of an operator, read member by member. The first
/// problem is kept and returned by takeError(), so that reading is a list of
/// calls; members that no call reads make the case unsupported (an option
/// the runner would silently ignore).
class OptionReader {
public:
  OptionReader(const json::Object *options,
               const llvm::StringMap<Value> &operands, StringRef op)
      : options(options), operands(operands), op(op) {}
  /// Problems are dropped when a caller returns first for another reason.
  ~OptionReader() { llvm::consumeError(std::move(error)); }

  void readNumber(StringRef key, double &result) {
    if (const json::Value *value = lookup(key)) {
      if (std::optional<double> number = getNumber(*value))
        result = *number;
      else
        fail(key, "expected a number");
    }
  }
  void readNumber(StringRef key, std::optional<double> &result) {
    if (lookup(key)) {
      double number = 0;
      readNumber(key, number);
      result = number;
    }
  }
  void readInteger(StringRef key, int64_t &result) {
    if (const json::Value *value = lookup(key)) {
      if (std::optional<int64_t> integer = value->getAsInteger())
        result = *integer;
      else
        fail(key, "expected an integer");
    }
  }
  void readBool(StringRef key, bool &result) {
    if (const json::Value *value = lookup(key)) {
      if (std::optional<bool> flag = value->getAsBoolean())
        result = *flag;
      else
        fail(key, "expected true or false");
    }
  }
  template <unsigned N>
  void readList(StringRef key, std::optional<SmallVector<int64_t, N>> &result) {
    if (const json::Value *value = lookup(key)) {
      auto list = getIntegerList(*value, Twine(op) + " options." + key);
      if (!list)
        return keep(list.takeError());
      result.emplace(list->begin(), list->end());
    }
  }
  void readOperand(StringRef key, Value &result) {
    if (const json::Value *value = lookup(key)) {
      std::optional<StringRef> name = value->getAsString();
      auto it = name ? operands.find(*name) : operands.end();
      if (it == operands.end())
        fail(key, "expected the name of an operand");
      else
        result = it->second;
    }
  }
  template <typename Enum>
  void readEnum(StringRef key, Enum &result,
                std::optional<Enum> (*symbolize)(StringRef)) {
    if (const json::Value *value = lookup(key)) {
      std::optional<StringRef> text = value->getAsString();
      if (!text)
        return fail(key, "expected a string");
      if (std::optional<Enum> symbol = symbolize(*text))
        result = *symbol;
      else
        keep(unsupported(Twine(op) + ": " + key + " '" + *text + "'"));
    }
  }

  /// The first problem, or an unsupported error naming an option that was
  /// not read. `label` names the operator and changes nothing.
  llvm::Error takeError() {
    if (error)
      return std::move(error);
    if (!options)
      return llvm::Error::success();
    for (StringRef key : getSortedKeys(*options))
      if (key != "label" && !read.contains(key))
        return unsupported(Twine(op) + ": option '" + key + "'");
    return llvm::Error::success();
  }

private:
  const json::Value *lookup(StringRef key) {
    if (!options)
      return nullptr;
    read.insert(key);
    return options->get(key);
  }
  void fail(StringRef key, const Twine &what) {
    keep(malformed(Twine(op) + " options." + key, what));
  }
  void keep(llvm::Error newError) {
    if (error)
      llvm::consumeError(std::move(newError));
    else
      error = std::move(newError);
  }

  const json::Object *options;
  const llvm::StringMap<Value> &operands;
  std::string op;
  llvm::StringSet<> read;
  llvm::Error error = llvm::Error::success();
};

/// Reads one case's graph into a GraphBuilder.
class GraphReader {
public:
  explicit GraphReader(GraphBuilder &builder) : builder(builder) {}

  /// Adds the graph inputs and constants; remembers the inputs' data.
  llvm::Error addInputs(const json::Object &inputs);
  /// Adds `operators[index]`.
  llvm::Error addOperator(const json::Value &value, size_t index);
  /// The operand called `name`, if any.
  Value lookup(StringRef name) const { return operands.lookup(name); }
  /// The data of each graph input, by name.
  const llvm::StringMap<HostTensor> &getInputData() const { return inputData; }

private:
  llvm::Expected<Value> buildOperator(StringRef op,
                                      ArrayRef<const json::Value *> arguments,
                                      const json::Object *options,
                                      const Twine &where);
  llvm::Expected<Value> getOperand(const json::Value &value,
                                   const Twine &where) const;

  GraphBuilder &builder;
  llvm::StringMap<Value> operands;
  llvm::StringMap<HostTensor> inputData;
};
} // namespace

llvm::Error GraphReader::addInputs(const json::Object &inputs) {
  for (StringRef name : getSortedKeys(inputs)) {
    std::string where = ("graph.inputs." + name).str();
    const json::Object *operand = inputs.get(name)->getAsObject();
    if (!operand)
      return malformed(where, "expected an object");
    auto data = parseTensor(*operand, where);
    if (!data)
      return data.takeError();
    OperandDescriptor descriptor{data->tensor.getDataType(),
                                 SmallVector<int64_t>(data->tensor.getShape())};
    std::optional<bool> isConstant = operand->getBoolean("constant");
    if (operand->get("constant") && !isConstant)
      return malformed(where + ".constant", "expected true or false");
    llvm::Expected<Value> value =
        isConstant.value_or(false)
            ? builder.constant(descriptor,
                               ArrayRef<char>(data->tensor.data(),
                                              data->tensor.getByteSize()))
            : builder.input(name, descriptor);
    if (!value)
      return rejected(value.takeError());
    operands[name] = *value;
    if (!isConstant.value_or(false))
      inputData[name] = std::move(data->tensor);
  }
  return llvm::Error::success();
}

llvm::Expected<Value> GraphReader::getOperand(const json::Value &value,
                                              const Twine &where) const {
  std::optional<StringRef> name = value.getAsString();
  if (!name)
    return malformed(where, "expected an operand name");
  Value operand = operands.lookup(*name);
  if (!operand)
    return malformed(where, "no operand is called '" + *name + "'");
  return operand;
}

namespace {
using UnaryMethod = llvm::Expected<Value> (GraphBuilder::*)(Value);
using BinaryMethod = llvm::Expected<Value> (GraphBuilder::*)(Value, Value);
using PoolMethod =
    llvm::Expected<Value> (GraphBuilder::*)(Value, const Pool2dOptions &);
} // namespace

static const std::pair<StringRef, UnaryMethod> kUnaryOps[] = {
    {"abs", &GraphBuilder::abs},
    {"neg", &GraphBuilder::neg},
    {"ceil", &GraphBuilder::ceil},
    {"floor", &GraphBuilder::floor},
    {"exp", &GraphBuilder::exp},
    {"log", &GraphBuilder::log},
    {"sqrt", &GraphBuilder::sqrt},
    {"reciprocal", &GraphBuilder::reciprocal},
    {"sigmoid", &GraphBuilder::sigmoid},
    {"tanh", &GraphBuilder::tanh},
    {"relu", &GraphBuilder::relu},
    {"identity", &GraphBuilder::identity},
};

static const std::pair<StringRef, BinaryMethod> kBinaryOps[] = {
    {"add", &GraphBuilder::add}, {"sub", &GraphBuilder::sub},
    {"mul", &GraphBuilder::mul}, {"div", &GraphBuilder::div},
    {"max", &GraphBuilder::max}, {"min", &GraphBuilder::min},
    {"pow", &GraphBuilder::pow}, {"matmul", &GraphBuilder::matmul},
};

static const std::pair<StringRef, PoolMethod> kPoolOps[] = {
    {"averagePool2d", &GraphBuilder::averagePool2d},
    {"l2Pool2d", &GraphBuilder::l2Pool2d},
    {"maxPool2d", &GraphBuilder::maxPool2d},
};

template <typename Method>
static std::optional<Method>
findMethod(ArrayRef<std::pair<StringRef, Method>> table, StringRef op) {
  for (const auto &[name, method] : table)
    if (name == op)
      return method;
  return std::nullopt;
}

/// The count of positional arguments (MLGraphBuilder's parameters before
/// the options) of each op the runner maps to the builder.
static std::optional<size_t> getPositionalCount(StringRef op) {
  if (findMethod<UnaryMethod>(kUnaryOps, op) ||
      findMethod<PoolMethod>(kPoolOps, op) || op == "leakyRelu" ||
      op == "clamp" || op == "transpose")
    return 1;
  if (findMethod<BinaryMethod>(kBinaryOps, op) || op == "gemm" ||
      op == "conv2d" || op == "concat" || op == "reshape" || op == "softmax")
    return 2;
  if (op == "batchNormalization")
    return 3;
  return std::nullopt;
}

llvm::Error GraphReader::addOperator(const json::Value &value, size_t index) {
  std::string where = "graph.operators[" + std::to_string(index) + "]";
  const json::Object *object = value.getAsObject();
  if (!object)
    return malformed(where, "expected an object");
  std::optional<StringRef> op = object->getString("name");
  if (!op)
    return malformed(where, "expected a 'name' string");
  std::optional<size_t> positionalCount = getPositionalCount(*op);
  if (!positionalCount)
    return unsupported("operator '" + *op + "'");
  const json::Array *argumentList = object->getArray("arguments");
  if (!argumentList)
    return malformed(where, "expected an 'arguments' list");

  // Positional arguments, each an object of one member, then options.
  SmallVector<const json::Value *> arguments;
  const json::Object *options = nullptr;
  for (auto [position, argument] : llvm::enumerate(*argumentList)) {
    const json::Object *member = argument.getAsObject();
    if (!member || member->size() != 1)
      return malformed(where + ".arguments[" + Twine(position) + "]",
                       "expected an object of one member");
    const auto &[key, argumentValue] = *member->begin();
    if (StringRef(key) == "options" && position + 1 == argumentList->size()) {
      options = argumentValue.getAsObject();
      if (!options)
        return malformed(where + ".options", "expected an object");
      continue;
    }
    arguments.push_back(&argumentValue);
  }

  if (arguments.size() != *positionalCount)
    return malformed(where, *op + " takes " + Twine(*positionalCount) +
                                " positional arguments, got " +
                                Twine(arguments.size()));

  // The outputs: one name (or a list of one name) for every op mapped here.
  const json::Value *outputs = object->get("outputs");
  if (const json::Array *list = outputs ? outputs->getAsArray() : nullptr) {
    if (list->size() != 1)
      return unsupported(*op + ": " + Twine(list->size()) + " outputs");
    outputs = &list->front();
  }
  std::optional<StringRef> name =
      outputs ? outputs->getAsString() : std::nullopt;
  if (!name)
    return malformed(where, "expected an 'outputs' name");

  auto result = buildOperator(*op, arguments, options, where);
  if (!result)
    return result.takeError();
  operands[*name] = *result;
  return llvm::Error::success();
}

llvm::Expected<Value>
GraphReader::buildOperator(StringRef op,
                           ArrayRef<const json::Value *> arguments,
                           const json::Object *options, const Twine &where) {
  // The operand arguments: every positional one but concat's list of
  // inputs and the integers of concat, reshape and softmax.
  SmallVector<Value> values;
  bool takesOperands = op != "concat";
  size_t operandCount =
      (op == "reshape" || op == "softmax") ? 1 : arguments.size();
  for (size_t i = 0; takesOperands && i < operandCount; ++i) {
    auto value =
        getOperand(*arguments[i], where + ".arguments[" + Twine(i) + "]");
    if (!value)
      return value.takeError();
    values.push_back(*value);
  }

  OptionReader reader(options, operands, op);
  auto finish = [&](llvm::Expected<Value> result) -> llvm::Expected<Value> {
    if (!result)
      return rejected(result.takeError());
    return result;
  };

  if (auto method = findMethod<UnaryMethod>(kUnaryOps, op)) {
    if (llvm::Error error = reader.takeError())
      return std::move(error);
    return finish((builder.**method)(values[0]));
  }
  if (auto method = findMethod<BinaryMethod>(kBinaryOps, op)) {
    if (llvm::Error error = reader.takeError())
      return std::move(error);
    return finish((builder.**method)(values[0], values[1]));
  }
  if (auto method = findMethod<PoolMethod>(kPoolOps, op)) {
    Pool2dOptions pool;
    reader.readList("windowDimensions", pool.windowDimensions);
    reader.readList("padding", pool.padding);
    reader.readList("strides", pool.strides);
    reader.readList("dilations", pool.dilations);
    reader.readEnum("layout", pool.layout, &symbolizeInputLayout);
    reader.readEnum("outputShapeRounding", pool.outputShapeRounding,
                    &symbolizeRoundingType);
    reader.readList("outputSizes", pool.outputSizes);
    if (llvm::Error error = reader.takeError())
      return std::move(error);
    return finish((builder.**method)(values[0], pool));
  }
  if (op == "leakyRelu") {
    LeakyReluOptions leakyRelu;
    reader.readNumber("alpha", leakyRelu.alpha);
    if (llvm::Error error = reader.takeError())
      return std::move(error);
    return finish(builder.leakyRelu(values[0], leakyRelu));
  }
  if (op == "clamp") {
    ClampOptions clamp;
    reader.readNumber("minValue", clamp.minValue);
    reader.readNumber("maxValue", clamp.maxValue);
    if (llvm::Error error = reader.takeError())
      return std::move(error);
    return finish(builder.clamp(values[0], clamp));
  }
  if (op == "transpose") {
    std::optional<SmallVector<int64_t, 4>> permutation;
    reader.readList("permutation", permutation);
    if (llvm::Error error = reader.takeError())
      return std::move(error);
    TransposeOptions transpose;
    if (permutation)
      transpose.permutation.emplace(permutation->begin(), permutation->end());
    return finish(builder.transpose(values[0], transpose));
  }
  if (op == "gemm") {
    GemmOptions gemm;
    reader.readOperand("c", gemm.c);
    reader.readNumber("alpha", gemm.alpha);
    reader.readNumber("beta", gemm.beta);
    reader.readBool("aTranspose", gemm.aTranspose);
    reader.readBool("bTranspose", gemm.bTranspose);
    if (llvm::Error error = reader.takeError())
      return std::move(error);
    return finish(builder.gemm(values[0], values[1], gemm));
  }
  if (op == "conv2d") {
    Conv2dOptions conv;
    reader.readList("padding", conv.padding);
    reader.readList("strides", conv.strides);
    reader.readList("dilations", conv.dilations);
    reader.readInteger("groups", conv.groups);
    reader.readEnum("inputLayout", conv.inputLayout, &symbolizeInputLayout);
    reader.readEnum("filterLayout", conv.filterLayout, &symbolizeFilterLayout);
    reader.readOperand("bias", conv.bias);
    if (llvm::Error error = reader.takeError())
      return std::move(error);
    return finish(builder.conv2d(values[0], values[1], conv));
  }
  if (op == "batchNormalization") {
    BatchNormalizationOptions batchNorm;
    reader.readOperand("scale", batchNorm.scale);
    reader.readOperand("bias", batchNorm.bias);
    reader.readInteger("axis", batchNorm.axis);
    reader.readNumber("epsilon", batchNorm.epsilon);
    if (llvm::Error error = reader.takeError())
      return std::move(error);
    return finish(
        builder.batchNormalization(values[0], values[1], values[2], batchNorm));
  }
  if (llvm::Error error = reader.takeError())
    return std::move(error);
  if (op == "concat") {
    const json::Array *names = arguments[0]->getAsArray();
    if (!names)
      return malformed(where + ".arguments[0]",
                       "expected a list of operand names");
    SmallVector<Value> inputs;
    for (auto [index, name] : llvm::enumerate(*names)) {
      auto input =
          getOperand(name, where + ".arguments[0][" + Twine(index) + "]");
      if (!input)
        return input.takeError();
      inputs.push_back(*input);
    }
    std::optional<int64_t> axis = arguments[1]->getAsInteger();
    if (!axis)
      return malformed(where + ".arguments[1]", "expected an integer axis");
    return finish(builder.concat(inputs, *axis));
  }
  if (op == "reshape") {
    auto newShape = getIntegerList(*arguments[1], where + ".arguments[1]");
    if (!newShape)
      return newShape.takeError();
    return finish(builder.reshape(values[0], *newShape));
  }
  assert(op == "softmax" && "getPositionalCount knows an op not built here");
  std::optional<int64_t> axis = arguments[1]->getAsInteger();
  if (!axis)
    return malformed(where + ".arguments[1]", "expected an integer axis");
  return finish(builder.softmax(values[0], *axis));
}

//===----------------------------------------------------------------------===//
// Running a case
//===----------------------------------------------------------------------===//

namespace {
enum class Outcome { Pass, Fail, Unsupported };

struct CaseResult {
  Outcome outcome = Outcome::Fail;
  /// Why the case failed or is not supported.
  std::string message;
};
} // namespace

/// The first `count` elements of `tensor` as a 1-D tensor.
static HostTensor takeFront(const HostTensor &tensor, int64_t count) {
  HostTensor front(tensor.getDataType(), {count});
  std::memcpy(front.data(), tensor.data(),
              count * getByteWidth(tensor.getDataType()));
  return front;
}

static std::string formatShape(ArrayRef<int64_t> shape) {
  std::string text = "[";
  llvm::raw_string_ostream os(text);
  llvm::interleaveComma(shape, os);
  os << "]";
  return text;
}

/// Builds, compiles and runs one case and compares its outputs. An error is
/// a malformed or unsupported case; the result holds passes and failures.
static llvm::Expected<CaseResult> runCase(const json::Object &test) {
  auto tolerance = parseTolerance(test);
  if (!tolerance)
    return tolerance.takeError();
  const json::Object *graph = test.getObject("graph");
  if (!graph)
    return malformed("graph", "expected an object");
  const json::Object *inputs = graph->getObject("inputs");
  const json::Array *operators = graph->getArray("operators");
  const json::Object *expectedOutputs = graph->getObject("expectedOutputs");
  if (!inputs || !operators || !expectedOutputs)
    return malformed("graph", "expected 'inputs', 'operators' and "
                              "'expectedOutputs'");

  MLIRContext context(MLIRContext::Threading::DISABLED);
  GraphBuilder builder(&context);
  GraphReader reader(builder);
  if (llvm::Error error = reader.addInputs(*inputs))
    return std::move(error);
  for (auto [index, op] : llvm::enumerate(*operators))
    if (llvm::Error error = reader.addOperator(op, index))
      return std::move(error);

  llvm::StringMap<TensorData> expected;
  SmallVector<std::pair<std::string, Value>> outputs;
  for (StringRef name : getSortedKeys(*expectedOutputs)) {
    std::string where = ("graph.expectedOutputs." + name).str();
    const json::Object *operand = expectedOutputs->get(name)->getAsObject();
    if (!operand)
      return malformed(where, "expected an object");
    auto data = parseTensor(*operand, where);
    if (!data)
      return data.takeError();
    Value value = reader.lookup(name);
    if (!value)
      return malformed(where, "no operator computes '" + name + "'");
    outputs.emplace_back(name.str(), value);
    expected[name] = std::move(*data);
  }
  auto module = builder.build(outputs);
  if (!module)
    return rejected(module.takeError());
  CaseResult result;
  if (decompose) {
    PassManager pm = PassManager::on<ModuleOp>((**module)->getContext());
    pm.addNestedPass<func::FuncOp>(createWebNNDecompose());
    if (failed(pm.run(**module))) {
      result.message = "webnn-decompose failed";
      return result;
    }
  }
  if (printGraph)
    (*module)->print(llvm::outs());

  CompileOptions options;
  options.pipeline = pipeline;
  auto executable = Executable::compile(**module, "", options);
  if (!executable) {
    result.message = "compile: " + llvm::toString(executable.takeError());
    return result;
  }
  SmallVector<HostTensor> arguments;
  for (const TensorDescriptor &input : (*executable)->getInputs()) {
    auto it = reader.getInputData().find(input.name);
    if (it == reader.getInputData().end()) {
      result.message =
          "the compiled graph has an unknown input '" + input.name + "'";
      return result;
    }
    arguments.push_back(it->second);
  }
  auto actual = (*executable)->run(arguments);
  if (!actual) {
    result.message = "run: " + llvm::toString(actual.takeError());
    return result;
  }

  SmallVector<std::string> mismatches;
  for (auto [output, tensor] :
       llvm::zip((*executable)->getOutputs(), *actual)) {
    auto found = expected.find(output.name);
    if (found == expected.end()) {
      mismatches.push_back("the compiled graph has an unknown output '" +
                           output.name + "'");
      continue;
    }
    const TensorData &want = found->second;
    // WPT checks at most the first 1000 elements against a scalar.
    if (want.isScalar && tensor.getNumElements() > kMaxScalarChecks &&
        tensor.getShape() == want.tensor.getShape() &&
        tensor.getDataType() == want.tensor.getDataType()) {
      Comparison comparison =
          compareTensors(takeFront(tensor, kMaxScalarChecks),
                         takeFront(want.tensor, kMaxScalarChecks), *tolerance);
      if (!comparison.matches)
        mismatches.push_back("output '" + output.name + "' " +
                             formatShape(tensor.getShape()) + ": " +
                             comparison.message);
      continue;
    }
    Comparison comparison = compareTensors(tensor, want.tensor, *tolerance);
    if (!comparison.matches)
      mismatches.push_back("output '" + output.name +
                           "': " + comparison.message);
  }
  result.outcome = mismatches.empty() ? Outcome::Pass : Outcome::Fail;
  result.message = llvm::join(mismatches, "; ");
  return result;
}

/// Runs a case, turning a malformed case into a failure and an unsupported
/// one into its outcome.
static CaseResult runCaseSafely(const json::Object &test) {
  auto result = runCase(test);
  if (result)
    return std::move(*result);
  CaseResult failure;
  llvm::handleAllErrors(
      result.takeError(),
      [&](const UnsupportedError &error) {
        failure.outcome = Outcome::Unsupported;
        failure.message = error.message();
      },
      [&](const llvm::ErrorInfoBase &error) {
        failure.outcome = Outcome::Fail;
        failure.message = error.message();
      });
  return failure;
}

//===----------------------------------------------------------------------===//
// Files
//===----------------------------------------------------------------------===//

namespace {
struct Counts {
  unsigned passed = 0, failed = 0, unsupported = 0, xfailed = 0, xpassed = 0;
};
} // namespace

static void error(const Twine &message) {
  llvm::WithColor::error(llvm::errs(), "webnn-conformance") << message << "\n";
}

/// Reads the expected failures: '<case name>  # reason' a line; blank lines
/// and lines that start with '#' are comments.
static llvm::Expected<llvm::StringMap<std::string>>
readExpectedFailures(StringRef path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   path + ": " + buffer.getError().message());
  llvm::StringMap<std::string> failures;
  SmallVector<StringRef> lines;
  (*buffer)->getBuffer().split(lines, '\n');
  for (auto [number, line] : llvm::enumerate(lines)) {
    StringRef text = line.trim();
    if (text.empty() || text.starts_with("#"))
      continue;
    auto [name, reason] = text.split('#');
    name = name.trim();
    reason = reason.trim();
    if (name.empty() || reason.empty())
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     path + ":" + Twine(number + 1) +
                                         ": expected '<case name>  # reason'");
    failures[name] = reason.str();
  }
  return failures;
}

/// Runs every case of one file, printing a line per case that does not pass
/// and adding up the outcomes; false when the file cannot be read or has no
/// list of cases.
static bool runFile(StringRef path,
                    const llvm::StringMap<std::string> &expectedFailures,
                    Counts &counts) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer) {
    error(path + ": " + buffer.getError().message());
    return false;
  }
  auto root = json::parse((*buffer)->getBuffer());
  if (!root) {
    error(path + ": invalid JSON: " + llvm::toString(root.takeError()));
    return false;
  }
  const json::Object *object = root->getAsObject();
  const json::Array *tests = object ? object->getArray("tests") : nullptr;
  if (!tests) {
    error(path + ": expected an object with a 'tests' list");
    return false;
  }

  for (auto [index, value] : llvm::enumerate(*tests)) {
    const json::Object *test = value.getAsObject();
    std::optional<StringRef> nameValue =
        test ? test->getString("name") : std::nullopt;
    std::string name =
        nameValue ? nameValue->str() : "tests[" + std::to_string(index) + "]";
    if (!filter.empty() && !StringRef(name).contains(filter))
      continue;
    CaseResult result;
    if (!nameValue)
      result.message = "malformed case: expected an object with a 'name'";
    else
      result = runCaseSafely(*test);

    auto xfail = expectedFailures.find(name);
    bool isExpectedFailure = xfail != expectedFailures.end();
    switch (result.outcome) {
    case Outcome::Pass:
      if (isExpectedFailure) {
        ++counts.xpassed;
        llvm::outs() << "XPASS: " << name << ": passes but is listed as an "
                     << "expected failure (" << xfail->second << ")\n";
      } else {
        ++counts.passed;
        if (verbose)
          llvm::outs() << "PASS: " << name << "\n";
      }
      break;
    case Outcome::Fail:
      if (isExpectedFailure) {
        ++counts.xfailed;
        llvm::outs() << "XFAIL: " << name << ": " << result.message
                     << " (expected: " << xfail->second << ")\n";
      } else {
        ++counts.failed;
        llvm::outs() << "FAIL: " << name << ": " << result.message << "\n";
      }
      break;
    case Outcome::Unsupported:
      ++counts.unsupported;
      llvm::outs() << "UNSUPPORTED: " << name << ": " << result.message << "\n";
      break;
    }
    llvm::outs().flush();
  }
  return true;
}

static void printSummary(StringRef label, const Counts &counts) {
  llvm::outs() << label << ": " << counts.passed << " passed, " << counts.failed
               << " failed, " << counts.unsupported << " not supported";
  if (counts.xfailed)
    llvm::outs() << ", " << counts.xfailed << " expected failures";
  if (counts.xpassed)
    llvm::outs() << ", " << counts.xpassed << " unexpected passes";
  llvm::outs() << "\n";
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(argc, argv,
                              "webnn-conformance: run WebNN conformance cases "
                              "from web-platform-tests\n");

  {
    // Check the pipeline's name once, not in every case.
    MLIRContext context(MLIRContext::Threading::DISABLED);
    PassManager pm = PassManager::on<ModuleOp>(&context);
    if (failed(buildPipeline(pm, pipeline))) {
      error("unknown pipeline '" + pipeline + "' (expected cpu or reference)");
      return 1;
    }
  }

  llvm::StringMap<std::string> expectedFailures;
  if (!xfailFile.empty()) {
    auto failures = readExpectedFailures(xfailFile);
    if (!failures) {
      error(llvm::toString(failures.takeError()));
      return 1;
    }
    expectedFailures = std::move(*failures);
  }

  bool ok = true;
  Counts total;
  for (const std::string &path : caseFiles) {
    Counts counts;
    if (!runFile(path, expectedFailures, counts)) {
      ok = false;
      continue;
    }
    printSummary(path, counts);
    ok &= counts.failed == 0 && counts.xpassed == 0;
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.unsupported += counts.unsupported;
    total.xfailed += counts.xfailed;
    total.xpassed += counts.xpassed;
  }
  if (caseFiles.size() > 1)
    printSummary("total", total);
  return ok ? 0 : 1;
}
