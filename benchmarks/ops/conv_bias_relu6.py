#!/usr/bin/python3
"""Prints a convolution with a bias followed by relu6 (the
conv2d_bias_activation label): MobileNetV2's 1x1 expansion, 24 -> 144
channels at 56x56, with seeded random constants. In the nhwc layout that
imported models reach once their layouts are normalized (an nchw graph of
one layer would end in a transpose)."""
import numpy as np

from _mlir import literal

rng = np.random.default_rng(1)
w = rng.uniform(-0.2, 0.2, (1, 1, 24, 144))
b = rng.uniform(-0.1, 0.1, (144,))
print(f"""func.func @conv_bias_relu6(%x: tensor<1x56x56x24xf32>) -> tensor<1x56x56x144xf32> {{
  %w = webnn.constant dense<{literal(w)}> : tensor<1x1x24x144xf32>
  %b = webnn.constant dense<{literal(b)}> : tensor<144xf32>
  %c = webnn.conv2d %x, %w bias(%b) {{input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>}} : (tensor<1x56x56x24xf32>, tensor<1x1x24x144xf32>, tensor<144xf32>) -> tensor<1x56x56x144xf32>
  %r = webnn.clamp %c {{min_value = 0.0 : f64, max_value = 6.0 : f64}} : (tensor<1x56x56x144xf32>) -> tensor<1x56x56x144xf32>
  return %r : tensor<1x56x56x144xf32>
}}""")
