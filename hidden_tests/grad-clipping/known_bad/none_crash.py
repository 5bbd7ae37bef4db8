# expect: error
# caught-by: edge
# why: flattens every entry with np.concatenate, so a None gradient raises
import numpy as np


def clip_by_value(grads, clip_value):
    return [np.clip(g, -clip_value, clip_value) for g in grads]


def clip_by_global_norm(grads, max_norm):
    flat = np.concatenate([np.ravel(g) for g in grads])
    total = float(np.linalg.norm(flat))
    coef = max_norm / (total + 1e-6)
    if coef < 1:
        return [g * coef for g in grads], total
    return [np.array(g) for g in grads], total
