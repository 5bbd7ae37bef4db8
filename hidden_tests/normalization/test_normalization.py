"""Hidden tests for normalization.

How the expected values were checked (PyTorch is not installed here): PyTorch
documents all three layers as y = (x - E[x]) / sqrt(Var[x] + eps) * gamma + beta
with the biased (population) variance in training mode; BatchNorm2d takes the
statistics over (N, H, W) per channel, LayerNorm([C, H, W]) over the last three
axes per sample with elementwise gamma/beta, GroupNorm(G, C) over groups of
C/G consecutive channels (its reshape is (N, G, -1)) with per-channel
gamma/beta. The small cases below were worked by hand from that formula
(means and variances written out in the comments); the stability cases are
checked against an exact oracle (`exact_normalize`: mean and variance in
rational arithmetic with fractions.Fraction), not against the reference.
"""

import random
from fractions import Fraction

import numpy as np
import pytest
from normalization import batch_norm, group_norm, layer_norm

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def close(got, want, what, rtol=1e-6):
    """assert_allclose(rtol, atol=1e-9) with a message that says what was expected and what came."""
    got, want = np.asarray(got), np.asarray(want, dtype=float)
    assert got.shape == want.shape, f"{what}: expected shape {want.shape}, got {got.shape}"
    ok = np.isclose(got, want, rtol=rtol, atol=1e-9)
    if ok.all():
        return
    if want.size <= 12:
        raise AssertionError(f"{what}: expected {want.tolist()}, got {got.tolist()}")
    at = np.unravel_index(int(np.argmin(ok)), ok.shape)
    raise AssertionError(f"{what}: {int((~ok).sum())} of {ok.size} values differ; at index "
                         f"{tuple(int(i) for i in at)} expected {want[at]!r}, got {got[at]!r}")


def exact_normalize(x, groups, eps):
    """Normalize each group of flat indices exactly: Fraction mean and population variance."""
    flat = np.asarray(x, dtype=float).ravel()
    out = np.empty_like(flat)
    for idx in groups:
        vals = [Fraction(float(flat[i])) for i in idx]
        mean = sum(vals) / len(vals)
        var = sum((v - mean) ** 2 for v in vals) / len(vals)
        denom = float(var + Fraction(eps)) ** 0.5
        for i, v in zip(idx, vals, strict=True):
            out[i] = float(v - mean) / denom
    return out.reshape(np.shape(x))


def groups_of(shape, kind, num_groups=None):
    """Flat-index groups over which each normalization takes its statistics."""
    n, c, h, w = shape
    index = np.arange(n * c * h * w).reshape(shape)
    if kind == "batch":
        return [index[:, ch].ravel().tolist() for ch in range(c)]
    if kind == "layer":
        return [index[s].ravel().tolist() for s in range(n)]
    size = c // num_groups
    return [index[s, g * size:(g + 1) * size].ravel().tolist()
            for s in range(n) for g in range(num_groups)]


def offset_data(seed, shape, mean=1e5, spread=1e-2):
    rng = random.Random(seed)
    return mean + spread * np.array([rng.gauss(0, 1) for _ in range(int(np.prod(shape)))]
                                    ).reshape(shape)


# --- basic -------------------------------------------------------------------------

@basic
def test_batch_norm_by_hand():
    # channel values 1, 3, 5, 7: mean 4, population variance (9+1+1+9)/4 = 5
    x = np.array([1.0, 3.0, 5.0, 7.0]).reshape(2, 1, 1, 2)
    want = np.array([-3.0, -1.0, 1.0, 3.0]).reshape(2, 1, 1, 2) / np.sqrt(5.0 + 1e-5)
    close(batch_norm(x, np.ones(1), np.zeros(1)), want, "batch_norm")
    close(batch_norm(x, np.array([2.0]), np.array([-1.0])), want * 2.0 - 1.0,
          "batch_norm with gamma=2, beta=-1")


