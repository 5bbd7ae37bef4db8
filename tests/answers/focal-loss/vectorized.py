# style: np.where selects p_t and alpha_t per sample, mean over everything
"""Binary focal loss (Lin et al., 2017) for class imbalance."""

import numpy as np


def binary_focal_loss(y_true, p, gamma=2.0, alpha=0.25, eps=1e-7):
    y = np.asarray(y_true)
    p = np.clip(np.asarray(p, dtype=np.float64), eps, 1 - eps)
    positive = y == 1
    p_t = np.where(positive, p, 1 - p)
    alpha_t = np.where(positive, alpha, 1 - alpha)
    loss = -alpha_t * (1 - p_t) ** gamma * np.log(p_t)
    return float(np.mean(loss))
