# expect: failed
# caught-by: basic
# why: reshapes to (N, C//G, G, H, W), so group g gets channels g, g+G, ... instead of a consecutive block
import numpy as np


def _norm(x, axes, eps):
    mean = x.mean(axis=axes, keepdims=True)
    var = x.var(axis=axes, keepdims=True)
    return (x - mean) / np.sqrt(var + eps)


def batch_norm(x, gamma, beta, eps=1e-5):
    return _norm(x, (0, 2, 3), eps) * gamma[None, :, None, None] + beta[None, :, None, None]


def layer_norm(x, gamma, beta, eps=1e-5):
    return _norm(x, (1, 2, 3), eps) * gamma + beta


def group_norm(x, num_groups, gamma, beta, eps=1e-5):
    n, c, h, w = x.shape
    y = _norm(x.reshape(n, c // num_groups, num_groups, h, w), (1, 3, 4), eps)
    return y.reshape(n, c, h, w) * gamma[None, :, None, None] + beta[None, :, None, None]
