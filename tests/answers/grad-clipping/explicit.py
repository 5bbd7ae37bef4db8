# style: explicit loops, sum of squares accumulated in float64, clamping with np.minimum/np.maximum
"""Gradient clipping on lists of NumPy arrays (entries may be None)."""

import math

import numpy as np


def clip_by_value(grads: list, clip_value: float) -> list:
    """Return new arrays with every element clamped to [-clip_value, clip_value]."""
    clipped = []
    for g in grads:
        if g is None:
            clipped.append(None)
            continue
        arr = np.asarray(g)
        clipped.append(np.asarray(np.minimum(np.maximum(arr, -clip_value), clip_value)))
    return clipped


def clip_by_global_norm(grads: list, max_norm: float) -> tuple[list, float]:
    """Scale all gradients together, as torch.nn.utils.clip_grad_norm_ does."""
    squares = 0.0
    for g in grads:
        if g is not None:
            arr = np.asarray(g, dtype=np.float64)
            squares += float(np.sum(arr * arr))
    total_norm = math.sqrt(squares)

    clip_coef = max_norm / (total_norm + 1e-6)
    result = []
    for g in grads:
        if g is None:
            result.append(None)
        elif clip_coef < 1.0:
            result.append(np.asarray(np.asarray(g) * clip_coef))
        else:
            result.append(np.array(g, copy=True))
    return result, total_norm
