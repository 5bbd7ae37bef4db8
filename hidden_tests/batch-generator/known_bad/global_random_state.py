# expect: failed
# caught-by: trap
# why: seeds NumPy's global random state in __init__ and shuffles with it, so two generators with the same seed disturb each other
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
        if seed is not None:
            np.random.seed(seed)

    def __len__(self):
        n = len(self.data)
        return n // self.batch_size if self.drop_last else -(-n // self.batch_size)

    def __iter__(self):
        n = len(self.data)
        order = np.random.permutation(n) if self.shuffle else np.arange(n)
        for b in range(len(self)):
            idx = order[b * self.batch_size:(b + 1) * self.batch_size]
            x = self.data[idx]
            if self.augment is not None:
                x = self.augment(x)
            yield x if self.labels is None else (x, self.labels[idx])
