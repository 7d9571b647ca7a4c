#!/usr/bin/python3
"""Prints a convolution followed by its batch normalization with constant,
seeded random parameters (the conv2d_batchnorm label): 3x3, 32 -> 64
channels at 56x56, nhwc (as in conv_bias_relu6.py). Random, not splat,
constants: a splat filter lets the compiler fold the filter's loads away,
which real models never allow.
"""
import numpy as np

from _mlir import literal

rng = np.random.default_rng(0)

w = rng.uniform(-0.2, 0.2, (3, 3, 32, 64))
mean, bias = rng.uniform(-0.1, 0.1, (2, 64))
variance, scale = rng.uniform(0.5, 1.5, (2, 64))
print(f"""func.func @conv_batchnorm(%x: tensor<1x56x56x32xf32>) -> tensor<1x56x56x64xf32> {{
  %w = webnn.constant dense<{literal(w)}> : tensor<3x3x32x64xf32>
  %m = webnn.constant dense<{literal(mean)}> : tensor<64xf32>
  %v = webnn.constant dense<{literal(variance)}> : tensor<64xf32>
  %s = webnn.constant dense<{literal(scale)}> : tensor<64xf32>
  %b = webnn.constant dense<{literal(bias)}> : tensor<64xf32>
  %c = webnn.conv2d %x, %w {{padding = array<i64: 1, 1, 1, 1>, input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>}} : (tensor<1x56x56x32xf32>, tensor<3x3x32x64xf32>) -> tensor<1x56x56x64xf32>
  %n = webnn.batch_normalization %c, %m, %v scale(%s) bias(%b) {{axis = 3 : i32}} : (tensor<1x56x56x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x56x56x64xf32>
  return %n : tensor<1x56x56x64xf32>
}}""")