@basic
def test_batch_norm_channels_are_independent():
    # channel 0: 0, 1, 2, 3 (mean 1.5, var 1.25); channel 1: 10 x that + 7 (var 125)
    c0 = np.array([0.0, 1.0, 2.0, 3.0])
    x = np.stack([c0, 10 * c0 + 7]).reshape(2, 2, 1, 2).transpose(1, 0, 2, 3).copy()
    # x[n, c]: n=0 holds [0,1] and [7,17]; n=1 holds [2,3] and [27,37]
    base = (c0 - 1.5)
    want = np.empty((2, 2, 1, 2))
    want[:, 0] = (base / np.sqrt(1.25 + 1e-5)).reshape(2, 1, 2)
    want[:, 1] = (10 * base / np.sqrt(125.0 + 1e-5)).reshape(2, 1, 2)
    gamma, beta = np.array([1.0, 3.0]), np.array([0.0, 0.5])
    want[:, 1] = want[:, 1] * 3.0 + 0.5
    close(batch_norm(x, gamma, beta), want, "batch_norm, two channels with their own gamma/beta")


@basic
def test_layer_norm_by_hand_with_elementwise_affine():
    # sample 0: [1, 3], sample 1: [5, 7]; each has var 1 -> [-1, 1] / sqrt(1 + 1e-5)
    x = np.array([1.0, 3.0, 5.0, 7.0]).reshape(2, 1, 1, 2)
    gamma = np.array([2.0, 5.0]).reshape(1, 1, 2)
    beta = np.array([0.25, -1.0]).reshape(1, 1, 2)
    unit = 1 / np.sqrt(1.0 + 1e-5)
    want = np.array([-2 * unit + 0.25, 5 * unit - 1.0] * 2).reshape(2, 1, 1, 2)
    close(layer_norm(x, gamma, beta), want, "layer_norm with (C, H, W) gamma and beta")


@basic
def test_layer_norm_uses_all_three_axes():
    # one sample, C=2, H=1, W=2: values 0..3 over (C, H, W) together: mean 1.5, var 1.25
    x = np.arange(4.0).reshape(1, 2, 1, 2)
    want = ((np.arange(4.0) - 1.5) / np.sqrt(1.25 + 1e-5)).reshape(1, 2, 1, 2)
    close(layer_norm(x, np.ones((2, 1, 2)), np.zeros((2, 1, 2))), want,
          "layer_norm over (C, H, W) (not over the last axis alone)")


@basic
def test_group_norm_by_hand():
    # channels [0,1] [2,3] [4,5] [6,7]; 2 groups of 2 consecutive channels:
    # [0,1,2,3] and [4,5,6,7], each mean +1.5 offset, var 1.25
    x = np.arange(8.0).reshape(1, 4, 1, 2)
    per_group = (np.arange(4.0) - 1.5) / np.sqrt(1.25 + 1e-5)
    gamma, beta = np.array([1.0, 2.0, 3.0, 4.0]), np.array([0.0, 0.1, 0.2, 0.3])
    want = np.concatenate([per_group, per_group]).reshape(1, 4, 1, 2)
    want = want * gamma[None, :, None, None] + beta[None, :, None, None]
    close(group_norm(x, 2, gamma, beta), want,
          "group_norm, 2 groups of consecutive channels with per-channel gamma/beta")


@basic
def test_group_norm_groups_are_consecutive_channels():
    # channels hold 0, 100, 1, 101: consecutive groups are {0, 100} and {1, 101}
    x = np.array([0.0, 100.0, 1.0, 101.0]).reshape(1, 4, 1, 1)
    unit = 50.0 / np.sqrt(2500.0 + 1e-5)
    want = np.array([-unit, unit, -unit, unit]).reshape(1, 4, 1, 1)
    close(group_norm(x, 2, np.ones(4), np.zeros(4)), want,
          "group_norm must group channels 0-1 and 2-3, not 0,2 and 1,3")


@basic
def test_variance_is_population_variance():
    # two values 0 and 2: population var 1 (sample var would be 2)
    x = np.array([0.0, 2.0]).reshape(2, 1, 1, 1)
    want = np.array([-1.0, 1.0]).reshape(2, 1, 1, 1) / np.sqrt(1.0 + 1e-5)
    close(batch_norm(x, np.ones(1), np.zeros(1)), want, "batch_norm must divide by n, not n - 1")
    y = np.array([0.0, 2.0]).reshape(1, 1, 1, 2)
    close(layer_norm(y, np.ones((1, 1, 2)), np.zeros((1, 1, 2))), want.reshape(1, 1, 1, 2),
          "layer_norm must divide by n, not n - 1")
    close(group_norm(y, 1, np.ones(1), np.zeros(1)), want.reshape(1, 1, 1, 2),
          "group_norm must divide by n, not n - 1")


