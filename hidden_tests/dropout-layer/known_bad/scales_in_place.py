# expect: failed
# caught-by: mutation
# why: applies the mask with in-place operators on the caller's array (x *= mask)
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
        x *= self.rng.random(x.shape) >= self.p
        x /= 1 - self.p
        return x
