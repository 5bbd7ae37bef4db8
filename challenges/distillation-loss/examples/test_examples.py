"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import math

import numpy as np
import pytest
from distillation_loss import distillation_loss

pytestmark = pytest.mark.category("example")


def test_identical_logits_leave_only_cross_entropy():
    s = np.array([[0.0, 0.0]])
    assert distillation_loss(s, s, np.array([0])) == pytest.approx(0.3 * math.log(2), rel=1e-6)


def test_soft_targets():
    s = np.array([[0.0, 0.0]])
    t = np.array([[3 * math.log(3.0), 0.0]])
    kl = 0.75 * math.log(1.5) + 0.25 * math.log(0.5)
    want = 0.3 * math.log(2) + 0.7 * 9 * kl
    assert distillation_loss(s, t, np.array([0])) == pytest.approx(want, rel=1e-6)


def test_large_logits_stay_finite():
    got = distillation_loss(np.array([[1e4, 0.0]]), np.array([[0.0, 1e4]]), np.array([1]))
    assert got == pytest.approx(24000.0, rel=1e-6)
