//===- OpArguments.cpp - An operator's arguments as its op reads them -----===//

#include "WebNN/Conformance/OpArguments.h"
#include "JsonValues.h"
#include "WebNN/Conformance/CaseError.h"

using namespace mlir;
using namespace mlir::webnn::conformance;
namespace json = llvm::json;

//===----------------------------------------------------------------------===//
// The argument list and the outputs
//===----------------------------------------------------------------------===//

llvm::Expected<ArgumentList>
mlir::webnn::conformance::readArgumentList(const CaseOperator &op) {
  const json::Array *list = op.object.getArray("arguments");
  if (!list)
    return malformed(op.where, "expected an 'arguments' list");
  ArgumentList arguments;
  for (auto [position, argument] : llvm::enumerate(*list)) {
    const json::Object *member = argument.getAsObject();
    std::string where =
        op.where + ".arguments[" + std::to_string(position) + "]";
    if (member && member->size() > 1) {
      // qdq_subgraph.json writes quantizeLinear's and dequantizeLinear's
      // (scale, zeroPoint) as one object. JSON objects are unordered:
      // their members go in the order of the method's parameters.
      static const StringLiteral kGroupedParameters[] = {"scale", "zeroPoint"};
      if (member->size() > std::size(kGroupedParameters))
        return malformed(where, "expected an object of one member");
      for (StringLiteral name : kGroupedParameters) {
        const json::Value *value = member->get(name);
        if (!value)
          return malformed(where, "expected an object of one member, or "
                                  "of 'scale' and 'zeroPoint'");
        arguments.positional.push_back(value);
      }
      continue;
    }
    if (!member || member->size() != 1)
      return malformed(where, "expected an object of one member");
    const auto &[key, value] = *member->begin();
    if (StringRef(key) == "options" && position + 1 == list->size()) {
      arguments.options = value.getAsObject();
      if (!arguments.options)
        return malformed(op.where + ".options", "expected an object");
      continue;
    }
    arguments.positional.push_back(&value);
  }
  return arguments;
}

llvm::Expected<SmallVector<std::string>>
mlir::webnn::conformance::readOutputNames(const CaseOperator &op) {
  const json::Value *outputs = op.object.get("outputs");
  SmallVector<std::string> names;
  if (const json::Array *list = outputs ? outputs->getAsArray() : nullptr) {
    for (const json::Value &item : *list) {
      std::optional<StringRef> name = item.getAsString();
      if (!name)
        return malformed(op.where + ".outputs", "expected names");
      names.push_back(name->str());
    }
    if (names.empty())
      return malformed(op.where + ".outputs", "expected names");
    return names;
  }
  std::optional<StringRef> name =
      outputs ? outputs->getAsString() : std::nullopt;
  if (!name)
    return malformed(op.where, "expected an 'outputs' name");
  names.push_back(name->str());
  return names;
}

llvm::Expected<std::string>
mlir::webnn::conformance::readOutputName(const CaseOperator &op) {
  const json::Value *outputs = op.object.get("outputs");
  if (const json::Array *list = outputs ? outputs->getAsArray() : nullptr) {
    if (list->size() != 1)
      return unsupported(op.name + ": " + Twine(list->size()) + " outputs");
    outputs = &list->front();
  }
  std::optional<StringRef> name =
      outputs ? outputs->getAsString() : std::nullopt;
  if (!name)
    return malformed(op.where, "expected an 'outputs' name");
  return name->str();
}

//===----------------------------------------------------------------------===//
// Positional arguments
//===----------------------------------------------------------------------===//

/// The operand that `value` names.
static llvm::Expected<Value>
lookupOperand(const llvm::StringMap<Value> &operands, const json::Value &value,
              const Twine &where) {
  std::optional<StringRef> name = value.getAsString();
  if (!name)
    return malformed(where, "expected an operand name");
  Value operand = operands.lookup(*name);
  if (!operand)
    return malformed(where, "no operand is called '" + *name + "'");
  return operand;
}

const json::Value &OperatorArguments::getPositional(size_t index) const {
  // The op table checks the count of positional arguments before an entry
  // reads them.
  assert(index < arguments.positional.size() &&
         "reading a positional argument the op does not have");
  return *arguments.positional[index];
}

std::string OperatorArguments::getPositionalWhere(size_t index) const {
  return op.where + ".arguments[" + std::to_string(index) + "]";
}

llvm::Expected<Value> OperatorArguments::getOperand(size_t index) const {
  return lookupOperand(operands, getPositional(index),
                       getPositionalWhere(index));
}

llvm::Expected<SmallVector<Value>>
OperatorArguments::getOperands(size_t count) const {
  SmallVector<Value> values;
  for (size_t index = 0; index < count; ++index) {
    auto value = getOperand(index);
    if (!value)
      return value.takeError();
    values.push_back(*value);
  }
  return values;
}

llvm::Expected<SmallVector<Value>>
OperatorArguments::getOperandsWithoutOptions(size_t count) {
  auto values = getOperands(count);
  if (!values)
    return values.takeError();
  if (llvm::Error error = takeOptionsError())
    return std::move(error);
  return values;
}

