# style: running sums of squared gradients sample by sample (no stacking), penalty via np.vdot
"""EWC with a streaming Fisher accumulator."""

import numpy as np


def fisher_diagonal(per_sample_grads):
    sums = None
    count = 0
    for sample in per_sample_grads:
        squares = [np.square(np.asarray(g, dtype=np.float64)) for g in sample]
        if sums is None:
            sums = squares
        else:
            sums = [s + q for s, q in zip(sums, squares)]
        count += 1
    return [s / count for s in sums]


def ewc_penalty(params, old_params, fisher, lam):
    total = 0.0
    for p, p_old, f in zip(params, old_params, fisher):
        d = (np.asarray(p, dtype=np.float64) - np.asarray(p_old, dtype=np.float64)).ravel()
        total += np.vdot(np.asarray(f, dtype=np.float64).ravel(), d * d)
    return float(0.5 * lam * total)
