"""The data movement ops on tensors large enough that the CPU backend tiles
and vectorizes them (blocks of 512 elements, parallel loops), through both
pipelines, against numpy: slice, expand, reverse, tile, triangular, pad in
its three modes, gather, gatherElements, gatherND, scatterElements,
scatterND and split. The small WPT cases fit in one block; these do not.

Prints one line per failing run and a summary; exits 1 if any failed.

    data_movement.py WEBNN_RUN WORK_DIR
"""

import os
import subprocess
import sys

import numpy as np

rng = np.random.default_rng(5)


def t(shape, dtype="f32"):
    return "tensor<" + "".join(f"{d}x" for d in shape) + dtype + ">"


X = rng.uniform(-1, 1, (24, 40, 6)).astype(np.float32)
M = rng.uniform(-1, 1, (64, 100)).astype(np.float32)
ROWS = rng.integers(-80, 80, (30,)).astype(np.int32)
ELEMENTS = rng.integers(-120, 120, (64, 100)).astype(np.int64)
COORDS = rng.integers(-70, 70, (50, 2)).astype(np.int32)
SCATTER_ROWS = np.stack([rng.permutation(64)[:20] for _ in range(100)], 1).astype(np.int32)
UPDATES = rng.uniform(5, 6, (20, 100)).astype(np.float32)


def clamp(index, size):
    index = np.where(index < 0, index + size, index)
    return np.clip(index, 0, size - 1)


def reflect(x, before, after):
    return np.pad(x, list(zip(before, after)), mode="reflect")


def scatter_elements(m, rows, updates):
    out = m.copy()
    for i in range(rows.shape[0]):
        for j in range(rows.shape[1]):
            out[clamp(rows[i, j], m.shape[0]), j] = updates[i, j]
    return out


# name -> (graph body, inputs, outputs {name: (type, numpy value)})
CASES = {
    "slice": ("%y = webnn.slice %x {starts = array<i64: 2, 1, 0>, sizes = array<i64: 20, 37, 6>, strides = array<i64: 3, 2, 1>} : ({x}) -> {y}",
              {"x": X}, {"y": X[2:22:3, 1:38:2, :]}),
    "expand": ("%y = webnn.expand %x {new_shape = array<i64: 3, 24, 40, 6>} : ({x}) -> {y}",
               {"x": X}, {"y": np.broadcast_to(X, (3, 24, 40, 6))}),
    "reverse": ("%y = webnn.reverse %x {axes = array<i64: 0, 2>} : ({x}) -> {y}",
                {"x": X}, {"y": X[::-1, :, ::-1]}),
    "tile": ("%y = webnn.tile %x {repetitions = array<i64: 2, 1, 3>} : ({x}) -> {y}",
             {"x": X}, {"y": np.tile(X, (2, 1, 3))}),
    "triangular": ("%y = webnn.triangular %m {upper = false, diagonal = 5 : i64} : ({m}) -> {y}",
                   {"m": M}, {"y": np.tril(M, 5)}),
    "pad_constant": ("%y = webnn.pad %m {beginning_padding = array<i64: 3, 7>, ending_padding = array<i64: 5, 1>, value = 2.5 : f64} : ({m}) -> {y}",
                     {"m": M}, {"y": np.pad(M, ((3, 5), (7, 1)), constant_values=2.5)}),
    "pad_edge": ("%y = webnn.pad %m {beginning_padding = array<i64: 3, 7>, ending_padding = array<i64: 5, 1>, mode = #webnn.padding_mode<edge>} : ({m}) -> {y}",
                 {"m": M}, {"y": np.pad(M, ((3, 5), (7, 1)), mode="edge")}),
    "pad_reflection": ("%y = webnn.pad %m {beginning_padding = array<i64: 3, 7>, ending_padding = array<i64: 5, 1>, mode = #webnn.padding_mode<reflection>} : ({m}) -> {y}",
                       {"m": M}, {"y": reflect(M, (3, 7), (5, 1))}),
    "gather": ("%y = webnn.gather %m, %i : ({m}, {i}) -> {y}",
               {"m": M, "i": ROWS}, {"y": M[clamp(ROWS, 64)]}),
    "gather_elements": ("%y = webnn.gather_elements %m, %i {axis = 1 : i32} : ({m}, {i}) -> {y}",
                        {"m": M, "i": ELEMENTS},
                        {"y": np.take_along_axis(M, clamp(ELEMENTS, 100), 1)}),
    "gather_nd": ("%y = webnn.gather_nd %m, %i : ({m}, {i}) -> {y}",
                  {"m": M, "i": COORDS},
                  {"y": M[clamp(COORDS[:, 0], 64), clamp(COORDS[:, 1], 100)]}),
    "scatter_elements": ("%y = webnn.scatter_elements %m, %i, %u {axis = 0 : i32} : ({m}, {i}, {u}) -> {y}",
                         {"m": M, "i": SCATTER_ROWS, "u": UPDATES},
                         {"y": scatter_elements(M, SCATTER_ROWS, UPDATES)}),
    "split": ("%y, %z = webnn.split %m {splits = array<i64: 36, 64>, axis = 1 : i32} : ({m}) -> ({y}, {z})",
              {"m": M}, {"y": M[:, :36], "z": M[:, 36:]}),
}

MLIR = {np.dtype(np.float32): "f32", np.dtype(np.int32): "i32",
        np.dtype(np.int64): "i64"}


def main():
    webnn_run, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    runs = failures = 0
    for name, (body, inputs, outputs) in CASES.items():
        types = {k: t(v.shape, MLIR[v.dtype]) for k, v in
                 list(inputs.items()) + list(outputs.items())}
        params = ", ".join(f'%{k}: {types[k]} {{webnn.name = "{k}"}}' for k in inputs)
        results = ", ".join(f'{types[k]} {{webnn.name = "{k}"}}' for k in outputs)
        for k, ty in types.items():
            body = body.replace("{" + k + "}", ty)
        text = (f"func.func @main({params}) -> ({results}) {{\n  "
                + body + "\n  return "
                + ", ".join(f"%{k}" for k in outputs) + " : "
                + ", ".join(types[k] for k in outputs) + "\n}\n")
        stem = os.path.join(work, name)
        with open(stem + ".mlir", "w") as f:
            f.write(text)
        arguments = []
        for k, v in inputs.items():
            np.save(f"{stem}.{k}.npy", v)
            arguments += ["--input", f"{k}={stem}.{k}.npy"]
        for k, v in outputs.items():
            np.save(f"{stem}.{k}.expected.npy", np.ascontiguousarray(v))
            arguments += ["--compare", f"{k}={stem}.{k}.expected.npy"]
        for pipeline in ["cpu", "reference"]:
            runs += 1
            result = subprocess.run(
                [webnn_run, stem + ".mlir", "--pipeline", pipeline,
                 "--threads", "2", "--atol", "0", "--rtol", "0"] + arguments,
                capture_output=True, text=True)
            if result.returncode != 0 or result.stdout.count(": match") != len(outputs):
                failures += 1
                message = (result.stderr.strip().splitlines() or
                           [line for line in result.stdout.splitlines()
                            if "MISMATCH" in line] or ["no output"])[0]
                print(f"FAIL {name} {pipeline}: {message}")
    print(f"data movement: {runs} runs, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
