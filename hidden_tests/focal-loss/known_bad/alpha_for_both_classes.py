# expect: failed
# caught-by: trap
# why: multiplies every sample by alpha, instead of 1 - alpha for the negatives
import numpy as np


def binary_focal_loss(y_true, p, gamma=2.0, alpha=0.25, eps=1e-7):
    p = np.clip(p, eps, 1 - eps)
    p_t = np.where(y_true == 1, p, 1 - p)
    return float(np.mean(-alpha * (1 - p_t) ** gamma * np.log(p_t)))
