"""The references that must equal a library, checked against that library (test-only deps).

SciPy and croniter are test dependencies of the grader and never enter the sandbox
image; the hidden tests hard-code values computed this way. PyTorch is not
installed here: the normalization, attention and optimizer references are checked
in their hidden tests against values hand-worked from PyTorch's documented formulas.
"""

import math
import random
from datetime import datetime, timedelta

import numpy as np
import pytest
from conftest import REPO
from croniter import croniter
from scipy import stats

from grader.bank.bank import import_bank_module

HIDDEN = REPO / "hidden_tests"


def test_drift_detection_matches_scipy_ks_2samp_asymp():
    """Seed 1: 300 random pairs of samples (ties, shifts, sizes 2 to 4000)."""
    ref = import_bank_module(HIDDEN / "drift-detection" / "reference.py")
    rng = random.Random(1)
    for _ in range(300):
        n1, n2 = rng.randint(2, 4000), rng.choice([2, 3, 10, 150, 999, rng.randint(2, 4000)])
        shift = rng.choice([0, 0, 0.05, 0.2, 1])
        if rng.random() < 0.3:  # rounded: many ties
            a = np.round([rng.gauss(0, 1) for _ in range(n1)], 1)
            b = np.round([rng.gauss(shift, 1) for _ in range(n2)], 1)
        else:
            a = np.array([rng.gauss(0, 1) for _ in range(n1)])
            b = np.array([rng.gauss(shift, 1) for _ in range(n2)])
        want = stats.ks_2samp(a, b, method="asymp")
        drifted, statistic, pvalue = ref.detect_drift(a, b)
        assert statistic == pytest.approx(want.statistic, abs=1e-15)
        assert pvalue == pytest.approx(want.pvalue, rel=1e-7, abs=1e-12)
        assert drifted == (want.pvalue < 0.05)


def test_kolmogorov_distribution_matches_scipy_kstwo():
    ref = import_bank_module(HIDDEN / "drift-detection" / "reference.py")
    for n in (1, 2, 5, 17, 140, 141, 1000, 100_001):
        for x in (0.5 / n, 1 / n, 0.01, 0.05, 0.1, 0.3, 0.9):
            if x < 1 / (2 * n) or x > 1:
                continue
            assert ref.kolmogorov_sf(n, x) == pytest.approx(stats.kstwo.sf(x, n), rel=1e-8,
                                                            abs=1e-12)


@pytest.mark.parametrize("baseline,mde,alpha,power", [
    (0.1, 0.1, 0.05, 0.8), (0.02, 0.25, 0.05, 0.9), (0.5, 0.02, 0.01, 0.8), (0.3, -0.1, 0.05, 0.8),
])
def test_ab_sample_size_is_one_of_the_two_textbook_forms(baseline, mde, alpha, power):
    ref = import_bank_module(HIDDEN / "ab-sample-size" / "reference.py")
    p1, p2 = baseline, baseline * (1 + mde)
    za, zb = stats.norm.ppf(1 - alpha / 2), stats.norm.ppf(power)
    unpooled = (za + zb) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / (p2 - p1) ** 2
    q = (p1 + p2) / 2
    pooled = (za * math.sqrt(2 * q * (1 - q)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
              ) ** 2 / (p2 - p1) ** 2
    got = ref.sample_size_per_group(baseline, mde, alpha, power)
    assert got in {math.ceil(unpooled), math.ceil(pooled)}


def random_cron(rng):
    """Expressions where croniter and the catalog agree: no `a-a` ranges, and no steps in
    the day fields (Vixie cron, like croniter, treats `*/n` there as unrestricted)."""
    def field(low, high, allow_step):
        kind = rng.random()
        if kind < 0.3:
            return "*"
        if kind < 0.5 and allow_step:
            return f"*/{rng.randint(2, (high - low) // 2 + 1)}"
        if kind < 0.75:
            return ",".join(str(v) for v in sorted(rng.sample(range(low, high + 1), 2)))
        a = rng.randint(low, high - 1)
        return f"{a}-{rng.randint(a + 1, high)}"
    return " ".join([field(0, 59, True), field(0, 23, True), field(1, 28, False),
                     field(1, 12, True), field(0, 6, False)])


def test_cron_next_run_matches_croniter():
    """Seed 7: 400 random expressions from random moments."""
    ref = import_bank_module(HIDDEN / "cron-next-run" / "reference.py")
    rng = random.Random(7)
    start = datetime(2024, 1, 1)
    for _ in range(400):
        expr = random_cron(rng)
        after = start + timedelta(minutes=rng.randint(0, 3 * 365 * 24 * 60),
                                  seconds=rng.randint(0, 59))
        want = croniter(expr, after).get_next(datetime)
        assert ref.next_run(expr, after) == want, (expr, after)
