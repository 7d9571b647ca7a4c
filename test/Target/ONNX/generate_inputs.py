#!/usr/bin/python3
"""Writes the small ONNX models of the importer tests into Inputs/.

Run from this directory with Debian's python3-onnx and python3-numpy:

    /usr/bin/python3 generate_inputs.py

The models are tiny and committed, so that the tests need neither package.
Each reference output is computed here with numpy (float64), independently
of the project.
"""

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

rng = np.random.default_rng(7)


def save(model, name):
    onnx.checker.check_model(model)
    onnx.save(model, "Inputs/" + name)


def tensor(name, array):
    return numpy_helper.from_array(array, name)


def model(nodes, inputs, outputs, inits, opset=13):
    graph = helper.make_graph(nodes, "test", inputs, outputs, inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])


def vi(name, shape, t=TensorProto.FLOAT):
    return helper.make_tensor_value_info(name, t, shape)


# --- classifier: Conv, Clip (ReLU6 with bounds as inputs), MaxPool, Reshape
# with -1, Gemm (transB), Softmax; plus an expected output.
x = rng.uniform(0, 1, (1, 3, 8, 8)).astype(np.float32)
w = (rng.standard_normal((4, 3, 3, 3)) * 0.3).astype(np.float32)
b = (rng.standard_normal(4) * 0.1).astype(np.float32)
g = (rng.standard_normal((10, 64)) * 0.2).astype(np.float32)
c = (rng.standard_normal(10) * 0.1).astype(np.float32)
save(model([
    helper.make_node("Conv", ["input", "W", "B"], ["c"], name="conv",
                     pads=[1, 1, 1, 1], kernel_shape=[3, 3]),
    helper.make_node("Clip", ["c", "lo", "hi"], ["r"], name="relu6"),
    helper.make_node("MaxPool", ["r"], ["p"], name="pool", kernel_shape=[2, 2],
                     strides=[2, 2]),
    helper.make_node("Reshape", ["p", "shape"], ["f"], name="flatten"),
    helper.make_node("Gemm", ["f", "G", "C"], ["g"], name="fc", transB=1),
    helper.make_node("Softmax", ["g"], ["output"], name="softmax", axis=1),
], [vi("input", [1, 3, 8, 8])], [vi("output", [1, 10])],
    [tensor("W", w), tensor("B", b), tensor("G", g), tensor("C", c),
     tensor("shape", np.array([1, -1], np.int64)),
     tensor("lo", np.array(0, np.float32)), tensor("hi", np.array(6, np.float32))]),
    "classifier.onnx")

xp = np.pad(x.astype(np.float64), ((0, 0), (0, 0), (1, 1), (1, 1)))
conv = np.zeros((1, 4, 8, 8))
for o in range(4):
    for i in range(8):
        for j in range(8):
            conv[0, o, i, j] = np.sum(xp[0, :, i:i + 3, j:j + 3] * w[o]) + b[o]
r = np.clip(conv, 0, 6)
p = r.reshape(1, 4, 4, 2, 4, 2).max(axis=(3, 5)).reshape(1, 64)
logits = p @ g.T.astype(np.float64) + c
e = np.exp(logits - logits.max())
np.save("Inputs/classifier_input.npy", x)
np.save("Inputs/classifier_expected.npy", (e / e.sum()).astype(np.float32))

