# style: aggregate per class with collections.Counter, then combine class totals (math.fsum)
"""Class-weighted accuracy computed from per-class sample and hit counts."""

import math
from collections import Counter


def weighted_accuracy(y_true, y_pred, class_weights=None) -> float:
    """sum_c w_c * hits_c / sum_c w_c * n_c; balanced weights give balanced accuracy."""
    y_true = list(y_true)
    y_pred = list(y_pred)
    if not y_true or not y_pred:
        raise ValueError("empty input")
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred must have the same length")

    support = Counter(y_true)
    hits = Counter(t for t, p in zip(y_true, y_pred) if t == p)

    if class_weights is None:
        # balanced: w_c = n / (k * n_c), i.e. the mean of the per-class recalls
        return math.fsum(hits[c] / n_c for c, n_c in support.items()) / len(support)

    numerator = math.fsum(class_weights[c] * hits[c] for c in support)
    denominator = math.fsum(class_weights[c] * n_c for c, n_c in support.items())
    return numerator / denominator
