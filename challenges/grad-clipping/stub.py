"""Gradient clipping on lists of NumPy arrays (entries may be None)."""

import numpy as np


def clip_by_value(grads: list, clip_value: float) -> list:
    """Return new arrays with every element clamped to [-clip_value, clip_value].

    None entries stay None; the input arrays are not modified.
    """
    raise NotImplementedError


def clip_by_global_norm(grads: list, max_norm: float) -> tuple[list, float]:
    """Scale all gradients together, as torch.nn.utils.clip_grad_norm_ does.

    total_norm is the L2 norm over every element of every (non-None) array. When
    max_norm / (total_norm + 1e-6) < 1 every array is multiplied by that factor.
    Returns (new arrays, total_norm before clipping); None entries stay None and
    the input arrays are not modified.
    """
    raise NotImplementedError
