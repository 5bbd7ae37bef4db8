"""Reference NaN/Inf detection and gradient stabilization with NumPy.

Everything is vectorized (np.isnan / np.isinf / np.clip over whole arrays) and
works on copies: the caller's arrays are never written to.
"""

import numpy as np


def _problems(array) -> list[str]:
    """Which of "NaN" and "Inf" the array holds (integer arrays hold neither)."""
    a = np.asarray(array)
    if not np.issubdtype(a.dtype, np.inexact):
        return []
    found = []
    if np.isnan(a).any():
        found.append("NaN")
    if np.isinf(a).any():
        found.append("Inf")
    return found


def find_nonfinite(arrays: dict) -> list:
    """Names of the arrays holding NaN, +Inf or -Inf, in insertion order."""
    return [name for name, array in arrays.items() if _problems(array)]


def check_finite(arrays: dict) -> None:
    """Raise ValueError naming the first array with NaN or Inf, and what it holds."""
    for name, array in arrays.items():
        found = _problems(array)
        if found:
            raise ValueError(f"array {name!r} contains {' and '.join(found)} values")


def check_gradients(grads: list, threshold: float = 1e3) -> tuple[bool, list]:
    """(stable, fixed): stable is False if any value is NaN or |g| > threshold;
    fixed are new arrays with NaN -> 0 and values clipped to [-threshold, threshold]."""
    stable = True
    fixed = []
    for grad in grads:
        g = np.asarray(grad)
        nan = np.isnan(g)
        with np.errstate(invalid="ignore"):
            too_large = np.abs(g) > threshold
        if nan.any() or too_large.any():
            stable = False
        fixed.append(np.asarray(np.clip(np.where(nan, 0, g), -threshold, threshold)))
    return stable, fixed
