# expect: failed
# caught-by: trap
# why: draws the mask on the first call and reuses it for every later call of the same shape, so the mean never approaches x
import numpy as np


class Dropout:
    def __init__(self, p, seed=None):
        if not 0 <= p < 1:
            raise ValueError("p must be in [0, 1)")
        self.p = p
        self.rng = np.random.default_rng(seed)
        self.masks = {}

    def __call__(self, x, training):
        if not training:
            return x
        if x.shape not in self.masks:
            self.masks[x.shape] = (self.rng.random(x.shape) >= self.p) / (1 - self.p)
        return x * self.masks[x.shape]
