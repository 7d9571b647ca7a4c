"""Helpers of the graph generators in benchmarks/ops/ (not a graph: the
benchmark skips files whose name starts with an underscore)."""
import numpy as np


def literal(array):
    """A dense<...> literal of `array` as float32."""
    return np.array2string(
        array.astype(np.float32), separator=", ", threshold=1 << 30,
        max_line_width=1 << 30,
        formatter={"float_kind": lambda v: "%.6g" % v}).replace("\n", "")
