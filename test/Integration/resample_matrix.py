"""resample2d in both modes and every data type it allows (float32,
float16, int8, uint8), up and down, by scales and by sizes, over the
default axes, nhwc's and two outer ones, through both pipelines, as it is
and decomposed, against a numpy implementation of the spec's formulas:
coordinates in float64, the blends in float32 (as webnn-mlir computes
them; at exact halves, which integers round to even, a float64 blend can
land on the other side).

Prints one line per failing run and a summary; exits 1 if any failed.

    resample_matrix.py WEBNN_RUN WEBNN_OPT WORK_DIR
"""

import math
import os
import subprocess
import sys

import numpy as np

rng = np.random.default_rng(13)

MLIR = {"float32": "f32", "float16": "f16", "int8": "i8", "uint8": "ui8"}
TOLERANCE = {"float32": ["--rtol", "1e-5", "--atol", "1e-5"],
             "float16": ["--rtol", "2e-3", "--atol", "2e-3"],
             "int8": ["--rtol", "0", "--atol", "0"],
             "uint8": ["--rtol", "0", "--atol", "0"]}

# (shape, axes, scales or None, sizes or None)
CONFIGS = [
    ((1, 3, 8, 11), None, (2.0, 2.0), None),
    ((2, 4, 16, 12), None, None, (7, 5)),
    ((1, 10, 9, 3), (1, 2), (1.5, 0.75), None),
    ((6, 5, 2, 3), (0, 3), None, (4, 9)),
    ((1, 2, 40, 64), None, (0.5, 3.0), None),
]


def samples(size_in, size_out):
    scale = size_out / size_in
    c = np.clip((np.arange(size_out) + 0.5) / scale - 0.5, 0, size_in - 1)
    return c


def reference(x, mode, axes, out_shape):
    y = x.astype(np.float32)
    # The spec blends along the second axis first (vy0, vy1), then the
    # first; nearest reads one element along each.
    for axis in reversed(axes):
        if x.shape[axis] == out_shape[axis]:
            continue
        c = samples(x.shape[axis], out_shape[axis])
        if mode == "nearest_neighbor":
            y = np.take(y, np.ceil(c - 0.5).astype(np.int64), axis=axis)
            continue
        low, high = np.floor(c).astype(np.int64), np.ceil(c).astype(np.int64)
        t = (c - np.floor(c)).astype(np.float32)
        shape = [1] * 4
        shape[axis] = len(c)
        t = t.reshape(shape)
        y = (np.take(y, low, axis=axis) * (np.float32(1) - t)
             + np.take(y, high, axis=axis) * t)
    if x.dtype.kind in "iu":
        info = np.iinfo(x.dtype)
        y = np.clip(np.round(y), info.min, info.max)  # half to even
    return y.astype(x.dtype)


def tensor_type(shape, dtype):
    return "tensor<" + "".join(f"{d}x" for d in shape) + MLIR[dtype] + ">"


def main():
    webnn_run, webnn_opt, work = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(work, exist_ok=True)
    runs = failures = 0
    for mode in ["nearest_neighbor", "linear"]:
        for dtype in MLIR:
            stem = os.path.join(work, f"{mode}_{dtype}")
            params, results, body, returns, types, arguments = [], [], [], [], [], []
            for i, (shape, axes, scales, sizes) in enumerate(CONFIGS):
                resized = axes or (2, 3)
                out = list(shape)
                for k, axis in enumerate(resized):
                    out[axis] = sizes[k] if sizes else math.floor(shape[axis] * scales[k])
                if dtype in ("int8", "uint8"):
                    info = np.iinfo(dtype)
                    x = rng.integers(info.min, info.max, shape, endpoint=True).astype(dtype)
                else:
                    x = (rng.standard_normal(shape) * 4).astype(dtype)
                attrs = [f"mode = #webnn.interpolation<{mode}>"]
                if axes:
                    attrs.append(f"axes = array<i64: {axes[0]}, {axes[1]}>")
                if scales:
                    attrs.append(f"scales = array<f32: {scales[0]}, {scales[1]}>")
                if sizes:
                    attrs.append(f"sizes = array<i64: {sizes[0]}, {sizes[1]}>")
                t_in, t_out = tensor_type(shape, dtype), tensor_type(out, dtype)
                params.append(f'%x{i}: {t_in} {{webnn.name = "x{i}"}}')
                results.append(f'{t_out} {{webnn.name = "y{i}"}}')
                body.append(f"  %y{i} = webnn.resample2d %x{i} {{{', '.join(attrs)}}} : "
                            f"({t_in}) -> {t_out}")
                returns.append(f"%y{i}")
                types.append(t_out)
                np.save(f"{stem}.x{i}.npy", x)
                np.save(f"{stem}.y{i}.npy", reference(x, mode, resized, out))
                arguments += ["--input", f"x{i}={stem}.x{i}.npy",
                              "--compare", f"y{i}={stem}.y{i}.npy"]
            with open(stem + ".mlir", "w") as f:
                f.write(f"func.func @main({', '.join(params)})\n"
                        f"    -> ({', '.join(results)}) {{\n" + "\n".join(body)
                        + f"\n  return {', '.join(returns)} : {', '.join(types)}\n}}\n")
            subprocess.run([webnn_opt, stem + ".mlir", "-webnn-decompose",
                            "-o", stem + ".decomposed.mlir"], check=True)
            for variant in ["", ".decomposed"]:
                for pipeline in ["cpu", "reference"]:
                    runs += 1
                    result = subprocess.run(
                        [webnn_run, stem + variant + ".mlir", "--pipeline",
                         pipeline, "--threads", "2"] + arguments + TOLERANCE[dtype],
                        capture_output=True, text=True)
                    if (result.returncode != 0 or
                            result.stdout.count(": match") != len(CONFIGS)):
                        failures += 1
                        message = (result.stderr.strip().splitlines() or
                                   [line for line in result.stdout.splitlines()
                                    if "MISMATCH" in line] or ["no output"])[0]
                        print(f"FAIL {mode} {dtype} {pipeline}{variant}: {message}")
    print(f"resample2d: {runs} runs, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
