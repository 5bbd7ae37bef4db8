# expect: error
# caught-by: error
# why: never validates its input: zip() silently truncates mismatched lengths and empty input divides by zero
from collections import Counter


def weighted_accuracy(y_true, y_pred, class_weights=None):
    y_true, y_pred = list(y_true), list(y_pred)
    if class_weights is None:
        counts = Counter(y_true)
        class_weights = {c: len(y_true) / (len(counts) * n) for c, n in counts.items()}
    total = sum(class_weights[t] for t, _ in zip(y_true, y_pred))
    correct = sum(class_weights[t] for t, p in zip(y_true, y_pred) if t == p)
    return correct / total
