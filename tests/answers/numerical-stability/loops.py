# style: explicit loops with np.isfinite / np.isnan / np.isinf, nan_to_num then clip
"""Finding NaN/Inf values in named arrays and taming unstable gradients."""

import numpy as np


def _kinds(array) -> tuple[bool, bool]:
    """(has NaN, has Inf) for one array; integer and bool arrays are always finite."""
    a = np.asarray(array)
    if a.dtype.kind not in "fc":
        return False, False
    return bool(np.isnan(a).any()), bool(np.isinf(a).any())


def find_nonfinite(arrays: dict) -> list:
    """Names of the arrays holding NaN, +Inf or -Inf, in the dict's insertion order."""
    names = []
    for name, array in arrays.items():
        has_nan, has_inf = _kinds(array)
        if has_nan or has_inf:
            names.append(name)
    return names


def check_finite(arrays: dict) -> None:
    """Raise ValueError naming the first array that holds NaN or Inf (and which)."""
    for name, array in arrays.items():
        has_nan, has_inf = _kinds(array)
        if has_nan and has_inf:
            raise ValueError(f"{name} contains NaN and Inf")
        if has_nan:
            raise ValueError(f"{name} contains NaN")
        if has_inf:
            raise ValueError(f"{name} contains Inf")


def check_gradients(grads: list, threshold: float = 1e3) -> tuple[bool, list]:
    """Return (stable, fixed): NaN -> 0, then values clipped to [-threshold, threshold]."""
    stable = True
    fixed = []
    for g in grads:
        a = np.asarray(g)
        if np.isnan(a).any() or (np.abs(a) > threshold).any():
            stable = False
        cleaned = np.nan_to_num(a.astype(np.float64), nan=0.0, posinf=threshold, neginf=-threshold)
        fixed.append(np.asarray(np.clip(cleaned, -threshold, threshold)))
    return stable, fixed
