# expect: failed
# caught-by: basic
# why: find_nonfinite and check_finite look for NaN only and miss +Inf / -Inf
import numpy as np


def find_nonfinite(arrays):
    return [name for name, a in arrays.items() if np.isnan(a).any()]


def check_finite(arrays):
    bad = find_nonfinite(arrays)
    if bad:
        raise ValueError(f"NaN detected in {bad[0]}")


def check_gradients(grads, threshold=1e3):
    stable = True
    out = []
    for g in grads:
        if np.isnan(g).any() or (np.abs(g) > threshold).any():
            stable = False
        out.append(np.clip(np.nan_to_num(g, nan=0.0), -threshold, threshold))
    return stable, out
