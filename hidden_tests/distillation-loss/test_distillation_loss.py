"""Hidden tests for distillation-loss.

How the expected values were checked (PyTorch is not installed here): the
formula is the one PyTorch users write,
alpha * F.cross_entropy(s, y) + (1 - alpha) * T^2 *
F.kl_div(F.log_softmax(s / T, 1), F.softmax(t / T, 1), reduction="batchmean"),
i.e. KL summed over classes and averaged over the batch. The small cases are
worked by hand (comments); `oracle` below recomputes the loss sample by sample
with math.log/math.exp (max-shifted log-sum-exp) for the other cases.
"""

import math
import random

import numpy as np
import pytest
from distillation_loss import distillation_loss

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")

LN2 = math.log(2.0)


def log_softmax_row(z):
    top = max(z)
    lse = top + math.log(sum(math.exp(v - top) for v in z))
    return [v - lse for v in z]


def oracle(s, t, y, T=3.0, alpha=0.3):
    ce = kl = 0.0
    for srow, trow, label in zip(s, t, y, strict=True):
        ce -= log_softmax_row([float(v) for v in srow])[int(label)]
        log_q = log_softmax_row([float(v) / T for v in srow])
        log_p = log_softmax_row([float(v) / T for v in trow])
        kl += sum(math.exp(lp) * (lp - lq) for lp, lq in zip(log_p, log_q, strict=True))
    b = len(y)
    return alpha * ce / b + (1 - alpha) * T * T * kl / b


def check(s, t, y, want, what, **kw):
    got = distillation_loss(np.asarray(s, dtype=float), np.asarray(t, dtype=float),
                            np.asarray(y), **kw)
    assert np.ndim(got) == 0, f"{what}: expected one number, got an array of shape {np.shape(got)}"
    assert math.isfinite(float(got)), f"{what}: expected {want}, got {got}"
    assert got == pytest.approx(want, rel=1e-6, abs=1e-9), f"{what}: expected {want}, got {got}"


def rand(rng, b, c, s=1.0):
    return np.array([[rng.gauss(0, s) for _ in range(c)] for _ in range(b)])


@basic
def test_identical_logits_leave_only_cross_entropy():
    # KL = 0; CE of [0, 0] with label 0 is ln 2
    check([[0.0, 0.0]], [[0.0, 0.0]], [0], 0.3 * LN2, "student == teacher")


@basic
def test_soft_targets_by_hand():
    # teacher at T=3: p = softmax([ln 3, 0]) = [0.75, 0.25]; student q = [0.5, 0.5]
    # KL = 0.75 ln 1.5 + 0.25 ln 0.5 = 0.130812035; 0.3 ln 2 + 0.7 * 9 * KL = 1.032058453
    kl = 0.75 * math.log(1.5) + 0.25 * math.log(0.5)
    check([[0.0, 0.0]], [[3 * math.log(3.0), 0.0]], [0], 0.3 * LN2 + 0.7 * 9 * kl,
          "one sample, two classes")


@basic
def test_kl_is_summed_over_classes_and_averaged_over_batch():
    # two identical samples with 4 classes: the batch mean equals the one-sample loss
    s = [[1.0, 0.0, -1.0, 2.0]]
    t = [[0.0, 2.0, 1.0, -1.0]]
    one = oracle(s, t, [3])
    check(s * 2, t * 2, [3, 3], one, "the same sample twice (batch mean)")
    check(s, t, [3], one, "4 classes")


@basic
def test_batch_of_three_by_oracle():
    s = [[2.0, 1.0, 0.1], [0.5, 2.5, -1.0], [-1.0, 0.0, 1.0]]
    t = [[3.0, 0.5, 0.2], [0.0, 4.0, 0.0], [1.0, 1.0, 1.0]]
    y = [0, 1, 2]
    check(s, t, y, oracle(s, t, y), "batch of 3, default T and alpha")


@basic
@pytest.mark.parametrize("T, alpha", [(1.0, 0.5), (5.0, 0.1), (2.0, 0.9)])
def test_custom_temperature_and_alpha(T, alpha):
    s = [[1.5, -0.5, 0.0], [0.2, 0.3, 0.1]]
    t = [[4.0, 0.0, -2.0], [-1.0, 2.0, 0.5]]
    y = [0, 2]
    check(s, t, y, oracle(s, t, y, T, alpha), f"T={T}, alpha={alpha}", T=T, alpha=alpha)


