# expect: failed
# caught-by: basic
# why: the 004 seed hands effect = baseline * mde to a power analysis as if it were a standardized effect size (n = 2((z_a + z_b) / effect)^2)
import math
from statistics import NormalDist


def sample_size_per_group(baseline, mde, alpha=0.05, power=0.8):
    effect = baseline * mde
    z = NormalDist().inv_cdf
    return math.ceil(2 * ((z(1 - alpha / 2) + z(power)) / effect) ** 2)
