"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import numpy as np
import pytest
from ewc_penalty import ewc_penalty, fisher_diagonal

pytestmark = pytest.mark.category("example")


def test_fisher_diagonal():
    grads = [[np.array([1.0, 2.0]), np.array(3.0)], [np.array([3.0, 0.0]), np.array(-1.0)]]
    got = fisher_diagonal(grads)
    assert len(got) == 2
    np.testing.assert_allclose(got[0], [5.0, 2.0], rtol=1e-6, atol=1e-9)
    np.testing.assert_allclose(got[1], 5.0, rtol=1e-6, atol=1e-9)


def test_penalty():
    got = ewc_penalty([np.array([1.0, 1.0])], [np.array([0.0, 3.0])], [np.array([2.0, 0.5])],
                      lam=10.0)
    assert got == pytest.approx(20.0, rel=1e-6)
