"""Batch, layer and group normalization of (N, C, H, W) arrays, as PyTorch computes them in training mode."""

import numpy as np


def batch_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Normalize each channel over (N, H, W); gamma and beta have shape (C,)."""
    raise NotImplementedError


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Normalize each sample over (C, H, W); gamma and beta have shape (C, H, W)."""
    raise NotImplementedError


def group_norm(x: np.ndarray, num_groups: int, gamma: np.ndarray, beta: np.ndarray,
               eps: float = 1e-5) -> np.ndarray:
    """Normalize each sample's groups of C // num_groups consecutive channels; gamma, beta (C,)."""
    raise NotImplementedError
