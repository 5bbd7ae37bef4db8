"""Scoring and top-k retrieval for a two-tower recommendation model."""

import numpy as np


def two_tower_scores(user_emb: np.ndarray, item_emb: np.ndarray) -> np.ndarray:
    """(U, I) matrix of dot products between every user embedding (U, D) and item embedding (I, D)."""
    raise NotImplementedError


def top_k_items(user_vec: np.ndarray, item_emb: np.ndarray, k: int) -> list[int]:
    """Indices of the k items with the highest dot product with user_vec (D,).

    Sorted by score descending; equal scores put the lower index first. 1 <= k <= I.
    """
    raise NotImplementedError
