"""One update step of SGD with momentum, Adam and AdamW, with PyTorch's formulas."""

import numpy as np


def sgd_momentum_step(param: np.ndarray, grad: np.ndarray, velocity: np.ndarray, lr: float,
                      momentum: float) -> tuple[np.ndarray, np.ndarray]:
    """v = momentum * v + grad; param - lr * v. Returns (new_param, new_velocity)."""
    raise NotImplementedError


def adam_step(param: np.ndarray, grad: np.ndarray, m: np.ndarray, v: np.ndarray, t: int,
              lr: float = 1e-3, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8,
              weight_decay: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """torch.optim.Adam's step t (1-based); weight_decay is L2 added to the gradient.

    Returns (new_param, new_m, new_v) with m and v the raw (not bias-corrected) moments.
    """
    raise NotImplementedError


def adamw_step(param: np.ndarray, grad: np.ndarray, m: np.ndarray, v: np.ndarray, t: int,
               lr: float = 1e-3, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8,
               weight_decay: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """torch.optim.AdamW's step t (1-based): decoupled weight decay.

    Returns (new_param, new_m, new_v) with m and v the raw (not bias-corrected) moments.
    """
    raise NotImplementedError
