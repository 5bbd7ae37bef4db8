# expect: failed
# caught-by: trap
# why: the 004 seed's check_gradients: computes the clipped array into the loop variable and
#      returns the original gradients (NaN and outliers untouched)
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
    is_stable = True
    for grad in grads:
        if np.any(np.isnan(grad)) or np.any(np.abs(grad) > threshold):
            is_stable = False
            grad = np.clip(grad, -threshold, threshold)
    return is_stable, grads
