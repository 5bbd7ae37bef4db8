"""Runs beside the submission: one call that exercises all four functions (for the probe).

The probe sends only (n, seed): the array is built here once and cached, so
moving megabytes across the sandbox boundary costs nothing and each timed call
measures the four functions alone (the probe keeps the best of several calls).
"""

import numpy as np
from activations import elu, elu_grad, leaky_relu, leaky_relu_grad

_inputs: dict = {}


def _values(n, seed):
    if (n, seed) not in _inputs:
        _inputs.clear()
        data = np.random.default_rng(seed).normal(0.0, 3.0, n)
        data[::3] = 0.0
        _inputs[(n, seed)] = data
    return _inputs[(n, seed)]


def run_all(n, seed):
    """Apply every function once to n normal values (a third exactly 0); report nothing."""
    x = _values(n, seed)
    leaky_relu(x)
    leaky_relu_grad(x)
    elu(x)
    elu_grad(x)
    return None
