"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import numpy as np
import pytest
from numerical_stability import check_finite, check_gradients, find_nonfinite

pytestmark = pytest.mark.category("example")


def arrays():
    return {"input": np.ones(3), "logits": np.array([1.0, np.inf]), "loss": np.array(np.nan)}


def test_find_nonfinite():
    assert find_nonfinite(arrays()) == ["logits", "loss"]


def test_check_finite_raises_naming_the_first():
    with pytest.raises(ValueError, match="logits") as info:
        check_finite(arrays())
    assert "inf" in str(info.value).lower()
    check_finite({"x": np.zeros(2)})


def test_check_gradients():
    stable, fixed = check_gradients([np.array([0.5, np.nan]), np.array([[2e3, -np.inf]])])
    assert bool(stable) is False
    np.testing.assert_allclose(fixed[0], [0.5, 0.0])
    np.testing.assert_allclose(fixed[1], [[1000.0, -1000.0]])


def test_stable_gradients():
    stable, fixed = check_gradients([np.array([1000.0, -3.0])])
    assert bool(stable) is True
    np.testing.assert_allclose(fixed[0], [1000.0, -3.0])
