# style: one Generator per instance drawing rng.permutation each epoch; slices (views) in order, fancy indexing when shuffled, copy before augment
"""Mini-batches for training: optional labels, shuffling, drop_last and augmentation."""

import numpy as np


class BatchGenerator:
    """Iterates over `data` (a NumPy array, samples along axis 0) in mini-batches."""

    def __init__(self, data, batch_size, labels=None, shuffle=False, seed=None,
                 drop_last=False, augment=None):
        self.data = np.asarray(data)
        self.labels = None if labels is None else np.asarray(labels)
        self.batch_size = int(batch_size)
        self.shuffle = shuffle
        self.drop_last = drop_last
        self.augment = augment
        self._rng = np.random.default_rng(seed)

    def __len__(self):
        n = len(self.data)
        if self.drop_last:
            return n // self.batch_size
        return (n + self.batch_size - 1) // self.batch_size

    def __iter__(self):
        n = len(self.data)
        order = self._rng.permutation(n) if self.shuffle else None
        for b in range(len(self)):
            start = b * self.batch_size
            stop = min(start + self.batch_size, n)
            if order is None:
                x = self.data[start:stop]
                y = None if self.labels is None else self.labels[start:stop]
            else:
                idx = order[start:stop]
                x = self.data[idx]
                y = None if self.labels is None else self.labels[idx]
            if self.augment is not None:
                x = self.augment(x.copy())
            yield x if y is None else (x, y)
