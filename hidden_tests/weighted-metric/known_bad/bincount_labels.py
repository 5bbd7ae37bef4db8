# expect: error
# caught-by: trap
# why: uses the labels as indices (np.bincount), which breaks on negative integer and string labels
import numpy as np


def weighted_accuracy(y_true, y_pred, class_weights=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.size == 0 or y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred must be non-empty and of equal length")
    counts = np.bincount(y_true)
    if class_weights is None:
        n_classes = np.count_nonzero(counts)
        table = np.zeros(len(counts))
        present = counts > 0
        table[present] = len(y_true) / (n_classes * counts[present])
    else:
        table = np.zeros(len(counts))
        for label, w in class_weights.items():
            if 0 <= label < len(table):
                table[label] = w
    weights = table[y_true]
    return float(np.sum(weights * (y_true == y_pred)) / np.sum(weights))
