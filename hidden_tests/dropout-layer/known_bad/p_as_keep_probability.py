# expect: failed
# caught-by: trap
# why: keeps a value with probability p (mask = rand < p), treating p as the keep probability instead of the drop probability
import numpy as np


class Dropout:
    def __init__(self, p, seed=None):
        if not 0 <= p < 1:
            raise ValueError("p must be in [0, 1)")
        self.p = p
        self.rng = np.random.default_rng(seed)

    def __call__(self, x, training):
        if not training:
            return x
        mask = self.rng.random(x.shape) < self.p
        return x * mask / (1 - self.p)
