# expect: failed
# caught-by: trap
# why: averages the gradients first and squares the mean (near 0 at a minimum), not the mean of squares
import numpy as np


def fisher_diagonal(per_sample_grads):
    n = len(per_sample_grads)
    return [np.square(sum(grads) / n) for grads in zip(*per_sample_grads)]


def ewc_penalty(params, old_params, fisher, lam):
    return lam / 2 * float(sum(np.sum(f * (p - o) ** 2) for p, o, f in zip(params, old_params, fisher)))
