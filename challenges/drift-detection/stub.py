"""Data drift detection with the two-sample Kolmogorov-Smirnov test (SciPy's asymptotic method)."""

import numpy as np


def ks_statistic(a: np.ndarray, b: np.ndarray) -> float:
    """Two-sample KS statistic D: the largest absolute gap between the empirical CDFs of a and b."""
    raise NotImplementedError


def detect_drift(reference: np.ndarray, current: np.ndarray,
                 alpha: float = 0.05) -> tuple[bool, float, float]:
    """(drifted, statistic, p_value) as scipy.stats.ks_2samp(reference, current, method="asymp").

    drifted is p_value < alpha.
    """
    raise NotImplementedError
