#!/usr/bin/python3
"""Prints a convolution plus a residual (the conv2d_residual_activation
label): ResNet-50's first block's last 1x1 convolution, 64 -> 256 channels
at 56x56, added to the block's shortcut, with seeded random constants,
nhwc (as in conv_bias_relu6.py)."""
import numpy as np

from _mlir import literal

rng = np.random.default_rng(2)
w = rng.uniform(-0.2, 0.2, (1, 1, 64, 256))
print(f"""func.func @conv_residual(%x: tensor<1x56x56x64xf32>, %r: tensor<1x56x56x256xf32>) -> tensor<1x56x56x256xf32> {{
  %w = webnn.constant dense<{literal(w)}> : tensor<1x1x64x256xf32>
  %c = webnn.conv2d %x, %w {{input_layout = #webnn.layout<nhwc>, filter_layout = #webnn.filter_layout<hwio>}} : (tensor<1x56x56x64xf32>, tensor<1x1x64x256xf32>) -> tensor<1x56x56x256xf32>
  %s = webnn.add %c, %r : (tensor<1x56x56x256xf32>, tensor<1x56x56x256xf32>) -> tensor<1x56x56x256xf32>
  return %s : tensor<1x56x56x256xf32>
}}""")
