# expect: failed
# caught-by: basic
# why: uses the sample variance (ddof=1); PyTorch normalizes with the biased estimator in training
import numpy as np


def _norm(x, axes, eps):
    mean = x.mean(axis=axes, keepdims=True)
    var = x.var(axis=axes, keepdims=True, ddof=1)
    return (x - mean) / np.sqrt(var + eps)


def batch_norm(x, gamma, beta, eps=1e-5):
    return _norm(x, (0, 2, 3), eps) * gamma[None, :, None, None] + beta[None, :, None, None]


def layer_norm(x, gamma, beta, eps=1e-5):
    return _norm(x, (1, 2, 3), eps) * gamma + beta


def group_norm(x, num_groups, gamma, beta, eps=1e-5):
    n, c, h, w = x.shape
    y = _norm(x.reshape(n, num_groups, c // num_groups, h, w), (2, 3, 4), eps)
    return y.reshape(n, c, h, w) * gamma[None, :, None, None] + beta[None, :, None, None]
