//===- Reduction.cpp - ONNX reductions, ArgMax/ArgMin and CumSum ----------===//
//
// The Reduce* ops take their axes as an attribute (before opset 18, 13 for
// ReduceSum) or as a constant input read at import time; negative axes
// count from the end, and `keepdims` defaults to 1. An empty or absent axes
// list reduces every dimension, unless noop_with_empty_axes asks for none.
//
//===----------------------------------------------------------------------===//

#include "Importer.h"

using namespace mlir;
using namespace mlir::webnn;
using namespace mlir::webnn::onnx_import;

using ReduceMethod =
    llvm::Expected<Value> (GraphBuilder::*)(Value, const ReduceOptions &);

/// ONNX axes (negative from the end) as WebNN's.
static llvm::Expected<SmallVector<int64_t>>
normalizeAxes(ArrayRef<int64_t> axes, int64_t rank) {
  SmallVector<int64_t> result;
  for (int64_t axis : axes) {
    if (axis < -rank || axis >= rank)
      return makeError("axis " + Twine(axis) + " is out of range for rank " +
                       Twine(rank));
    result.push_back(axis < 0 ? axis + rank : axis);
  }
  return result;
}

/// `axesFromInput`: the opsets that take axes as the second input.
template <ReduceMethod method, bool axesFromInput>
static llvm::Expected<Value> convertReduce(Importer &importer,
                                           const Node &node) {
  int64_t rank = Importer::shapeOf(node.in[0]).size();
  std::optional<SmallVector<int64_t>> given;
  if (axesFromInput) {
    if (node.proto.input_size() > 1 && !node.proto.input(1).empty()) {
      auto axes = importer.getConstantInts(node.proto.input(1));
      if (!axes)
        return axes.takeError();
      given.emplace(axes->begin(), axes->end());
    }
  } else {
    given = getInts(node.attrs, "axes");
  }
  ReduceOptions options;
  options.keepDimensions = getInt(node.attrs, "keepdims", 1) != 0;
  if (given && !given->empty()) {
    auto axes = normalizeAxes(*given, rank);
    if (!axes)
      return axes.takeError();
    options.axes = *axes;
  } else if (getInt(node.attrs, "noop_with_empty_axes", 0)) {
    options.axes = SmallVector<int64_t>();
  }
  return (importer.getBuilder().*method)(node.in[0], options);
}

template <llvm::Expected<Value> (GraphBuilder::*method)(
    Value, int64_t, const ArgMinMaxOptions &)>
static llvm::Expected<Value> convertArgMinMax(Importer &importer,
                                              const Node &node) {
  if (getInt(node.attrs, "select_last_index", 0) != 0)
    return makeError("select_last_index is not supported");
  int64_t rank = Importer::shapeOf(node.in[0]).size();
  auto axis = normalizeAxes({getInt(node.attrs, "axis", 0)}, rank);
  if (!axis)
    return axis.takeError();
  ArgMinMaxOptions options;
  options.keepDimensions = getInt(node.attrs, "keepdims", 1) != 0;
  // ONNX's indices are int64.
  options.outputDataType = DataType::Int64;
  return (importer.getBuilder().*method)(node.in[0], axis->front(), options);
}

static llvm::Expected<Value> convertCumSum(Importer &importer,
                                           const Node &node) {
  if (node.proto.input_size() < 2)
    return makeError("needs an axis input");
  auto given = importer.getConstantInts(node.proto.input(1));
  if (!given)
    return given.takeError();
  if (given->size() != 1)
    return makeError("axis must be one value");
  auto axis = normalizeAxes(*given, Importer::shapeOf(node.in[0]).size());
  if (!axis)
    return axis.takeError();
  CumulativeSumOptions options;
  options.exclusive = getInt(node.attrs, "exclusive", 0) != 0;
  options.reversed = getInt(node.attrs, "reverse", 0) != 0;
  return importer.getBuilder().cumulativeSum(node.in[0], axis->front(),
                                             options);
}

#define WEBNN_REDUCE_ROWS(onnxName, method, inputOpset)                        \
  {onnxName, 1, convertReduce<&GraphBuilder::method, false>},                  \
      {onnxName, inputOpset, convertReduce<&GraphBuilder::method, true>,       \
       /*operandCount=*/1}

ArrayRef<ConverterEntry> mlir::webnn::onnx_import::getReductionConverters() {
  static const ConverterEntry entries[] = {
      WEBNN_REDUCE_ROWS("ReduceL1", reduceL1, 18),
      WEBNN_REDUCE_ROWS("ReduceL2", reduceL2, 18),
      WEBNN_REDUCE_ROWS("ReduceLogSum", reduceLogSum, 18),
      WEBNN_REDUCE_ROWS("ReduceLogSumExp", reduceLogSumExp, 18),
      WEBNN_REDUCE_ROWS("ReduceMax", reduceMax, 18),
      WEBNN_REDUCE_ROWS("ReduceMean", reduceMean, 18),
      WEBNN_REDUCE_ROWS("ReduceMin", reduceMin, 18),
      WEBNN_REDUCE_ROWS("ReduceProd", reduceProduct, 18),
      WEBNN_REDUCE_ROWS("ReduceSum", reduceSum, 13),
      WEBNN_REDUCE_ROWS("ReduceSumSquare", reduceSumSquare, 18),
      {"ArgMax", 1, convertArgMinMax<&GraphBuilder::argMax>},
      {"ArgMin", 1, convertArgMinMax<&GraphBuilder::argMin>},
      {"CumSum", 11, convertCumSum, /*operandCount=*/1},
  };
  return entries;
}
#undef WEBNN_REDUCE_ROWS
