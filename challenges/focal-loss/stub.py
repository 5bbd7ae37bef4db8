"""Binary focal loss (Lin et al., 2017) for class imbalance."""

import numpy as np


def binary_focal_loss(y_true: np.ndarray, p: np.ndarray, gamma: float = 2.0, alpha: float = 0.25,
                      eps: float = 1e-7) -> float:
    """Mean over samples of -alpha_t * (1 - p_t) ** gamma * log(p_t), with p clipped to [eps, 1 - eps].

    p_t = p and alpha_t = alpha for positives (y = 1); p_t = 1 - p and alpha_t = 1 - alpha
    for negatives (y = 0).
    """
    raise NotImplementedError
