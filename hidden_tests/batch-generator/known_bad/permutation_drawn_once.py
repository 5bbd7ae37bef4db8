# expect: failed
# caught-by: trap
# why: draws the permutation once in __init__, so every epoch comes in the same shuffled order
import numpy as np


class BatchGenerator:
    def __init__(self, data, batch_size, labels=None, shuffle=False, seed=None,
                 drop_last=False, augment=None):
        self.data = np.asarray(data)
        self.labels = None if labels is None else np.asarray(labels)
        self.batch_size = batch_size
        self.drop_last = drop_last
        self.augment = augment
        n = len(self.data)
        self.order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)

    def __len__(self):
        n = len(self.data)
        return n // self.batch_size if self.drop_last else -(-n // self.batch_size)

    def __iter__(self):
        for b in range(len(self)):
            idx = self.order[b * self.batch_size:(b + 1) * self.batch_size]
            x = self.data[idx]
            if self.augment is not None:
                x = self.augment(x)
            yield x if self.labels is None else (x, self.labels[idx])
