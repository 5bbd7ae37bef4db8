# expect: failed
# caught-by: mutation
# why: squares the caller's gradient arrays in place to save memory
import numpy as np


def fisher_diagonal(per_sample_grads):
    n = len(per_sample_grads)
    for grads in per_sample_grads:
        for g in grads:
            np.square(g, out=g)
    return [sum(grads) / n for grads in zip(*per_sample_grads)]


def ewc_penalty(params, old_params, fisher, lam):
    return lam / 2 * float(sum(np.sum(f * (p - o) ** 2) for p, o, f in zip(params, old_params, fisher)))
