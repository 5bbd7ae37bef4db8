"""Mini-batches for training: optional labels, shuffling, drop_last and augmentation."""

import numpy as np


class BatchGenerator:
    """Iterates over `data` (a NumPy array, samples along axis 0) in mini-batches.

    Each iteration (epoch) yields arrays of `batch_size` rows, or `(x, y)` pairs
    when `labels` is given; the last batch is partial unless `drop_last`.
    `shuffle` draws a new permutation on every iteration, reproducible from
    `seed`. `augment(batch)` is applied to each batch and never changes `data`.
    """

    def __init__(self, data: np.ndarray, batch_size: int, labels: np.ndarray | None = None,
                 shuffle: bool = False, seed: int | None = None, drop_last: bool = False,
                 augment=None) -> None:
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of batches one iteration yields."""
        raise NotImplementedError

    def __iter__(self):
        """Yield the batches of one epoch."""
        raise NotImplementedError