@basic
def test_eps_goes_inside_the_square_root():
    # values 0 and 2e-3: var 1e-6, so sqrt(var + eps) = sqrt(1.1e-5), not sqrt(var) + eps
    x = np.array([0.0, 2e-3]).reshape(1, 1, 1, 2)
    want = np.array([-1e-3, 1e-3]).reshape(1, 1, 1, 2) / np.sqrt(1.1e-5)
    close(batch_norm(x, np.ones(1), np.zeros(1)), want, "batch_norm with var comparable to eps")
    close(layer_norm(x, np.ones((1, 1, 2)), np.zeros((1, 1, 2))), want,
          "layer_norm with var comparable to eps")
    close(group_norm(x, 1, np.ones(1), np.zeros(1)), want, "group_norm with var comparable to eps")


# --- trap: numerical stability -----------------------------------------------------------

@trap
def test_batch_norm_is_stable_at_mean_1e5():
    """Seed 11: mean 1e5, spread 1e-2, shape (3, 2, 2, 3); exact oracle."""
    x = offset_data(11, (3, 2, 2, 3))
    want = exact_normalize(x, groups_of(x.shape, "batch"), 1e-5)
    close(batch_norm(x, np.ones(2), np.zeros(2)), want,
          "batch_norm on data with mean 1e5 and spread 1e-2 (E[x^2] - E[x]^2 is unstable)")


@trap
def test_layer_norm_is_stable_at_mean_1e5():
    """Seed 12: mean 1e5, spread 1e-2, shape (2, 3, 2, 2); exact oracle."""
    x = offset_data(12, (2, 3, 2, 2))
    want = exact_normalize(x, groups_of(x.shape, "layer"), 1e-5)
    close(layer_norm(x, np.ones((3, 2, 2)), np.zeros((3, 2, 2))), want,
          "layer_norm on data with mean 1e5 and spread 1e-2 (E[x^2] - E[x]^2 is unstable)")


@trap
def test_group_norm_is_stable_at_mean_1e5():
    """Seed 13: mean 1e5, spread 1e-2, shape (2, 4, 3, 2), 2 groups; exact oracle."""
    x = offset_data(13, (2, 4, 3, 2))
    want = exact_normalize(x, groups_of(x.shape, "group", 2), 1e-5)
    close(group_norm(x, 2, np.ones(4), np.zeros(4)), want,
          "group_norm on data with mean 1e5 and spread 1e-2 (E[x^2] - E[x]^2 is unstable)")


@trap
def test_stable_with_negative_offset_and_affine():
    """Seed 14: mean -1e5, spread 1e-2, with gamma/beta; exact oracle."""
    x = offset_data(14, (4, 3, 2, 2), mean=-1e5)
    gamma, beta = np.array([0.5, 2.0, -1.0]), np.array([1.0, 0.0, -3.0])
    want = exact_normalize(x, groups_of(x.shape, "batch"), 1e-5)
    want = want * gamma[None, :, None, None] + beta[None, :, None, None]
    close(batch_norm(x, gamma, beta), want, "batch_norm on data with mean -1e5 and spread 1e-2")


# --- edge ----------------------------------------------------------------------------

@edge
def test_constant_input_gives_beta():
    x = np.full((2, 2, 2, 2), 3.5)
    beta = np.array([0.25, -2.0])
    want = np.broadcast_to(beta[None, :, None, None], x.shape)
    close(batch_norm(x, np.array([4.0, 5.0]), beta), want, "batch_norm of a constant input")
    close(group_norm(x, 1, np.array([4.0, 5.0]), beta), want, "group_norm of a constant input")
    lbeta = np.arange(8.0).reshape(2, 2, 2)
    close(layer_norm(x, np.ones((2, 2, 2)), lbeta), np.broadcast_to(lbeta, x.shape),
          "layer_norm of a constant input")


@edge
def test_custom_eps():
    x = np.array([1.0, 3.0, 5.0, 7.0]).reshape(2, 1, 1, 2)
    want = np.array([-3.0, -1.0, 1.0, 3.0]).reshape(2, 1, 1, 2) / np.sqrt(5.0 + 0.5)
    close(batch_norm(x, np.ones(1), np.zeros(1), eps=0.5), want, "batch_norm with eps=0.5")
    close(group_norm(x.reshape(1, 1, 2, 2), 1, np.ones(1), np.zeros(1), eps=0.5),
          want.reshape(1, 1, 2, 2), "group_norm with eps=0.5")
    close(layer_norm(x.reshape(1, 1, 2, 2), np.ones((1, 2, 2)), np.zeros((1, 2, 2)), eps=0.5),
          want.reshape(1, 1, 2, 2), "layer_norm with eps=0.5")


