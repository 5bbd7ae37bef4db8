# expect: failed
# caught-by: error
# why: validates with `p < 0 or p > 1`, so p = 1 is accepted (and every training call would divide by zero)
import numpy as np


class Dropout:
    def __init__(self, p, seed=None):
        if p < 0 or p > 1:
            raise ValueError("p must be between 0 and 1")
        self.p = p
        self.rng = np.random.default_rng(seed)

    def __call__(self, x, training):
        if not training:
            return np.array(x, copy=True)
        keep = self.rng.random(np.shape(x)) >= self.p
        return np.where(keep, np.asarray(x) / (1 - self.p), 0.0)
