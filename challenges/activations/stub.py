"""Leaky ReLU and ELU, and their derivatives, on NumPy arrays (vectorized)."""

import numpy as np


def leaky_relu(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    """x where x > 0, alpha * x elsewhere; same shape as x."""
    raise NotImplementedError


def leaky_relu_grad(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    """d leaky_relu / dx: 1 where x > 0, alpha where x <= 0 (x == 0 takes alpha, as PyTorch)."""
    raise NotImplementedError


def elu(x: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """x where x > 0, alpha * (exp(x) - 1) elsewhere; same shape as x."""
    raise NotImplementedError


def elu_grad(x: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """d elu / dx: 1 where x > 0, alpha * exp(x) where x <= 0 (x == 0 takes alpha, as PyTorch)."""
    raise NotImplementedError
