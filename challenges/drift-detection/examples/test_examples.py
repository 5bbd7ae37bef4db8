"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import numpy as np
import pytest
from drift_detection import detect_drift, ks_statistic

pytestmark = pytest.mark.category("example")


def test_statistic():
    assert ks_statistic(np.array([1.0, 2, 3]), np.array([4.0, 5, 6])) == pytest.approx(1.0)
    assert ks_statistic(np.array([1.0, 2, 3, 4]), np.array([3.0, 4, 5, 6])) == pytest.approx(0.5)


def test_statistic_with_ties():
    assert ks_statistic(np.array([1.0, 1, 2]), np.array([1.0, 2, 2])) == pytest.approx(1 / 3)


def test_small_samples_use_the_exact_distribution():
    drifted, d, p = detect_drift(np.array([1.0, 2, 3]), np.array([2.0, 3, 4]))
    assert not drifted
    assert d == pytest.approx(1 / 3)
    assert p == pytest.approx(0.9444444444444444, rel=1e-6)


def test_effective_size_rounds_half_to_even():
    drifted, d, p = detect_drift(np.array([1.0, 2, 3, 4, 5]), np.array([4.0, 5, 6, 7, 8]))
    assert (bool(drifted), d, p) == (False, pytest.approx(0.6), pytest.approx(0.32, rel=1e-6))
