"""Elastic weight consolidation (EWC): the diagonal Fisher estimate and the quadratic penalty."""

import numpy as np


def fisher_diagonal(per_sample_grads: list[list[np.ndarray]]) -> list[np.ndarray]:
    """Mean over samples of the squared gradients, one array per parameter.

    per_sample_grads[s][i] is sample s's gradient for parameter i.
    """
    raise NotImplementedError


def ewc_penalty(params: list[np.ndarray], old_params: list[np.ndarray],
                fisher: list[np.ndarray], lam: float) -> float:
    """lam / 2 * sum over parameters of sum(F * (p - p_old) ** 2), as a float."""
    raise NotImplementedError
