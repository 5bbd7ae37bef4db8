# expect: failed
# caught-by: basic
# why: clips with np.clip only: NaN passes through np.clip unchanged instead of becoming 0
import numpy as np


def find_nonfinite(arrays):
    return [name for name, a in arrays.items() if not np.all(np.isfinite(a))]


def check_finite(arrays):
    for name, a in arrays.items():
        if np.isnan(a).any():
            raise ValueError(f"{name} contains NaN")
        if np.isinf(a).any():
            raise ValueError(f"{name} contains Inf")


def check_gradients(grads, threshold=1e3):
    stable = not any(np.isnan(g).any() or (np.abs(g) > threshold).any() for g in grads)
    return stable, [np.clip(g, -threshold, threshold) for g in grads]
