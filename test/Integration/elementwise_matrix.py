"""Every element-wise op in every data type the spec allows for it, at ranks
0 to 5, through both pipelines, against numpy.

For each (op, data type) one graph holds the op six times, once per rank,
and webnn-run compares each of its outputs with numpy's result on the same
seeded inputs. Prints one line per failing run and a summary; exits 1 if
any run failed, so that a type or rank one lowering cannot handle (integer
abs on 4-D vectors once failed LLVM translation) shows up here.

    elementwise_matrix.py WEBNN_RUN WORK_DIR
"""

import os
import subprocess
import sys

import numpy as np

SHAPES = [(), (7,), (3, 5), (2, 3, 4), (2, 3, 4, 5), (1, 2, 3, 2, 4)]

FLOATS = ["float32", "float16"]
SIGNED = ["int64", "int32", "int8"]
ALL = FLOATS + ["int32", "uint32", "int64", "uint64", "int8", "uint8"]

MLIR_TYPE = {"float32": "f32", "float16": "f16", "int32": "i32",
             "uint32": "ui32", "int64": "i64", "uint64": "ui64",
             "int8": "i8", "uint8": "ui8"}


def trunc_div(a, b):
    """Integer division rounding toward zero, as the lowering's divsi/divui."""
    if a.dtype.kind == "u":
        return a // b
    q = np.abs(a) // np.abs(b)
    return np.where((a < 0) != (b < 0), -q, q)


# op -> (data types from ../shared/webnn-spec/tensor-limits.txt, numpy
# reference on float64 or the integer type, input domain, op attributes).
UNARY = {
    "abs": (FLOATS + SIGNED, np.abs, "any", ""),
    "neg": (FLOATS + SIGNED, np.negative, "any", ""),
    "ceil": (FLOATS, np.ceil, "any", ""),
    "floor": (FLOATS, np.floor, "any", ""),
    "exp": (FLOATS, np.exp, "any", ""),
    "log": (FLOATS, np.log, "positive", ""),
    "sqrt": (FLOATS, np.sqrt, "positive", ""),
    "reciprocal": (FLOATS, lambda x: 1 / x, "positive", ""),
    "sigmoid": (FLOATS, lambda x: 1 / (1 + np.exp(-x)), "any", ""),
    "tanh": (FLOATS, np.tanh, "any", ""),
    "relu": (FLOATS + SIGNED, lambda x: np.maximum(x, 0), "any", ""),
    "identity": (ALL, lambda x: x, "any", ""),
    "leaky_relu": (FLOATS, lambda x: np.where(x < 0, 0.25 * x, x), "any",
                   " {alpha = 2.500000e-01 : f64}"),
    "clamp": (FLOATS, lambda x: np.clip(x, -1.5, 2.0), "any",
              " {max_value = 2.000000e+00 : f64, min_value = -1.500000e+00 : f64}"),
}

BINARY = {
    "add": (ALL, np.add, "any"),
    "sub": (ALL, np.subtract, "any"),
    "mul": (ALL, np.multiply, "any"),
    "div": (ALL, None, "nonzero"),
    "max": (ALL, np.maximum, "any"),
    "min": (ALL, np.minimum, "any"),
    "pow": (ALL, np.power, "exponent"),
}


def random_input(rng, dtype, shape, domain):
    is_float = dtype in FLOATS
    unsigned = dtype.startswith("u")
    if domain == "positive" or (domain in ("nonzero", "exponent") and unsigned):
        low, high = (0.25, 4.0) if is_float else (1, 6)
        if domain == "exponent":
            low, high = (0.0, 3.0) if is_float else (0, 3)
    elif domain == "exponent":
        low, high = (0.0, 3.0) if is_float else (0, 3)
    elif domain == "nonzero":
        low, high = (0.25, 4.0) if is_float else (1, 6)
    else:
        low, high = (-4.0, 4.0) if is_float else ((0, 11) if unsigned else (-6, 6))
    if is_float:
        values = rng.uniform(low, high, shape)
        if domain == "nonzero":
            values *= rng.choice([-1.0, 1.0], shape)
    else:
        values = rng.integers(low, high, shape, endpoint=True)
        if domain == "nonzero" and not unsigned:
            values *= rng.choice([-1, 1], shape)
    return np.asarray(values).astype(dtype)