llvm::Expected<SmallVector<Value>>
OperatorArguments::getOperandList(size_t index) const {
  const json::Array *names = getPositional(index).getAsArray();
  if (!names)
    return malformed(getPositionalWhere(index),
                     "expected a list of operand names");
  SmallVector<Value> values;
  for (auto [position, name] : llvm::enumerate(*names)) {
    auto value =
        lookupOperand(operands, name,
                      getPositionalWhere(index) + "[" + Twine(position) + "]");
    if (!value)
      return value.takeError();
    values.push_back(*value);
  }
  return values;
}

llvm::Expected<int64_t> OperatorArguments::getAxis(size_t index) const {
  std::optional<int64_t> axis = getPositional(index).getAsInteger();
  if (!axis)
    return malformed(getPositionalWhere(index), "expected an integer axis");
  return *axis;
}

llvm::Expected<SmallVector<int64_t>>
OperatorArguments::getIntegerList(size_t index) const {
  return conformance::getIntegerList(getPositional(index),
                                     getPositionalWhere(index));
}

llvm::Expected<StringRef> OperatorArguments::getString(size_t index) const {
  std::optional<StringRef> text = getPositional(index).getAsString();
  if (!text)
    return malformed(getPositionalWhere(index), "expected a string");
  return *text;
}

//===----------------------------------------------------------------------===//
// Options
//===----------------------------------------------------------------------===//

void OperatorArguments::readNumber(StringRef key, double &result) {
  if (const json::Value *value = lookupOption(key)) {
    if (std::optional<double> number = getNumber(*value))
      result = *number;
    else
      failOption(key, "expected a number");
  }
}

void OperatorArguments::readNumber(StringRef key,
                                   std::optional<double> &result) {
  if (lookupOption(key)) {
    double number = 0;
    readNumber(key, number);
    result = number;
  }
}

void OperatorArguments::readInteger(StringRef key, int64_t &result) {
  if (const json::Value *value = lookupOption(key)) {
    if (std::optional<int64_t> integer = value->getAsInteger())
      result = *integer;
    else
      failOption(key, "expected an integer");
  }
}

void OperatorArguments::readBool(StringRef key, bool &result) {
  if (const json::Value *value = lookupOption(key)) {
    if (std::optional<bool> flag = value->getAsBoolean())
      result = *flag;
    else
      failOption(key, "expected true or false");
  }
}

std::optional<SmallVector<int64_t>>
OperatorArguments::readIntegerList(StringRef key) {
  const json::Value *value = lookupOption(key);
  if (!value)
    return std::nullopt;
  auto list =
      conformance::getIntegerList(*value, Twine(op.name) + " options." + key);
  if (!list) {
    keep(list.takeError());
    return std::nullopt;
  }
  return std::move(*list);
}

void OperatorArguments::readNumberList(
    StringRef key, std::optional<SmallVector<float, 2>> &result) {
  const json::Value *value = lookupOption(key);
  if (!value)
    return;
  const json::Array *array = value->getAsArray();
  if (!array)
    return failOption(key, "expected a list of numbers");
  SmallVector<float, 2> numbers;
  for (const json::Value &item : *array) {
    std::optional<double> number = getNumber(item);
    if (!number)
      return failOption(key, "expected a list of numbers");
    numbers.push_back(static_cast<float>(*number));
  }
  result = std::move(numbers);
}

void OperatorArguments::readOperand(StringRef key, Value &result) {
  if (const json::Value *value = lookupOption(key)) {
    std::optional<StringRef> name = value->getAsString();
    auto it = name ? operands.find(*name) : operands.end();
    if (it == operands.end())
      failOption(key, "expected the name of an operand");
    else
      result = it->second;
  }
}

std::optional<StringRef> OperatorArguments::readEnumName(StringRef key) {
  const json::Value *value = lookupOption(key);
  if (!value)
    return std::nullopt;
  std::optional<StringRef> text = value->getAsString();
  if (!text)
    failOption(key, "expected a string");
  return text;
}

void OperatorArguments::unknownEnumName(StringRef key, StringRef name) {
  keep(unsupported(Twine(op.name) + ": " + key + " '" + name + "'"));
}

llvm::Error OperatorArguments::takeOptionsError() {
  if (optionError)
    return std::move(optionError);
  if (!arguments.options)
    return llvm::Error::success();
  for (StringRef key : getSortedKeys(*arguments.options))
    if (key != "label" && !read.contains(key))
      return unsupported(Twine(op.name) + ": option '" + key + "'");
  return llvm::Error::success();
}

const json::Value *OperatorArguments::lookupOption(StringRef key) {
  if (!arguments.options)
    return nullptr;
  read.insert(key);
  return arguments.options->get(key);
}

void OperatorArguments::failOption(StringRef key, const Twine &what) {
  keep(malformed(Twine(op.name) + " options." + key, what));
}

void OperatorArguments::keep(llvm::Error error) {
  if (optionError)
    llvm::consumeError(std::move(error));
  else
    optionError = std::move(error);
}