@basic
def test_alpha_extremes():
    s = [[1.0, 2.0, 3.0]]
    t = [[3.0, 2.0, 1.0]]
    ce = -log_softmax_row([1.0, 2.0, 3.0])[1]
    check(s, t, [1], ce, "alpha=1: cross-entropy only", alpha=1.0)
    check(s, t, [1], oracle(s, t, [1], alpha=0.0), "alpha=0: soft term only", alpha=0.0)


@trap
def test_large_logits_stay_finite():
    # CE = 1e4; at T=3 log q = [0, -1e4/3], p = [0, 1]: KL = 1e4/3
    # 0.3 * 1e4 + 0.7 * 9 * 1e4 / 3 = 24000
    check([[1e4, 0.0]], [[0.0, 1e4]], [1], 24000.0, "logits of 1e4")


@trap
def test_large_negative_logits():
    s = [[-1e4, -1e4 + 3.0, -1e4 - 2.0]]
    t = [[-1e4 + 1.0, -1e4, -1e4 + 0.5]]
    check(s, t, [0], oracle(s, t, [0]), "logits near -1e4")


@trap
def test_kl_direction_is_teacher_to_student():
    # KL(p || q) and KL(q || p) differ for these distributions
    s = [[2.0, 0.0, 0.0]]
    t = [[0.0, 0.0, 6.0]]
    check(s, t, [2], oracle(s, t, [2], alpha=0.0), "KL(teacher_T || student_T)", alpha=0.0)


@trap
def test_soft_term_is_scaled_by_t_squared():
    s = [[0.0, 1.0]]
    t = [[2.0, -2.0]]
    log_q = log_softmax_row([0.0, 0.25])
    log_p = log_softmax_row([0.5, -0.5])
    kl = sum(math.exp(a) * (a - b) for a, b in zip(log_p, log_q, strict=True))
    check(s, t, [0], 16 * kl, "alpha=0, T=4: 16 * KL", T=4.0, alpha=0.0)


@trap
def test_cross_entropy_uses_untempered_logits():
    s = [[3.0, 0.0, 0.0]]
    ce = -log_softmax_row([3.0, 0.0, 0.0])[0]
    check(s, [[1.0, 1.0, 1.0]], [0], ce, "alpha=1, T=5: CE of the raw logits", T=5.0, alpha=1.0)


@edge
def test_teacher_probability_underflows_to_zero():
    # teacher [1e4, 0, 0] at T=1: p = [1, 0, 0] exactly; KL = -log q_0
    s = [[1.0, 2.0, 3.0]]
    kl = -log_softmax_row([1.0, 2.0, 3.0])[0]
    check(s, [[1e4, 0.0, 0.0]], [2], 0.5 * -log_softmax_row([1.0, 2.0, 3.0])[2] + 0.5 * kl,
          "a teacher with exact zero probabilities (0 log 0 = 0)", T=1.0, alpha=0.5)


@edge
def test_many_classes_single_sample():
    rng = random.Random(81)
    s, t = rand(rng, 1, 1000, 3.0), rand(rng, 1, 1000, 3.0)
    check(s, t, [417], oracle(s, t, [417]), "one sample, 1000 classes")


@mutation
def test_arguments_are_not_mutated(submission):
    s = np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 1.0]])
    t = np.array([[3.0, 2.0, 1.0], [1.0, 1.0, 0.0]])
    y = np.array([2, 0])
    _, after, _ = call_and_inspect(submission.distillation_loss, s, t, y)
    for name, before, now in zip(["student_logits", "teacher_logits", "labels"], (s, t, y),
                                 after, strict=True):
        assert np.array_equal(np.asarray(now), before), f"distillation_loss modified {name}"


@scale
def test_random_batches_match_oracle():
    """Seed 82: batches of 64 x 10 at logit scales 1, 10 and 300."""
    rng = random.Random(82)
    for scale_ in (1.0, 10.0, 300.0):
        s, t = rand(rng, 64, 10, scale_), rand(rng, 64, 10, scale_)
        y = [rng.randrange(10) for _ in range(64)]
        check(s, t, y, oracle(s, t, y, 2.5, 0.4), f"logit scale {scale_}", T=2.5, alpha=0.4)
