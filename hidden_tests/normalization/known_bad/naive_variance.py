# expect: failed
# caught-by: trap
# why: one-pass variance E[x^2] - E[x]^2 cancels catastrophically on data with mean 1e5 and spread 1e-2
import numpy as np


def _norm(x, axes, eps):
    mean = x.mean(axis=axes, keepdims=True)
    var = (x ** 2).mean(axis=axes, keepdims=True) - mean ** 2
    return (x - mean) / np.sqrt(var + eps)


def batch_norm(x, gamma, beta, eps=1e-5):
    return _norm(x, (0, 2, 3), eps) * gamma[None, :, None, None] + beta[None, :, None, None]


def layer_norm(x, gamma, beta, eps=1e-5):
    return _norm(x, (1, 2, 3), eps) * gamma + beta


def group_norm(x, num_groups, gamma, beta, eps=1e-5):
    n, c, h, w = x.shape
    y = _norm(x.reshape(n, num_groups, -1), (2,), eps).reshape(n, c, h, w)
    return y * gamma[None, :, None, None] + beta[None, :, None, None]
