# expect: failed
# caught-by: trap
# why: uses the one-sided quantile z(1 - alpha) for a two-sided test
import math
from statistics import NormalDist


def sample_size_per_group(baseline, mde, alpha=0.05, power=0.8):
    p1, p2 = baseline, baseline * (1 + mde)
    z = NormalDist().inv_cdf
    n = (z(1 - alpha) + z(power)) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / (p2 - p1) ** 2
    return math.ceil(n)
