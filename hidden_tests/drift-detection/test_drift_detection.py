"""Hidden tests for drift-detection.

How the expected values were checked: the fixed cases (FIXED) hold the
statistic and p-value that scipy.stats.ks_2samp(a, b, method="asymp")
returned with SciPy 1.17.1 for the samples `sample(...)` builds (pure Python,
so they are the same on every machine); the script that produced them is
described in the challenge's notes for the lead. They cover every branch of
SciPy's kstwo.sf (the case column). The hand cases are worked in comments;
the random cases compare with the reference, which was checked against SciPy
on 3000 random sample pairs (statistic identical, p-values within 1e-10
relative).
"""

import random

import numpy as np
import pytest
from drift_detection import detect_drift, ks_statistic

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def sample(seed, n, shift=0.0, scale=1.0, decimals=None):
    rng = random.Random(seed)
    vals = [shift + scale * (rng.random() + rng.random() + rng.random() - 1.5) for _ in range(n)]
    if decimals is not None:
        vals = [round(v, decimals) for v in vals]
    return np.array(vals)


# (label, n1, seed1, n2, seed2, shift, scale, decimals, scipy statistic, scipy p-value)
# N = round(n1 n2 / (n1 + n2)); the comment names the branch of kstwo.sf(D, N).
FIXED = [
    ("identical-spread", 5, 152, 5, 5152, 0.4, 1.0, 1, 0.2, 1.0),  # N=2, t <= 1/2
    ("ruben-gambino-low", 10, 104, 10, 5104, 0.02, 1.0, 1, 0.2, 0.9616),  # N=5, t <= 1
    ("ruben-gambino-high", 10, 113, 10, 5113, 0.7, 1.0, None, 0.8,
     0.0006399999999999993),  # N=5, t >= N - 1
    ("d-at-least-half", 20, 193, 20, 5193, 0.7, 1.0, None, 0.55,
     0.0022805103214843725),  # N=10, d >= 1/2
    ("small-n-durbin", 10, 106, 10, 5106, 0.05, 1.0, 1, 0.30000000000000004,
     0.6639999999999998),  # N=5, N d^2 <= 0.754693
    ("small-n-mid-band", 10, 101, 10, 5101, 0.0, 1.0, None, 0.4,
     0.3087999999999995),  # N=5, N d^2 <= 4 (Pomeranz in SciPy)
    ("small-n-mid-band-2", 100, 203, 100, 5203, 0.1, 1.0, None, 0.13,
     0.33718440112506376),  # N=50, N d^2 <= 4
    ("small-n-smirnov", 100, 209, 100, 5209, 0.2, 1.0, None, 0.32,
     4.701691908120032e-05),  # N=50, N d^2 > 4
    ("mid-n-durbin", 150, 602, 160, 5602, 0.0, 1.0, None, 0.07708333333333328,
     0.7206777733906288),  # N=77, N d^2 <= 0.754693
    ("unequal-sizes", 50, 401, 3000, 5401, 0.15, 1.0, None, 0.14533333333333331,
     0.22860584072577217),  # N=49, N d^2 <= 4
    ("tiny-samples", 2, 404, 3, 5404, 0.5, 1.0, None, 1.0, 0.0),  # N=1, d >= 1
    ("large-n-smirnov", 1000, 265, 1000, 5265, 0.05, 1.0, None, 0.06999999999999995,
     0.01416832020019082),  # N=500, 2.2 <= N d^2 < 370
    ("large-n-durbin", 400, 282, 700, 5282, 0.0, 1.0, 1, 0.027857142857142914,
     0.9858729573086069),  # N=255, N d^1.5 <= 1.4
    ("large-n-durbin-2", 2500, 943, 1500, 5943, 0.0, 1.0, None, 0.012266666666666648,
     0.9986630078644998),  # N=938, N d^1.5 <= 1.4
    ("pelz-good", 1000, 261, 1000, 5261, 0.0, 1.0, None, 0.032999999999999974,
     0.6352377286141231),  # N=500, Pelz-Good
    ("pelz-good-2", 1000, 263, 1000, 5263, 0.02, 1.0, None, 0.05800000000000005,
     0.06649635798430586),  # N=500, Pelz-Good
    ("pelz-good-unequal", 900, 600, 1700, 5600, 0.02, 1.0, None, 0.048496732026143796,
     0.12176069454160987),  # N=588, Pelz-Good
    ("unequal-sizes-ties", 2500, 402, 1500, 5402, 0.05, 1.0, 1, 0.06106666666666666,
     0.0017509132634769304),  # N=938, 2.2 <= N d^2 < 370, ties
    ("scale-change", 800, 403, 600, 5403, 0.0, 1.3, None, 0.08416666666666667,
     0.0145927294093466),  # N=343, 2.2 <= N d^2 < 370
    ("far-apart-large", 4000, 313, 4000, 5313, 0.7, 1.0, None, 0.49625, 0.0),  # N=2000, >= 370
]
SMALL_N = {"ruben-gambino-low", "ruben-gambino-high", "d-at-least-half", "small-n-durbin",
           "small-n-mid-band", "small-n-mid-band-2", "small-n-smirnov", "mid-n-durbin",
           "unequal-sizes", "identical-spread", "tiny-samples"}


