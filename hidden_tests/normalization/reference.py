"""Reference batch, layer and group normalization (PyTorch's training-mode formulas).

All three are one computation over different axes: the mean and the
population variance of a set of elements, then (x - mean) / sqrt(var + eps),
then a per-channel (or per-element) affine map.

The variance is computed with the corrected two-pass algorithm: first the
mean, then the centred values c = x - mean, and var = mean(c^2) - mean(c)^2.
The first pass removes the large common offset before anything is squared
(E[x^2] - E[x]^2 on data with mean 1e5 and spread 1e-2 cancels every
significant digit); the second term corrects the rounding error of the mean.
"""

import numpy as np


def _normalize(x: np.ndarray, axes: tuple[int, ...], eps: float) -> np.ndarray:
    """(x - mean) / sqrt(var + eps) with statistics over `axes` (kept for broadcasting)."""
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=axes, keepdims=True)
    centred = x - mean
    var = (np.mean(centred * centred, axis=axes, keepdims=True)
           - np.mean(centred, axis=axes, keepdims=True) ** 2)
    return centred / np.sqrt(np.maximum(var, 0.0) + eps)


def batch_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray,
               eps: float = 1e-5) -> np.ndarray:
    """Per channel, over (N, H, W); gamma and beta of shape (C,)."""
    y = _normalize(x, (0, 2, 3), eps)
    return y * np.asarray(gamma)[None, :, None, None] + np.asarray(beta)[None, :, None, None]


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray,
               eps: float = 1e-5) -> np.ndarray:
    """Per sample, over (C, H, W); gamma and beta of shape (C, H, W)."""
    return _normalize(x, (1, 2, 3), eps) * np.asarray(gamma) + np.asarray(beta)


def group_norm(x: np.ndarray, num_groups: int, gamma: np.ndarray, beta: np.ndarray,
               eps: float = 1e-5) -> np.ndarray:
    """Per sample and group of C // num_groups consecutive channels; gamma, beta (C,)."""
    x = np.asarray(x, dtype=np.float64)
    n, c, h, w = x.shape
    grouped = x.reshape(n, num_groups, c // num_groups, h, w)
    y = _normalize(grouped, (2, 3, 4), eps).reshape(n, c, h, w)
    return y * np.asarray(gamma)[None, :, None, None] + np.asarray(beta)[None, :, None, None]
