# expect: failed
# caught-by: edge
# why: blends the branches by multiplying with 0/1 masks, so exp(1000) = inf times 0 gives NaN
import numpy as np


def leaky_relu(x, alpha=0.01):
    pos = (x > 0).astype(float)
    return pos * x + (1 - pos) * alpha * x


def leaky_relu_grad(x, alpha=0.01):
    pos = (x > 0).astype(float)
    return pos + (1 - pos) * alpha


def elu(x, alpha=1.0):
    pos = (x > 0).astype(float)
    return pos * x + (1 - pos) * alpha * (np.exp(x) - 1)


def elu_grad(x, alpha=1.0):
    pos = (x > 0).astype(float)
    return pos + (1 - pos) * alpha * np.exp(x)
