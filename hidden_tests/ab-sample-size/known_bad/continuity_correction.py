# expect: failed
# caught-by: basic
# why: applies Fleiss' continuity correction n/4 (1 + sqrt(1 + 4 / (n |p2 - p1|)))^2, which the catalog excludes
"""Reference A/B sample size: the unpooled two-proportion z-test formula, rounded up.

n = (z_{1-alpha/2} + z_{power})^2 * (p1(1 - p1) + p2(1 - p2)) / (p2 - p1)^2
per group, with p2 = baseline * (1 + mde). The quantiles come from the
standard library's NormalDist (accurate to double precision).
"""

import math
from statistics import NormalDist


def sample_size_per_group(baseline: float, mde: float, alpha: float = 0.05,
                          power: float = 0.8) -> int:
    """Users per group for a two-sided test of p1 = baseline vs p2 = baseline * (1 + mde)."""
    p1, p2 = baseline, baseline * (1 + mde)
    z = NormalDist().inv_cdf
    z_alpha, z_beta = z(1 - alpha / 2), z(power)
    variance = p1 * (1 - p1) + p2 * (1 - p2)
    n = (z_alpha + z_beta) ** 2 * variance / (p2 - p1) ** 2
    return math.ceil(n / 4 * (1 + math.sqrt(1 + 4 / (n * abs(p2 - p1)))) ** 2)