def build(case):
    _, n1, s1, n2, s2, shift, scale_, dec, _, _ = case
    return sample(s1, n1, 0.0, 1.0, dec), sample(s2, n2, shift, scale_, dec)


def check_drift(a, b, want_d, want_p, what, alpha=0.05):
    result = detect_drift(a, b, alpha)
    assert len(result) == 3, (
        f"{what}: expected (drifted, statistic, p_value), got {len(result)} values")
    drifted, d, p = result
    assert isinstance(drifted, (bool, np.bool_)), (
        f"{what}: drifted must be a bool, got {type(drifted).__name__}")
    assert d == pytest.approx(want_d, rel=1e-6, abs=1e-9), f"{what}: expected D = {want_d}, got {d}"
    assert p == pytest.approx(want_p, rel=1e-6, abs=1e-9), (
        f"{what}: expected p-value {want_p!r} (as SciPy's ks_2samp asymp), got {p!r}")
    # A p-value within the tolerance above of alpha may land on either side of it in a
    # correct answer's floats: either decision is right there.
    if abs(want_p - alpha) > 1e-6 * alpha + 1e-9:
        assert bool(drifted) == (want_p < alpha), (
            f"{what}: p = {want_p:.6g}, alpha = {alpha}: expected drifted = {want_p < alpha}, "
            f"got {drifted}")


# --- basic: the statistic ---------------------------------------------------------------------

@basic
@pytest.mark.parametrize("a, b, want", [
    ([1.0, 2, 3], [4.0, 5, 6], 1.0),             # disjoint
    ([1.0, 2, 3, 4], [3.0, 4, 5, 6], 0.5),       # at 4: 1 - 0.5
    ([1.0, 2, 3], [1.0, 2, 3], 0.0),             # identical
    ([0.0, 10.0], [1.0, 2, 3, 4, 5, 6, 7, 8], 0.5),  # at 0..8: 0.5 - 0 .. 0.5 - 1
    ([3.0, 1.0, 2.0], [2.5, 0.5], 0.5),          # unsorted input; at 0.5: 0 - 1/2
])
def test_statistic_by_hand(a, b, want):
    got = ks_statistic(np.array(a), np.array(b))
    assert got == pytest.approx(want, rel=1e-6, abs=1e-9), (
        f"ks_statistic({a}, {b}): expected {want}, got {got}")


@basic
def test_statistic_is_symmetric():
    """Seed 91: 300 and 170 values."""
    a, b = sample(91, 300), sample(92, 170, 0.2)
    ab, ba = ks_statistic(a, b), ks_statistic(b, a)
    assert ab == pytest.approx(ba, rel=1e-12), f"ks_statistic(a, b) = {ab} but (b, a) = {ba}"


@basic
@pytest.mark.parametrize("case", [c for c in FIXED if c[0] not in SMALL_N], ids=lambda c: c[0])
def test_matches_scipy_large_samples(case):
    a, b = build(case)
    check_drift(a, b, case[8], case[9], case[0])


@basic
def test_statistic_matches_scipy():
    for case in FIXED[:12]:
        a, b = build(case)
        got = ks_statistic(a, b)
        assert got == pytest.approx(case[8], rel=1e-6, abs=1e-9), (
            f"{case[0]}: expected D = {case[8]}, got {got}")


@basic
def test_drifted_follows_alpha():
    # p = 0.0141683 (large-n-smirnov): drifted at alpha 0.05, not at 0.01
    case = next(c for c in FIXED if c[0] == "large-n-smirnov")
    a, b = build(case)
    check_drift(a, b, case[8], case[9], "alpha=0.05", alpha=0.05)
    check_drift(a, b, case[8], case[9], "alpha=0.01", alpha=0.01)
    drifted, _, _ = detect_drift(a, b)
    assert bool(drifted), "the default alpha is 0.05: p = 0.014 is drift"


@basic
def test_p_value_equal_to_alpha_is_not_drift():
    """Drifted means p < alpha, strictly: at alpha equal to the answer's own p-value it is not
    drift, and at the next float above it is."""
    case = next(c for c in FIXED if c[0] == "large-n-smirnov")
    a, b = build(case)
    _, _, p = detect_drift(a, b)
    drifted, _, _ = detect_drift(a, b, float(p))
    assert not bool(drifted), f"p = {p!r} and alpha = {p!r}: p < alpha is False, got drifted=True"
    above = float(np.nextafter(p, 1.0))
    drifted, _, _ = detect_drift(a, b, above)
    assert bool(drifted), f"p = {p!r} and alpha = {above!r}: p < alpha, got drifted=False"