def reference(op, fn, dtype, args):
    if dtype in FLOATS:
        wide = [a.astype(np.float64) for a in args]
        if op == "div":
            return (wide[0] / wide[1]).astype(dtype)
        return np.asarray(fn(*wide)).astype(dtype)
    if op == "div":
        return trunc_div(args[0], args[1]).astype(dtype)
    with np.errstate(over="ignore"):
        return np.asarray(fn(*args)).astype(dtype)


def graph(op, dtype, arity, attributes):
    element = MLIR_TYPE[dtype]
    types = ["tensor<" + "".join(f"{d}x" for d in s) + element + ">"
             for s in SHAPES]
    params, results, body, returns = [], [], [], []
    for rank, t in enumerate(types):
        names = [f"a{rank}", f"b{rank}"][:arity]
        params += [f'%{n}: {t} {{webnn.name = "{n}"}}' for n in names]
        results.append(f'{t} {{webnn.name = "y{rank}"}}')
        operands = ", ".join(f"%{n}" for n in names)
        signature = ", ".join([t] * arity)
        body.append(f"  %y{rank} = webnn.{op} {operands}{attributes} : "
                    f"({signature}) -> {t}")
        returns.append(f"%y{rank}")
    return (f"func.func @main({', '.join(params)})\n"
            f"    -> ({', '.join(results)}) {{\n" + "\n".join(body) +
            f"\n  return {', '.join(returns)} : {', '.join(types)}\n}}\n")


def tolerance(op, dtype):
    if dtype == "float16":
        return ["--rtol", "2e-3", "--atol", "1e-3"]
    if dtype == "float32":
        return ["--rtol", "1e-5", "--atol", "1e-6"]
    return ["--rtol", "0", "--atol", "0"]


def main():
    webnn_run, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    cases = [(op, dt, 1, fn, domain, attrs)
             for op, (types, fn, domain, attrs) in UNARY.items()
             for dt in types]
    cases += [(op, dt, 2, fn, domain, "")
              for op, (types, fn, domain) in BINARY.items() for dt in types]
    rng = np.random.default_rng(13)
    runs = failures = 0
    for op, dtype, arity, fn, domain, attrs in cases:
        stem = os.path.join(work, f"{op}_{dtype}")
        with open(stem + ".mlir", "w") as f:
            f.write(graph(op, dtype, arity, attrs))
        arguments = []
        for rank, shape in enumerate(SHAPES):
            domains = [domain, domain] if op != "div" else ["any", "nonzero"]
            if op == "pow":
                domains = ["positive", "exponent"]
            args = [random_input(rng, dtype, shape, domains[i])
                    for i in range(arity)]
            for name, value in zip(["a", "b"], args):
                np.save(f"{stem}.{name}{rank}.npy", value)
                arguments += ["--input", f"{name}{rank}={stem}.{name}{rank}.npy"]
            np.save(f"{stem}.y{rank}.npy", reference(op, fn, dtype, args))
            arguments += ["--compare", f"y{rank}={stem}.y{rank}.npy"]
        for pipeline in ["cpu", "reference"]:
            runs += 1
            result = subprocess.run(
                [webnn_run, stem + ".mlir", "--pipeline", pipeline,
                 "--threads", "1"] + arguments + tolerance(op, dtype),
                capture_output=True, text=True)
            matches = result.stdout.count(": match")
            if result.returncode != 0 or matches != len(SHAPES):
                failures += 1
                message = (result.stderr.strip().splitlines() or
                           [line for line in result.stdout.splitlines()
                            if "mismatch" in line] or ["no output"])[0]
                print(f"FAIL {op} {dtype} {pipeline}: {message}")
    print(f"element-wise matrix: {runs} runs, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
