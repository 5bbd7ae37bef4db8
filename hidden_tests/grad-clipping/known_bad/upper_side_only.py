# expect: failed
# caught-by: basic
# why: clip_by_value uses np.minimum(g, clip_value): large negative values are not clipped
import numpy as np


def clip_by_value(grads, clip_value):
    return [None if g is None else np.minimum(g, clip_value) for g in grads]


def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.vdot(g, g) for g in grads if g is not None)))
    coef = max_norm / (total + 1e-6)
    return [None if g is None else g * min(coef, 1.0) for g in grads], total
