# style: per-epoch Generator spawned from a SeedSequence, np.take copies for every batch, divmod-based length
"""Mini-batch generator whose epochs are reproducible children of one SeedSequence."""

import numpy as np


class BatchGenerator:
    """Epoch iterator over mini-batches of `data` (and `labels`)."""

    def __init__(self, data: np.ndarray, batch_size: int, labels: np.ndarray | None = None,
                 shuffle: bool = False, seed: int | None = None, drop_last: bool = False,
                 augment=None) -> None:
        self._data = data
        self._labels = labels
        self._batch_size = batch_size
        self._shuffle = shuffle
        self._drop_last = drop_last
        self._augment = augment
        self._seeds = np.random.SeedSequence(seed)
        self._n = np.shape(data)[0]

    def __len__(self) -> int:
        full, rest = divmod(self._n, self._batch_size)
        return full if self._drop_last or not rest else full + 1

    def _epoch_order(self) -> np.ndarray:
        if not self._shuffle:
            return np.arange(self._n)
        (child,) = self._seeds.spawn(1)       # a fresh, reproducible stream per epoch
        return np.random.default_rng(child).permutation(self._n)

    def __iter__(self):
        order = self._epoch_order()
        usable = len(self) * self._batch_size if self._drop_last else self._n
        for start in range(0, usable, self._batch_size):
            idx = order[start:start + self._batch_size]
            batch = np.take(self._data, idx, axis=0)          # a copy: augment may edit it
            if self._augment is not None:
                batch = self._augment(batch)
            if self._labels is None:
                yield batch
            else:
                yield batch, np.take(self._labels, idx, axis=0)
