# expect: failed
# caught-by: basic
# why: returns the sum over samples instead of the mean
import numpy as np


def binary_focal_loss(y_true, p, gamma=2.0, alpha=0.25, eps=1e-7):
    p = np.clip(p, eps, 1 - eps)
    p_t = np.where(y_true == 1, p, 1 - p)
    alpha_t = np.where(y_true == 1, alpha, 1 - alpha)
    return float(np.sum(-alpha_t * (1 - p_t) ** gamma * np.log(p_t)))
