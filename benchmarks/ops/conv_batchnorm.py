#!/usr/bin/python3
"""Prints a convolution followed by its batch normalization with constant,
seeded random parameters (the conv2d_batchnorm label): 3x3, 32 -> 64
channels at 56x56, nchw. Random, not splat, constants: a splat filter lets
the compiler fold the filter's loads away, which real models never allow.
"""
import numpy as np

rng = np.random.default_rng(0)


def literal(array):
    return np.array2string(
        array.astype(np.float32), separator=", ", threshold=1 << 30,
        max_line_width=1 << 30,
        formatter={"float_kind": lambda v: "%.6g" % v}).replace("\n", "")


w = rng.uniform(-0.2, 0.2, (64, 32, 3, 3))
mean, bias = rng.uniform(-0.1, 0.1, (2, 64))
variance, scale = rng.uniform(0.5, 1.5, (2, 64))
print(f"""func.func @conv_batchnorm(%x: tensor<1x32x56x56xf32>) -> tensor<1x64x56x56xf32> {{
  %w = webnn.constant dense<{literal(w)}> : tensor<64x32x3x3xf32>
  %m = webnn.constant dense<{literal(mean)}> : tensor<64xf32>
  %v = webnn.constant dense<{literal(variance)}> : tensor<64xf32>
  %s = webnn.constant dense<{literal(scale)}> : tensor<64xf32>
  %b = webnn.constant dense<{literal(bias)}> : tensor<64xf32>
  %c = webnn.conv2d %x, %w {{padding = array<i64: 1, 1, 1, 1>}} : (tensor<1x32x56x56xf32>, tensor<64x32x3x3xf32>) -> tensor<1x64x56x56xf32>
  %n = webnn.batch_normalization %c, %m, %v scale(%s) bias(%b) : (tensor<1x64x56x56xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x64x56x56xf32>
  return %n : tensor<1x64x56x56xf32>
}}""")
