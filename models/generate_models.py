#!/usr/bin/python3
"""Generate the four WebML first-wave models as ONNX files with fixed-seed
random weights, at their real architectures and input sizes:

  squeezenet11   SqueezeNet v1.1 (torchvision squeezenet1_1), 1x3x224x224,
                 fire modules, ceil-mode max pools, final conv + Relu +
                 GlobalAveragePool + Reshape + Softmax -> [1, 1000]
  mobilenetv2    MobileNetV2 1.0 (torchvision), 1x3x224x224, inverted
                 residuals (expansion 6), ReLU6 as Clip(0, 6) with min/max
                 inputs, depthwise convs via group -> Gemm 1280->1000
  resnet50v2     ResNet-50 v2 (pre-activation bottlenecks, as the MXNet
                 Gluon resnet50_v2 of the ONNX model zoo), 1x3x224x224
                 -> Gemm 2048->1000
  tinyyolov2     Tiny YOLOv2 VOC (darknet yolov2-tiny-voc), 1x3x416x416,
                 conv + BatchNormalization + LeakyRelu(0.1) + max pools
                 (the 6th one stride 1 with pads [0,0,1,1]) -> [1,125,13,13]

Batch normalization is kept explicit (never folded into the convolutions).
`--small` writes variants with channels divided by 8, smaller inputs and fewer
classes (same structure), for the regular test suite.

`--reference DIR` also writes, for each model, a seeded input
DIR/<model>_input.npy (float32, uniform [0, 1)) and the expected output
DIR/<model>_expected.npy computed by the independent numpy interpreter in
numpy_onnx.py (float64 internally, float32 result).

Usage:
  generate_models.py --out DIR [--small] [--opset N] [--only NAME]
                     [--seed S] [--reference DIR] [--inputs DIR]

Needs only Debian's python3-onnx (1.12) and python3-numpy.
"""

import argparse
import json
import os
import sys
import time

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)
import numpy_onnx  # noqa: E402

MODEL_NAMES = ("squeezenet11", "mobilenetv2", "resnet50v2", "tinyyolov2")
# per-model seed offsets, so that --only gives the same weights as a full run
SEED_OFFSETS = {name: i * 1000 for i, name in enumerate(MODEL_NAMES)}


# --------------------------------------------------------------------------
# graph builder with shape tracking


