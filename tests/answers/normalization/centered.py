# style: explicit centering (mean, then mean of squared deviations) on a (rows, elements) reshape
"""Batch, layer and group normalization, each reduced to normalizing rows of a 2-D view."""

import numpy as np


def _rows_normalize(rows, eps):
    """Normalize every row of a 2-D array by its own mean and population variance."""
    mean = rows.sum(axis=1) / rows.shape[1]
    centered = rows - mean[:, None]
    var = (centered * centered).sum(axis=1) / rows.shape[1]
    return centered / np.sqrt(var + eps)[:, None]


def batch_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    n, c, h, w = x.shape
    rows = x.transpose(1, 0, 2, 3).reshape(c, n * h * w)
    y = _rows_normalize(rows, eps)
    y = y * np.asarray(gamma, dtype=np.float64)[:, None] + np.asarray(beta, dtype=np.float64)[:, None]
    return y.reshape(c, n, h, w).transpose(1, 0, 2, 3)


def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    n = x.shape[0]
    y = _rows_normalize(x.reshape(n, -1), eps).reshape(x.shape)
    return y * gamma + beta


def group_norm(x, num_groups, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    n, c, h, w = x.shape
    y = _rows_normalize(x.reshape(n * num_groups, -1), eps).reshape(n, c, h, w)
    gamma = np.asarray(gamma, dtype=np.float64)
    beta = np.asarray(beta, dtype=np.float64)
    return y * gamma[None, :, None, None] + beta[None, :, None, None]
