# style: pooled-under-the-null variance for the alpha term (the other accepted textbook form)
"""A/B sample size with the pooled null variance."""

from math import ceil, sqrt
from statistics import NormalDist


def sample_size_per_group(baseline: float, mde: float, alpha: float = 0.05,
                          power: float = 0.8) -> int:
    std_normal = NormalDist(0.0, 1.0)
    p1 = baseline
    p2 = baseline * (1.0 + mde)
    q = (p1 + p2) / 2.0
    z_alpha = std_normal.inv_cdf(1.0 - alpha / 2.0)
    z_beta = std_normal.inv_cdf(power)
    numerator = (z_alpha * sqrt(2.0 * q * (1.0 - q))
                 + z_beta * sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2))) ** 2
    return ceil(numerator / (p2 - p1) ** 2)
