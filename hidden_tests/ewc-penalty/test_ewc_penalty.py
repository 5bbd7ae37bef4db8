"""Hidden tests for ewc-penalty.

Expected values are worked by hand (comments) from F_i = mean_s g[s][i]^2 and
penalty = lam / 2 * sum F (p - p_old)^2 (Kirkpatrick et al. 2017; the
seed's 000 snippet). Random cases compare with the reference.
"""

import random

import numpy as np
import pytest
from ewc_penalty import ewc_penalty, fisher_diagonal

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def close_list(got, want, what):
    assert len(got) == len(want), f"{what}: expected {len(want)} arrays, got {len(got)}"
    for i, (g, w) in enumerate(zip(got, want, strict=True)):
        g, w = np.asarray(g), np.asarray(w, dtype=float)
        assert g.shape == w.shape, f"{what}[{i}]: expected shape {w.shape}, got {g.shape}"
        assert np.allclose(g, w, rtol=1e-6, atol=1e-9), (
            f"{what}[{i}]: expected {np.round(w, 9).tolist()}, got {np.round(g, 9).tolist()}")


def close_float(got, want, what):
    assert np.ndim(got) == 0, f"{what}: expected one number, got an array of shape {np.shape(got)}"
    assert got == pytest.approx(want, rel=1e-6, abs=1e-9), f"{what}: expected {want}, got {got}"


def rand(rng, *shape):
    return np.array([rng.gauss(0, 1) for _ in range(int(np.prod(shape)))]).reshape(shape)


@basic
def test_fisher_by_hand():
    # parameter 0: (1^2 + 3^2)/2 = 5, (2^2 + 0^2)/2 = 2; parameter 1: (9 + 1)/2 = 5
    grads = [[np.array([1.0, 2.0]), np.array([3.0])], [np.array([3.0, 0.0]), np.array([-1.0])]]
    close_list(fisher_diagonal(grads), [[5.0, 2.0], [5.0]], "fisher_diagonal")


@basic
def test_fisher_keeps_each_parameter_shape():
    # a (2, 2) matrix, a (3,) vector and a 0-d scalar; three samples
    grads = [[np.array([[1.0, 0.0], [2.0, -1.0]]), np.array([1.0, 1.0, 1.0]), np.array(2.0)],
             [np.array([[1.0, 3.0], [0.0, -1.0]]), np.array([0.0, 2.0, -1.0]), np.array(1.0)],
             [np.array([[-2.0, 0.0], [2.0, 2.0]]), np.array([3.0, 0.0, 1.0]), np.array(0.0)]]
    want = [np.array([[6.0, 9.0], [8.0, 6.0]]) / 3, np.array([10.0, 5.0, 3.0]) / 3,
            np.array(5.0 / 3)]
    close_list(fisher_diagonal(grads), want, "fisher_diagonal with mixed shapes")


@basic
def test_penalty_by_hand():
    # 10 / 2 * (2 * 1^2 + 0.5 * (-2)^2) = 5 * 4 = 20
    close_float(ewc_penalty([np.array([1.0, 1.0])], [np.array([0.0, 3.0])],
                            [np.array([2.0, 0.5])], 10.0), 20.0, "ewc_penalty")


@basic
def test_penalty_sums_over_all_parameters():
    # param 0 (2x2): F*d^2 = [[1*1, 0*4], [2*0.25, 3*1]] -> 4.5; param 1: 4 * 9 = 36
    # 0.5 / 2 * (4.5 + 36) = 10.125
    params = [np.array([[1.0, 2.0], [0.5, -1.0]]), np.array([3.0])]
    old = [np.array([[0.0, 0.0], [0.0, 0.0]]), np.array([0.0])]
    fisher = [np.array([[1.0, 0.0], [2.0, 3.0]]), np.array([4.0])]
    close_float(ewc_penalty(params, old, fisher, 0.5), 10.125, "ewc_penalty over two parameters")