# --- companions: opset 11 Softmax over a flattened 3-D input, Flatten,
# Transpose, Concat with a negative axis, Reshape with 0, a Constant node,
# Dropout, Identity, GlobalAveragePool, BatchNormalization, LeakyRelu,
# AveragePool with count_include_pad.
save(model([
    helper.make_node("AveragePool", ["input"], ["a"], name="avg", kernel_shape=[3, 3],
                     pads=[1, 1, 1, 1], count_include_pad=1),
    helper.make_node("BatchNormalization", ["a", "s", "bb", "m", "v"], ["bn"], name="bn",
                     epsilon=1e-3),
    helper.make_node("LeakyRelu", ["bn"], ["lr"], name="leaky", alpha=0.1),
    helper.make_node("Dropout", ["lr"], ["d"], name="dropout"),
    helper.make_node("Identity", ["d"], ["id"], name="identity"),
    helper.make_node("Transpose", ["id"], ["t"], name="nhwc", perm=[0, 2, 3, 1]),
    helper.make_node("Concat", ["t", "t"], ["cat"], name="concat", axis=-1),
    helper.make_node("Constant", [], ["newshape"], name="shape_const",
                     value=tensor("k", np.array([0, 16, 4], np.int64))),
    helper.make_node("Reshape", ["cat", "newshape"], ["rs"], name="reshape"),
    helper.make_node("Softmax", ["rs"], ["sm"], name="softmax", axis=1),
    helper.make_node("Flatten", ["sm"], ["output"], name="flatten", axis=1),
    helper.make_node("GlobalAveragePool", ["input"], ["output2"], name="gap"),
], [vi("input", [1, 2, 4, 4])], [vi("output", [1, 64]), vi("output2", [1, 2, 1, 1])],
    [tensor("s", np.array([1.0, 2.0], np.float32)), tensor("bb", np.array([0.5, -0.5], np.float32)),
     tensor("m", np.array([0.1, 0.2], np.float32)), tensor("v", np.array([1.0, 4.0], np.float32))],
    opset=11), "companions.onnx")

x2 = rng.uniform(-1, 1, (1, 2, 4, 4)).astype(np.float32)
xp2 = np.pad(x2.astype(np.float64), ((0, 0), (0, 0), (1, 1), (1, 1)))
a = np.zeros((1, 2, 4, 4))
for i in range(4):
    for j in range(4):
        a[0, :, i, j] = xp2[0, :, i:i + 3, j:j + 3].sum(axis=(1, 2)) / 9
sc, bi = np.array([1.0, 2.0]), np.array([0.5, -0.5])
mu, var = np.array([0.1, 0.2]), np.array([1.0, 4.0])
bn = sc[None, :, None, None] * (a - mu[None, :, None, None]) / np.sqrt(var[None, :, None, None] + 1e-3) + bi[None, :, None, None]
lr = np.where(bn >= 0, bn, 0.1 * bn)
t = lr.transpose(0, 2, 3, 1)
cat = np.concatenate([t, t], axis=-1).reshape(1, 64)  # softmax (opset 11) over all of axis >= 1
e = np.exp(cat - cat.max())
np.save("Inputs/companions_input.npy", x2)
np.save("Inputs/companions_expected.npy", (e / e.sum()).astype(np.float32))
np.save("Inputs/companions_expected2.npy", x2.astype(np.float64).mean(axis=(2, 3), keepdims=True).astype(np.float32))

# --- ceil_mode where the last window would start in the end padding: ONNX
# drops it (4 + 1 padding, window 2, stride 2: 2 outputs, not 3).
save(model([helper.make_node("MaxPool", ["input"], ["output"], name="pool", kernel_shape=[2, 2],
                             strides=[2, 2], pads=[0, 0, 1, 1], ceil_mode=1)],
           [vi("input", [1, 1, 4, 4])], [vi("output", [1, 1, 2, 2])], []), "ceil_pool.onnx")

# --- one op at two opsets whose semantics differ: the importer picks the
# converter of the highest first opset not above the model's. Softmax up to
# opset 12 coerces the input to 2-D at `axis`, from 13 it runs over `axis`
# alone; Clip up to 10 takes its bounds as attributes, from 11 as inputs.
for opset in (11, 13):
    save(model([helper.make_node("Softmax", ["input"], ["output"], name="softmax", axis=1)],
               [vi("input", [2, 3, 4])], [vi("output", [2, 3, 4])], [], opset=opset),
         "softmax_opset%d.onnx" % opset)
save(model([helper.make_node("Clip", ["input"], ["output"], name="clip", min=-1.0, max=2.0)],
           [vi("input", [2, 3])], [vi("output", [2, 3])], [], opset=7), "clip_opset7.onnx")
save(model([helper.make_node("Clip", ["input", "lo", "hi"], ["output"], name="clip")],
           [vi("input", [2, 3])], [vi("output", [2, 3])],
           [tensor("lo", np.array(-1, np.float32)), tensor("hi", np.array(2, np.float32))],
           opset=11), "clip_opset11.onnx")

