//===- Case.cpp - A WPT conformance case read from JSON -------------------===//
//
// Every problem is a CaseError naming where it is in the case, so that a
// wrong case file is a message, never a crash; the element count of a
// tensor is checked before anything is allocated for it.
//
//===----------------------------------------------------------------------===//

#include "WebNN/Conformance/Case.h"
#include "JsonValues.h"
#include "WebNN/Builder/GraphBuilder.h"
#include "WebNN/Conformance/CaseError.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include <cstring>
#include <limits>

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::conformance;
namespace json = llvm::json;

//===----------------------------------------------------------------------===//
// Tensors
//===----------------------------------------------------------------------===//

/// Whether WPT writes the type's elements as numbers to round (floats) rather
/// than integers to wrap.
static bool isFloat(DataType type) {
  return DataTypeSet::floats().contains(type);
}

/// Stores the low bytes of `bits` as element `index` of an integer tensor,
/// as many as the element type has.
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
readDescriptor(const json::Object &operand, const Twine &where) {
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

/// The tensor of an `inputs` or `expectedOutputs` member: its descriptor and
/// data, a list in row-major order or one number filling the shape.
static llvm::Expected<CaseTensor>
readTensor(StringRef name, const json::Value &value, const Twine &where) {
  const json::Object *operand = value.getAsObject();
  if (!operand)
    return malformed(where, "expected an object");
  auto descriptor = readDescriptor(*operand, where);
  if (!descriptor)
    return descriptor.takeError();
  const json::Value *data = operand->get("data");
  if (!data)
    return malformed(where, "expected 'data'");
  // The shape's element count, overflow-checked before allocating. A
  // scalar `data` fills the whole shape, so the size is bounded too: the
  // largest conformance tensors (add's 6000 x 6000 float32) take 144 MB,
  // and a case file must not make the runner allocate gigabytes.
  constexpr int64_t kMaxCaseBytes = int64_t(1) << 28;
  int64_t maxCount = kMaxCaseBytes / getByteWidth(descriptor->dataType);
  int64_t count = 1;
  for (int64_t size : descriptor->shape) {
    if (size != 0 && count > maxCount / size)
      return unsupported(where + ": a tensor of more than 256 MiB");
    count *= size;
  }
  CaseTensor result;
  result.name = name.str();
  auto tensor = HostTensor::allocate(descriptor->dataType, descriptor->shape,
                                     HostTensor::Fill::Zeros);
  if (!tensor)
    return tensor.takeError();
  result.tensor = std::move(*tensor);
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

/// The members of `graph.inputs` or `graph.expectedOutputs`, by name.
static llvm::Expected<std::vector<CaseTensor>>
readTensors(const json::Object &members, StringRef where, bool mayBeConstant) {
  std::vector<CaseTensor> tensors;
  for (StringRef name : getSortedKeys(members)) {
    std::string memberWhere = (where + "." + name).str();
    const json::Value &value = *members.get(name);
    auto tensor = readTensor(name, value, memberWhere);
    if (!tensor)
      return tensor.takeError();
    if (mayBeConstant) {
      const json::Object &operand = *value.getAsObject();
      std::optional<bool> isConstant = operand.getBoolean("constant");
      if (operand.get("constant") && !isConstant)
        return malformed(memberWhere + ".constant", "expected true or false");
      tensor->isConstant = isConstant.value_or(false);
    }
    tensors.push_back(std::move(*tensor));
  }
  return tensors;
}

//===----------------------------------------------------------------------===//
// Cases
//===----------------------------------------------------------------------===//

/// WPT's tolerance of a case: ULP or ATOL with a number.
static llvm::Expected<Tolerance> readTolerance(const json::Object &test) {
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

/// Reads `graph.operators[index]` as far as every op has the same form.
static llvm::Expected<CaseOperator> readOperator(const json::Value &value,
                                                 size_t index) {
  CaseOperator op;
  op.where = "graph.operators[" + std::to_string(index) + "]";
  const json::Object *object = value.getAsObject();
  if (!object)
    return malformed(op.where, "expected an object");
  std::optional<StringRef> name = object->getString("name");
  if (!name)
    return malformed(op.where, "expected a 'name' string");
  op.name = name->str();
  op.object = *object;
  return op;
}

llvm::Expected<Case>
mlir::webnn::conformance::readCase(const json::Value &value) {
  const json::Object *test = value.getAsObject();
  std::optional<StringRef> name = test ? test->getString("name") : std::nullopt;
  if (!name)
    return llvm::make_error<CaseError>(
        CaseError::Kind::Malformed,
        "malformed case: expected an object with a 'name'");
  Case result;
  result.name = name->str();
  auto tolerance = readTolerance(*test);
  if (!tolerance)
    return tolerance.takeError();
  result.tolerance = *tolerance;

  const json::Object *graph = test->getObject("graph");
  if (!graph)
    return malformed("graph", "expected an object");
  const json::Object *inputs = graph->getObject("inputs");
  const json::Array *operators = graph->getArray("operators");
  const json::Object *expectedOutputs = graph->getObject("expectedOutputs");
  if (!inputs || !operators || !expectedOutputs)
    return malformed("graph", "expected 'inputs', 'operators' and "
                              "'expectedOutputs'");

  auto inputTensors = readTensors(*inputs, "graph.inputs",
                                  /*mayBeConstant=*/true);
  if (!inputTensors)
    return inputTensors.takeError();
  result.inputs = std::move(*inputTensors);
  for (auto [index, op] : llvm::enumerate(*operators)) {
    auto caseOp = readOperator(op, index);
    if (!caseOp)
      return caseOp.takeError();
    result.operators.push_back(std::move(*caseOp));
  }
  auto outputTensors = readTensors(*expectedOutputs, "graph.expectedOutputs",
                                   /*mayBeConstant=*/false);
  if (!outputTensors)
    return outputTensors.takeError();
  result.expectedOutputs = std::move(*outputTensors);
  return result;
}

llvm::Expected<Case> mlir::webnn::conformance::parseCase(StringRef text) {
  auto value = json::parse(text);
  if (!value)
    return malformed("<case>",
                     "invalid JSON: " + llvm::toString(value.takeError()));
  return readCase(*value);
}

//===----------------------------------------------------------------------===//
// Case files
//===----------------------------------------------------------------------===//

static llvm::Error fileError(StringRef path, const Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 path + ": " + message);
}

llvm::Expected<CaseFile> CaseFile::read(StringRef path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer)
    return fileError(path, buffer.getError().message());
  return parse((*buffer)->getBuffer(), path);
}

llvm::Expected<CaseFile> CaseFile::parse(StringRef text, StringRef path) {
  auto root = json::parse(text);
  if (!root)
    return fileError(path, "invalid JSON: " + llvm::toString(root.takeError()));
  json::Object *object = root->getAsObject();
  json::Array *tests = object ? object->getArray("tests") : nullptr;
  if (!tests)
    return fileError(path, "expected an object with a 'tests' list");
  return CaseFile(std::move(*tests));
}

std::string CaseFile::getName(size_t index) const {
  const json::Object *test = tests[index].getAsObject();
  if (std::optional<StringRef> name =
          test ? test->getString("name") : std::nullopt)
    return name->str();
  return "tests[" + std::to_string(index) + "]";
}
