# expect: failed
# caught-by: trap
# why: np.argsort(scores)[::-1] reverses a stable ascending sort, so ties come out higher index first
import numpy as np


def two_tower_scores(user_emb, item_emb):
    return user_emb @ item_emb.T


def top_k_items(user_vec, item_emb, k):
    scores = item_emb @ user_vec
    return np.argsort(scores, kind="stable")[::-1][:k].tolist()
