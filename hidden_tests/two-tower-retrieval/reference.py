"""Reference two-tower retrieval: one matrix product; a stable selection for top-k.

top_k_items narrows the candidates with argpartition (O(I)) when k is small,
then orders them with a lexicographic sort on (-score, index), so equal scores
come out lowest index first whatever argpartition did with them. Items tied
with the k-th score may lie outside the partition's first k, so the
candidates are every item scoring at least the k-th best score.
"""

import numpy as np


def two_tower_scores(user_emb: np.ndarray, item_emb: np.ndarray) -> np.ndarray:
    """(U, I) dot products of every user with every item."""
    return np.asarray(user_emb, dtype=np.float64) @ np.asarray(item_emb, dtype=np.float64).T


def top_k_items(user_vec: np.ndarray, item_emb: np.ndarray, k: int) -> list[int]:
    """The k best items by score, descending, lower index first on ties."""
    scores = np.asarray(item_emb, dtype=np.float64) @ np.asarray(user_vec, dtype=np.float64)
    if k < len(scores):
        kth_best = np.partition(scores, len(scores) - k)[len(scores) - k]
        candidates = np.flatnonzero(scores >= kth_best)
    else:
        candidates = np.arange(len(scores))
    order = np.lexsort((candidates, -scores[candidates]))
    return [int(i) for i in candidates[order][:k]]
