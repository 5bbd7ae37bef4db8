"""Hidden tests for focal-loss.

Expected values are worked by hand from Lin et al.'s definition
FL = -alpha_t (1 - p_t)^gamma log(p_t) (alpha_t = alpha for y = 1, 1 - alpha
for y = 0), with p clipped to [eps, 1 - eps]; `by_hand` below writes out the
per-sample formula with math.log for the random cases.
"""

import math
import random

import numpy as np
import pytest
from focal_loss import binary_focal_loss

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")

EPS = 1e-7


def by_hand(ys, ps, gamma=2.0, alpha=0.25, eps=EPS):
    total = 0.0
    for y, p in zip(ys, ps, strict=True):
        p = min(max(p, eps), 1 - eps)
        p_t, a_t = (p, alpha) if y == 1 else (1 - p, 1 - alpha)
        total += -a_t * (1 - p_t) ** gamma * math.log(p_t)
    return total / len(ys)


def check(y, p, want, what, **kw):
    got = binary_focal_loss(np.asarray(y), np.asarray(p, dtype=float), **kw)
    assert np.ndim(got) == 0, f"{what}: expected one number, got an array of shape {np.shape(got)}"
    assert math.isfinite(float(got)), f"{what}: expected {want}, got {got}"
    assert got == pytest.approx(want, rel=1e-6, abs=1e-9), f"{what}: expected {want}, got {got}"


@basic
def test_single_positive():
    # 0.25 * 0.1^2 * -ln 0.9
    check([1], [0.9], 0.25 * 0.01 * -math.log(0.9), "y=1, p=0.9")


@basic
def test_single_negative():
    # p_t = 1 - 0.9 = 0.1: 0.75 * 0.9^2 * -ln 0.1
    check([0], [0.9], 0.75 * 0.81 * -math.log(0.1), "y=0, p=0.9")


@basic
def test_mean_over_mixed_batch():
    want = (0.25 * 0.7 ** 2 * -math.log(0.3) + 0.75 * 0.2 ** 2 * -math.log(0.8)
            + 0.25 * 0.05 ** 2 * -math.log(0.95) + 0.75 * 0.6 ** 2 * -math.log(0.4)) / 4
    check([1, 0, 1, 0], [0.3, 0.2, 0.95, 0.6], want, "mixed batch of 4")


@basic
def test_gamma_zero_alpha_half_is_half_bce():
    bce = (-math.log(0.8) - math.log(0.7)) / 2
    check([1, 0], [0.8, 0.3], 0.5 * bce, "gamma=0, alpha=0.5", gamma=0.0, alpha=0.5)


@basic
def test_custom_gamma_and_alpha():
    # gamma 1, alpha 0.9: 0.9 * 0.4 * -ln 0.6 and 0.1 * 0.6 * -ln 0.4
    want = (0.9 * 0.4 * -math.log(0.6) + 0.1 * 0.6 * -math.log(0.4)) / 2
    check([1, 0], [0.6, 0.6], want, "gamma=1, alpha=0.9", gamma=1.0, alpha=0.9)


@basic
def test_float_labels():
    check(np.array([1.0, 0.0]), [0.3, 0.3],
          (0.25 * 0.49 * -math.log(0.3) + 0.75 * 0.09 * -math.log(0.7)) / 2, "labels as floats")


@trap
def test_negatives_use_p_as_modulating_factor():
    # a confident correct negative (p = 0.05) is an easy example: factor p^2 = 0.0025,
    # not (1 - p)^2 = 0.9025 as the 004 seed computes for every sample
    check([0], [0.05], 0.75 * 0.05 ** 2 * -math.log(0.95), "easy negative y=0, p=0.05")


@trap
def test_negatives_weigh_one_minus_alpha():
    check([0, 0], [0.5, 0.5], 0.75 * 0.25 * -math.log(0.5), "negatives weigh 1 - alpha")


@trap
@pytest.mark.parametrize("y, p", [(1, 0.0), (0, 1.0), (1, 1.0), (0, 0.0)])
def test_probability_exactly_zero_or_one(y, p):
    check([y], [p], by_hand([y], [p]), f"y={y}, p={p} (clipped to [eps, 1 - eps])")


@edge
def test_custom_eps():
    # eps 1e-3: p = 0 becomes 1e-3 -> 0.25 * 0.999^2 * -ln 1e-3
    check([1], [0.0], 0.25 * 0.999 ** 2 * -math.log(1e-3), "eps=1e-3", eps=1e-3)


@edge
def test_two_dimensional_batch():
    y = np.array([[1, 0], [0, 1]])
    p = np.array([[0.7, 0.4], [0.1, 0.2]])
    check(y, p, by_hand([1, 0, 0, 1], [0.7, 0.4, 0.1, 0.2]), "a (2, 2) batch: mean of all 4")


@edge
def test_all_one_class():
    check([1, 1, 1], [0.5, 0.25, 0.75], by_hand([1, 1, 1], [0.5, 0.25, 0.75]), "all positive")
    check([0, 0, 0], [0.5, 0.25, 0.75], by_hand([0, 0, 0], [0.5, 0.25, 0.75]), "all negative")


@mutation
def test_arguments_are_not_mutated(submission):
    y = np.array([1, 0, 1, 0])
    p = np.array([0.0, 1.0, 0.5, 0.2])
    _, after, _ = call_and_inspect(submission.binary_focal_loss, y, p)
    assert np.array_equal(after[0], y), "binary_focal_loss modified y_true"
    assert np.array_equal(after[1], p), "binary_focal_loss modified p (clip it into a new array)"


@scale
def test_random_batch_matches_hand_formula():
    """Seed 51: 5000 samples, 10% positives, p in [0, 1] with exact 0s and 1s."""
    rng = random.Random(51)
    ys = [1 if rng.random() < 0.1 else 0 for _ in range(5000)]
    ps = [rng.choice([0.0, 1.0]) if rng.random() < 0.02 else rng.random() for _ in range(5000)]
    for gamma, alpha in [(2.0, 0.25), (0.5, 0.6), (3.0, 0.1)]:
        check(ys, ps, by_hand(ys, ps, gamma, alpha), f"gamma={gamma}, alpha={alpha}",
              gamma=gamma, alpha=alpha)
