"""Every reduction in every data type the spec allows for it, over several
sets of axes (all, none, one, several; with and without keepDimensions) at
ranks 0 to 4, and argMin, argMax and cumulativeSum with each of their
options, through both pipelines, against numpy. cumulativeSum, whose
lowering is a loop and not its decomposition, also runs decomposed into
primitives (webnn-opt -webnn-decompose: a reduce_window per axis); the
others lower through their decomposition already.

For each (op, data type) one graph holds one reduction per configuration,
and webnn-run compares each of its outputs with numpy's result on the same
seeded inputs. Prints one line per failing run and a summary; exits 1 if
any run failed.

    reduction_matrix.py WEBNN_RUN WEBNN_OPT WORK_DIR
"""

import os
import subprocess
import sys

import numpy as np

FLOATS = ["float32", "float16"]
WIDE = FLOATS + ["int32", "uint32", "int64", "uint64"]
ALL = WIDE + ["int8", "uint8"]

MLIR_TYPE = {"float32": "f32", "float16": "f16", "int32": "i32",
             "uint32": "ui32", "int64": "i64", "uint64": "ui64",
             "int8": "i8", "uint8": "ui8"}

# (shape, axes or None for all, keepDimensions)
CONFIGS = [
    ((), None, False),
    ((7,), None, False),
    ((7,), [], False),
    ((3, 5), [1], False),
    ((3, 5), [0], True),
    ((2, 3, 4), [0, 2], False),
    ((2, 3, 4), None, True),
    ((2, 3, 4, 5), [3], True),
    ((2, 3, 4, 5), [1, 2], False),
    ((1, 2, 3, 40), [3], False),
]


def logsumexp(x, axis):
    m = np.max(x, axis=axis, keepdims=True)
    return np.squeeze(m, axis=axis) + np.log(np.sum(np.exp(x - m), axis=axis))


# op -> (data types from ../shared/webnn-spec/tensor-limits.txt, numpy
# reference (array, axis tuple), input domain)
OPS = {
    "reduce_l1": (WIDE, lambda x, a: np.sum(np.abs(x), axis=a, dtype=x.dtype), "any"),
    "reduce_l2": (FLOATS, lambda x, a: np.sqrt(np.sum(x * x, axis=a)), "any"),
    "reduce_log_sum": (FLOATS, lambda x, a: np.log(np.sum(x, axis=a)), "positive"),
    "reduce_log_sum_exp": (FLOATS, logsumexp, "any"),
    "reduce_max": (ALL, lambda x, a: np.max(x, axis=a), "any"),
    "reduce_mean": (FLOATS, lambda x, a: np.mean(x, axis=a), "any"),
    "reduce_min": (ALL, lambda x, a: np.min(x, axis=a), "any"),
    "reduce_product": (WIDE, lambda x, a: np.prod(x, axis=a, dtype=x.dtype), "near_one"),
    "reduce_sum": (WIDE, lambda x, a: np.sum(x, axis=a, dtype=x.dtype), "any"),
    "reduce_sum_square": (WIDE, lambda x, a: np.sum(x * x, axis=a, dtype=x.dtype), "any"),
}


def cumulative_sum(x, axis, exclusive, reversed_):
    if reversed_:
        x = np.flip(x, axis)
    with np.errstate(over="ignore"):
        sums = np.cumsum(x, axis=axis, dtype=x.dtype)
    if exclusive:
        sums = np.concatenate(
            [np.zeros_like(np.take(sums, [0], axis)),
             np.take(sums, range(x.shape[axis] - 1), axis)], axis)
    return np.flip(sums, axis) if reversed_ else sums


# The ops along one axis: (shape, axis, attributes, output shape, numpy).
def arg_configs(fn):
    return [
        ((7,), 0, "", (), lambda x: fn(x, axis=0)),
        ((3, 5), 1, "keep_dimensions = true", (3, 1),
         lambda x: np.expand_dims(fn(x, axis=1), 1)),
        ((2, 3, 4), 1, "output_data_type = i64", (2, 4),
         lambda x: fn(x, axis=1)),
        ((2, 3, 4, 5), 3, "", (2, 3, 4), lambda x: fn(x, axis=3)),
        ((2, 1, 3, 40), 3, "", (2, 1, 3), lambda x: fn(x, axis=3)),
    ]


