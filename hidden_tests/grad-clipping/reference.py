"""Reference gradient clipping, matching torch.nn.utils.clip_grad_value_ / clip_grad_norm_.

Both return new arrays (0-d arrays stay arrays, not NumPy scalars) and never
touch the caller's. The global norm is
accumulated in float64 (the squares of float32 gradients lose precision
otherwise) and the scaling keeps each array's own dtype.
"""

import numpy as np

EPS = 1e-6  # torch's clip_grad_norm_: clip_coef = max_norm / (total_norm + 1e-6)


def clip_by_value(grads: list, clip_value: float) -> list:
    """New arrays with each element clamped to [-clip_value, clip_value]; None stays None."""
    return [None if g is None else np.asarray(np.clip(g, -clip_value, clip_value)) for g in grads]


def global_norm(grads: list) -> float:
    """L2 norm of all elements of all non-None arrays together (0.0 when there are none)."""
    squares = sum(float(np.sum(np.square(g, dtype=np.float64))) for g in grads if g is not None)
    return float(np.sqrt(squares))


def clip_by_global_norm(grads: list, max_norm: float) -> tuple[list, float]:
    """Scale every array by max_norm / (total_norm + 1e-6) when that is below 1.

    Returns (new arrays, total_norm before clipping); None entries stay None.
    """
    total = global_norm(grads)
    coef = max_norm / (total + EPS)
    if coef < 1.0:
        clipped = [None if g is None else np.asarray(g * coef) for g in grads]
    else:
        clipped = [None if g is None else g.copy() for g in grads]
    return clipped, total
