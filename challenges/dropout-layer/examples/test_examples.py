"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import numpy as np
import pytest
from dropout_layer import Dropout

pytestmark = pytest.mark.category("example")


def test_training_zeroes_or_scales():
    out = np.asarray(Dropout(0.25, seed=0)(np.ones((20, 20)), training=True))
    assert set(np.round(np.unique(out), 6).tolist()) <= {0.0, round(1 / 0.75, 6)}
    assert 0.1 < np.mean(out == 0) < 0.4


def test_inference_is_the_identity():
    x = np.arange(6.0).reshape(2, 3)
    np.testing.assert_allclose(Dropout(0.5)(x, training=False), x)


def test_p_must_be_below_one():
    with pytest.raises(ValueError):
        Dropout(1.0)


def test_same_seed_same_mask():
    x = np.ones(100)
    a = np.asarray(Dropout(0.5, seed=3)(x, True))
    b = np.asarray(Dropout(0.5, seed=3)(x, True))
    assert np.array_equal(a, b)
