"""The expected outputs of reduce_window.mlir, by direct loops in numpy.

  reduce_window_reference.py x.npy max.npy sumsq.npy
"""
import sys

import numpy as np


def reduce_window(x, window, strides, dilations, padding, init, combine):
    padded = np.pad(x.astype(np.float64), padding, constant_values=init)
    out_shape = [(p - ((w - 1) * d + 1)) // s + 1
                 for p, w, s, d in zip(padded.shape, window, strides,
                                       dilations)]
    out = np.full(out_shape, init, dtype=np.float64)
    for index in np.ndindex(*out_shape):
        acc = init
        for offset in np.ndindex(*window):
            at = tuple(i * s + o * d for i, o, s, d in
                       zip(index, offset, strides, dilations))
            acc = combine(acc, padded[at])
        out[index] = acc
    return out.astype(np.float32)


x = np.load(sys.argv[1])
np.save(sys.argv[2], reduce_window(
    x, (1, 3, 3, 1), (1, 2, 2, 1), (1, 1, 1, 1),
    ((0, 0), (1, 1), (1, 1), (0, 0)), -np.inf, max))
np.save(sys.argv[3], reduce_window(
    x, (1, 1, 1, 2), (1, 1, 1, 3), (1, 1, 1, 2),
    ((0, 0), (0, 0), (0, 0), (1, 2)), 0.0, lambda a, v: a + v * v))
