"""Reference: inverted dropout.

Each layer owns a `numpy.random.Generator` seeded once, so two layers with the
same seed give the same masks call after call, untouched by global random
state. Survivors are scaled by 1 / (1 - p) during training, which keeps the
expected activation equal to x and lets inference return x unchanged.
"""

import numpy as np


class Dropout:
    """Inverted dropout with drop probability `p` (0 <= p < 1, else ValueError)."""

    def __init__(self, p: float, seed: int | None = None) -> None:
        if not 0.0 <= p < 1.0:
            raise ValueError(f"p must be in [0, 1), got {p!r}")
        self.p = float(p)
        self._rng = np.random.default_rng(seed)

    def __call__(self, x: np.ndarray, training: bool) -> np.ndarray:
        """Training: zero each value with probability p and scale the others by 1 / (1 - p).
        Inference: the values come back unchanged.
        """
        x = np.asarray(x)
        if not training or self.p == 0.0:
            return x.copy()
        keep = self._rng.random(x.shape) >= self.p
        return np.where(keep, x / (1.0 - self.p), 0.0)
