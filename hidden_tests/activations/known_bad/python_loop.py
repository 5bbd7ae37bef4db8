# expect: failed
# caught-by: probe
# why: correct values, but a Python loop over the elements instead of whole-array NumPy operations
import math

import numpy as np


def _apply(x, f):
    x = np.asarray(x, dtype=float)
    out = [f(float(v)) for v in x.ravel()]
    return np.array(out, dtype=float).reshape(x.shape)


def leaky_relu(x, alpha=0.01):
    return _apply(x, lambda v: v if v > 0 else alpha * v)


def leaky_relu_grad(x, alpha=0.01):
    return _apply(x, lambda v: 1.0 if v > 0 else alpha)


def elu(x, alpha=1.0):
    return _apply(x, lambda v: v if v > 0 else alpha * math.expm1(v))


def elu_grad(x, alpha=1.0):
    return _apply(x, lambda v: 1.0 if v > 0 else alpha * math.exp(v))