class Builder:
    """Appends ONNX nodes and initializers, tracking static shapes (NCHW) so
    that the generator knows every intermediate shape and can check it against
    ONNX shape inference."""

    def __init__(self, rng, opset):
        self.rng = rng
        self.opset = opset
        self.nodes = []
        self.inits = []
        self.shapes = {}
        self.n_params = 0          # learnable parameters
        self.n_elements = 0        # all initializer elements (incl. BN stats)
        self.macs = 0              # multiply-accumulates of Conv and Gemm
        self._names = set()
        self._shared = {}

    # -- names and initializers ------------------------------------------
    def uniq(self, name):
        base, i = name, 1
        while name in self._names:
            i += 1
            name = "%s_%d" % (base, i)
        self._names.add(name)
        return name

    def init(self, name, arr, learnable=True):
        name = self.uniq(name)
        self.inits.append(numpy_helper.from_array(arr, name))
        self.shapes[name] = tuple(arr.shape)
        self.n_elements += int(arr.size)
        if learnable:
            self.n_params += int(arr.size)
        return name

    def shared_init(self, name, arr):
        if name not in self._shared:
            self._shared[name] = self.init(name, arr, learnable=False)
        return self._shared[name]

    def node(self, op, inputs, name, out_shape, **attrs):
        out = self.uniq(name)
        self.nodes.append(helper.make_node(op, inputs, [out], name=out, **attrs))
        self.shapes[out] = tuple(out_shape)
        return out

    # -- random tensors --------------------------------------------------
    def normal(self, shape, std):
        return (self.rng.standard_normal(shape) * std).astype(np.float32)

    def uniform(self, shape, lo, hi):
        return self.rng.uniform(lo, hi, shape).astype(np.float32)

    # -- layers ------------------------------------------------------------
    @staticmethod
    def _out(in_size, k, s, d, pb, pe, ceil_mode=False):
        eff = (k - 1) * d + 1
        span = in_size + pb + pe - eff
        assert span >= 0, "kernel larger than input"
        if ceil_mode:
            o = -(-span // s) + 1
            if (o - 1) * s >= in_size + pb:
                o -= 1
            return o
        return span // s + 1

    def conv(self, x, cout, k, name, stride=1, pad=None, group=1, bias=False,
             dilation=1, gain=2.0, bias_std=0.05):
        """Conv with He-style weights std = sqrt(gain / fan_in).
        pad: int (symmetric) or [top, left, bottom, right]."""
        n, cin, h, w = self.shapes[x]
        assert cin % group == 0 and cout % group == 0, (name, cin, cout, group)
        if pad is None:
            pad = (k - 1) // 2 * dilation
        pads = [pad] * 4 if isinstance(pad, int) else list(pad)
        fan_in = cin // group * k * k
        wname = self.init(name + ".weight",
                          self.normal((cout, cin // group, k, k),
                                      np.sqrt(gain / fan_in)))
        inputs = [x, wname]
        if bias:
            inputs.append(self.init(name + ".bias",
                                    self.normal((cout,), bias_std)))
        oh = self._out(h, k, stride, dilation, pads[0], pads[2])
        ow = self._out(w, k, stride, dilation, pads[1], pads[3])
        self.macs += n * cout * oh * ow * (cin // group) * k * k
        return self.node("Conv", inputs, name, (n, cout, oh, ow),
                         kernel_shape=[k, k], strides=[stride, stride],
                         pads=pads, dilations=[dilation, dilation], group=group)

    def bn(self, x, name, affine=True):
        """Inference BatchNormalization with random statistics (var > 0)."""
        c = self.shapes[x][1]
        if affine:
            scale = self.uniform((c,), 0.8, 1.2)
            bias = self.normal((c,), 0.1)
        else:  # Gluon's BatchNorm(scale=False, center=False)
            scale = np.ones((c,), np.float32)
            bias = np.zeros((c,), np.float32)
        mean = self.normal((c,), 0.1)
        var = self.uniform((c,), 0.5, 1.5)
        ins = [x,
               self.init(name + ".scale", scale, learnable=affine),
               self.init(name + ".bias", bias, learnable=affine),
               self.init(name + ".running_mean", mean, learnable=False),
               self.init(name + ".running_var", var, learnable=False)]
        return self.node("BatchNormalization", ins, name, self.shapes[x],
                         epsilon=1e-5)

    def relu(self, x, name):
        return self.node("Relu", [x], name, self.shapes[x])

    def leaky(self, x, name, alpha=0.1):
        return self.node("LeakyRelu", [x], name, self.shapes[x], alpha=alpha)

    def relu6(self, x, name):
        lo = self.shared_init("relu6.min", np.array(0.0, np.float32))
        hi = self.shared_init("relu6.max", np.array(6.0, np.float32))
        return self.node("Clip", [x, lo, hi], name, self.shapes[x])

    def maxpool(self, x, k, stride, name, pads=(0, 0, 0, 0), ceil_mode=0):
        n, c, h, w = self.shapes[x]
        oh = self._out(h, k, stride, 1, pads[0], pads[2], ceil_mode)
        ow = self._out(w, k, stride, 1, pads[1], pads[3], ceil_mode)
        attrs = dict(kernel_shape=[k, k], strides=[stride, stride],
                     pads=list(pads))
        if ceil_mode:
            attrs["ceil_mode"] = 1
        return self.node("MaxPool", [x], name, (n, c, oh, ow), **attrs)

    def gap(self, x, name):
        n, c = self.shapes[x][:2]
        return self.node("GlobalAveragePool", [x], name, (n, c, 1, 1))

    def flatten(self, x, name):
        s = self.shapes[x]
        return self.node("Flatten", [x], name, (s[0], int(np.prod(s[1:]))),
                         axis=1)

    def reshape_2d(self, x, name):
        s = self.shapes[x]
        shape = self.init(name + ".shape", np.array([0, -1], np.int64),
                          learnable=False)
        return self.node("Reshape", [x, shape], name,
                         (s[0], int(np.prod(s[1:]))))

    def gemm(self, x, nout, name):
        n, nin = self.shapes[x]
        wname = self.init(name + ".weight",
                          self.normal((nout, nin), np.sqrt(1.0 / nin)))
        bname = self.init(name + ".bias", self.normal((nout,), 0.05))
        self.macs += n * nin * nout
        return self.node("Gemm", [x, wname, bname], name, (n, nout),
                         alpha=1.0, beta=1.0, transA=0, transB=1)

    def add(self, a, b, name):
        assert self.shapes[a] == self.shapes[b], (name, self.shapes[a],
                                                  self.shapes[b])
        return self.node("Add", [a, b], name, self.shapes[a])

    def concat(self, xs, name):
        s = list(self.shapes[xs[0]])
        s[1] = sum(self.shapes[x][1] for x in xs)
        return self.node("Concat", xs, name, s, axis=1)

    def dropout(self, x, name):
        # single-input Dropout: valid in every opset 11..17, identity at
        # inference
        return self.node("Dropout", [x], name, self.shapes[x])

    def softmax(self, x, name):
        # The tensor is 2-D [N, classes]: axis=1 means the same before and
        # from opset 13.
        assert len(self.shapes[x]) == 2
        return self.node("Softmax", [x], name, self.shapes[x], axis=1)

    def identity(self, x, name):
        return self.node("Identity", [x], name, self.shapes[x])


# --------------------------------------------------------------------------
# the four models. `ch` maps a full-size channel count to the variant's.


def squeezenet11(b, x, ch, classes):
    """torchvision squeezenet1_1."""
    def fire(x, name, squeeze, e1, e3):
        s = b.relu(b.conv(x, ch(squeeze), 1, name + ".squeeze", bias=True),
                   name + ".squeeze_relu")
        a = b.relu(b.conv(s, ch(e1), 1, name + ".expand1x1", bias=True),
                   name + ".expand1x1_relu")
        c = b.relu(b.conv(s, ch(e3), 3, name + ".expand3x3", pad=1, bias=True),
                   name + ".expand3x3_relu")
        return b.concat([a, c], name + ".concat")

    x = b.relu(b.conv(x, ch(64), 3, "conv1", stride=2, pad=0, bias=True),
               "conv1_relu")
    x = b.maxpool(x, 3, 2, "pool1", ceil_mode=1)
    x = fire(x, "fire2", 16, 64, 64)
    x = fire(x, "fire3", 16, 64, 64)
    x = b.maxpool(x, 3, 2, "pool3", ceil_mode=1)
    x = fire(x, "fire4", 32, 128, 128)
    x = fire(x, "fire5", 32, 128, 128)
    x = b.maxpool(x, 3, 2, "pool5", ceil_mode=1)
    x = fire(x, "fire6", 48, 192, 192)
    x = fire(x, "fire7", 48, 192, 192)
    x = fire(x, "fire8", 64, 256, 256)
    x = fire(x, "fire9", 64, 256, 256)
    x = b.dropout(x, "drop9")
    x = b.relu(b.conv(x, classes, 1, "conv10", bias=True), "conv10_relu")
    x = b.gap(x, "pool10")
    x = b.reshape_2d(x, "flatten")
    return b.softmax(x, "softmax")


def mobilenetv2(b, x, ch, classes):
    """torchvision mobilenet_v2 (width 1.0), BN unfolded, convs without bias."""
    def cbr(x, cout, k, stride, name, group=1):
        x = b.conv(x, cout, k, name, stride=stride, group=group)
        x = b.bn(x, name + ".bn")
        return b.relu6(x, name + ".relu6")

    x = cbr(x, ch(32), 3, 2, "features.0")
    cin = ch(32)
    settings = [(1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 3, 2), (6, 64, 4, 2),
                (6, 96, 3, 1), (6, 160, 3, 2), (6, 320, 1, 1)]
    idx = 1
    for t, c, n, s in settings:
        cout = ch(c)
        for i in range(n):
            stride = s if i == 0 else 1
            name = "features.%d" % idx
            inp = x
            hidden = cin * t
            h = inp
            if t != 1:
                h = cbr(h, hidden, 1, 1, name + ".expand")
            h = cbr(h, hidden, 3, stride, name + ".dw", group=hidden)
            h = b.conv(h, cout, 1, name + ".project", gain=1.0)
            h = b.bn(h, name + ".project.bn")
            if stride == 1 and cin == cout:
                h = b.add(inp, h, name + ".add")
            x = h
            cin = cout
            idx += 1
    x = cbr(x, ch(1280), 1, 1, "features.%d" % idx)
    x = b.gap(x, "pool")
    x = b.flatten(x, "flatten")
    x = b.dropout(x, "classifier.0")
    return b.gemm(x, classes, "classifier.1")


def resnet50v2(b, x, ch, classes):
    """ResNet-50 v2 (He et al. 2016, identity mappings) as in MXNet Gluon's
    resnet50_v2: data BN, 7x7/2 stem + BN + ReLU + maxpool 3x3/2, pre-
    activation bottlenecks (stride on the 3x3 conv, projection shortcut on the
    pre-activated input), final BN + ReLU, GAP, Flatten, Gemm."""
    x = b.bn(x, "data_bn", affine=False)
    x = b.conv(x, ch(64), 7, "conv0", stride=2, pad=3)
    x = b.relu(b.bn(x, "bn0"), "relu0")
    x = b.maxpool(x, 3, 2, "pool0", pads=(1, 1, 1, 1))
    cin = ch(64)
    # A residual branch's last conv gets a reduced gain so that the residual
    # stream grows slowly over the 16 blocks (there is no BN on the stream).
    branch_gain = 0.1
    for stage, (layers, channels, stride) in enumerate(
            [(3, 256, 1), (4, 512, 2), (6, 1024, 2), (3, 2048, 2)], start=1):
        cout = ch(channels)
        mid = cout // 4
        for i in range(layers):
            name = "stage%d.unit%d" % (stage, i + 1)
            s = stride if i == 0 else 1
            pre = b.relu(b.bn(x, name + ".bn1"), name + ".relu1")
            if i == 0:
                shortcut = b.conv(pre, cout, 1, name + ".downsample", stride=s,
                                  pad=0, gain=1.0)
            else:
                shortcut = x
            h = b.conv(pre, mid, 1, name + ".conv1", pad=0)
            h = b.relu(b.bn(h, name + ".bn2"), name + ".relu2")
            h = b.conv(h, mid, 3, name + ".conv2", stride=s, pad=1)
            h = b.relu(b.bn(h, name + ".bn3"), name + ".relu3")
            h = b.conv(h, cout, 1, name + ".conv3", pad=0, gain=branch_gain)
            x = b.add(h, shortcut, name + ".add")
            cin = cout
    x = b.relu(b.bn(x, "bn_final"), "relu_final")
    x = b.gap(x, "pool1")
    x = b.flatten(x, "flatten")
    return b.gemm(x, classes, "fc")


def tinyyolov2(b, x, ch, classes):
    """darknet yolov2-tiny-voc: 8 x (conv3x3 + BN + LeakyRelu(0.1)) with six
    max pools (the last one 2x2 stride 1, pads [0,0,1,1]), then a 1x1 conv
    with bias to anchors * (5 + classes) channels."""
    widths = [16, 32, 64, 128, 256, 512, 1024, 1024]
    for i, c in enumerate(widths, start=1):
        x = b.conv(x, ch(c), 3, "conv%d" % i, pad=1)
        x = b.leaky(b.bn(x, "bn%d" % i), "leaky%d" % i, alpha=0.1)
        if i <= 5:
            x = b.maxpool(x, 2, 2, "pool%d" % i)
        elif i == 6:
            x = b.maxpool(x, 2, 1, "pool%d" % i, pads=(0, 0, 1, 1))
    return b.conv(x, 5 * (5 + classes), 1, "conv9", pad=0, bias=True,
                  gain=1.0)


# name -> (builder fn, full config, small config); config = (H=W, classes)
MODELS = {
    "squeezenet11": (squeezenet11, (224, 1000), (64, 10)),
    "mobilenetv2": (mobilenetv2, (224, 1000), (64, 10)),
    "resnet50v2": (resnet50v2, (224, 1000), (64, 10)),
    "tinyyolov2": (tinyyolov2, (416, 20), (96, 2)),
}


def build_model(name, small=False, opset=13, seed=0):
    """Return (ModelProto, info dict)."""
    fn, full_cfg, small_cfg = MODELS[name]
    size, classes = small_cfg if small else full_cfg
    if small:
        def ch(c):
            return max(1, c // 8)
    else:
        def ch(c):
            return c
    rng = np.random.default_rng(seed + SEED_OFFSETS[name])
    b = Builder(rng, opset)
    in_shape = (1, 3, size, size)
    b.shapes["input"] = in_shape
    b._names.add("input")
    y = fn(b, "input", ch, classes)
    # Rename the last node's output to "output".
    last = b.nodes[-1]
    assert last.output[0] == y
    last.output[0] = "output"
    out_shape = b.shapes[y]
    b.shapes["output"] = out_shape
    graph = helper.make_graph(
        b.nodes, name + ("_small" if small else ""),
        [helper.make_tensor_value_info("input", TensorProto.FLOAT,
                                       list(in_shape))],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT,
                                       list(out_shape))],
        initializer=b.inits)
    model = helper.make_model(
        graph, producer_name="webnn-mlir generate_models.py",
        opset_imports=[helper.make_opsetid("", opset)],
        doc_string="%s%s with random weights (seed %d); not a trained model"
                   % (name, " (small variant)" if small else "", seed))
    info = dict(params=b.n_params, elements=b.n_elements, macs=b.macs,
                shapes=b.shapes, input_shape=in_shape, output_shape=out_shape)
    return model, info


def check_model(model, info):
    """onnx.checker + strict shape inference; verify the inferred shape of
    every intermediate against the builder's own. Returns the inferred output
    shape."""
    onnx.checker.check_model(model, full_check=False)
    inferred = onnx.shape_inference.infer_shapes(model, check_type=True,
                                                 strict_mode=True)
    got = {}
    for vi in list(inferred.graph.value_info) + list(inferred.graph.output):
        dims = vi.type.tensor_type.shape.dim
        got[vi.name] = tuple(d.dim_value if d.HasField("dim_value") else None
                             for d in dims)
    for node in model.graph.node:
        for o in node.output:
            if got.get(o) != tuple(info["shapes"][o]):
                raise AssertionError("shape mismatch at %s: inferred %s, "
                                     "builder %s" % (o, got.get(o),
                                                     info["shapes"][o]))
    return got["output"]


def input_for(name, small, seed, shape):
    tag = MODEL_NAMES.index(name) + (100 if small else 0)
    rng = np.random.default_rng([seed, 7919, tag])
    return rng.random(shape, dtype=np.float64).astype(np.float32)


def human(n):
    for unit in ("", "K", "M", "G"):
        if abs(n) < 1000:
            return "%.3g%s" % (n, unit)
        n /= 1000.0
    return "%.3gT" % n


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Write the WebML first-wave models as ONNX files with "
                    "fixed-seed random weights.")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--small", action="store_true",
                    help="small variants (channels / 8, smaller input, "
                         "fewer classes), written as NAME_small.onnx")
    ap.add_argument("--opset", type=int, default=13,
                    help="ONNX opset, 11..17 (default 13)")
    ap.add_argument("--only", choices=MODEL_NAMES, action="append",
                    help="generate only this model (repeatable)")
    ap.add_argument("--seed", type=int, default=0, help="base seed (default 0)")
    ap.add_argument("--reference", metavar="DIR",
                    help="also write DIR/<model>_input.npy and the numpy "
                         "reference output DIR/<model>_expected.npy")
    ap.add_argument("--inputs", metavar="DIR",
                    help="also write the seeded input DIR/<model>_input.npy "
                         "(the same as --reference's), without the slow "
                         "numpy reference run")
    args = ap.parse_args(argv)
    if not 11 <= args.opset <= 17:
        ap.error("--opset must be in 11..17")

    os.makedirs(args.out, exist_ok=True)
    if args.reference:
        os.makedirs(args.reference, exist_ok=True)
    names = args.only or list(MODEL_NAMES)
    suffix = "_small" if args.small else ""
    print("%-20s %12s %12s %10s %10s %-18s %s" % (
        "model", "params", "init elems", "MACs", "file MB", "output",
        "time (build/check/ref) s"))
    for name in names:
        stem = name + suffix
        t0 = time.time()
        model, info = build_model(name, args.small, args.opset, args.seed)
        path = os.path.join(args.out, stem + ".onnx")
        onnx.save(model, path)
        # What benchmarks/models.sh needs to turn latency into GFLOP/s.
        with open(os.path.join(args.out, stem + ".json"), "w") as f:
            json.dump({"macs": info["macs"], "params": info["params"],
                       "input_shape": list(info["input_shape"]),
                       "output_shape": list(info["output_shape"])}, f)
            f.write("\n")
        t1 = time.time()
        out_shape = check_model(model, info)
        t2 = time.time()
        ref_note = ""
        if args.reference:
            x = input_for(name, args.small, args.seed, info["input_shape"])
            y = numpy_onnx.run_model(model, {"input": x})["output"]
            if y.shape != tuple(info["output_shape"]):
                raise AssertionError("reference output shape %s != %s"
                                     % (y.shape, info["output_shape"]))
            if not np.all(np.isfinite(y)):
                raise AssertionError("non-finite reference output for " + stem)
            np.save(os.path.join(args.reference, stem + "_input.npy"), x)
            np.save(os.path.join(args.reference, stem + "_expected.npy"), y)
            ref_note = "  ref: min %.4g max %.4g mean|y| %.4g" % (
                y.min(), y.max(), np.abs(y).mean())
        if args.inputs:
            os.makedirs(args.inputs, exist_ok=True)
            x = input_for(name, args.small, args.seed, info["input_shape"])
            np.save(os.path.join(args.inputs, stem + "_input.npy"), x)
        t3 = time.time()
        times = "%.1f/%.1f" % (t1 - t0, t2 - t1)
        if args.reference:
            times += "/%.1f" % (t3 - t2)
        print("%-20s %12d %12d %10s %10.2f %-18s %s%s" % (
            stem, info["params"], info["elements"], human(info["macs"]),
            os.path.getsize(path) / 1e6, "x".join(map(str, out_shape)),
            times, ref_note))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
