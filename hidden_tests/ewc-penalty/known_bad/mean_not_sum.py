# expect: failed
# caught-by: basic
# why: averages F * (p - p_old)^2 over each parameter's elements (np.mean) instead of summing them
import numpy as np


def fisher_diagonal(per_sample_grads):
    n = len(per_sample_grads)
    return [sum(np.square(g) for g in grads) / n for grads in zip(*per_sample_grads)]


def ewc_penalty(params, old_params, fisher, lam):
    return lam / 2 * float(sum(np.mean(f * (p - o) ** 2) for p, o, f in zip(params, old_params, fisher)))
