# expect: failed
# caught-by: trap
# why: hands augment a slice of data (a view), so an in-place augment writes into data and compounds over epochs
import numpy as np


class BatchGenerator:
    def __init__(self, data, batch_size, labels=None, shuffle=False, seed=None,
                 drop_last=False, augment=None):
        self.data = np.asarray(data)
        self.labels = None if labels is None else np.asarray(labels)
        self.batch_size = batch_size
        self.shuffle = shuffle
        self.drop_last = drop_last
        self.augment = augment
        self.rng = np.random.default_rng(seed)

    def __len__(self):
        n = len(self.data)
        return n // self.batch_size if self.drop_last else -(-n // self.batch_size)

    def __iter__(self):
        order = self.rng.permutation(len(self.data)) if self.shuffle else None
        for b in range(len(self)):
            idx = slice(b * self.batch_size, (b + 1) * self.batch_size)
            if order is not None:
                idx = order[idx]
            x = self.data[idx]
            if self.augment is not None:
                x = self.augment(x)
            yield x if self.labels is None else (x, self.labels[idx])
