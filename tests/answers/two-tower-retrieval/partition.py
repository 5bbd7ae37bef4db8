# style: np.argpartition selection plus tie-aware boundary handling, then sort only the k winners
"""Two-tower scoring with argpartition-based top-k."""

import numpy as np


def two_tower_scores(user_emb, item_emb):
    return np.einsum("ud,id->ui", np.asarray(user_emb), np.asarray(item_emb))


def top_k_items(user_vec, item_emb, k):
    scores = np.dot(np.asarray(item_emb), np.asarray(user_vec))
    n = scores.shape[0]
    if k >= n:
        cand = np.arange(n)
    else:
        part = np.argpartition(-scores, k - 1)[:k]
        threshold = scores[part].min()
        above = np.flatnonzero(scores > threshold)
        ties = np.flatnonzero(scores == threshold)[: k - above.size]
        cand = np.concatenate([above, ties])
    order = np.lexsort((cand, -scores[cand]))
    return [int(i) for i in cand[order][:k]]
