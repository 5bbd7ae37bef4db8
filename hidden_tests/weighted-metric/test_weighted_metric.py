"""Hidden tests for weighted-metric."""

import math
import random

import numpy as np
import pytest
from weighted_metric import weighted_accuracy

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def check(got, want, what=""):
    ok = isinstance(got, (int, float, np.floating, np.integer)) and math.isclose(
        float(got), want, rel_tol=1e-6, abs_tol=1e-9)
    assert ok, f"{what}expected {want!r}, got {got!r}"


def balanced_accuracy(y_true, y_pred):
    """Mean recall over the classes of y_true, computed independently of any solution."""
    classes = sorted(set(y_true), key=repr)
    recalls = []
    for c in classes:
        idx = [i for i, t in enumerate(y_true) if t == c]
        recalls.append(sum(y_pred[i] == c for i in idx) / len(idx))
    return sum(recalls) / len(recalls)


@basic
def test_all_correct_is_one():
    check(weighted_accuracy([0, 1, 1, 2], [0, 1, 1, 2]), 1.0)


@basic
def test_balanced_by_default():
    # Class 0: 3 of 3 right; class 1: 0 of 1 right -> balanced accuracy 0.5.
    check(weighted_accuracy([0, 0, 0, 1], [0, 0, 0, 0]), 0.5, "class_weights=None: ")


@basic
def test_explicit_class_weights():
    # Weights 3, 1, 1 (by true class); correct: samples 0 and 1 -> (3 + 1) / 5.
    check(weighted_accuracy([0, 1, 1], [0, 1, 0], {0: 3.0, 1: 1.0}), 0.8)


@basic
def test_default_equals_balanced_accuracy():
    y_true = [0, 0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 2]
    y_pred = [0, 0, 1, 0, 1, 0, 2, 2, 0, 2, 1, 2]
    check(weighted_accuracy(y_true, y_pred), balanced_accuracy(y_true, y_pred))


@basic
def test_numpy_arrays():
    y_true = np.array([1, 1, 1, 0, 0, 2])
    y_pred = np.array([1, 0, 1, 0, 2, 2])
    check(weighted_accuracy(y_true, y_pred), balanced_accuracy(y_true.tolist(), y_pred.tolist()))
    check(weighted_accuracy(y_true, y_pred, {0: 1.0, 1: 1.0, 2: 1.0}), 4 / 6, "uniform weights: ")


@trap
def test_weights_that_do_not_sum_to_n():
    """The seed divided by len(y_true), which is right only for weights averaging 1."""
    check(weighted_accuracy([0, 1, 1, 1], [0, 1, 1, 1], {0: 2.0, 1: 2.0}), 1.0,
          "all correct with weights {0: 2, 1: 2}: ")
    check(weighted_accuracy([0, 1, 1, 1], [0, 0, 1, 1], {0: 5.0, 1: 0.5}), 6.0 / 6.5,
          "weights {0: 5, 1: 0.5}: ")


@trap
def test_plain_lists_are_compared_elementwise():
    """The seed compared y_true == y_pred directly, which for lists is one boolean."""
    check(weighted_accuracy([0, 1, 0, 1], [0, 1, 1, 1], {0: 1.0, 1: 1.0}), 0.75)
    check(weighted_accuracy([2, 2, 3], [2, 3, 3]), balanced_accuracy([2, 2, 3], [2, 3, 3]))


@trap
def test_negative_integer_labels():
    y_true = [-1, -1, 0, 3, 3, 3]
    y_pred = [-1, 0, 0, 3, -1, 3]
    check(weighted_accuracy(y_true, y_pred), balanced_accuracy(y_true, y_pred))
    check(weighted_accuracy(np.array(y_true), np.array(y_pred), {-1: 2.0, 0: 1.0, 3: 1.0}),
          (2 + 1 + 2) / (4 + 1 + 3), "negative labels in arrays with weights: ")


@trap
def test_string_labels_in_lists():
    y_true = ["cat", "dog", "dog", "bird", "cat"]
    y_pred = ["cat", "cat", "dog", "bird", "dog"]
    check(weighted_accuracy(y_true, y_pred), balanced_accuracy(y_true, y_pred))
    check(weighted_accuracy(y_true, y_pred, {"cat": 1.0, "dog": 3.0, "bird": 0.5}),
          (1 + 3 + 0.5) / (1 + 3 + 3 + 0.5 + 1))


