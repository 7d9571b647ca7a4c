//===- OpArguments.h - A case operator's arguments --------------*- C++ -*-===//
//
// What an op's entry in the op table (OpTable.h) reads: the positional
// arguments of one case operator (operand names, lists, integers) and its
// options dictionary, with every problem a CaseError that names where it
// is. They are read in MLGraphBuilder's form, which every op of the table
// has, and only once the op is known to be in the table, because WPT writes
// the arguments of some other ops otherwise.
//
// Options are read member by member; the first problem is kept for
// takeOptionsError(), so that reading an op's options is a plain list of
// calls, and a member that no call reads makes the case unsupported rather
// than silently ignored.
//
//===----------------------------------------------------------------------===//

#ifndef WEBNN_CONFORMANCE_OPARGUMENTS_H
#define WEBNN_CONFORMANCE_OPARGUMENTS_H

#include "WebNN/Conformance/Case.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

namespace mlir::webnn::conformance {

/// An operator's `arguments` in MLGraphBuilder's form: the positional ones,
/// each the value of an object of one member, then `{"options": {...}}`.
struct ArgumentList {
  SmallVector<const llvm::json::Value *> positional;
  /// Null when there are no options.
  const llvm::json::Object *options = nullptr;
};

/// Reads `op`'s `arguments` list; the list points into `op`.
llvm::Expected<ArgumentList> readArgumentList(const CaseOperator &op);

/// The name of `op`'s one result: `outputs` is a name or a list of one
/// name. Several results are unsupported.
llvm::Expected<std::string> readOutputName(const CaseOperator &op);
/// The names of `op`'s results: `outputs` is a name or a list of names.
llvm::Expected<SmallVector<std::string>>
readOutputNames(const CaseOperator &op);

/// The arguments of one operator, as the entry of its op reads them.
class OperatorArguments {
public:
  /// `arguments` are `op`'s (readArgumentList()); operand names are looked
  /// up in `operands`.
  OperatorArguments(const CaseOperator &op, ArgumentList arguments,
                    const llvm::StringMap<Value> &operands)
      : op(op), arguments(std::move(arguments)), operands(operands) {}
  OperatorArguments(const OperatorArguments &) = delete;
  OperatorArguments &operator=(const OperatorArguments &) = delete;
  /// A kept problem is dropped when the op returns early for another one.
  ~OperatorArguments() { llvm::consumeError(std::move(optionError)); }

  //===--------------------------------------------------------------------===//
  // Positional arguments
  //===--------------------------------------------------------------------===//

  /// Positional argument `index`, the name of an operand.
  llvm::Expected<Value> getOperand(size_t index) const;
  /// The first `count` positional arguments, each the name of an operand.
  llvm::Expected<SmallVector<Value>> getOperands(size_t count) const;
  /// The same, for an op that has no options: an options member is then an
  /// error (see takeOptionsError()).
  llvm::Expected<SmallVector<Value>> getOperandsWithoutOptions(size_t count);
  /// Positional argument `index`, a list of operand names.
  llvm::Expected<SmallVector<Value>> getOperandList(size_t index) const;
  /// Positional argument `index`, an integer axis.
  llvm::Expected<int64_t> getAxis(size_t index) const;
  /// Positional argument `index`, a list of integers.
  llvm::Expected<SmallVector<int64_t>> getIntegerList(size_t index) const;
  /// Positional argument `index`, a string (cast's data type).
  llvm::Expected<StringRef> getString(size_t index) const;

  //===--------------------------------------------------------------------===//
  // Options: an absent member leaves `result` as it is (the default).
  //===--------------------------------------------------------------------===//

  void readNumber(StringRef key, double &result);
  void readNumber(StringRef key, std::optional<double> &result);
  void readInteger(StringRef key, int64_t &result);
  void readBool(StringRef key, bool &result);
  template <unsigned N>
  void readList(StringRef key, std::optional<SmallVector<int64_t, N>> &result) {
    if (std::optional<SmallVector<int64_t>> list = readIntegerList(key))
      result.emplace(list->begin(), list->end());
  }
  /// A list of numbers (resample2d's scales).
  void readNumberList(StringRef key,
                      std::optional<SmallVector<float, 2>> &result);
  /// An operand option (a bias, gemm's c), given by its name.
  void readOperand(StringRef key, Value &result);
  /// An enum option; a string that `symbolize` does not know is unsupported.
  template <typename Enum>
  void readEnum(StringRef key, Enum &result,
                std::optional<Enum> (*symbolize)(StringRef)) {
    if (std::optional<StringRef> text = readEnumName(key)) {
      if (std::optional<Enum> symbol = symbolize(*text))
        result = *symbol;
      else
        unknownEnumName(key, *text);
    }
  }

  /// The first problem reading options, or an unsupported error naming an
  /// option that was not read. `label` names the operator and changes
  /// nothing, so it needs no reading.
  llvm::Error takeOptionsError();

private:
  const llvm::json::Value &getPositional(size_t index) const;
  /// "graph.operators[<i>].arguments[<index>]", for messages.
  std::string getPositionalWhere(size_t index) const;
  const llvm::json::Value *lookupOption(StringRef key);
  std::optional<SmallVector<int64_t>> readIntegerList(StringRef key);
  std::optional<StringRef> readEnumName(StringRef key);
  void unknownEnumName(StringRef key, StringRef name);
  void failOption(StringRef key, const Twine &what);
  void keep(llvm::Error error);

  const CaseOperator &op;
  ArgumentList arguments;
  const llvm::StringMap<Value> &operands;
  /// The options looked up so far.
  llvm::StringSet<> read;
  llvm::Error optionError = llvm::Error::success();
};

} // namespace mlir::webnn::conformance

#endif // WEBNN_CONFORMANCE_OPARGUMENTS_H
