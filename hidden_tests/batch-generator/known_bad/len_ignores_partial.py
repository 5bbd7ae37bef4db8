# expect: failed
# caught-by: basic
# why: __len__ is always n // batch_size, so it undercounts whenever the last batch is partial and kept
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
        return len(self.data) // self.batch_size

    def __iter__(self):
        n = len(self.data)
        order = self.rng.permutation(n) if self.shuffle else np.arange(n)
        stop = n - n % self.batch_size if self.drop_last else n
        for i in range(0, stop, self.batch_size):
            idx = order[i:i + self.batch_size]
            x = self.data[idx]
            if self.augment is not None:
                x = self.augment(x.copy())
            yield x if self.labels is None else (x, self.labels[idx])
