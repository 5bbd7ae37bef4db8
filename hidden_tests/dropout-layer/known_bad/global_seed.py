# expect: failed
# caught-by: trap
# why: seeds NumPy's global random state in __init__ and draws from it, so layers with the same seed interfere with each other
import numpy as np


class Dropout:
    def __init__(self, p, seed=None):
        if not 0 <= p < 1:
            raise ValueError("p must be in [0, 1)")
        self.p = p
        if seed is not None:
            np.random.seed(seed)

    def __call__(self, x, training):
        if not training:
            return x
        mask = np.random.random_sample(x.shape) >= self.p
        return x * mask / (1 - self.p)
