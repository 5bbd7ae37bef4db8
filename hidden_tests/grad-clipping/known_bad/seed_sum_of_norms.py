# expect: failed
# caught-by: trap
# why: the 000 seed's answer reports sum(per-parameter norms), measured after clipping, as the total norm
import numpy as np


def clip_by_value(grads, clip_value):
    return [None if g is None else np.clip(g, -clip_value, clip_value) for g in grads]


def clip_by_global_norm(grads, max_norm):
    present = [g for g in grads if g is not None]
    total = np.sqrt(sum(np.sum(g * g) for g in present)) if present else 0.0
    coef = max_norm / (total + 1e-6)
    out = [None if g is None else (g * coef if coef < 1 else g.copy()) for g in grads]
    reported = sum(float(np.linalg.norm(g)) for g in out if g is not None)
    return out, reported