# --- trap ------------------------------------------------------------------------------------

@trap
@pytest.mark.parametrize("case", [c for c in FIXED if c[0] in SMALL_N], ids=lambda c: c[0])
def test_matches_scipy_small_effective_size(case):
    """Small N: the exact finite-N distribution, far from Kolmogorov's limit."""
    a, b = build(case)
    check_drift(a, b, case[8], case[9], case[0])


@trap
@pytest.mark.parametrize("a, b, want", [
    ([1.0, 1, 2], [1.0, 2, 2], 1 / 3),              # at 1: 2/3 - 1/3; at 2: 1 - 1
    ([0.0, 0, 0, 1], [0.0, 1, 1, 1], 0.5),          # at 0: 3/4 - 1/4
    ([5.0, 5, 5, 5], [5.0, 5, 5], 0.0),             # all equal
    ([1.0, 2, 2, 2, 3], [2.0, 2, 2, 2, 2, 2], 0.2),  # at 2: 4/5 - 1; at 1: 1/5 - 0
])
def test_ties_are_counted_together(a, b, want):
    got = ks_statistic(np.array(a), np.array(b))
    assert got == pytest.approx(want, rel=1e-6, abs=1e-9), (
        f"ks_statistic({a}, {b}): expected {want} (ties count at once), got {got}")


@trap
def test_heavy_ties_match_scipy():
    case = next(c for c in FIXED if c[0] == "unequal-sizes-ties")
    a, b = build(case)
    check_drift(a, b, case[8], case[9], "values rounded to 0.1 (many ties)")


# --- edge ------------------------------------------------------------------------------------

@edge
def test_effective_size_rounds_half_to_even():
    # n = m = 5: N = round(2.5) = 2; D = 0.6, t = 1.2 >= N - 1: p = 2 * 0.4^2 = 0.32
    # (rounding half up to N = 3 would give 0.144)
    check_drift(np.array([1.0, 2, 3, 4, 5]), np.array([4.0, 5, 6, 7, 8]), 0.6, 0.32,
                "5 vs 5 values (N = 2)")


@edge
def test_three_against_three():
    # N = round(1.5) = 2; D = 1/3, t = 2/3: p = 1 - 2!/2^2 (2t - 1)^2 = 1 - 0.5/9
    check_drift(np.array([1.0, 2, 3]), np.array([2.0, 3, 4]), 1 / 3, 1 - 0.5 / 9, "3 vs 3 values")


@edge
def test_identical_samples():
    a = sample(93, 400)
    check_drift(a, a.copy(), 0.0, 1.0, "identical samples")


@edge
def test_two_values_each_fully_separated():
    # D = 1: p = 0
    check_drift(np.array([0.0, 1.0]), np.array([5.0, 6.0]), 1.0, 0.0, "2 vs 2, disjoint")


@edge
def test_negative_and_large_values():
    a = np.array([-1e9, -5.0, 0.0, 3.0, 1e12])
    b = np.array([-1e9, 2.0, 4.0, 1e12, 2e12, 3e12])
    # at -1e9: 1/5 - 1/6; 0: 3/5 - 1/6; 3: 4/5 - 2/6 (the largest); 4: 4/5 - 3/6; 1e12: 1 - 4/6
    got = ks_statistic(a, b)
    assert got == pytest.approx(0.8 - 1 / 3, rel=1e-6), f"expected {0.8 - 1 / 3}, got {got}"


# --- mutation --------------------------------------------------------------------------------

@mutation
def test_arguments_are_not_mutated(submission):
    a = np.array([3.0, -1.0, 2.0, 2.0, 7.5, 0.0])
    b = np.array([9.0, 1.0, 4.0, -2.0])
    for name in ("ks_statistic", "detect_drift"):
        _, after, _ = call_and_inspect(getattr(submission, name), a, b)
        assert np.array_equal(after[0], a), f"{name} modified (sorted?) its first sample"
        assert np.array_equal(after[1], b), f"{name} modified (sorted?) its second sample"


# --- scale -----------------------------------------------------------------------------------

@scale
def test_random_pairs_match_reference(reference):
    """Seed 2028: 25 random sample pairs, sizes 2..3000, shifts and rounding (ties)."""
    rng = random.Random(2028)
    for i in range(25):
        n1, n2 = rng.choice([2, 7, 40, 300, 1200, 3000]), rng.choice([3, 9, 60, 500, 2000])
        dec = rng.choice([None, None, 1, 2])
        a = sample(rng.randrange(10**6), n1, 0.0, 1.0, dec)
        b = sample(rng.randrange(10**6), n2, rng.choice([0.0, 0.03, 0.1, 0.3]),
                   rng.choice([1.0, 1.2]), dec)
        _, want_d, want_p = reference.detect_drift(a, b)
        check_drift(a, b, want_d, want_p, f"random pair {i} ({n1} vs {n2})")
