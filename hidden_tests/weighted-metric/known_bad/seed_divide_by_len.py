# expect: failed
# caught-by: trap
# why: the seed's custom_metric (004 Coding 1): sum(weights * correct) / len(y_true), right only when the weights average 1
import numpy as np


def compute_weights(y_true, class_weights=None):
    classes, counts = np.unique(y_true, return_counts=True)
    if class_weights is None:
        class_weights = {c: len(y_true) / (len(classes) * n) for c, n in zip(classes, counts)}
    return np.array([class_weights[t] for t in y_true.tolist()])


def weighted_accuracy(y_true, y_pred, class_weights=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if len(y_true) == 0 or len(y_true) != len(y_pred):
        raise ValueError("bad input")
    weights = compute_weights(y_true, class_weights)
    return np.sum(weights * (y_true == y_pred)) / len(y_true)
