# style: torch-like norm of per-array norms with np.linalg.norm, np.clip into fresh output buffers
"""Gradient clipping, mirroring PyTorch's implementation (norm of the per-tensor norms)."""

import numpy as np

EPS = 1e-6


def clip_by_value(grads: list, clip_value: float) -> list:
    """Clamp every element to [-clip_value, clip_value] (new arrays; None stays None)."""
    out = []
    for g in grads:
        if g is None:
            out.append(None)
        else:
            g = np.asarray(g)
            out.append(np.clip(g, -clip_value, clip_value, out=np.empty_like(g)))
    return out


def clip_by_global_norm(grads: list, max_norm: float) -> tuple[list, float]:
    """Return (clipped copies, total L2 norm before clipping)."""
    present = [np.asarray(g, dtype=np.float64) for g in grads if g is not None]
    if not present:
        return [None] * len(grads), 0.0
    per_array = np.array([np.linalg.norm(g.ravel()) for g in present])
    total_norm = float(np.linalg.norm(per_array))
    clip_coef = max_norm / (total_norm + EPS)
    scale = min(clip_coef, 1.0)
    return [None if g is None else np.multiply(g, scale, out=np.empty(np.shape(g)))
            for g in grads], total_norm
