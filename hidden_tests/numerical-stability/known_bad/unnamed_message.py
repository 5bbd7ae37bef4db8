# expect: failed
# caught-by: error
# why: check_finite raises ValueError with a generic message that does not name the array
import numpy as np


def find_nonfinite(arrays):
    return [k for k, v in arrays.items() if not np.isfinite(v).all()]


def check_finite(arrays):
    if not all(np.isfinite(v).all() for v in arrays.values()):
        raise ValueError("non-finite values (NaN or Inf) detected")


def check_gradients(grads, threshold=1e3):
    stable = all(not np.isnan(g).any() and not (np.abs(g) > threshold).any() for g in grads)
    return stable, [np.clip(np.nan_to_num(g, nan=0.0), -threshold, threshold) for g in grads]
