# expect: error
# caught-by: error
# why: check_finite raises RuntimeError instead of ValueError
import numpy as np


def find_nonfinite(arrays):
    return [k for k, v in arrays.items() if not np.isfinite(v).all()]


def check_finite(arrays):
    for name, a in arrays.items():
        if np.isnan(a).any():
            raise RuntimeError(f"NaN found in {name}")
        if np.isinf(a).any():
            raise RuntimeError(f"Inf found in {name}")


def check_gradients(grads, threshold=1e3):
    stable = True
    fixed = []
    for g in grads:
        if np.isnan(g).any() or np.any(np.abs(g) > threshold):
            stable = False
        fixed.append(np.clip(np.where(np.isnan(g), 0.0, g), -threshold, threshold))
    return stable, fixed
