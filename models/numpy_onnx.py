#!/usr/bin/python3
"""A small, independent numpy interpreter for the ONNX ops of the first-wave
models (SqueezeNet v1.1, MobileNetV2, ResNet-50 v2, TinyYOLOv2) and their
usual companions.

It is the test oracle for the small model variants: everything is computed in
float64 and cast back to float32 at the end, so its own rounding error is far
below the tolerances used to compare the compiler with it.

Supported ops: Conv (group, pads, strides, dilations, auto_pad), BatchNormalization
(inference), Relu, LeakyRelu, Clip (attributes before opset 11, inputs from 11),
Sigmoid, Tanh, MaxPool / AveragePool (ceil_mode, pads, dilations,
count_include_pad), GlobalAveragePool, GlobalMaxPool, Add, Sub, Mul, Div,
Concat, Gemm (transA, transB, alpha, beta), MatMul, Reshape (0 and -1,
allowzero), Flatten, Transpose, Softmax (axis semantics before and from
opset 13), Dropout, Identity, Constant.

Usage as a library:
    outputs = run_model(onnx.load(path), {"input": x})   # dict name -> array
Usage from the command line:
    numpy_onnx.py MODEL.onnx INPUT.npy OUTPUT.npy
"""

import sys

import numpy as np
from numpy.lib.stride_tricks import as_strided

try:
    import onnx
    from onnx import helper, numpy_helper
except ImportError:  # pragma: no cover - only the CLI and run_model need it
    onnx = None


class UnsupportedError(Exception):
    pass


# --------------------------------------------------------------------------
# helpers


def _attrs(node):
    out = {}
    for a in node.attribute:
        v = helper.get_attribute_value(a)
        if isinstance(v, bytes):
            v = v.decode("utf-8")
        out[a.name] = v
    return out


