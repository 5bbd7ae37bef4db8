# expect: failed
# caught-by: edge
# why: flags |g| >= threshold as unstable: a value exactly at the threshold is fine
import numpy as np


def find_nonfinite(arrays):
    return [k for k, v in arrays.items() if not np.isfinite(v).all()]


def check_finite(arrays):
    for name, a in arrays.items():
        kinds = [w for w, f in (("NaN", np.isnan), ("Inf", np.isinf)) if f(a).any()]
        if kinds:
            raise ValueError(f"{name}: {' and '.join(kinds)}")


def check_gradients(grads, threshold=1e3):
    stable = True
    fixed = []
    for g in grads:
        if np.isnan(g).any() or np.any(np.abs(g) >= threshold):
            stable = False
        fixed.append(np.clip(np.nan_to_num(g, nan=0.0), -threshold, threshold))
    return stable, fixed
