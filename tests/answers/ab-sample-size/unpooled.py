# style: unpooled-variance formula with statistics.NormalDist quantiles
"""Sample size per group of a two-sided two-proportion z-test (A/B test power analysis)."""

import math
from statistics import NormalDist


def sample_size_per_group(baseline, mde, alpha=0.05, power=0.8):
    p1 = baseline
    p2 = baseline * (1 + mde)
    z = NormalDist()
    z_a = z.inv_cdf(1 - alpha / 2)
    z_b = z.inv_cdf(power)
    n = (z_a + z_b) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / (p2 - p1) ** 2
    return int(math.ceil(n))