def _spatial_pads(attrs, in_sizes, kernel, strides, dilations):
    """Return (pads_begin, pads_end) for a conv/pool, resolving auto_pad."""
    nd = len(in_sizes)
    auto_pad = attrs.get("auto_pad", "NOTSET")
    if auto_pad in ("NOTSET", ""):
        pads = list(attrs.get("pads", [0] * (2 * nd)))
        return pads[:nd], pads[nd:]
    if auto_pad == "VALID":
        return [0] * nd, [0] * nd
    if auto_pad in ("SAME_UPPER", "SAME_LOWER"):
        pb, pe = [], []
        for i in range(nd):
            out = -(-in_sizes[i] // strides[i])
            eff_k = (kernel[i] - 1) * dilations[i] + 1
            total = max(0, (out - 1) * strides[i] + eff_k - in_sizes[i])
            small = total // 2
            if auto_pad == "SAME_UPPER":
                pb.append(small)
                pe.append(total - small)
            else:
                pb.append(total - small)
                pe.append(small)
        return pb, pe
    raise UnsupportedError("auto_pad=%r" % auto_pad)


def _out_size(in_size, k, s, d, pb, pe, ceil_mode):
    eff_k = (k - 1) * d + 1
    span = in_size + pb + pe - eff_k
    if span < 0:
        raise ValueError("kernel larger than padded input")
    if ceil_mode:
        out = -(-span // s) + 1
        # The last window must start inside the input or the leading padding
        # (the rule of PyTorch and ONNX Runtime).
        if (out - 1) * s >= in_size + pb:
            out -= 1
    else:
        out = span // s + 1
    return out


def _windows(xp, kernel, strides, dilations, out_sizes):
    """View of xp (N, C, *S) as (N, C, *out, *kernel) sliding windows."""
    n, c = xp.shape[:2]
    sn, sc = xp.strides[:2]
    ss = xp.strides[2:]
    shape = (n, c) + tuple(out_sizes) + tuple(kernel)
    st = ((sn, sc)
          + tuple(a * b for a, b in zip(ss, strides))
          + tuple(a * b for a, b in zip(ss, dilations)))
    return as_strided(xp, shape=shape, strides=st, writeable=False)


def _pad(x, pb, pe, value):
    if not any(pb) and not any(pe):
        return x
    width = [(0, 0), (0, 0)] + list(zip(pb, pe))
    return np.pad(x, width, mode="constant", constant_values=value)


# --------------------------------------------------------------------------
# ops


def op_conv(inputs, attrs, opset):
    x, w = inputs[0], inputs[1]
    b = inputs[2] if len(inputs) > 2 and inputs[2] is not None else None
    nd = x.ndim - 2
    kernel = list(attrs.get("kernel_shape", w.shape[2:]))
    if list(kernel) != list(w.shape[2:]):
        raise ValueError("kernel_shape %s does not match weights %s"
                         % (kernel, w.shape))
    strides = list(attrs.get("strides", [1] * nd))
    dilations = list(attrs.get("dilations", [1] * nd))
    group = int(attrs.get("group", 1))
    n, c = x.shape[:2]
    m = w.shape[0]
    if c % group or m % group or w.shape[1] * group != c:
        raise ValueError("bad group %d for C=%d, W=%s" % (group, c, w.shape))
    pb, pe = _spatial_pads(attrs, x.shape[2:], kernel, strides, dilations)
    out = [_out_size(x.shape[2 + i], kernel[i], strides[i], dilations[i],
                     pb[i], pe[i], False) for i in range(nd)]
    cg, mg = c // group, m // group
    ksize = int(np.prod(kernel))
    p = int(np.prod(out))
    if ksize == 1 and all(s == 1 for s in strides) and not any(pb) and not any(pe):
        cols = x.reshape(n, group, cg, p).transpose(0, 1, 3, 2)
    else:
        xp = _pad(x, pb, pe, 0.0)
        win = _windows(xp, kernel, strides, dilations, out)
        win = win.reshape((n, group, cg) + tuple(out) + tuple(kernel))
        # -> (N, G, *out, Cg, *k) -> (N, G, P, Cg*K)   (the im2col copy)
        perm = ([0, 1] + list(range(3, 3 + nd)) + [2]
                + list(range(3 + nd, 3 + 2 * nd)))
        cols = win.transpose(perm).reshape(n, group, p, cg * ksize)
    wm = w.reshape(group, mg, cg * ksize).transpose(0, 2, 1)  # (G, Cg*K, Mg)
    y = np.matmul(cols, wm)  # (N, G, P, Mg)
    y = y.transpose(0, 1, 3, 2).reshape((n, m) + tuple(out))
    if b is not None:
        y = y + b.reshape((1, m) + (1,) * nd)
    return [y]


def _pool(inputs, attrs, opset, kind):
    x = inputs[0]
    nd = x.ndim - 2
    kernel = list(attrs["kernel_shape"])
    strides = list(attrs.get("strides", [1] * nd))
    dilations = list(attrs.get("dilations", [1] * nd))
    ceil_mode = int(attrs.get("ceil_mode", 0))
    pb, pe = _spatial_pads(attrs, x.shape[2:], kernel, strides, dilations)
    out = [_out_size(x.shape[2 + i], kernel[i], strides[i], dilations[i],
                     pb[i], pe[i], ceil_mode) for i in range(nd)]
    # extra padding at the end for ceil_mode windows running off the edge
    extra = [max(0, (out[i] - 1) * strides[i] + (kernel[i] - 1) * dilations[i]
                 + 1 - (x.shape[2 + i] + pb[i] + pe[i])) for i in range(nd)]
    pe_all = [pe[i] + extra[i] for i in range(nd)]
    axes = tuple(range(2 + nd, 2 + 2 * nd))
    if kind == "max":
        xp = _pad(x, pb, pe_all, -np.inf)
        return [_windows(xp, kernel, strides, dilations, out).max(axis=axes)]
    # average
    xp = _pad(x, pb, pe_all, 0.0)
    s = _windows(xp, kernel, strides, dilations, out).sum(axis=axes)
    shape1 = (1, 1) + x.shape[2:]
    if int(attrs.get("count_include_pad", 0)):
        # explicit pads count, the ceil-mode overhang does not
        mask = np.pad(np.ones(shape1), [(0, 0), (0, 0)] + list(zip(pb, pe)),
                      mode="constant", constant_values=1.0)
        mask = _pad(mask, [0] * nd, extra, 0.0)
    else:
        mask = _pad(np.ones(shape1), pb, pe_all, 0.0)
    cnt = _windows(mask, kernel, strides, dilations, out).sum(axis=axes)
    return [s / cnt]


def op_maxpool(inputs, attrs, opset):
    return _pool(inputs, attrs, opset, "max")


def op_averagepool(inputs, attrs, opset):
    return _pool(inputs, attrs, opset, "avg")


def op_globalaveragepool(inputs, attrs, opset):
    x = inputs[0]
    return [x.mean(axis=tuple(range(2, x.ndim)), keepdims=True)]


def op_globalmaxpool(inputs, attrs, opset):
    x = inputs[0]
    return [x.max(axis=tuple(range(2, x.ndim)), keepdims=True)]


def op_batchnorm(inputs, attrs, opset):
    x, scale, bias, mean, var = inputs[:5]
    if int(attrs.get("training_mode", 0)):
        raise UnsupportedError("BatchNormalization training_mode=1")
    eps = float(attrs.get("epsilon", 1e-5))
    shp = (1, -1) + (1,) * (x.ndim - 2)
    y = ((x - mean.reshape(shp)) / np.sqrt(var.reshape(shp) + eps)
         * scale.reshape(shp) + bias.reshape(shp))
    return [y]


def op_relu(inputs, attrs, opset):
    return [np.maximum(inputs[0], 0.0)]


def op_leakyrelu(inputs, attrs, opset):
    x = inputs[0]
    alpha = float(attrs.get("alpha", 0.01))
    return [np.where(x >= 0, x, alpha * x)]


def op_clip(inputs, attrs, opset):
    x = inputs[0]
    if opset < 11:
        lo = attrs.get("min", -np.inf)
        hi = attrs.get("max", np.inf)
    else:
        lo = inputs[1] if len(inputs) > 1 and inputs[1] is not None else -np.inf
        hi = inputs[2] if len(inputs) > 2 and inputs[2] is not None else np.inf
    return [np.minimum(np.maximum(x, lo), hi)]


def op_sigmoid(inputs, attrs, opset):
    return [1.0 / (1.0 + np.exp(-inputs[0]))]


def op_tanh(inputs, attrs, opset):
    return [np.tanh(inputs[0])]


def op_add(inputs, attrs, opset):
    return [inputs[0] + inputs[1]]


def op_sub(inputs, attrs, opset):
    return [inputs[0] - inputs[1]]


def op_mul(inputs, attrs, opset):
    return [inputs[0] * inputs[1]]


def op_div(inputs, attrs, opset):
    return [inputs[0] / inputs[1]]


def op_concat(inputs, attrs, opset):
    return [np.concatenate(inputs, axis=int(attrs["axis"]))]


def op_gemm(inputs, attrs, opset):
    a, b = inputs[0], inputs[1]
    c = inputs[2] if len(inputs) > 2 and inputs[2] is not None else None
    if int(attrs.get("transA", 0)):
        a = a.T
    if int(attrs.get("transB", 0)):
        b = b.T
    y = float(attrs.get("alpha", 1.0)) * (a @ b)
    if c is not None:
        y = y + float(attrs.get("beta", 1.0)) * c
    return [y]


def op_matmul(inputs, attrs, opset):
    return [np.matmul(inputs[0], inputs[1])]


def op_reshape(inputs, attrs, opset):
    x, shape = inputs[0], [int(v) for v in inputs[1]]
    allowzero = int(attrs.get("allowzero", 0))
    if not allowzero:
        shape = [x.shape[i] if v == 0 else v for i, v in enumerate(shape)]
    return [x.reshape(shape)]


def op_flatten(inputs, attrs, opset):
    x = inputs[0]
    axis = int(attrs.get("axis", 1))
    if axis < 0:
        axis += x.ndim
    return [x.reshape(int(np.prod(x.shape[:axis])), -1)]


def op_transpose(inputs, attrs, opset):
    x = inputs[0]
    perm = attrs.get("perm", list(range(x.ndim))[::-1])
    return [x.transpose(perm)]


def _softmax_last(x2, axis):
    e = np.exp(x2 - x2.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def op_softmax(inputs, attrs, opset):
    x = inputs[0]
    if opset < 13:
        axis = int(attrs.get("axis", 1))
        if axis < 0:
            axis += x.ndim
        x2 = x.reshape(int(np.prod(x.shape[:axis])), -1)
        return [_softmax_last(x2, 1).reshape(x.shape)]
    axis = int(attrs.get("axis", -1))
    return [_softmax_last(x, axis)]


def op_dropout(inputs, attrs, opset):
    # inference: identity; the optional mask output is all true
    return [inputs[0], np.ones(inputs[0].shape, dtype=bool)]


def op_identity(inputs, attrs, opset):
    return [inputs[0]]


def op_constant(inputs, attrs, opset):
    if "value" in attrs:
        return [_to_compute(numpy_helper.to_array(attrs["value"]))]
    for key in ("value_float", "value_int"):
        if key in attrs:
            return [_to_compute(np.array(attrs[key]))]
    for key in ("value_floats", "value_ints"):
        if key in attrs:
            return [_to_compute(np.array(list(attrs[key])))]
    raise UnsupportedError("Constant without a supported value attribute")


OPS = {
    "Conv": op_conv,
    "BatchNormalization": op_batchnorm,
    "Relu": op_relu,
    "LeakyRelu": op_leakyrelu,
    "Clip": op_clip,
    "Sigmoid": op_sigmoid,
    "Tanh": op_tanh,
    "MaxPool": op_maxpool,
    "AveragePool": op_averagepool,
    "GlobalAveragePool": op_globalaveragepool,
    "GlobalMaxPool": op_globalmaxpool,
    "Add": op_add,
    "Sub": op_sub,
    "Mul": op_mul,
    "Div": op_div,
    "Concat": op_concat,
    "Gemm": op_gemm,
    "MatMul": op_matmul,
    "Reshape": op_reshape,
    "Flatten": op_flatten,
    "Transpose": op_transpose,
    "Softmax": op_softmax,
    "Dropout": op_dropout,
    "Identity": op_identity,
    "Constant": op_constant,
}


def _to_compute(a):
    """Floats are computed in float64, everything else kept as is."""
    a = np.asarray(a)
    if np.issubdtype(a.dtype, np.floating):
        return a.astype(np.float64)
    return a


def opset_of(model):
    for imp in model.opset_import:
        if imp.domain in ("", "ai.onnx"):
            return int(imp.version)
    raise UnsupportedError("model has no default-domain opset import")


def run_model(model, feeds, keep_float64=False):
    """Run `model` (a ModelProto) on `feeds` (dict name -> array).

    Returns a dict output-name -> array (float outputs cast to float32 unless
    keep_float64)."""
    opset = opset_of(model)
    graph = model.graph
    env = {}
    for init in graph.initializer:
        env[init.name] = _to_compute(numpy_helper.to_array(init))
    for inp in graph.input:
        if inp.name in env and inp.name not in feeds:
            continue  # initializer listed as an input (old IR)
        if inp.name not in feeds:
            raise KeyError("missing input %r" % inp.name)
        env[inp.name] = _to_compute(feeds[inp.name])
    for node in graph.node:
        if node.domain not in ("", "ai.onnx"):
            raise UnsupportedError("node %r: domain %r" % (node.name, node.domain))
        fn = OPS.get(node.op_type)
        if fn is None:
            raise UnsupportedError("node %r: op %s" % (node.name, node.op_type))
        args = [env[n] if n else None for n in node.input]
        outs = fn(args, _attrs(node), opset)
        for name, val in zip(node.output, outs):
            if name:
                env[name] = val
    result = {}
    for out in graph.output:
        v = env[out.name]
        if not keep_float64 and np.issubdtype(v.dtype, np.floating):
            v = v.astype(np.float32)
        result[out.name] = v
    return result


def main(argv):
    if len(argv) != 4:
        sys.stderr.write("usage: numpy_onnx.py MODEL.onnx INPUT.npy OUTPUT.npy\n")
        return 2
    model = onnx.load(argv[1])
    x = np.load(argv[2])
    outs = run_model(model, {model.graph.input[0].name: x})
    np.save(argv[3], outs[model.graph.output[0].name])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
