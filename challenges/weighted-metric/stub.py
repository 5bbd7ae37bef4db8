"""Class-weighted accuracy: each sample weighs the weight of its true class."""


def weighted_accuracy(y_true, y_pred, class_weights=None) -> float:
    """Weighted share of correct predictions.

    y_true, y_pred: equal-length lists or NumPy arrays of hashable labels.
    class_weights: dict label -> weight; None means balanced weights
    n_samples / (n_classes * count_c), so the result equals balanced accuracy.
    Raises ValueError for empty input or mismatched lengths.
    """
    raise NotImplementedError
