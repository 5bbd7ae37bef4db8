# expect: failed
# caught-by: trap
# why: the 004 seed's penalty lam * F * (w - w_old)^2 without the factor 1/2
import numpy as np


def fisher_diagonal(per_sample_grads):
    n = len(per_sample_grads)
    return [sum(np.square(g) for g in grads) / n for grads in zip(*per_sample_grads)]


def ewc_penalty(params, old_params, fisher, lam):
    return float(sum(lam * np.sum(f * np.square(p - o))
                     for p, o, f in zip(params, old_params, fisher)))
