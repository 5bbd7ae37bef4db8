"""Reference: class-weighted accuracy with plain Python containers.

A Counter of the true labels gives the balanced weights; a single pass sums the
weight of every sample and of every correct one. Labels are only hashed and
compared, never used as indices, so negative ints, strings and any other
hashable label work, from lists or NumPy arrays alike.
"""

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence


def _as_list(values: Iterable[Hashable]) -> list:
    # NumPy arrays become Python scalars; lists and tuples are copied, never modified.
    return values.tolist() if hasattr(values, "tolist") else list(values)


def _paired_labels(y_true: Iterable[Hashable], y_pred: Iterable[Hashable]) -> tuple[list, list]:
    """Both label sequences as lists; ValueError when empty or of different lengths."""
    truth, pred = _as_list(y_true), _as_list(y_pred)
    if len(truth) != len(pred):
        raise ValueError(f"y_true has {len(truth)} labels but y_pred has {len(pred)}")
    if not truth:
        raise ValueError("weighted_accuracy needs at least one sample")
    return truth, pred


def balanced_weights(y_true: Sequence[Hashable]) -> dict[Hashable, float]:
    """n_samples / (n_classes * count_c) for every class c of y_true."""
    counts = Counter(y_true)
    n, k = len(y_true), len(counts)
    return {label: n / (k * count) for label, count in counts.items()}


def weighted_accuracy(y_true: Iterable[Hashable], y_pred: Iterable[Hashable],
                      class_weights: Mapping[Hashable, float] | None = None) -> float:
    """Weighted share of correct predictions.

    y_true, y_pred: equal-length lists or NumPy arrays of hashable labels.
    class_weights: dict label -> weight; None means balanced weights
    n_samples / (n_classes * count_c), so the result equals balanced accuracy.
    Raises ValueError for empty input or mismatched lengths.
    """
    truth, pred = _paired_labels(y_true, y_pred)
    weights = balanced_weights(truth) if class_weights is None else class_weights
    total = correct = 0.0
    for t, p in zip(truth, pred, strict=True):
        w = weights[t]
        total += w
        if t == p:
            correct += w
    return correct / total
