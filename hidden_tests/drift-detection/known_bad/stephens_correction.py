# expect: failed
# caught-by: basic
# why: the pre-1.5 SciPy p-value Q((sqrt(en) + 0.12 + 0.11 / sqrt(en)) D) with Stephens' correction
import math

import numpy as np


def ks_statistic(a, b):
    a, b = np.sort(a), np.sort(b)
    pooled = np.concatenate([a, b])
    gap = np.searchsorted(a, pooled, side="right") / a.size - np.searchsorted(b, pooled, side="right") / b.size
    return float(np.abs(gap).max())


def _kolmogorov_q(z):
    if z < 0.05:
        return 1.0
    return min(1.0, max(0.0, 2 * sum((-1) ** (k - 1) * math.exp(-2 * k * k * z * z)
                                     for k in range(1, 101))))


def detect_drift(reference, current, alpha=0.05):
    d = ks_statistic(reference, current)
    n1, n2 = len(reference), len(current)
    en = math.sqrt(n1 * n2 / (n1 + n2))
    p = _kolmogorov_q((en + 0.12 + 0.11 / en) * d)
    return p < alpha, d, p
