# expect: failed
# caught-by: basic
# why: hard-codes z = 1.96 and 0.84 (rounded, and ignoring the alpha and power passed in)
import math


def sample_size_per_group(baseline, mde, alpha=0.05, power=0.8):
    p1, p2 = baseline, baseline * (1 + mde)
    q = (p1 + p2) / 2
    n = (1.96 * math.sqrt(2 * q * (1 - q)) + 0.84 * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2
    return math.ceil(n / (p2 - p1) ** 2)
