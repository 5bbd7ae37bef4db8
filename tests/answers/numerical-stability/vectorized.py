# style: mask-based helpers (np.where, boolean reductions), generator expressions, copy-then-clip in place
"""NaN/Inf detection and gradient repair with boolean masks."""

import numpy as np


def _describe(a) -> str:
    """'' when finite, else 'NaN', 'Inf' or 'NaN and Inf'."""
    a = np.asarray(a)
    if np.isfinite(a).all():
        return ""
    nan = np.isnan(a).any()
    inf = np.isinf(a).any()
    return " and ".join(word for word, flag in (("NaN", nan), ("Inf", inf)) if flag)


def find_nonfinite(arrays: dict) -> list:
    """Keys of the arrays that are not all finite, in insertion order."""
    return [name for name, a in arrays.items() if not np.isfinite(np.asarray(a)).all()]


def check_finite(arrays: dict) -> bool:
    """Return True when all arrays are finite, else raise ValueError for the first bad one."""
    bad = next(((name, _describe(a)) for name, a in arrays.items() if _describe(a)), None)
    if bad is not None:
        name, what = bad
        raise ValueError(f"array {name!r} holds {what} values")
    return True


def check_gradients(grads: list, threshold: float = 1e3) -> tuple[bool, list]:
    """(stable, fixed copies); stable is False on NaN or |g| > threshold."""
    fixed = []
    unstable = False
    for g in grads:
        a = np.asarray(g)
        nan_mask = np.isnan(a)
        unstable = unstable or bool(nan_mask.any()) or bool((np.abs(np.where(nan_mask, 0, a)) > threshold).any())
        out = np.array(np.where(nan_mask, 0.0, a), dtype=float)
        np.clip(out, -threshold, threshold, out=out)
        fixed.append(out)
    return not unstable, fixed
