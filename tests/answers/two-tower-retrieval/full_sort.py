# style: one matmul; top-k by a full stable lexsort on (-score, index)
"""Scoring and top-k retrieval for a two-tower recommendation model."""

import numpy as np


def two_tower_scores(user_emb, item_emb):
    return np.asarray(user_emb) @ np.asarray(item_emb).T


def top_k_items(user_vec, item_emb, k):
    scores = np.asarray(item_emb) @ np.asarray(user_vec)
    order = np.lexsort((np.arange(scores.shape[0]), -scores))
    return [int(i) for i in order[:k]]
