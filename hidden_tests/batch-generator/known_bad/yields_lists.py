# expect: error
# caught-by: scale
# why: yields each batch as nested Python lists (x.tolist()) instead of NumPy arrays
"""Reference: a re-iterable mini-batch generator.

One `numpy.random.Generator` is created from the seed in __init__ and draws a
new permutation at the start of every epoch, so epochs differ from each other
while the whole sequence is reproducible from the seed and independent of the
global NumPy random state. Batches are slices (views) of the data when there
is no augment; an augment function always receives a private copy, so even an
in-place augment cannot reach the data.
"""

from collections.abc import Callable, Iterator

import numpy as np

Batch = np.ndarray | tuple[np.ndarray, np.ndarray]


class BatchGenerator:
    """Iterates over `data` (a NumPy array, samples along axis 0) in mini-batches.

    Each iteration (epoch) yields arrays of `batch_size` rows, or `(x, y)` pairs
    when `labels` is given; the last batch is partial unless `drop_last`.
    `shuffle` draws a new permutation on every iteration, reproducible from
    `seed`. `augment(batch)` is applied to each batch and never changes `data`.
    """

    def __init__(self, data: np.ndarray, batch_size: int, labels: np.ndarray | None = None,
                 shuffle: bool = False, seed: int | None = None, drop_last: bool = False,
                 augment: Callable[[np.ndarray], np.ndarray] | None = None) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.data = np.asarray(data)
        self.labels = None if labels is None else np.asarray(labels)
        if self.labels is not None and len(self.labels) != len(self.data):
            raise ValueError(f"{len(self.labels)} labels for {len(self.data)} samples")
        self.batch_size = batch_size
        self.shuffle = shuffle
        self.drop_last = drop_last
        self.augment = augment
        self._rng = np.random.default_rng(seed)

    def __len__(self) -> int:
        """The number of batches one iteration yields."""
        full, rest = divmod(len(self.data), self.batch_size)
        return full + (1 if rest and not self.drop_last else 0)

    def __iter__(self) -> Iterator[Batch]:
        """Yield the batches of one epoch."""
        order = self._rng.permutation(len(self.data)) if self.shuffle else None
        for start in range(0, len(self) * self.batch_size, self.batch_size):
            index = slice(start, start + self.batch_size)
            if order is not None:
                index = order[index]  # fancy indexing below makes copies
            yield self._batch(index)

    def _batch(self, index: slice | np.ndarray) -> Batch:
        x = self.data[index]
        if self.augment is not None:
            x = self.augment(np.array(x, copy=True))
        if self.labels is None:
            return np.asarray(x).tolist()
        return np.asarray(x).tolist(), self.labels[index].tolist()
