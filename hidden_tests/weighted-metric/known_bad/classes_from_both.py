# expect: failed
# caught-by: edge
# why: counts n_classes over y_true and y_pred together and divides by n_samples, so a label seen only in y_pred skews the result
from collections import Counter


def weighted_accuracy(y_true, y_pred, class_weights=None):
    y_true = y_true.tolist() if hasattr(y_true, "tolist") else list(y_true)
    y_pred = y_pred.tolist() if hasattr(y_pred, "tolist") else list(y_pred)
    if not y_true or len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred must be non-empty and of equal length")
    n = len(y_true)
    if class_weights is None:
        counts = Counter(y_true)
        n_classes = len(set(y_true) | set(y_pred))
        weights = {c: n / (n_classes * k) for c, k in counts.items()}
        return sum(weights[t] for t, p in zip(y_true, y_pred) if t == p) / n
    total = sum(class_weights[t] for t in y_true)
    return sum(class_weights[t] for t, p in zip(y_true, y_pred) if t == p) / total
