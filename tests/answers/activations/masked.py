# style: copy then boolean-mask assignment (only the non-positive elements are transformed)
"""Leaky ReLU and ELU with gradients via boolean masks on a copy of the input."""

import numpy as np


def _float_copy(x):
    x = np.asarray(x)
    if not np.issubdtype(x.dtype, np.floating):
        return x.astype(np.float64)
    return x.copy()


def leaky_relu(x, alpha=0.01):
    out = _float_copy(x)
    neg = out <= 0
    out[neg] *= alpha
    return out


def leaky_relu_grad(x, alpha=0.01):
    x = np.asarray(x)
    out = np.ones(x.shape, dtype=np.float64)
    out[x <= 0] = alpha
    return out


def elu(x, alpha=1.0):
    out = _float_copy(x)
    neg = out <= 0
    out[neg] = alpha * (np.exp(out[neg]) - 1.0)
    return out


def elu_grad(x, alpha=1.0):
    x = np.asarray(x)
    out = np.ones(x.shape, dtype=np.float64)
    neg = x <= 0
    out[neg] = alpha * np.exp(x[neg].astype(np.float64))
    return out
