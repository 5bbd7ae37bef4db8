# expect: failed
# caught-by: mutation
# why: clips the caller's arrays in place (np.clip(..., out=g), g *= coef) and returns them
import numpy as np


def clip_by_value(grads, clip_value):
    for g in grads:
        if g is not None:
            np.clip(g, -clip_value, clip_value, out=g)
    return grads


def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g ** 2) for g in grads if g is not None)))
    coef = max_norm / (total + 1e-6)
    if coef < 1:
        for g in grads:
            if g is not None:
                g *= coef
    return grads, total
