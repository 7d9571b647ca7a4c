//===- OnnxModelFuzzer.cpp - libFuzzer target: mutated ONNX models --------===//
//
// The structured variant of OnnxFuzzer. Byte mutations of a protobuf mostly
// break its wire format, so they test the protobuf parser more than the
// importer. This target's custom mutator parses the input as an ONNX
// ModelProto, changes what a model's author controls (an attribute, an
// input's shape or type, an initializer's dims or data, a node's inputs,
// outputs, op type or domain, the order of the nodes, the opset) and writes
// the model back, so that every mutant reaches the converters. Inputs that
// do not parse, and one mutation in eight, are mutated as bytes.
//
//===----------------------------------------------------------------------===//

#include "ImportOnnx.h"
#include "WebNN/Target/ONNX/ConverterTable.h"
#include "onnx/onnx_pb.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace mlir::webnn;

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace {

/// One round of mutations of a parsed model, drawn from a seeded generator
/// so that libFuzzer can replay it.
class ModelMutator {
public:
  ModelMutator(onnx::ModelProto &model, unsigned seed)
      : model(model), rng(seed) {}

  void mutate() {
    unsigned count = 1 + pick(3);
    for (unsigned i = 0; i < count; ++i)
      mutateOnce();
  }

private:
  void mutateOnce() {
    onnx::GraphProto &graph = *model.mutable_graph();
    switch (pick(9)) {
    case 0:
      if (onnx::NodeProto *node = pickNode(graph))
        mutateAttributes(*node);
      return;
    case 1:
      if (graph.input_size())
        mutateValueInfo(*graph.mutable_input(pick(graph.input_size())));
      return;
    case 2:
      if (graph.initializer_size())
        mutateTensor(
            *graph.mutable_initializer(pick(graph.initializer_size())));
      return;
    case 3:
      if (onnx::NodeProto *node = pickNode(graph))
        mutateNames(*node->mutable_input(), graph);
      return;
    case 4:
      if (onnx::NodeProto *node = pickNode(graph))
        mutateNames(*node->mutable_output(), graph);
      return;
    case 5:
      if (onnx::NodeProto *node = pickNode(graph))
        mutateOpType(*node);
      return;
    case 6:
      mutateNodeOrder(graph);
      return;
    case 7:
      if (graph.output_size())
        mutateValueInfo(*graph.mutable_output(pick(graph.output_size())));
      return;
    default:
      mutateOpset();
      return;
    }
  }

  unsigned pick(unsigned n) {
    return std::uniform_int_distribution<unsigned>(0, n - 1)(rng);
  }

  onnx::NodeProto *pickNode(onnx::GraphProto &graph) {
    if (!graph.node_size())
      return nullptr;
    return graph.mutable_node(pick(graph.node_size()));
  }

  /// Sizes, indices and counts at the edges importers get wrong.
  int64_t interestingInt() {
    static const int64_t values[] = {0,
                                     1,
                                     -1,
                                     2,
                                     3,
                                     -2,
                                     7,
                                     (int64_t(1) << 31) - 1,
                                     int64_t(1) << 31,
                                     -(int64_t(1) << 31),
                                     int64_t(1) << 32,
                                     int64_t(1) << 40,
                                     int64_t(1) << 62,
                                     std::numeric_limits<int64_t>::max(),
                                     std::numeric_limits<int64_t>::min()};
    if (pick(3) == 0)
      return int64_t(pick(17)) - 4;
    return values[pick(std::size(values))];
  }

  float interestingFloat() {
    static const float values[] = {0.0f,
                                   -0.0f,
                                   1.0f,
                                   -1.0f,
                                   0.5f,
                                   1e-5f,
                                   std::numeric_limits<float>::denorm_min(),
                                   std::numeric_limits<float>::max(),
                                   std::numeric_limits<float>::lowest(),
                                   std::numeric_limits<float>::infinity(),
                                   -std::numeric_limits<float>::infinity(),
                                   std::numeric_limits<float>::quiet_NaN()};
    return values[pick(std::size(values))];
  }

  void mutateInts(google::protobuf::RepeatedField<int64_t> &ints) {
    if (ints.empty() || pick(4) == 0)
      ints.Add(interestingInt());
    else if (pick(4) == 0)
      ints.RemoveLast();
    else
      ints.Set(pick(ints.size()), interestingInt());
  }

  void mutateAttributes(onnx::NodeProto &node) {
    // The attributes the supported converters read, under their own names
    // with another type or value, and a name no converter knows.
    static const char *names[] = {
        "kernel_shape", "pads",   "strides", "dilations", "group",
        "auto_pad",     "axis",   "axes",    "perm",      "alpha",
        "beta",         "transA", "transB",  "epsilon",   "keepdims",
        "ceil_mode",    "min",    "max",     "value",     "unknown_attr"};
    if (node.attribute_size() == 0 || pick(4) == 0) {
      onnx::AttributeProto &attr = *node.add_attribute();
      attr.set_name(names[pick(std::size(names))]);
      if (pick(2)) {
        attr.set_type(onnx::AttributeProto::INT);
        attr.set_i(interestingInt());
      } else {
        attr.set_type(onnx::AttributeProto::INTS);
        for (unsigned n = pick(5); n > 0; --n)
          attr.add_ints(interestingInt());
      }
      return;
    }
    int index = pick(node.attribute_size());
    onnx::AttributeProto &attr = *node.mutable_attribute(index);
    switch (pick(6)) {
    case 0:
      node.mutable_attribute()->DeleteSubrange(index, 1);
      return;
    case 1: {
      // The same name with another type's field set.
      static const onnx::AttributeProto::AttributeType types[] = {
          onnx::AttributeProto::INT,    onnx::AttributeProto::FLOAT,
          onnx::AttributeProto::INTS,   onnx::AttributeProto::FLOATS,
          onnx::AttributeProto::STRING, onnx::AttributeProto::TENSOR};
      attr.set_type(types[pick(std::size(types))]);
      return;
    }
    default:
      break;
    }
    switch (attr.type()) {
    case onnx::AttributeProto::INT:
      attr.set_i(interestingInt());
      return;
    case onnx::AttributeProto::FLOAT:
      attr.set_f(interestingFloat());
      return;
    case onnx::AttributeProto::INTS:
      mutateInts(*attr.mutable_ints());
      return;
    case onnx::AttributeProto::FLOATS:
      if (attr.floats_size() == 0 || pick(2))
        attr.add_floats(interestingFloat());
      else
        attr.mutable_floats()->Set(pick(attr.floats_size()),
                                   interestingFloat());
      return;
    case onnx::AttributeProto::STRING: {
      static const char *strings[] = {"NOTSET", "SAME_UPPER", "SAME_LOWER",
                                      "VALID",  "",           "same_upper"};
      attr.set_s(strings[pick(std::size(strings))]);
      return;
    }
    case onnx::AttributeProto::TENSOR:
      mutateTensor(*attr.mutable_t());
      return;
    default:
      attr.set_i(interestingInt());
      return;
    }
  }

  void mutateValueInfo(onnx::ValueInfoProto &info) {
    onnx::TypeProto_Tensor &tensor =
        *info.mutable_type()->mutable_tensor_type();
    onnx::TensorShapeProto &shape = *tensor.mutable_shape();
    switch (pick(5)) {
    case 0:
      tensor.set_elem_type(int(pick(24)));
      return;
    case 1:
      shape.add_dim()->set_dim_value(interestingInt());
      return;
    case 2:
      if (shape.dim_size())
        shape.mutable_dim()->RemoveLast();
      return;
    case 3:
      if (shape.dim_size())
        shape.mutable_dim(pick(shape.dim_size()))->set_dim_param("N");
      return;
    default:
      if (shape.dim_size())
        shape.mutable_dim(pick(shape.dim_size()))
            ->set_dim_value(interestingInt());
      return;
    }
  }

  /// Dims that disagree with the data, data of another type or length,
  /// data said to be elsewhere.
  void mutateTensor(onnx::TensorProto &tensor) {
    switch (pick(6)) {
    case 0:
      mutateInts(*tensor.mutable_dims());
      return;
    case 1:
      tensor.set_data_type(int(pick(24)));
      return;
    case 2:
      if (!tensor.raw_data().empty())
        tensor.mutable_raw_data()->resize(pick(tensor.raw_data().size()));
      return;
    case 3:
      tensor.clear_raw_data();
      for (unsigned n = pick(5); n > 0; --n) {
        tensor.add_float_data(interestingFloat());
        tensor.add_int64_data(interestingInt());
      }
      return;
    case 4:
      tensor.set_data_location(onnx::TensorProto::EXTERNAL);
      return;
    default:
      tensor.mutable_raw_data()->append(1 + pick(16), char(pick(256)));
      return;
    }
  }

  /// Removes, empties, renames or adds a node input or output, pointing it
  /// at any name of the graph or at no value at all.
  void mutateNames(google::protobuf::RepeatedPtrField<std::string> &names,
                   const onnx::GraphProto &graph) {
    std::string other = "undefined";
    if (graph.node_size() && pick(4)) {
      const onnx::NodeProto &node = graph.node(pick(graph.node_size()));
      if (node.output_size())
        other = node.output(pick(node.output_size()));
    } else if (graph.input_size() && pick(2)) {
      other = graph.input(pick(graph.input_size())).name();
    }
    if (names.empty() || pick(4) == 0) {
      *names.Add() = other;
      return;
    }
    int index = pick(names.size());
    switch (pick(3)) {
    case 0:
      names.DeleteSubrange(index, 1);
      return;
    case 1:
      names.Mutable(index)->clear();
      return;
    default:
      *names.Mutable(index) = other;
      return;
    }
  }

  void mutateOpType(onnx::NodeProto &node) {
    if (pick(8) == 0) {
      node.set_domain(pick(2) ? "com.microsoft" : "ai.onnx");
      return;
    }
    llvm::ArrayRef<onnx_import::ConverterEntry> table =
        onnx_import::getConverterTable();
    if (pick(8) == 0 || table.empty())
      node.set_op_type("NoSuchOp");
    else
      node.set_op_type(table[pick(table.size())].opType.str());
  }

  void mutateNodeOrder(onnx::GraphProto &graph) {
    int count = graph.node_size();
    if (!count)
      return;
    int index = pick(count);
    switch (pick(3)) {
    case 0:
      graph.mutable_node()->DeleteSubrange(index, 1);
      return;
    case 1:
      *graph.add_node() = graph.node(index);
      return;
    default:
      graph.mutable_node()->SwapElements(index, pick(count));
      return;
    }
  }

  void mutateOpset() {
    onnx::OperatorSetIdProto &set = model.opset_import_size()
                                        ? *model.mutable_opset_import(0)
                                        : *model.add_opset_import();
    set.set_version(pick(2) ? int64_t(pick(20)) : interestingInt());
  }

  onnx::ModelProto &model;
  std::minstd_rand rng;
};

} // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size,
                                          size_t maxSize, unsigned seed) {
  onnx::ModelProto model;
  if (seed % 8 == 0 || !model.ParseFromArray(data, static_cast<int>(size)))
    return LLVMFuzzerMutate(data, size, maxSize);
  ModelMutator(model, seed).mutate();
  std::string bytes;
  if (!model.SerializeToString(&bytes) || bytes.size() > maxSize)
    return LLVMFuzzerMutate(data, size, maxSize);
  std::memcpy(data, bytes.data(), bytes.size());
  return bytes.size();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzzOnnxImport(data, size);
  return 0;
}