@edge
def test_group_norm_extremes_match_layer_and_instance_norm(reference):
    """Seed 15: G=1 normalizes like layer norm, G=C like instance norm (per sample, channel)."""
    x = offset_data(15, (2, 3, 2, 2), mean=2.0, spread=3.0)
    gamma, beta = np.array([1.0, -2.0, 0.5]), np.array([0.0, 1.0, 2.0])
    ln = reference.layer_norm(x, np.ones((3, 2, 2)), np.zeros((3, 2, 2)))
    close(group_norm(x, 1, gamma, beta),
          ln * gamma[None, :, None, None] + beta[None, :, None, None],
          "group_norm with one group (statistics over all of C, H, W)")
    inst = (x - x.mean(axis=(2, 3), keepdims=True)) / np.sqrt(x.var(axis=(2, 3), keepdims=True)
                                                               + 1e-5)
    close(group_norm(x, 3, gamma, beta),
          inst * gamma[None, :, None, None] + beta[None, :, None, None],
          "group_norm with C groups (per-channel statistics)")


@edge
def test_single_sample_batch_norm():
    # N = 1: statistics over (H, W) of the one sample; values 2, 4, 6, 8 -> mean 5, var 5
    x = np.array([2.0, 4.0, 6.0, 8.0]).reshape(1, 1, 2, 2)
    want = np.array([-3.0, -1.0, 1.0, 3.0]).reshape(1, 1, 2, 2) / np.sqrt(5.0 + 1e-5)
    close(batch_norm(x, np.ones(1), np.zeros(1)), want, "batch_norm with a batch of one")


# --- mutation ----------------------------------------------------------------------------

@mutation
def test_arguments_are_not_mutated(submission):
    x = offset_data(16, (2, 4, 2, 2), mean=1.0, spread=2.0)
    cases = [
        ("batch_norm", (x, np.array([1.0, 2.0, 3.0, 4.0]), np.array([0.0, 1.0, 0.0, 1.0]))),
        ("layer_norm", (x, np.full((4, 2, 2), 2.0), np.full((4, 2, 2), -1.0))),
        ("group_norm", (x, 2, np.array([1.0, 2.0, 3.0, 4.0]), np.array([0.0, 1.0, 0.0, 1.0]))),
    ]
    for name, args in cases:
        _, after, _ = call_and_inspect(getattr(submission, name), *args)
        for i, (before, now) in enumerate(zip(args, after, strict=True)):
            assert np.array_equal(np.asarray(now), np.asarray(before)), (
                f"{name} modified its argument {i}")


# --- scale ---------------------------------------------------------------------------

@scale
@pytest.mark.parametrize("num_groups", [1, 3, 4, 12])
def test_random_inputs_match_reference(num_groups, reference):
    """Seed 2025: N=6, C=12, H=7, W=5, values around 4 with spread 2, random gamma/beta."""
    rng = random.Random(2025)
    shape = (6, 12, 7, 5)
    x = 4.0 + 2.0 * np.array([rng.gauss(0, 1) for _ in range(int(np.prod(shape)))]).reshape(shape)
    gamma = np.array([rng.uniform(0.5, 2) for _ in range(12)])
    beta = np.array([rng.uniform(-1, 1) for _ in range(12)])
    lgamma = np.array([rng.uniform(0.5, 2) for _ in range(12 * 35)]).reshape(12, 7, 5)
    lbeta = np.array([rng.uniform(-1, 1) for _ in range(12 * 35)]).reshape(12, 7, 5)
    close(group_norm(x, num_groups, gamma, beta),
          reference.group_norm(x, num_groups, gamma, beta), f"group_norm, {num_groups} groups")
    if num_groups == 1:
        close(batch_norm(x, gamma, beta), reference.batch_norm(x, gamma, beta), "batch_norm")
        close(layer_norm(x, lgamma, lbeta), reference.layer_norm(x, lgamma, lbeta), "layer_norm")
