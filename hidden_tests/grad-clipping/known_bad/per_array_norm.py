# expect: failed
# caught-by: trap
# why: clips each array by its own norm instead of scaling all of them by the global norm
import numpy as np


def clip_by_value(grads, clip_value):
    return [None if g is None else np.clip(g, -clip_value, clip_value) for g in grads]


def clip_by_global_norm(grads, max_norm):
    out = []
    total_sq = 0.0
    for g in grads:
        if g is None:
            out.append(None)
            continue
        norm = float(np.linalg.norm(g))
        total_sq += norm ** 2
        coef = max_norm / (norm + 1e-6)
        out.append(g * coef if coef < 1 else g.copy())
    return out, float(np.sqrt(total_sq))
