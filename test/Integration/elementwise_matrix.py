"""Every element-wise op in every data type the spec allows for it, at ranks
0 to 5, through both pipelines, against numpy.

For each (op, data type) one graph holds the op six times, once per rank,
and webnn-run compares each of its outputs with numpy's result on the same
seeded inputs. Prints one line per failing run and a summary; exits 1 if
any run failed, so that a type or rank one lowering cannot handle (integer
abs on 4-D vectors once failed LLVM translation) shows up here.

    elementwise_matrix.py WEBNN_RUN WORK_DIR
"""

import math
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


erf = np.vectorize(math.erf)


def softplus(x):
    return np.log1p(np.exp(-np.abs(x))) + np.maximum(x, 0)


def elu(x, alpha):
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0)))


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
    "cos": (FLOATS, np.cos, "any", ""),
    "sin": (FLOATS, np.sin, "any", ""),
    "tan": (FLOATS, np.tan, "any", ""),
    "erf": (FLOATS, erf, "any", ""),
    "round_even": (FLOATS, np.round, "halves", ""),
    "sign": (FLOATS + SIGNED, np.sign, "any", ""),
    "elu": (FLOATS, lambda x: elu(x, 0.5), "any",
            " {alpha = 5.000000e-01 : f64}"),
    "gelu": (FLOATS, lambda x: 0.5 * x * (1 + erf(x / np.sqrt(2))), "any", ""),
    "hard_sigmoid": (FLOATS, lambda x: np.clip(0.25 * x + 0.375, 0, 1), "any",
                     " {alpha = 2.500000e-01 : f64, beta = 3.750000e-01 : f64}"),
    "hard_swish": (FLOATS, lambda x: x * np.clip(x + 3, 0, 6) / 6, "any", ""),
    "linear": (FLOATS, lambda x: 1.5 * x - 0.25, "any",
               " {alpha = 1.500000e+00 : f64, beta = -2.500000e-01 : f64}"),
    "softplus": (FLOATS, softplus, "wide", ""),
    "softsign": (FLOATS, lambda x: x / (1 + np.abs(x)), "any", ""),
}

# Ops whose result is uint8 (comparisons and logical ops), by arity.
PREDICATES = {
    "equal": (ALL, np.equal, "small"),
    "not_equal": (ALL, np.not_equal, "small"),
    "greater": (ALL, np.greater, "small"),
    "greater_or_equal": (ALL, np.greater_equal, "small"),
    "lesser": (ALL, np.less, "small"),
    "lesser_or_equal": (ALL, np.less_equal, "small"),
    "logical_and": (["uint8"], np.logical_and, "small"),
    "logical_or": (["uint8"], np.logical_or, "small"),
    "logical_xor": (["uint8"], np.logical_xor, "small"),
    "logical_not": (["uint8"], np.logical_not, "small"),
    "is_nan": (FLOATS, np.isnan, "special"),
    "is_infinite": (FLOATS, np.isinf, "special"),
}
PREDICATE_ARITY = {"logical_not": 1, "is_nan": 1, "is_infinite": 1}

BINARY = {
    "add": (ALL, np.add, "any"),
    "sub": (ALL, np.subtract, "any"),
    "mul": (ALL, np.multiply, "any"),
    "div": (ALL, None, "nonzero"),
    "max": (ALL, np.maximum, "any"),
    "min": (ALL, np.minimum, "any"),
    "pow": (ALL, np.power, "exponent"),
    "prelu": (FLOATS + SIGNED, lambda x, s: np.where(x >= 0, x, s * x), "any"),
}


def cast_reference(x, to):
    """cast as webnn-mlir defines it (docs/spec-notes.md): a float reaches
    an integer type truncated toward zero and saturated to its range, NaN
    giving 0; everything else is numpy's conversion (nearest, infinities
    beyond the range, integers wrapping)."""
    if x.dtype.kind == "f" and np.dtype(to).kind in "iu":
        info = np.iinfo(to)
        high = np.nextafter(float(info.max) + 1, 0)
        wide = np.nan_to_num(x.astype(np.float64), nan=0.0, posinf=high,
                             neginf=float(info.min))
        return np.trunc(np.clip(wide, float(info.min), high)).astype(to)
    with np.errstate(over="ignore", invalid="ignore"):
        return x.astype(to)


