# style: np.where over whole arrays, expm1 on the clamped negative part
"""Leaky ReLU and ELU, and their derivatives, on NumPy arrays (vectorized)."""

import numpy as np


def leaky_relu(x, alpha=0.01):
    x = np.asarray(x)
    return np.where(x > 0, x, alpha * x)


def leaky_relu_grad(x, alpha=0.01):
    x = np.asarray(x)
    return np.where(x > 0, 1.0, alpha)


def elu(x, alpha=1.0):
    x = np.asarray(x)
    # clamp before exp so exp never overflows on the branch np.where discards
    neg = alpha * np.expm1(np.minimum(x, 0))
    return np.where(x > 0, x, neg)


def elu_grad(x, alpha=1.0):
    x = np.asarray(x)
    return np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0)))
