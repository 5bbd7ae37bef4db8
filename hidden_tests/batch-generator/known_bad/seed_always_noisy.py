# expect: failed
# caught-by: basic
# why: the seed's CustomDataGenerator (004 Coding 8): its own augment (Gaussian noise) runs on every batch even when none is given, and shuffle is ignored
import numpy as np


class BatchGenerator:
    def __init__(self, data, batch_size=32, labels=None, shuffle=False, seed=None,
                 drop_last=False, augment=None):
        self.data = data
        self.batch_size = batch_size
        self.labels = labels
        self.drop_last = drop_last
        self.augment = augment or self._noise

    def __len__(self):
        n = len(self.data)
        return n // self.batch_size if self.drop_last else -(-n // self.batch_size)

    def __iter__(self):
        for b in range(len(self)):
            i = b * self.batch_size
            batch = self.augment(self.data[i:i + self.batch_size])
            if self.labels is None:
                yield batch
            else:
                yield batch, self.labels[i:i + self.batch_size]

    def _noise(self, batch):
        return batch + np.random.normal(0, 0.1, batch.shape)
