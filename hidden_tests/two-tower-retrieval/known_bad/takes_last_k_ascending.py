# expect: failed
# caught-by: basic
# why: np.argsort(scores)[-k:] picks the right items but leaves them in ascending score order
import numpy as np


def two_tower_scores(user_emb, item_emb):
    return user_emb @ item_emb.T


def top_k_items(user_vec, item_emb, k):
    scores = item_emb @ user_vec
    return np.argsort(scores, kind="stable")[-k:].tolist()
