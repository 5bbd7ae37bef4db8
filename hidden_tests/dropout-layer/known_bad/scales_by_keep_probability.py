# expect: failed
# caught-by: trap
# why: multiplies the survivors by (1 - p) instead of dividing by it, so the expected output is (1 - p)^2 * x
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
        mask = self.rng.random(x.shape) >= self.p
        return x * mask * (1 - self.p)
