# expect: failed
# caught-by: mutation
# why: saves memory by scaling the negative entries of the caller's array in place
import numpy as np


def leaky_relu(x, alpha=0.01):
    x[x < 0] *= alpha
    return x


def leaky_relu_grad(x, alpha=0.01):
    return np.where(x > 0, 1.0, alpha)


def elu(x, alpha=1.0):
    neg = x <= 0
    x[neg] = alpha * np.expm1(x[neg])
    return x


def elu_grad(x, alpha=1.0):
    return np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0)))
