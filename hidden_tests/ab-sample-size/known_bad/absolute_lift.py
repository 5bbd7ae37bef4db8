# expect: failed
# caught-by: trap
# why: reads mde as an absolute lift, p2 = baseline + mde
import math
from statistics import NormalDist


def sample_size_per_group(baseline, mde, alpha=0.05, power=0.8):
    p1, p2 = baseline, baseline + mde
    z = NormalDist().inv_cdf
    n = (z(1 - alpha / 2) + z(power)) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / (p2 - p1) ** 2
    return math.ceil(n)