CUMULATIVE_CONFIGS = [
    ((7,), 0, "", (7,), lambda x: cumulative_sum(x, 0, False, False)),
    ((3, 5), 1, "exclusive = true", (3, 5),
     lambda x: cumulative_sum(x, 1, True, False)),
    ((2, 3, 4), 0, "reversed = true", (2, 3, 4),
     lambda x: cumulative_sum(x, 0, False, True)),
    ((2, 3, 4, 5), 2, "exclusive = true, reversed = true", (2, 3, 4, 5),
     lambda x: cumulative_sum(x, 2, True, True)),
]

# op -> (data types, configurations, input domain)
AXIS_OPS = {
    "arg_min": (ALL, arg_configs(np.argmin), "ties"),
    "arg_max": (ALL, arg_configs(np.argmax), "ties"),
    "cumulative_sum": (WIDE, CUMULATIVE_CONFIGS, "any"),
}


def random_input(rng, dtype, shape, domain):
    if domain == "ties":
        # Few distinct values, so that equal ones are common (the first
        # index wins), and NaN among floats (the first NaN wins).
        values = rng.integers(0 if dtype.startswith("u") else -2, 3, shape,
                              endpoint=True).astype(np.float64)
        if dtype in FLOATS:
            values = np.where(rng.integers(0, 10, shape) == 0, np.nan, values)
        return np.asarray(values).astype(dtype)
    if dtype in FLOATS:
        if domain == "positive":
            values = rng.uniform(0.25, 4.0, shape)
        elif domain == "near_one":
            values = rng.uniform(0.5, 1.5, shape) * rng.choice([-1.0, 1.0], shape)
        else:
            values = rng.uniform(-4.0, 4.0, shape)
    elif dtype.startswith("u"):
        values = rng.integers(0, 3 if domain == "near_one" else 12, shape,
                              endpoint=True)
    else:
        values = rng.integers(-2 if domain == "near_one" else -12,
                              3 if domain == "near_one" else 12, shape,
                              endpoint=True)
    return np.asarray(values).astype(dtype)


def output_shape(shape, axes, keep):
    axes = range(len(shape)) if axes is None else axes
    if keep:
        return tuple(1 if d in axes else n for d, n in enumerate(shape))
    return tuple(n for d, n in enumerate(shape) if d not in axes)


def tensor_type(shape, dtype):
    return "tensor<" + "".join(f"{d}x" for d in shape) + MLIR_TYPE[dtype] + ">"


def graph(op, dtype):
    params, results, body, returns, types = [], [], [], [], []
    for i, (shape, axes, keep) in enumerate(CONFIGS):
        t_in = tensor_type(shape, dtype)
        t_out = tensor_type(output_shape(shape, axes, keep), dtype)
        params.append(f'%x{i}: {t_in} {{webnn.name = "x{i}"}}')
        results.append(f'{t_out} {{webnn.name = "y{i}"}}')
        attrs = []
        if axes is not None:
            attrs.append("axes = array<i64" +
                         ("" if not axes else ": " + ", ".join(map(str, axes))) + ">")
        if keep:
            attrs.append("keep_dimensions = true")
        attr_text = " {" + ", ".join(attrs) + "}" if attrs else ""
        body.append(f"  %y{i} = webnn.{op} %x{i}{attr_text} : ({t_in}) -> {t_out}")
        returns.append(f"%y{i}")
        types.append(t_out)
    return (f"func.func @main({', '.join(params)})\n"
            f"    -> ({', '.join(results)}) {{\n" + "\n".join(body) +
            f"\n  return {', '.join(returns)} : {', '.join(types)}\n}}\n")


def reference(fn, dtype, x, axes, keep):
    axis = tuple(range(x.ndim)) if axes is None else tuple(axes)
    if dtype in FLOATS:
        result = np.asarray(fn(x.astype(np.float64), axis))
    else:
        with np.errstate(over="ignore"):
            result = np.asarray(fn(x, axis))
    if keep:
        result = np.reshape(result, output_shape(x.shape, axes, keep))
    return result.astype(dtype)


def tolerance(dtype):
    if dtype == "float16":
        return ["--rtol", "2e-3", "--atol", "1e-3"]
    if dtype == "float32":
        return ["--rtol", "1e-5", "--atol", "1e-5"]
    return ["--rtol", "0", "--atol", "0"]


