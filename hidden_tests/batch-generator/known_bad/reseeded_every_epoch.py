# expect: failed
# caught-by: trap
# why: creates the random generator from the seed inside __iter__, so each epoch repeats the first epoch's permutation
import numpy as np


class BatchGenerator:
    def __init__(self, data, batch_size, labels=None, shuffle=False, seed=None,
                 drop_last=False, augment=None):
        self.data = np.asarray(data)
        self.labels = None if labels is None else np.asarray(labels)
        self.batch_size = batch_size
        self.shuffle = shuffle
        self.seed = seed
        self.drop_last = drop_last
        self.augment = augment

    def __len__(self):
        n = len(self.data)
        return n // self.batch_size if self.drop_last else -(-n // self.batch_size)

    def __iter__(self):
        n = len(self.data)
        rng = np.random.default_rng(self.seed)
        order = rng.permutation(n) if self.shuffle else np.arange(n)
        for b in range(len(self)):
            idx = order[b * self.batch_size:(b + 1) * self.batch_size]
            x = self.data[idx]
            if self.augment is not None:
                x = self.augment(x)
            yield x if self.labels is None else (x, self.labels[idx])
