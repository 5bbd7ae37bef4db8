# style: label arithmetic (y*a + (1-y)*b) instead of masks; positives and negatives as two summed terms
"""Binary focal loss written with label arithmetic."""

import numpy as np


def binary_focal_loss(y_true, p, gamma=2.0, alpha=0.25, eps=1e-7):
    y = np.asarray(y_true, dtype=np.float64)
    q = np.minimum(np.maximum(np.asarray(p, dtype=np.float64), eps), 1.0 - eps)
    pos = y * alpha * np.power(1.0 - q, gamma) * -np.log(q)
    neg = (1.0 - y) * (1.0 - alpha) * np.power(q, gamma) * -np.log(1.0 - q)
    return float((pos + neg).sum() / y.size)
