# style: explicit per-sample loop with a hand-built count dict; balanced weights computed as a dict
"""Class-weighted accuracy: each sample weighs the weight of its true class."""


def weighted_accuracy(y_true, y_pred, class_weights=None) -> float:
    """Weighted share of correct predictions (balanced accuracy when class_weights is None)."""
    true_labels = list(y_true)
    pred_labels = list(y_pred)
    if len(true_labels) != len(pred_labels):
        raise ValueError(f"y_true has {len(true_labels)} samples but y_pred has {len(pred_labels)}")
    if not true_labels:
        raise ValueError("weighted_accuracy needs at least one sample")

    if class_weights is None:
        counts = {}
        for label in true_labels:
            counts[label] = counts.get(label, 0) + 1
        n_samples = len(true_labels)
        n_classes = len(counts)
        weights = {label: n_samples / (n_classes * count) for label, count in counts.items()}
    else:
        weights = class_weights

    numerator = 0.0
    denominator = 0.0
    for truth, guess in zip(true_labels, pred_labels):
        w = weights[truth]
        denominator += w
        if truth == guess:
            numerator += w
    return numerator / denominator
