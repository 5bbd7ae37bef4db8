"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import numpy as np
import pytest
from weighted_metric import weighted_accuracy

pytestmark = pytest.mark.category("example")


def test_balanced_by_default():
    assert weighted_accuracy([0, 0, 0, 1], [0, 0, 0, 0]) == pytest.approx(0.5)


def test_explicit_weights():
    assert weighted_accuracy([0, 0, 0, 1], [0, 0, 0, 0], {0: 1, 1: 1}) == pytest.approx(0.75)
    assert weighted_accuracy([0, 1, 1], [0, 1, 0], {0: 3.0, 1: 1.0}) == pytest.approx(0.8)


def test_string_labels_and_arrays():
    assert weighted_accuracy(["cat", "dog"], ["cat", "cat"]) == pytest.approx(0.5)
    assert weighted_accuracy(np.array([1, 1, 2]), np.array([1, 2, 2])) == pytest.approx(0.75)


def test_empty_input_raises():
    with pytest.raises(ValueError):
        weighted_accuracy([], [])