@trap
def test_penalty_has_the_one_half_factor():
    # the 004 seed omits lam / 2: F = 1, d = 2, lam = 1 -> 0.5 * 4 = 2 (not 4)
    close_float(ewc_penalty([np.array([2.0])], [np.array([0.0])], [np.array([1.0])], 1.0), 2.0,
                "ewc_penalty must be lam / 2 * sum F d^2")


@trap
def test_fisher_squares_before_averaging():
    # gradients +3 and -3: mean of squares 9 (the square of the mean is 0)
    close_list(fisher_diagonal([[np.array([3.0, 1.0])], [np.array([-3.0, 1.0])]]),
               [[9.0, 1.0]], "fisher_diagonal is the mean of squared gradients")


@trap
def test_fisher_is_a_mean_not_a_sum():
    # four samples of gradient 2: mean of squares 4 (a sum would give 16)
    close_list(fisher_diagonal([[np.array([2.0])]] * 4), [[4.0]],
               "fisher_diagonal averages over samples")


@edge
def test_single_sample():
    close_list(fisher_diagonal([[np.array([-0.5, 4.0]), np.array([[1.0]])]]),
               [[0.25, 16.0], [[1.0]]], "fisher_diagonal of one sample")


@edge
def test_zero_penalty_cases():
    p = [np.array([1.0, -2.0])]
    close_float(ewc_penalty(p, p, [np.array([3.0, 4.0])], 100.0), 0.0,
                "no change from the old parameters")
    close_float(ewc_penalty(p, [np.zeros(2)], [np.array([3.0, 4.0])], 0.0), 0.0, "lam = 0")
    close_float(ewc_penalty(p, [np.zeros(2)], [np.zeros(2)], 5.0), 0.0, "zero Fisher")


@edge
def test_zero_dimensional_parameters():
    # a scalar parameter: 4 / 2 * 0.5 * (1.5 - 0.5)^2 = 1
    close_float(ewc_penalty([np.array(1.5)], [np.array(0.5)], [np.array(0.5)], 4.0), 1.0,
                "ewc_penalty of a 0-d parameter")


@mutation
def test_arguments_are_not_mutated(submission):
    grads = [[np.array([1.0, -2.0]), np.array([[3.0]])], [np.array([0.5, 1.0]), np.array([[-1.0]])]]
    _, after, _ = call_and_inspect(submission.fisher_diagonal, grads)
    for s, (before_s, now_s) in enumerate(zip(grads, after[0], strict=True)):
        for i, (b, n) in enumerate(zip(before_s, now_s, strict=True)):
            assert np.array_equal(np.asarray(n), b), (
                f"fisher_diagonal modified per_sample_grads[{s}][{i}]")
    params, old = [np.array([1.0, 2.0])], [np.array([0.0, 0.5])]
    fisher = [np.array([0.5, 0.25])]
    _, after, _ = call_and_inspect(submission.ewc_penalty, params, old, fisher, 2.0)
    for name, before, now in zip(["params", "old_params", "fisher"], (params, old, fisher),
                                 after[:3], strict=True):
        assert np.array_equal(np.asarray(now[0]), before[0]), f"ewc_penalty modified {name}"


@scale
def test_random_model_matches_reference(reference):
    """Seed 41: 200 samples of gradients for 4 parameters of shapes (8, 6), (6,), (6, 3), ()."""
    rng = random.Random(41)
    shapes = [(8, 6), (6,), (6, 3), ()]
    grads = [[np.asarray(rand(rng, *s) * 0.1) for s in shapes] for _ in range(200)]
    fisher = fisher_diagonal(grads)
    close_list(fisher, reference.fisher_diagonal(grads), "fisher_diagonal")
    params = [rand(rng, *s) for s in shapes]
    old = [np.asarray(p + rand(rng, *p.shape) * 0.05) for p in params]
    want_f = reference.fisher_diagonal(grads)
    close_float(ewc_penalty(params, old, want_f, 400.0),
                reference.ewc_penalty(params, old, want_f, 400.0), "ewc_penalty")
