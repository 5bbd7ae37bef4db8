# expect: failed
# caught-by: basic
# why: adamw_step defaults weight_decay to 0.01 (torch.optim.AdamW's default) instead of the same arguments as adam_step (0.0)
"""Reference optimizer steps, written from PyTorch's documented update rules.

Every function builds new arrays (no in-place arithmetic on the arguments),
so the caller's parameter and state survive the call unchanged. Adam's weight
decay is L2 regularization (it enters the gradient, hence the moments);
AdamW's is decoupled (the weights shrink by lr * weight_decay before the Adam
update, and the moments see the raw gradient).
"""

import numpy as np


def sgd_momentum_step(param: np.ndarray, grad: np.ndarray, velocity: np.ndarray, lr: float,
                      momentum: float) -> tuple[np.ndarray, np.ndarray]:
    """PyTorch's momentum buffer: v = momentum * v + grad; param - lr * v."""
    velocity = momentum * np.asarray(velocity, dtype=np.float64) + grad
    return param - lr * velocity, velocity


def _adam_update(param, grad, m, v, t, lr, beta1, beta2, eps):
    """The moment updates and the bias-corrected step shared by Adam and AdamW."""
    m = beta1 * np.asarray(m, dtype=np.float64) + (1 - beta1) * grad
    v = beta2 * np.asarray(v, dtype=np.float64) + (1 - beta2) * np.square(grad)
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    return param - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


def adam_step(param: np.ndarray, grad: np.ndarray, m: np.ndarray, v: np.ndarray, t: int,
              lr: float = 1e-3, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8,
              weight_decay: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """torch.optim.Adam: L2 weight decay added to the gradient; returns (param, m, v)."""
    param = np.asarray(param, dtype=np.float64)
    grad = np.asarray(grad, dtype=np.float64) + weight_decay * param
    return _adam_update(param, grad, m, v, t, lr, beta1, beta2, eps)


def adamw_step(param: np.ndarray, grad: np.ndarray, m: np.ndarray, v: np.ndarray, t: int,
               lr: float = 1e-3, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8,
               weight_decay: float = 0.01) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """torch.optim.AdamW: decoupled decay param *= 1 - lr * wd, then Adam on the raw gradient."""
    param = np.asarray(param, dtype=np.float64) * (1 - lr * weight_decay)
    grad = np.asarray(grad, dtype=np.float64)
    return _adam_update(param, grad, m, v, t, lr, beta1, beta2, eps)
