# style: explicit PCG64 bit generator, Bernoulli keep-mask via binomial, np.where selection; inference returns a copy
"""Inverted dropout with a Bernoulli keep mask."""

import math

import numpy as np


class Dropout:
    def __init__(self, p, seed=None):
        p = float(p)
        if math.isnan(p) or p < 0.0 or p >= 1.0:
            raise ValueError("p must satisfy 0 <= p < 1")
        self.p = p
        self.keep_prob = 1.0 - p
        self.rng = np.random.Generator(np.random.PCG64(seed))

    def __call__(self, x, training):
        x = np.asarray(x)
        if not training:
            return x.copy()
        keep = self.rng.binomial(1, self.keep_prob, size=x.shape).astype(bool)
        scaled = x / self.keep_prob
        return np.where(keep, scaled, 0.0)
