"""Inverted dropout: a layer that behaves differently in training and in inference."""

import numpy as np


class Dropout:
    """Inverted dropout with drop probability `p` (0 <= p < 1, else ValueError)."""

    def __init__(self, p: float, seed: int | None = None) -> None:
        raise NotImplementedError

    def __call__(self, x: np.ndarray, training: bool) -> np.ndarray:
        """Training: zero each value with probability p and scale the others by 1 / (1 - p).
        Inference: the values come back unchanged.
        """
        raise NotImplementedError
