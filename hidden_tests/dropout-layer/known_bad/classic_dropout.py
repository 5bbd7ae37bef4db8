# expect: failed
# caught-by: basic
# why: classic (non-inverted) dropout: no scaling in training, multiplies by (1 - p) at inference
import numpy as np


class Dropout:
    def __init__(self, p, seed=None):
        if not 0 <= p < 1:
            raise ValueError("p must be in [0, 1)")
        self.p = p
        self.rng = np.random.default_rng(seed)

    def __call__(self, x, training):
        if training:
            return x * (self.rng.random(x.shape) >= self.p)
        return x * (1 - self.p)
