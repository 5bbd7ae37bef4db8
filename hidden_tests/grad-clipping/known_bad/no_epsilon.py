# expect: failed
# caught-by: edge
# why: scales by max_norm / total_norm when total_norm > max_norm, without torch's + 1e-6
import numpy as np


def clip_by_value(grads, clip_value):
    return [None if g is None else np.clip(g, -clip_value, clip_value) for g in grads]


def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads if g is not None)))
    if total > max_norm:
        scale = max_norm / total
        return [None if g is None else g * scale for g in grads], total
    return [None if g is None else g.copy() for g in grads], total
