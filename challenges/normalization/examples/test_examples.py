"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import numpy as np
import pytest
from normalization import batch_norm, group_norm, layer_norm

pytestmark = pytest.mark.category("example")


def test_batch_norm_small():
    x = np.array([1.0, 3.0, 5.0, 7.0]).reshape(2, 1, 1, 2)
    want = ((x - 4.0) / np.sqrt(5.0 + 1e-5))
    np.testing.assert_allclose(batch_norm(x, np.ones(1), np.zeros(1)), want, rtol=1e-6, atol=1e-9)


def test_layer_norm_small():
    x = np.array([1.0, 3.0, 5.0, 7.0]).reshape(2, 1, 1, 2)
    want = np.array([-1.0, 1.0, -1.0, 1.0]).reshape(2, 1, 1, 2) / np.sqrt(1.0 + 1e-5)
    got = layer_norm(x, np.ones((1, 1, 2)), np.zeros((1, 1, 2)))
    np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-9)


def test_group_norm_consecutive_channels():
    x = np.arange(8.0).reshape(1, 4, 1, 2)
    per_group = (np.arange(4.0) - 1.5) / np.sqrt(1.25 + 1e-5)
    want = np.concatenate([per_group, per_group]).reshape(1, 4, 1, 2)
    np.testing.assert_allclose(group_norm(x, 2, np.ones(4), np.zeros(4)), want,
                               rtol=1e-6, atol=1e-9)


def test_gamma_and_beta():
    x = np.array([1.0, 3.0, 5.0, 7.0]).reshape(2, 1, 1, 2)
    want = (x - 4.0) / np.sqrt(5.0 + 1e-5) * 2.0 + 0.5
    np.testing.assert_allclose(batch_norm(x, np.array([2.0]), np.array([0.5])), want,
                               rtol=1e-6, atol=1e-9)
