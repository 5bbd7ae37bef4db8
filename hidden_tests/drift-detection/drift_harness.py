"""Runs beside the submission: the probe's target builds its samples inside the sandbox.

Only (n, seed) cross the boundary; the two samples of n values each are built
once and cached, so each timed call measures ks_statistic alone.
"""

import numpy as np
from drift_detection import ks_statistic

_cache: dict = {}


def _samples(n, seed):
    if (n, seed) not in _cache:
        _cache.clear()
        rng = np.random.default_rng(seed)
        a = rng.normal(0.0, 1.0, n)
        b = np.round(rng.normal(0.1, 1.2, n), 3)  # some ties
        _cache[(n, seed)] = (a, b)
    return _cache[(n, seed)]


def statistic_of_random(n, seed):
    """ks_statistic of two cached samples of n values; returns the statistic (a float)."""
    a, b = _samples(n, seed)
    return float(ks_statistic(a, b))
