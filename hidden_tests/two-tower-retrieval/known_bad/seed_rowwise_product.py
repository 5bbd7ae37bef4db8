# expect: error
# caught-by: basic
# why: the 004 seed's reduce_sum(user * item, axis=1): pairs user u with item u only, which fails (or gives a vector) instead of U x I scores
import numpy as np


def two_tower_scores(user_emb, item_emb):
    return np.sum(user_emb * item_emb, axis=1)


def top_k_items(user_vec, item_emb, k):
    scores = item_emb @ user_vec
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:k]
