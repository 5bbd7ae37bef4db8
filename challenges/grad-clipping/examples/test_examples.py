"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import numpy as np
import pytest
from grad_clipping import clip_by_global_norm, clip_by_value

pytestmark = pytest.mark.category("example")


def grads():
    return [np.array([3.0, -4.0]), None, np.array([[12.0]])]


def test_clip_by_value():
    got = clip_by_value(grads(), 5.0)
    assert got[1] is None
    np.testing.assert_allclose(got[0], [3.0, -4.0])
    np.testing.assert_allclose(got[2], [[5.0]])


def test_clip_by_global_norm_scales_everything():
    clipped, total = clip_by_global_norm(grads(), 6.5)
    assert total == pytest.approx(13.0)
    factor = 6.5 / (13.0 + 1e-6)
    np.testing.assert_allclose(clipped[0], np.array([3.0, -4.0]) * factor, rtol=1e-6)
    assert clipped[1] is None
    np.testing.assert_allclose(clipped[2], [[12.0 * factor]], rtol=1e-6)


def test_below_max_norm_is_unchanged():
    clipped, total = clip_by_global_norm(grads(), 20.0)
    assert total == pytest.approx(13.0)
    np.testing.assert_allclose(clipped[0], [3.0, -4.0])
    np.testing.assert_allclose(clipped[2], [[12.0]])
