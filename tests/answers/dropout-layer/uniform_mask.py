# style: default_rng uniform draws compared with p, multiply by mask / (1 - p); inference returns x itself
"""Inverted dropout: a layer that behaves differently in training and in inference."""

import numpy as np


class Dropout:
    """Inverted dropout with drop probability `p` (0 <= p < 1, else ValueError)."""

    def __init__(self, p: float, seed: int | None = None) -> None:
        if not 0.0 <= p < 1.0:
            raise ValueError(f"dropout probability must be in [0, 1), got {p!r}")
        self.p = p
        self._rng = np.random.default_rng(seed)

    def __call__(self, x: np.ndarray, training: bool) -> np.ndarray:
        """Training: zero each value with probability p and scale the others by 1 / (1 - p).
        Inference: the values come back unchanged.
        """
        if not training:
            return x
        x = np.asarray(x)
        keep = self._rng.random(x.shape) >= self.p
        return np.asarray(x * keep / (1.0 - self.p))
