# expect: failed
# caught-by: trap
# why: the seed's `y_true == y_pred` on plain lists is a single boolean, not an elementwise comparison
import numpy as np


def weighted_accuracy(y_true, y_pred, class_weights=None):
    if len(y_true) == 0 or len(y_true) != len(y_pred):
        raise ValueError("bad input")
    labels = list(y_true) if not isinstance(y_true, np.ndarray) else y_true.tolist()
    if class_weights is None:
        counts = {c: labels.count(c) for c in set(labels)}
        class_weights = {c: len(labels) / (len(counts) * n) for c, n in counts.items()}
    weights = np.array([class_weights[t] for t in labels], dtype=float)
    return float(np.sum(weights * (y_true == y_pred)) / np.sum(weights))
