#!/usr/bin/python3
"""Writes the large graphs of large-graphs.test, with numpy references:

    large_graphs.py chain N DIR    N element-wise ops in a chain
    large_graphs.py concat N DIR   a concat of the same input N times
    large_graphs.py inputs N DIR   a concat of N graph inputs

Each writes DIR/<kind>.mlir; chain and concat also their input
(DIR/<kind>_input.npy) and the expected output (DIR/<kind>_expected.npy).
"""

import os
import sys

import numpy as np

# The chain cycles through these; every fifth op adds the graph input back,
# so that values stay bounded and every op changes them.
UNARY = [("webnn.relu", lambda v: np.maximum(v, 0)),
         ("webnn.neg", np.negative),
         ("webnn.abs", np.abs),
         ("webnn.floor", np.floor)]


def chain(count, x):
    t = "tensor<8xf32>"
    lines = [f"func.func @chain(%x: {t}) -> {t} {{"]
    value, previous = x, "%x"
    for i in range(count):
        if i % 5 == 4:
            lines.append(f"  %v{i} = webnn.add {previous}, %x : ({t}, {t}) -> {t}")
            value = (value + x).astype(np.float32)
        else:
            op, reference = UNARY[i % 4]
            lines.append(f"  %v{i} = {op} {previous} : ({t}) -> {t}")
            value = reference(value).astype(np.float32)
        previous = f"%v{i}"
    lines.append(f"  return {previous} : {t}\n}}\n")
    return "\n".join(lines), value


def concat(count, x):
    t = "tensor<1x8xf32>"
    operands = ", ".join(["%x"] * count)
    types = ", ".join([t] * count)
    text = (f"func.func @concat(%x: {t}) -> tensor<{count}x8xf32> {{\n"
            f"  %0 = webnn.concat {operands} {{axis = 0 : i32}} : ({types})"
            f" -> tensor<{count}x8xf32>\n"
            f"  return %0 : tensor<{count}x8xf32>\n}}\n")
    return text, np.tile(x, (count, 1))


def inputs(count):
    t = "tensor<1x8xf32>"
    arguments = ", ".join(f"%a{i}: {t}" for i in range(count))
    operands = ", ".join(f"%a{i}" for i in range(count))
    types = ", ".join([t] * count)
    return (f"func.func @inputs({arguments}) -> tensor<{count}x8xf32> {{\n"
            f"  %0 = webnn.concat {operands} {{axis = 0 : i32}} : ({types})"
            f" -> tensor<{count}x8xf32>\n"
            f"  return %0 : tensor<{count}x8xf32>\n}}\n")


def main():
    kind, count, directory = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(directory, exist_ok=True)
    rng = np.random.default_rng(14)
    if kind == "inputs":
        with open(os.path.join(directory, "inputs.mlir"), "w") as f:
            f.write(inputs(count))
        return
    if kind == "chain":
        x = rng.uniform(-4, 4, 8).astype(np.float32)
        text, expected = chain(count, x)
    else:
        x = rng.uniform(-4, 4, (1, 8)).astype(np.float32)
        text, expected = concat(count, x)
    with open(os.path.join(directory, kind + ".mlir"), "w") as f:
        f.write(text)
    np.save(os.path.join(directory, kind + "_input.npy"), x)
    np.save(os.path.join(directory, kind + "_expected.npy"), expected)


if __name__ == "__main__":
    main()
