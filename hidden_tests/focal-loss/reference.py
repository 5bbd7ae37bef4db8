"""Reference binary focal loss: FL(p_t) = -alpha_t (1 - p_t)^gamma log(p_t), averaged.

p is clipped to [eps, 1 - eps] first, so log() never sees 0 and the loss is
finite for p exactly 0 or 1. p_t and alpha_t are chosen per sample from the
label: the true class's probability and weight.
"""

import numpy as np


def binary_focal_loss(y_true: np.ndarray, p: np.ndarray, gamma: float = 2.0, alpha: float = 0.25,
                      eps: float = 1e-7) -> float:
    """Mean focal loss over the samples (alpha for positives, 1 - alpha for negatives)."""
    y = np.asarray(y_true) == 1
    p = np.clip(np.asarray(p, dtype=np.float64), eps, 1 - eps)
    p_t = np.where(y, p, 1 - p)
    alpha_t = np.where(y, alpha, 1 - alpha)
    return float(np.mean(-alpha_t * (1 - p_t) ** gamma * np.log(p_t)))
