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
save(model([helper.make_node("Hardmax", ["input"], ["output"], name="hardmax_node")],
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

# --- more_ops: the ops of the second op set (Erf, Sin, Greater, Where,
# ReduceMean with axes as an attribute, ReduceSum with axes as an input,
# ArgMax, CumSum, Gather with a negative index, Elu, Softplus, HardSigmoid,
# PRelu, Cast, Trilu, Tile), each output checked against numpy.
import math

x = rng.uniform(-3, 3, (2, 6)).astype(np.float32)
slope = rng.uniform(0, 0.5, 6).astype(np.float32)
xd = x.astype(np.float64)
erf = np.vectorize(math.erf)(xd)
chosen = np.where(xd > 0, erf, np.sin(xd))
more_outputs = {
    "mean": chosen.mean(axis=1, keepdims=True),
    "sum": chosen.sum(axis=1),
    "argmax": np.argmax(x, axis=1).astype(np.int64),
    "cumsum": np.cumsum(xd, axis=1),
    "gathered": xd[:, [1, -1]],
    "elu": np.where(xd > 0, xd, 0.5 * np.expm1(np.minimum(xd, 0))),
    "softplus": np.log1p(np.exp(xd)),
    "hardsigmoid": np.clip(0.2 * xd + 0.5, 0, 1),
    "prelu": np.where(xd >= 0, xd, slope * xd),
    "int": np.trunc(xd).astype(np.int32),
    "lower": np.tril(np.tile(xd, (3, 1)), k=1),
}
save(model([
    helper.make_node("Erf", ["x"], ["erf"], name="erf"),
    helper.make_node("Sin", ["x"], ["sin"], name="sin"),
    helper.make_node("Greater", ["x", "zero"], ["positive"], name="greater"),
    helper.make_node("Where", ["positive", "erf", "sin"], ["chosen"], name="where"),
    helper.make_node("ReduceMean", ["chosen"], ["mean"], name="mean", axes=[-1]),
    helper.make_node("ReduceSum", ["chosen", "axes"], ["sum"], name="sum", keepdims=0),
    helper.make_node("ArgMax", ["x"], ["argmax"], name="argmax", axis=1, keepdims=0),
    helper.make_node("CumSum", ["x", "axis"], ["cumsum"], name="cumsum"),
    helper.make_node("Gather", ["x", "indices"], ["gathered"], name="gather", axis=1),
    helper.make_node("Elu", ["x"], ["elu"], name="elu", alpha=0.5),
    helper.make_node("Softplus", ["x"], ["softplus"], name="softplus"),
    helper.make_node("HardSigmoid", ["x"], ["hardsigmoid"], name="hardsigmoid"),
    helper.make_node("PRelu", ["x", "slope"], ["prelu"], name="prelu"),
    helper.make_node("Cast", ["x"], ["int"], name="cast", to=TensorProto.INT32),
    helper.make_node("Tile", ["x", "repeats"], ["tiled"], name="tile"),
    helper.make_node("Trilu", ["tiled", "k"], ["lower"], name="trilu", upper=0),
], [vi("x", [2, 6])],
    [vi("mean", [2, 1]), vi("sum", [2]), vi("argmax", [2], TensorProto.INT64),
     vi("cumsum", [2, 6]), vi("gathered", [2, 2]), vi("elu", [2, 6]),
     vi("softplus", [2, 6]), vi("hardsigmoid", [2, 6]), vi("prelu", [2, 6]),
     vi("int", [2, 6], TensorProto.INT32), vi("lower", [6, 6])],
    [tensor("zero", np.array(0, np.float32)), tensor("axes", np.array([1], np.int64)),
     tensor("axis", np.array(1, np.int64)), tensor("indices", np.array([1, -1], np.int64)),
     tensor("slope", slope), tensor("repeats", np.array([3, 1], np.int64)),
     tensor("k", np.array(1, np.int64))], opset=14),
    "more_ops.onnx")
np.save("Inputs/more_ops_input.npy", x)
for name, value in more_outputs.items():
    dtype = value.dtype if value.dtype.kind in "iu" else np.float32
    np.save(f"Inputs/more_ops_{name}.npy", np.ascontiguousarray(value.astype(dtype)))
# Attributes of the second op set's ops that the converters refuse.
save(model([helper.make_node("ArgMax", ["input"], ["output"], name="argmax",
                             select_last_index=1)],
           [vi("input", [2, 3])], [vi("output", [2, 1], TensorProto.INT64)], []),
     "argmax_last_index.onnx")
save(model([helper.make_node("ScatterElements", ["input", "indices", "updates"],
                             ["output"], name="scatter", reduction="add")],
           [vi("input", [3])], [vi("output", [3])],
           [tensor("indices", np.array([0], np.int64)),
            tensor("updates", np.array([1], np.float32))], opset=16),
     "scatter_add.onnx")
save(model([helper.make_node("ReduceSum", ["input", "axes"], ["output"], name="sum")],
           [vi("input", [2, 3])], [vi("output", [2, 1])],
           [tensor("axes", np.array([5], np.int64))]), "reduce_bad_axis.onnx")

# --- slice_pad: Slice with negative starts, clamped ends, axes and steps;
# Pad in reflect mode and with a constant value input.
x = rng.uniform(-1, 1, (4, 10)).astype(np.float32)
slice_pad_outputs = {
    "sliced": x[1:, -8:100:3],
    "reflected": np.pad(x, ((1, 2), (3, 0)), mode="reflect"),
    "constant": np.pad(x, ((0, 1), (2, 2)), constant_values=-7.0),
}
save(model([
    helper.make_node("Slice", ["x", "starts", "ends", "axes", "steps"], ["sliced"],
                     name="slice"),
    helper.make_node("Pad", ["x", "reflect_pads"], ["reflected"], name="reflect",
                     mode="reflect"),
    helper.make_node("Pad", ["x", "constant_pads", "value"], ["constant"],
                     name="constant"),
], [vi("x", [4, 10])],
    [vi("sliced", [3, 3]), vi("reflected", [7, 13]), vi("constant", [5, 14])],
    [tensor("starts", np.array([1, -8], np.int64)),
     tensor("ends", np.array([1000, 100], np.int64)),
     tensor("axes", np.array([0, -1], np.int64)),
     tensor("steps", np.array([1, 3], np.int64)),
     tensor("reflect_pads", np.array([1, 3, 2, 0], np.int64)),
     tensor("constant_pads", np.array([0, 2, 1, 2], np.int64)),
     tensor("value", np.array(-7.0, np.float32))]),
    "slice_pad.onnx")
np.save("Inputs/slice_pad_input.npy", x)
for name, value in slice_pad_outputs.items():
    np.save(f"Inputs/slice_pad_{name}.npy", np.ascontiguousarray(value))

# --- normalization: LayerNormalization (opset 17) over the last two
# dimensions with a full scale and a bias that only broadcasts to them (the
# importer expands it), and InstanceNormalization.
x = rng.standard_normal((2, 3, 4, 6)).astype(np.float32) * 3 + 1
ln_scale = rng.uniform(0.5, 1.5, (4, 6)).astype(np.float32)
ln_bias = rng.standard_normal(6).astype(np.float32)
in_scale = rng.uniform(0.5, 1.5, 3).astype(np.float32)
in_bias = rng.standard_normal(3).astype(np.float32)


def normalized(v, axes, epsilon):
    v = v.astype(np.float64)
    mean = v.mean(axis=axes, keepdims=True)
    variance = ((v - mean) ** 2).mean(axis=axes, keepdims=True)
    return (v - mean) / np.sqrt(variance + epsilon)


normalization_outputs = {
    "layer": (normalized(x, (2, 3), 1e-5) * ln_scale + ln_bias).astype(np.float32),
    "instance": (normalized(x, (2, 3), 1e-3) * in_scale.reshape(1, 3, 1, 1)
                 + in_bias.reshape(1, 3, 1, 1)).astype(np.float32),
}
save(model([
    helper.make_node("LayerNormalization", ["x", "ln_scale", "ln_bias"], ["layer"],
                     name="layer_norm", axis=-2),
    helper.make_node("InstanceNormalization", ["x", "in_scale", "in_bias"],
                     ["instance"], name="instance_norm", epsilon=1e-3),
], [vi("x", [2, 3, 4, 6])], [vi("layer", [2, 3, 4, 6]), vi("instance", [2, 3, 4, 6])],
    [tensor("ln_scale", ln_scale), tensor("ln_bias", ln_bias),
     tensor("in_scale", in_scale), tensor("in_bias", in_bias)], opset=17),
    "normalization.onnx")
np.save("Inputs/normalization_input.npy", x)
for name, value in normalization_outputs.items():
    np.save(f"Inputs/normalization_{name}.npy", value)

# --- conv_transpose: ConvTranspose with strides, pads, output_padding,
# dilations, groups and a bias; and one with auto_pad SAME_UPPER, whose
# output is the input times the stride.
def conv_transpose(x, w, b, strides, pads, dilations, group, output_shape):
    """Each input element scatters the filter times itself; pads crop."""
    n, c, h, wd = x.shape
    m = w.shape[1] * group
    full = [(h - 1) * strides[0] + (w.shape[2] - 1) * dilations[0] + 1,
            (wd - 1) * strides[1] + (w.shape[3] - 1) * dilations[1] + 1]
    size = [max(full[0], output_shape[0] + pads[0]),
            max(full[1], output_shape[1] + pads[1])]
    out = np.zeros((n, m, size[0], size[1]))
    cg, mg = c // group, m // group
    for g in range(group):
        for ic in range(g * cg, (g + 1) * cg):
            for oc in range(mg):
                for ky in range(w.shape[2]):
                    for kx in range(w.shape[3]):
                        oy = ky * dilations[0]
                        ox = kx * dilations[1]
                        out[:, g * mg + oc,
                            oy:oy + (h - 1) * strides[0] + 1:strides[0],
                            ox:ox + (wd - 1) * strides[1] + 1:strides[1]] += (
                            x[:, ic].astype(np.float64) * w[ic, oc, ky, kx])
    out = out[:, :, pads[0]:pads[0] + output_shape[0],
              pads[1]:pads[1] + output_shape[1]]
    return (out + b.reshape(1, -1, 1, 1)).astype(np.float32)


x = rng.standard_normal((1, 4, 5, 6)).astype(np.float32)
wt = (rng.standard_normal((4, 3, 3, 2)) * 0.5).astype(np.float32)
bt = rng.standard_normal(6).astype(np.float32)
ws = (rng.standard_normal((4, 2, 3, 3)) * 0.5).astype(np.float32)
bs = np.zeros(2, np.float32)
# strides [2, 3], pads [1, 0, 2, 1] (top, left, bottom, right), dilations
# [1, 2], output_padding [1, 2], group 2: height (5-1)*2 + 3 - 1 - 2 + 1 = 9,
# width (6-1)*3 + 3 - 0 - 1 + 2 = 19.
conv_transpose_outputs = {
    "strided": conv_transpose(x, wt, bt, (2, 3), (1, 0), (1, 2), 2, (9, 19)),
    "same": conv_transpose(x, ws, bs, (2, 2), (0, 0), (1, 1), 1, (10, 12)),
}
# SAME_UPPER: output 10 x 12 from a full 11 x 13; the one element of total
# padding goes at the end.
save(model([
    helper.make_node("ConvTranspose", ["x", "wt", "bt"], ["strided"],
                     name="strided", strides=[2, 3], pads=[1, 0, 2, 1],
                     dilations=[1, 2], output_padding=[1, 2], group=2),
    helper.make_node("ConvTranspose", ["x", "ws"], ["same"], name="same",
                     strides=[2, 2], auto_pad="SAME_UPPER"),
], [vi("x", [1, 4, 5, 6])], [vi("strided", [1, 6, 9, 19]), vi("same", [1, 2, 10, 12])],
    [tensor("wt", wt), tensor("bt", bt), tensor("ws", ws)]),
    "conv_transpose.onnx")
np.save("Inputs/conv_transpose_input.npy", x)
for name, value in conv_transpose_outputs.items():
    np.save(f"Inputs/conv_transpose_{name}.npy", np.ascontiguousarray(value))

# --- resize: Resize (opset 13, half_pixel) nearest by scales, linear by
# sizes, and linear over dimensions 1 and 2 (an NHWC image).
def resize(x, mode, out_shape):
    """The spec's (and ONNX's half_pixel) coordinates in float64, blends in
    float32 along the last resized dimension first."""
    y = x.astype(np.float32)
    for axis in reversed(range(4)):
        size_in, size_out = x.shape[axis], out_shape[axis]
        if size_in == size_out:
            continue
        c = np.clip((np.arange(size_out) + 0.5) / (size_out / size_in) - 0.5,
                    0, size_in - 1)
        if mode == "nearest":
            y = np.take(y, np.ceil(c - 0.5).astype(np.int64), axis=axis)
            continue
        t = (c - np.floor(c)).astype(np.float32).reshape(
            [-1 if d == axis else 1 for d in range(4)])
        y = (np.take(y, np.floor(c).astype(np.int64), axis=axis) * (np.float32(1) - t)
             + np.take(y, np.ceil(c).astype(np.int64), axis=axis) * t)
    return y


x = rng.standard_normal((1, 2, 3, 4)).astype(np.float32)
resize_outputs = {
    "nearest": resize(x, "nearest", (1, 2, 6, 8)),
    "linear": resize(x, "linear", (1, 2, 5, 7)),
    "channels_last": resize(x, "linear", (1, 5, 2, 4)),
}
save(model([
    helper.make_node("Resize", ["x", "", "nearest_scales"], ["nearest"],
                     name="nearest", mode="nearest"),
    helper.make_node("Resize", ["x", "", "", "linear_sizes"], ["linear"],
                     name="linear", mode="linear"),
    helper.make_node("Resize", ["x", "", "", "channels_last_sizes"],
                     ["channels_last"], name="channels_last", mode="linear"),
], [vi("x", [1, 2, 3, 4])],
    [vi("nearest", [1, 2, 6, 8]), vi("linear", [1, 2, 5, 7]),
     vi("channels_last", [1, 5, 2, 4])],
    [tensor("nearest_scales", np.array([1, 1, 2, 2], np.float32)),
     tensor("linear_sizes", np.array([1, 2, 5, 7], np.int64)),
     tensor("channels_last_sizes", np.array([1, 5, 2, 4], np.int64))]),
    "resize.onnx")
np.save("Inputs/resize_input.npy", x)
for name, value in resize_outputs.items():
    np.save(f"Inputs/resize_{name}.npy", np.ascontiguousarray(value))

# What the third op set's converters refuse: a cubic Resize, a Resize whose
# scale does not give a whole output size, a LayerNormalization axis out of
# range, a ConvTranspose with an unknown auto_pad.
save(model([helper.make_node("Resize", ["input", "", "scales"], ["output"],
                             name="resize", mode="cubic")],
           [vi("input", [1, 1, 2, 2])], [vi("output", [1, 1, 4, 4])],
           [tensor("scales", np.array([1, 1, 2, 2], np.float32))]),
     "resize_cubic.onnx")
save(model([helper.make_node("Resize", ["input", "", "scales"], ["output"],
                             name="resize")],
           [vi("input", [1, 1, 3, 3])], [vi("output", [1, 1, 4, 4])],
           [tensor("scales", np.array([1, 1, 1.5, 1.5], np.float32))]),
     "resize_fractional.onnx")
save(model([helper.make_node("LayerNormalization", ["input", "scale"], ["output"],
                             name="layer_norm", axis=3)],
           [vi("input", [2, 3])], [vi("output", [2, 3])],
           [tensor("scale", np.ones(3, np.float32))], opset=17),
     "layer_norm_bad_axis.onnx")
save(model([helper.make_node("ConvTranspose", ["input", "w"], ["output"],
                             name="deconv", auto_pad="SAME")],
           [vi("input", [1, 1, 2, 2])], [vi("output", [1, 1, 4, 4])],
           [tensor("w", np.ones((1, 1, 2, 2), np.float32))]),
     "conv_transpose_bad_auto_pad.onnx")

# --- quantization: QuantizeLinear per tensor (uint8, the default zero
# point type when it is absent), DequantizeLinear of that, and a per-axis
# DequantizeLinear of int8 weights along axis 0 (opset 13).
x = (rng.standard_normal((2, 3, 4)) * 3).astype(np.float32)
weights = rng.integers(-128, 128, (4, 5)).astype(np.int8)
weight_scale = rng.uniform(0.01, 0.1, 4).astype(np.float32)
weight_zero = rng.integers(-3, 4, 4).astype(np.int8)
quantized = np.clip(np.round(x.astype(np.float32) / np.float32(0.05)), 0, 255).astype(np.uint8)
quantization_outputs = {
    "quantized": quantized,
    "dequantized": ((quantized.astype(np.int64) - 0) * np.float32(0.05)).astype(np.float32),
    "weights": ((weights.astype(np.int64) - weight_zero.reshape(4, 1).astype(np.int64))
                .astype(np.float32) * weight_scale.reshape(4, 1)),
}
save(model([
    helper.make_node("QuantizeLinear", ["x", "scale"], ["quantized"], name="quantize"),
    helper.make_node("DequantizeLinear", ["quantized", "scale"], ["dequantized"],
                     name="dequantize"),
    helper.make_node("DequantizeLinear", ["w", "w_scale", "w_zero"], ["weights"],
                     name="weights", axis=0),
], [vi("x", [2, 3, 4])],
    [vi("quantized", [2, 3, 4], TensorProto.UINT8), vi("dequantized", [2, 3, 4]),
     vi("weights", [4, 5])],
    [tensor("scale", np.array(0.05, np.float32)), tensor("w", weights),
     tensor("w_scale", weight_scale), tensor("w_zero", weight_zero)]),
    "quantization.onnx")
np.save("Inputs/quantization_input.npy", x)
for name, value in quantization_outputs.items():
    np.save(f"Inputs/quantization_{name}.npy", np.ascontiguousarray(value))