def main():
    webnn_run, webnn_opt, work = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(work, exist_ok=True)
    rng = np.random.default_rng(17)
    runs = failures = 0
    for op, (types, fn, domain) in OPS.items():
        for dtype in types:
            stem = os.path.join(work, f"{op}_{dtype}")
            with open(stem + ".mlir", "w") as f:
                f.write(graph(op, dtype))
            arguments = []
            for i, (shape, axes, keep) in enumerate(CONFIGS):
                x = random_input(rng, dtype, shape, domain)
                np.save(f"{stem}.x{i}.npy", x)
                np.save(f"{stem}.y{i}.npy", reference(fn, dtype, x, axes, keep))
                arguments += ["--input", f"x{i}={stem}.x{i}.npy",
                              "--compare", f"y{i}={stem}.y{i}.npy"]
            for pipeline in ["cpu", "reference"]:
                runs += 1
                result = subprocess.run(
                    [webnn_run, stem + ".mlir", "--pipeline", pipeline,
                     "--threads", "1"] + arguments + tolerance(dtype),
                    capture_output=True, text=True)
                matches = result.stdout.count(": match")
                if result.returncode != 0 or matches != len(CONFIGS):
                    failures += 1
                    message = (result.stderr.strip().splitlines() or
                               [line for line in result.stdout.splitlines()
                                if "mismatch" in line] or ["no output"])[0]
                    print(f"FAIL {op} {dtype} {pipeline}: {message}")
    for op, (types, configs, domain) in AXIS_OPS.items():
        for dtype in types:
            stem = os.path.join(work, f"{op}_{dtype}")
            params, results, body, returns, result_types = [], [], [], [], []
            arguments = []
            for i, (shape, axis, attrs, out_shape, fn) in enumerate(configs):
                out_dtype = dtype
                if op != "cumulative_sum":
                    out_dtype = "int64" if "i64" in attrs else "int32"
                t_in = tensor_type(shape, dtype)
                t_out = tensor_type(out_shape, out_dtype)
                params.append(f'%x{i}: {t_in} {{webnn.name = "x{i}"}}')
                results.append(f'{t_out} {{webnn.name = "y{i}"}}')
                attr_text = ", ".join([f"axis = {axis} : i32"] +
                                      ([attrs] if attrs else []))
                body.append(f"  %y{i} = webnn.{op} %x{i} {{{attr_text}}} : "
                            f"({t_in}) -> {t_out}")
                returns.append(f"%y{i}")
                result_types.append(t_out)
                x = random_input(rng, dtype, shape, domain)
                np.save(f"{stem}.x{i}.npy", x)
                np.save(f"{stem}.y{i}.npy", np.asarray(fn(x)).astype(out_dtype))
                arguments += ["--input", f"x{i}={stem}.x{i}.npy",
                              "--compare", f"y{i}={stem}.y{i}.npy"]
            with open(stem + ".mlir", "w") as f:
                f.write(f"func.func @main({', '.join(params)})\n"
                        f"    -> ({', '.join(results)}) {{\n" +
                        "\n".join(body) + f"\n  return {', '.join(returns)} : "
                        f"{', '.join(result_types)}\n}}\n")
            tolerances = tolerance(dtype)
            graphs = {"": stem + ".mlir"}
            if op != "cumulative_sum":
                tolerances = ["--rtol", "0", "--atol", "0"]
            elif not dtype.startswith("uint"):
                # Unsigned inputs are not decomposed (the scalar bodies have
                # no unsigned types).
                graphs[" decomposed"] = stem + ".decomposed.mlir"
                subprocess.run([webnn_opt, stem + ".mlir", "-webnn-decompose",
                                "-o", graphs[" decomposed"]], check=True)
            for variant, graph_file in graphs.items():
                for pipeline in ["cpu", "reference"]:
                    runs += 1
                    result = subprocess.run(
                        [webnn_run, graph_file, "--pipeline", pipeline,
                         "--threads", "1"] + arguments + tolerances,
                        capture_output=True, text=True)
                    matches = result.stdout.count(": match")
                    if result.returncode != 0 or matches != len(configs):
                        failures += 1
                        message = (result.stderr.strip().splitlines() or
                                   [line for line in result.stdout.splitlines()
                                    if "mismatch" in line] or
                                   ["no output"])[0]
                        print(f"FAIL {op} {dtype} {pipeline}{variant}: "
                              f"{message}")
    print(f"reduction matrix: {runs} runs, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
