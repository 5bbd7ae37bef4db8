# expect: failed
# caught-by: basic
# why: the 004 seed's detect_drift returns only (p_value < threshold, statistic), no p-value
import math

import numpy as np


def ks_statistic(a, b):
    a, b = np.sort(a), np.sort(b)
    pooled = np.concatenate([a, b])
    gap = np.searchsorted(a, pooled, side="right") / a.size - np.searchsorted(b, pooled, side="right") / b.size
    return float(np.abs(gap).max())


def detect_drift(reference, current, alpha=0.05):
    statistic = ks_statistic(reference, current)
    n1, n2 = len(reference), len(current)
    z = math.sqrt(n1 * n2 / (n1 + n2)) * statistic
    p_value = 1.0 if z < 0.05 else min(1.0, 2 * sum((-1) ** (k - 1) * math.exp(-2 * k * k * z * z)
                                                    for k in range(1, 101)))
    return p_value < alpha, statistic
