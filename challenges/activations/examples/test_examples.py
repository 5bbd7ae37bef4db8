"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import numpy as np
import pytest
from activations import elu, elu_grad, leaky_relu, leaky_relu_grad

pytestmark = pytest.mark.category("example")

X = np.array([-2.0, -0.5, 0.0, 0.5, 3.0])


def test_leaky_relu():
    np.testing.assert_allclose(leaky_relu(X), [-0.02, -0.005, 0.0, 0.5, 3.0],
                               rtol=1e-6, atol=1e-9)


def test_leaky_relu_grad_takes_alpha_at_zero():
    np.testing.assert_allclose(leaky_relu_grad(X, alpha=0.2), [0.2, 0.2, 0.2, 1.0, 1.0],
                               rtol=1e-6, atol=1e-9)


def test_elu():
    np.testing.assert_allclose(elu(np.array([-1.0, 0.0, 2.0])),
                               [np.exp(-1.0) - 1.0, 0.0, 2.0], rtol=1e-6, atol=1e-9)


def test_elu_grad_takes_alpha_at_zero():
    np.testing.assert_allclose(elu_grad(np.array([-1.0, 0.0, 2.0]), alpha=0.5),
                               [0.5 * np.exp(-1.0), 0.5, 1.0], rtol=1e-6, atol=1e-9)