@trap
def test_string_labels_in_arrays(harness):
    y_true = ["spam", "ham", "ham", "ham"]
    y_pred = ["spam", "ham", "spam", "ham"]
    check(harness.with_arrays(y_true, y_pred), balanced_accuracy(y_true, y_pred),
          "string arrays: ")


@edge
def test_single_class():
    check(weighted_accuracy([4, 4, 4, 4], [4, 0, 4, 4]), 0.75)


@edge
def test_label_only_in_predictions():
    y_true = [0, 0, 1, 1]
    y_pred = [7, 0, 1, 7]
    check(weighted_accuracy(y_true, y_pred), 0.5, "a label only in y_pred is a wrong answer: ")


@edge
def test_all_wrong_is_zero():
    check(weighted_accuracy([0, 1, 2], [1, 2, 0]), 0.0)
    check(weighted_accuracy([0, 1, 2], [1, 2, 0], {0: 1.0, 1: 2.0, 2: 3.0}), 0.0)


@edge
def test_mixed_list_and_array():
    y_true = [0, 1, 1, 1]
    y_pred = np.array([0, 1, 0, 1])
    check(weighted_accuracy(y_true, y_pred), balanced_accuracy(y_true, y_pred.tolist()))
    check(weighted_accuracy(np.array(y_true), y_pred.tolist()),
          balanced_accuracy(y_true, y_pred.tolist()))


@edge
def test_extra_weights_for_absent_labels_are_ignored():
    check(weighted_accuracy([0, 1], [0, 0], {0: 1.0, 1: 1.0, 9: 100.0}), 0.5)


@edge
def test_single_sample():
    check(weighted_accuracy([5], [5]), 1.0)
    check(weighted_accuracy(np.array([5]), np.array([3])), 0.0)


@error
@pytest.mark.parametrize("y_true, y_pred", [([], []), ([0, 1], [0]), ([0], [0, 1])],
                         ids=["empty", "shorter-pred", "longer-pred"])
def test_bad_lengths_raise_value_error(y_true, y_pred):
    with pytest.raises(ValueError):
        weighted_accuracy(y_true, y_pred)


@error
def test_bad_lengths_with_arrays_and_weights_raise_value_error():
    with pytest.raises(ValueError):
        weighted_accuracy(np.array([0, 1, 1]), np.array([0, 1]), {0: 1.0, 1: 1.0})
    with pytest.raises(ValueError):
        weighted_accuracy(np.array([], dtype=int), np.array([], dtype=int))


@mutation
def test_inputs_not_mutated():
    y_true, y_pred = [2, 0, 1, 0], [0, 0, 1, 2]
    weights = {0: 1.0, 1: 2.0, 2: 0.5}
    _, args_after, _ = call_and_inspect(weighted_accuracy, y_true, y_pred, weights)
    assert args_after == [y_true, y_pred, weights], (
        f"inputs changed: expected {[y_true, y_pred, weights]}, got {args_after}")


@mutation
def test_array_inputs_not_mutated(harness):
    got = harness.unchanged_after([3, 1, 2, 1, 3], [1, 1, 2, 3, 3], {1: 1.0, 2: 1.0, 3: 4.0})
    assert all(got.values()), f"inputs changed: {got}"
    got = harness.unchanged_after([3, 1, 2, 1, 3], [1, 1, 2, 3, 3])
    assert all(v is not False for v in got.values()), f"inputs changed: {got}"


@scale
def test_random_labels_match_reference(reference):
    """Seed 2024: 20 000 samples over 7 classes (one of them negative), balanced and weighted."""
    rng = random.Random(2024)
    classes = [-3, 0, 1, 2, 5, 8, 13]
    probs = [0.01, 0.4, 0.2, 0.15, 0.1, 0.1, 0.04]
    y_true = rng.choices(classes, probs, k=20_000)
    y_pred = [t if rng.random() < 0.7 else rng.choice(classes) for t in y_true]
    weights = {c: rng.uniform(0.1, 5.0) for c in classes}
    t, p = np.array(y_true), np.array(y_pred)
    check(weighted_accuracy(t, p), reference.weighted_accuracy(y_true, y_pred), "balanced: ")
    check(weighted_accuracy(t, p, weights), reference.weighted_accuracy(y_true, y_pred, weights),
          "weighted: ")
    short_true, short_pred = y_true[:3000], y_pred[:3000]
    check(weighted_accuracy(short_true, short_pred),
          reference.weighted_accuracy(short_true, short_pred), "balanced, lists: ")
