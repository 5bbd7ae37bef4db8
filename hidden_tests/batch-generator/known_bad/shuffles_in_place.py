# expect: failed
# caught-by: mutation
# why: shuffles the caller's data and labels in place (same permutation for both) at the start of each epoch
import numpy as np


class BatchGenerator:
    def __init__(self, data, batch_size, labels=None, shuffle=False, seed=None,
                 drop_last=False, augment=None):
        self.data = data
        self.labels = labels
        self.batch_size = batch_size
        self.shuffle = shuffle
        self.drop_last = drop_last
        self.augment = augment
        self.rng = np.random.default_rng(seed)

    def __len__(self):
        n = len(self.data)
        return n // self.batch_size if self.drop_last else -(-n // self.batch_size)

    def __iter__(self):
        if self.shuffle:
            perm = self.rng.permutation(len(self.data))
            self.data[:] = self.data[perm]
            if self.labels is not None:
                self.labels[:] = self.labels[perm]
        for b in range(len(self)):
            s = slice(b * self.batch_size, (b + 1) * self.batch_size)
            x = self.data[s].copy()
            if self.augment is not None:
                x = self.augment(x)
            yield x if self.labels is None else (x, self.labels[s].copy())
