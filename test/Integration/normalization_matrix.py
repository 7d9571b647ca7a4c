"""layerNormalization and instanceNormalization on tensors large enough that
the CPU backend tiles and vectorizes them, through both pipelines, as they
are and decomposed into primitives, against numpy (float64 statistics):
layer norm over the inner axis of a transformer activation, over every
axis but the first, over an outer axis, over unsorted axes (scale and bias
in the order of the axes), with empty axes; instance norm in nchw and nhwc;
each in float32 and float16.

Prints one line per failing run and a summary; exits 1 if any failed.

    normalization_matrix.py WEBNN_RUN WEBNN_OPT WORK_DIR
"""

import os
import subprocess
import sys

import numpy as np

rng = np.random.default_rng(11)

MLIR = {"float32": "f32", "float16": "f16"}
# Per data type: the comparison tolerance (numpy computes in float64 and
# rounds once; float16 results are within a few units of their last place).
TOLERANCE = {"float32": ["--rtol", "1e-4", "--atol", "1e-5"],
             "float16": ["--rtol", "2e-3", "--atol", "2e-3"]}


def t(shape, dtype):
    return "tensor<" + "".join(f"{d}x" for d in shape) + MLIR[dtype] + ">"


def normalize(x, axes, epsilon):
    x = x.astype(np.float64)
    mean = x.mean(axis=tuple(axes), keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=tuple(axes), keepdims=True)
    return (x - mean) / np.sqrt(variance + epsilon)


def layer_case(shape, axes, epsilon=1e-5, parameters=True):
    """(attributes, input shape, parameter shape or None, reference)."""
    parameter_shape = [shape[a] for a in axes] if parameters else None

    def reference(x, scale, bias):
        y = normalize(x, axes, epsilon)
        if scale is not None:
            # scale and bias list the dimensions in the order of axes.
            order = np.argsort(axes)
            full = [1] * len(shape)
            for a in axes:
                full[a] = shape[a]
            y = (y * np.transpose(scale, order).reshape(full)
                 + np.transpose(bias, order).reshape(full))
        return y
    attributes = f"axes = array<i64{': ' if axes else ''}{', '.join(map(str, axes))}>, epsilon = {epsilon:.6e} : f64"
    return "layer_normalization", attributes, shape, parameter_shape, reference


def instance_case(shape, nhwc, epsilon=1e-5):
    channel = 3 if nhwc else 1
    spatial = [1, 2] if nhwc else [2, 3]

    def reference(x, scale, bias):
        full = [1, 1, 1, 1]
        full[channel] = shape[channel]
        return (normalize(x, spatial, epsilon) * scale.reshape(full)
                + bias.reshape(full))
    layout = "nhwc" if nhwc else "nchw"
    attributes = f"epsilon = {epsilon:.6e} : f64, layout = #webnn.layout<{layout}>"
    return ("instance_normalization", attributes, shape, [shape[channel]],
            reference)


CASES = {
    "layer_inner": layer_case([2, 64, 768], [2]),
    "layer_all_but_first": layer_case([3, 5, 17, 19], [1, 2, 3], 1e-3),
    "layer_outer": layer_case([300, 40], [0]),
    "layer_unsorted": layer_case([6, 7, 9, 10], [3, 1]),
    "layer_empty": layer_case([8, 300], [], parameters=False),
    "instance_nchw": instance_case([2, 24, 15, 17], False),
    "instance_nhwc": instance_case([2, 13, 11, 40], True, 1e-3),
}


def main():
    webnn_run, webnn_opt, work = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(work, exist_ok=True)
    runs = failures = 0
    for name, (op, attributes, shape, parameter_shape, reference) in CASES.items():
        for dtype in ["float32", "float16"]:
            stem = os.path.join(work, f"{name}_{dtype}")
            x = (rng.standard_normal(shape) * 2 + 0.5).astype(dtype)
            operands = f"%x"
            types = [t(shape, dtype)]
            params = [f'%x: {t(shape, dtype)} {{webnn.name = "x"}}']
            arguments = ["--input", f"x={stem}.x.npy"]
            np.save(f"{stem}.x.npy", x)
            scale = bias = None
            if parameter_shape is not None:
                scale = rng.uniform(0.5, 1.5, parameter_shape).astype(dtype)
                bias = rng.standard_normal(parameter_shape).astype(dtype)
                for key, value in [("scale", scale), ("bias", bias)]:
                    np.save(f"{stem}.{key}.npy", value)
                    params.append(f'%{key}: {t(parameter_shape, dtype)} '
                                  f'{{webnn.name = "{key}"}}')
                    types.append(t(parameter_shape, dtype))
                    arguments += ["--input", f"{key}={stem}.{key}.npy"]
                operands += " scale(%scale) bias(%bias)"
            expected = reference(x, scale, bias).astype(dtype)
            np.save(f"{stem}.y.expected.npy", expected)
            arguments += ["--compare", f"y={stem}.y.expected.npy"]
            with open(stem + ".mlir", "w") as f:
                f.write(f"func.func @main({', '.join(params)}) -> "
                        f'({t(shape, dtype)} {{webnn.name = "y"}}) {{\n'
                        f"  %y = webnn.{op} {operands} {{{attributes}}} : "
                        f"({', '.join(types)}) -> {t(shape, dtype)}\n"
                        f"  return %y : {t(shape, dtype)}\n}}\n")
            subprocess.run([webnn_opt, stem + ".mlir", "-webnn-decompose",
                            "-o", stem + ".decomposed.mlir"], check=True)
            for variant in ["", ".decomposed"]:
                for pipeline in ["cpu", "reference"]:
                    runs += 1
                    result = subprocess.run(
                        [webnn_run, stem + variant + ".mlir", "--pipeline",
                         pipeline, "--threads", "2"] + arguments
                        + TOLERANCE[dtype], capture_output=True, text=True)
                    if result.returncode != 0 or ": match" not in result.stdout:
                        failures += 1
                        message = (result.stderr.strip().splitlines() or
                                   [line for line in result.stdout.splitlines()
                                    if "MISMATCH" in line] or ["no output"])[0]
                        print(f"FAIL {name} {dtype} {pipeline}{variant}: "
                              f"{message}")
    print(f"normalization: {runs} runs, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
