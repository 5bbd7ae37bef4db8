# style: stack each parameter's gradients over samples and average with np.mean
"""Elastic weight consolidation (EWC): the diagonal Fisher estimate and the quadratic penalty."""

import numpy as np


def fisher_diagonal(per_sample_grads):
    n_params = len(per_sample_grads[0])
    out = []
    for i in range(n_params):
        stacked = np.stack([np.asarray(sample[i], dtype=np.float64) for sample in per_sample_grads])
        out.append(np.mean(stacked ** 2, axis=0))
    return out


def ewc_penalty(params, old_params, fisher, lam):
    total = 0.0
    for p, p_old, f in zip(params, old_params, fisher):
        diff = np.asarray(p, dtype=np.float64) - np.asarray(p_old, dtype=np.float64)
        total += float(np.sum(np.asarray(f, dtype=np.float64) * diff * diff))
    return lam / 2 * total
