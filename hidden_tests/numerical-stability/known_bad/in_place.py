# expect: failed
# caught-by: mutation
# why: repairs the caller's gradient arrays in place (g[nan] = 0, np.clip(..., out=g))
import numpy as np


def find_nonfinite(arrays):
    return [name for name, a in arrays.items() if not np.isfinite(a).all()]


def check_finite(arrays):
    for name, a in arrays.items():
        if np.isnan(a).any():
            raise ValueError(f"NaN in {name}")
        if np.isinf(a).any():
            raise ValueError(f"Inf in {name}")


def check_gradients(grads, threshold=1e3):
    stable = True
    for g in grads:
        nan = np.isnan(g)
        if nan.any() or (np.abs(g) > threshold).any():
            stable = False
        g[nan] = 0.0
        np.clip(g, -threshold, threshold, out=g)
    return stable, grads
