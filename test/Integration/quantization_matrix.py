"""quantizeLinear and dequantizeLinear with every quantized type (int8,
uint8, int32, uint32, int4, uint4), float32 and float16 scales, per tensor,
per axis and blockwise, on a tensor the CPU backend tiles, through both
pipelines, against numpy: quantize is clamp(roundEven(x / scale) +
zeroPoint) with the quotient in float32, dequantize (x - zeroPoint) * scale
(4-bit values travel in .npy files as int8 and uint8, their storage).

Prints one line per failing run and a summary; exits 1 if any failed.

    quantization_matrix.py WEBNN_RUN WORK_DIR
"""

import os
import subprocess
import sys

import numpy as np

rng = np.random.default_rng(17)

MLIR = {"float32": "f32", "float16": "f16", "int8": "i8", "uint8": "ui8",
        "int32": "i32", "uint32": "ui32", "int4": "i4", "uint4": "ui4"}
RANGE = {"int8": (-128, 127), "uint8": (0, 255), "int32": (-2**31, 2**31 - 1),
         "uint32": (0, 2**32 - 1), "int4": (-8, 7), "uint4": (0, 15)}
STORAGE = {"int8": np.int8, "uint8": np.uint8, "int32": np.int32,
           "uint32": np.uint32, "int4": np.int8, "uint4": np.uint8}
SHAPE = (4, 6, 40)
# Scale shapes: per tensor, per axis (dimension 1), blockwise.
SCALE_SHAPES = [(1, 1, 1), (1, 6, 1), (2, 3, 8)]


def tensor_type(shape, dtype):
    return "tensor<" + "".join(f"{d}x" for d in shape) + MLIR[dtype] + ">"


def expand(parameter):
    """The blockwise broadcast of a scale or zero point to SHAPE."""
    for axis, size in enumerate(SHAPE):
        parameter = np.repeat(parameter, size // parameter.shape[axis], axis=axis)
    return parameter


def main():
    webnn_run, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    runs = failures = 0
    for float_type in ["float32", "float16"]:
        for quantized in RANGE:
            low, high = RANGE[quantized]
            stem = os.path.join(work, f"{float_type}_{quantized}")
            params, results, body, returns, types, arguments = [], [], [], [], [], []
            for i, scale_shape in enumerate(SCALE_SHAPES):
                # Scales that put most values in range, some beyond it.
                span = min(high - low, 200)
                x = (rng.standard_normal(SHAPE) * span / 4).astype(float_type)
                scale = rng.uniform(0.5, 2.0, scale_shape).astype(float_type)
                zero = rng.integers(low, high, scale_shape, endpoint=True)
                zero = np.clip(zero, low // 2, high // 2).astype(STORAGE[quantized])
                q = rng.integers(low, high, SHAPE, endpoint=True).astype(STORAGE[quantized])
                # quantize: the quotient in float32 (float16 widened first).
                quotient = (x.astype(np.float32) / expand(scale).astype(np.float32))
                expected_q = np.clip(np.round(quotient).astype(np.float64)
                                     + expand(zero).astype(np.float64), low, high)
                expected_q = expected_q.astype(STORAGE[quantized])
                # dequantize: the difference exact, the product in float32.
                expected_d = ((q.astype(np.int64) - expand(zero).astype(np.int64))
                              .astype(np.float32) * expand(scale).astype(np.float32))
                with np.errstate(over="ignore"):  # int32 in float16 is inf
                    expected_d = expected_d.astype(float_type)
                t_x, t_q = tensor_type(SHAPE, float_type), tensor_type(SHAPE, quantized)
                t_s = tensor_type(scale_shape, float_type)
                t_z = tensor_type(scale_shape, quantized)
                for name, ty, value in [(f"x{i}", t_x, x), (f"s{i}", t_s, scale),
                                        (f"z{i}", t_z, zero), (f"q{i}", t_q, q)]:
                    params.append(f'%{name}: {ty} {{webnn.name = "{name}"}}')
                    np.save(f"{stem}.{name}.npy", value)
                    arguments += ["--input", f"{name}={stem}.{name}.npy"]
                body.append(f"  %y{i} = webnn.quantize_linear %x{i}, %s{i}, %z{i} : "
                            f"({t_x}, {t_s}, {t_z}) -> {t_q}")
                body.append(f"  %d{i} = webnn.dequantize_linear %q{i}, %s{i}, %z{i} : "
                            f"({t_q}, {t_s}, {t_z}) -> {t_x}")
                for name, ty, value in [(f"y{i}", t_q, expected_q), (f"d{i}", t_x, expected_d)]:
                    results.append(f'{ty} {{webnn.name = "{name}"}}')
                    returns.append(f"%{name}")
                    types.append(ty)
                    np.save(f"{stem}.{name}.expected.npy", value)
                    arguments += ["--compare", f"{name}={stem}.{name}.expected.npy"]
            with open(stem + ".mlir", "w") as f:
                f.write(f"func.func @main({', '.join(params)})\n"
                        f"    -> ({', '.join(results)}) {{\n" + "\n".join(body)
                        + f"\n  return {', '.join(returns)} : {', '.join(types)}\n}}\n")
            for pipeline in ["cpu", "reference"]:
                runs += 1
                result = subprocess.run(
                    [webnn_run, stem + ".mlir", "--pipeline", pipeline,
                     "--threads", "2", "--atol", "0", "--rtol", "0"] + arguments,
                    capture_output=True, text=True)
                if (result.returncode != 0 or
                        result.stdout.count(": match") != 2 * len(SCALE_SHAPES)):
                    failures += 1
                    message = (result.stderr.strip().splitlines() or
                               [line for line in result.stdout.splitlines()
                                if "MISMATCH" in line] or ["no output"])[0]
                    print(f"FAIL {float_type} {quantized} {pipeline}: {message}")
    print(f"quantization: {runs} runs, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
