"""Reference EWC: the empirical Fisher diagonal and the EWC quadratic penalty.

The Fisher diagonal is estimated per parameter as the mean over samples of the
squared per-sample gradients (squaring before averaging: the square of the
mean gradient is near 0 at a minimum and says nothing about importance). The
penalty is lam / 2 * sum F * (theta - theta_old)^2 over every element of every
parameter, as in Kirkpatrick et al. (2017).
"""

import numpy as np


def fisher_diagonal(per_sample_grads: list[list[np.ndarray]]) -> list[np.ndarray]:
    """One array per parameter: mean over samples of the squared gradients."""
    count = len(per_sample_grads)
    per_param = zip(*per_sample_grads, strict=True)
    return [sum(np.square(np.asarray(g, dtype=np.float64)) for g in grads) / count
            for grads in per_param]


def ewc_penalty(params: list[np.ndarray], old_params: list[np.ndarray],
                fisher: list[np.ndarray], lam: float) -> float:
    """lam / 2 * sum_i sum(F_i * (p_i - old_i) ** 2) as a Python float."""
    total = 0.0
    for p, old, f in zip(params, old_params, fisher, strict=True):
        diff = np.asarray(p, dtype=np.float64) - np.asarray(old, dtype=np.float64)
        total += float(np.sum(np.asarray(f, dtype=np.float64) * diff * diff))
    return lam / 2 * total