# --- error cases.
save(model([helper.make_node("Elu", ["input"], ["output"], name="elu_node")],
           [vi("input", [1, 4])], [vi("output", [1, 4])], []), "unsupported_op.onnx")
save(model([helper.make_node("Relu", ["input"], ["output"], name="relu")],
           [vi("input", ["N", 4])], [vi("output", ["N", 4])], []), "dynamic_dims.onnx")
save(model([helper.make_node("Relu", ["input"], ["output"], name="relu")],
           [vi("input", [1, 4])], [vi("output", [1, 4])], [], opset=6), "old_opset.onnx")
save(model([helper.make_node("Conv", ["input", "W"], ["output"], name="conv3d",
                             kernel_shape=[1, 1, 1])],
           [vi("input", [1, 1, 2, 2, 2])], [vi("output", [1, 1, 2, 2, 2])],
           [tensor("W", np.ones((1, 1, 1, 1, 1), np.float32))]), "conv3d.onnx")
# Corrupt initializers, written without the checker: a shape of 10^15
# elements with no data (the importer must not allocate it), raw data one
# byte short, and Clip bounds that are not scalars.
def add_with(init, name):
    onnx.save(model([helper.make_node("Add", ["input", "W"], ["output"], name="add")],
                    [vi("input", [1])], [vi("output", [1])], [init]), "Inputs/" + name)


huge = TensorProto(name="W", data_type=TensorProto.FLOAT, dims=[1000000, 1000000, 1000])
add_with(huge, "huge_initializer.onnx")
short = TensorProto(name="W", data_type=TensorProto.FLOAT, dims=[1], raw_data=b"\0\0\0")
add_with(short, "short_raw_data.onnx")
# 2^40 elements backed by 8 bytes, and a reshape of 4 elements to 2^62.
few_bytes = TensorProto(name="W", data_type=TensorProto.FLOAT, dims=[1 << 20, 1 << 20],
                        raw_data=b"\0" * 8)
add_with(few_bytes, "few_bytes_initializer.onnx")
save(model([helper.make_node("Reshape", ["input", "shape"], ["output"], name="reshape")],
           [vi("input", [4])], [vi("output", [1 << 30, 1 << 30, 4])],
           [tensor("shape", np.array([1 << 30, 1 << 30, 4], np.int64))]),
     "reshape_2e62.onnx")
save(model([helper.make_node("Clip", ["input", "lo", "hi"], ["output"], name="clip")],
           [vi("input", [2])], [vi("output", [2])],
           [tensor("lo", np.array([0, 0], np.float32)), tensor("hi", np.array(6, np.float32))],
           opset=11), "vector_clip_bound.onnx")
# Found by OnnxModelFuzzer: a Concat whose second input is omitted ("").
save(model([helper.make_node("Concat", ["input", ""], ["output"], name="concat", axis=0)],
           [vi("input", [1])], [vi("output", [2])], []), "concat_omitted_input.onnx")
# Found by OnnxModelFuzzer: a ceil_mode MaxPool whose kernel and dilation
# (2^40) overflowed the output size computation; a Conv with a zero stride.
save(model([helper.make_node("MaxPool", ["input"], ["output"], name="pool", ceil_mode=1,
                             kernel_shape=[1 << 40, 1 << 40], dilations=[1 << 40, 1 << 40])],
           [vi("input", [1, 1, 4, 4])], [vi("output", [1, 1, 1, 1])], []), "huge_pool_window.onnx")
save(model([helper.make_node("Conv", ["input", "W"], ["output"], name="conv", strides=[0, 1])],
           [vi("input", [1, 1, 4, 4])], [vi("output", [1, 1, 4, 4])],
           [tensor("W", np.ones((1, 1, 1, 1), np.float32))]), "zero_stride_conv.onnx")
with open("Inputs/classifier.onnx", "rb") as f:
    whole = f.read()
with open("Inputs/truncated.onnx", "wb") as f:
    f.write(whole[:len(whole) // 2])
with open("Inputs/not_onnx.onnx", "w") as f:
    f.write("this is not a protobuf\n")