def cast_input(rng, dtype, shape):
    """Values that exercise every conversion: for floats, ordinary ones,
    halves, values beyond the integer types and NaN and infinities; for
    integers, their whole range."""
    if dtype in FLOATS:
        values = rng.uniform(-300.0, 300.0, shape)
        pick = rng.integers(0, 8, shape)
        values = np.where(pick == 1, np.round(values) + 0.5, values)
        values = np.where(pick == 2, values * 1e8, values)
        values = np.where(pick == 3, np.nan, values)
        values = np.where(pick == 4, np.inf, values)
        values = np.where(pick == 5, -np.inf, values)
        with np.errstate(over="ignore"):  # 1e8 is beyond float16
            return np.asarray(values).astype(dtype)
    info = np.iinfo(dtype)
    return np.asarray(rng.integers(info.min, info.max, shape, endpoint=True,
                                   dtype=dtype))


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
    elif domain == "small":
        # Few distinct values, so that equal operands are common.
        values = rng.integers(0 if unsigned else -2, 3, shape, endpoint=True)
        return np.asarray(values).astype(dtype)
    elif domain == "halves":
        # Exact halves, where rounding to even matters, and others.
        values = rng.integers(-16, 16, shape, endpoint=True) / 2.0
        values += rng.choice([0.0, 0.0, 0.2], shape)
        return np.asarray(values).astype(dtype)
    elif domain == "special":
        values = rng.uniform(-4.0, 4.0, shape)
        mask = rng.integers(0, 4, shape)
        values = np.where(mask == 1, np.nan, values)
        values = np.where(mask == 2, np.inf, values)
        values = np.where(mask == 3, -np.inf, values)
        return np.asarray(values).astype(dtype)
    elif domain == "wide":
        low, high = (-30.0, 30.0)
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
    if op in PREDICATES:
        return np.asarray(fn(*args)).astype("uint8")
    if op == "cast":
        return cast_reference(args[0], dtype)
    if dtype in FLOATS:
        wide = [a.astype(np.float64) for a in args]
        if op == "div":
            return (wide[0] / wide[1]).astype(dtype)
        return np.asarray(fn(*wide)).astype(dtype)
    if op == "div":
        return trunc_div(args[0], args[1]).astype(dtype)
    with np.errstate(over="ignore"):
        return np.asarray(fn(*args)).astype(dtype)


def tensor_type(shape, dtype):
    return "tensor<" + "".join(f"{d}x" for d in shape) + MLIR_TYPE[dtype] + ">"


def graph(op, dtypes, result_dtype, attributes):
    """One op per rank; `dtypes` are the operands' data types."""
    params, results, body, returns, result_types = [], [], [], [], []
    for rank, shape in enumerate(SHAPES):
        names = [f"{n}{rank}" for n in "abc"[:len(dtypes)]]
        types = [tensor_type(shape, dt) for dt in dtypes]
        t = tensor_type(shape, result_dtype)
        params += [f'%{n}: {ty} {{webnn.name = "{n}"}}'
                   for n, ty in zip(names, types)]
        results.append(f'{t} {{webnn.name = "y{rank}"}}')
        operands = ", ".join(f"%{n}" for n in names)
        body.append(f"  %y{rank} = webnn.{op} {operands}{attributes} : "
                    f"({', '.join(types)}) -> {t}")
        returns.append(f"%y{rank}")
        result_types.append(t)
    return (f"func.func @main({', '.join(params)})\n"
            f"    -> ({', '.join(results)}) {{\n" + "\n".join(body) +
            f"\n  return {', '.join(returns)} : {', '.join(result_types)}\n}}\n")


def tolerance(op, dtype):
    if op in PREDICATES or op == "cast":
        return ["--rtol", "0", "--atol", "0"]
    if dtype == "float16":
        return ["--rtol", "2e-3", "--atol", "1e-3"]
    if dtype == "float32":
        return ["--rtol", "1e-5", "--atol", "1e-6"]
    return ["--rtol", "0", "--atol", "0"]


def main():
    webnn_run, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    # (op, operand data types, result data type, reference, operand
    # domains, attributes)
    cases = [(op, [dt], dt, fn, [domain], attrs)
             for op, (types, fn, domain, attrs) in UNARY.items()
             for dt in types]
    for op, (types, fn, domain) in BINARY.items():
        domains = {"div": ["any", "nonzero"],
                   "pow": ["positive", "exponent"]}.get(op, [domain] * 2)
        cases += [(op, [dt, dt], dt, fn, domains, "") for dt in types]
    for op, (types, fn, domain) in PREDICATES.items():
        arity = PREDICATE_ARITY.get(op, 2)
        cases += [(op, [dt] * arity, "uint8", fn, [domain] * arity, "")
                  for dt in types]
    cases += [("where", ["uint8", dt, dt], dt, lambda c, t, f: np.where(c, t, f),
               ["small", "any", "any"], "") for dt in ALL]
    # cast: every pair of data types (the result's is the attribute).
    cases += [("cast", [source], target, None, ["cast"],
               f" {{data_type = {MLIR_TYPE[target]}}}")
              for source in ALL for target in ALL]
    rng = np.random.default_rng(13)
    runs = failures = 0
    for op, dtypes, result_dtype, fn, domains, attrs in cases:
        dtype = result_dtype if op == "cast" else dtypes[-1]
        stem = os.path.join(work, f"{op}_{'_'.join(dtypes)}_{result_dtype}")
        with open(stem + ".mlir", "w") as f:
            f.write(graph(op, dtypes, result_dtype, attrs))
        arguments = []
        for rank, shape in enumerate(SHAPES):
            args = [cast_input(rng, dt, shape) if domain == "cast" else
                    random_input(rng, dt, shape, domain)
                    for dt, domain in zip(dtypes, domains)]
            for name, value in zip("abc", args):
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
