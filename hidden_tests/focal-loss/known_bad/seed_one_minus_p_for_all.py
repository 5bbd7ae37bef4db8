# expect: failed
# caught-by: trap
# why: the 004 seed: alpha * (1 - p)^gamma * BCE for every sample, so negatives get the wrong factor and weight
import numpy as np


def binary_focal_loss(y_true, p, gamma=2.0, alpha=0.25, eps=1e-7):
    p = np.clip(p, eps, 1 - eps)
    bce = -(y_true * np.log(p) + (1 - y_true) * np.log(1 - p))
    return float(np.mean(alpha * np.power(1 - p, gamma) * bce))
