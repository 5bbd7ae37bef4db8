# style: np.mean / np.var (two-pass, population) with keepdims over the right axes
"""Batch, layer and group normalization of (N, C, H, W) arrays (PyTorch training mode)."""

import numpy as np


def _normalize(x, axes, eps):
    mean = np.mean(x, axis=axes, keepdims=True)
    var = np.var(x, axis=axes, keepdims=True)  # two-pass: stable for large means
    return (x - mean) / np.sqrt(var + eps)


def batch_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    y = _normalize(x, (0, 2, 3), eps)
    return y * np.reshape(gamma, (1, -1, 1, 1)) + np.reshape(beta, (1, -1, 1, 1))


def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    y = _normalize(x, (1, 2, 3), eps)
    return y * np.asarray(gamma)[None] + np.asarray(beta)[None]


def group_norm(x, num_groups, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    n, c, h, w = x.shape
    g = x.reshape(n, num_groups, c // num_groups, h, w)
    y = _normalize(g, (2, 3, 4), eps).reshape(n, c, h, w)
    return y * np.reshape(gamma, (1, -1, 1, 1)) + np.reshape(beta, (1, -1, 1, 1))
