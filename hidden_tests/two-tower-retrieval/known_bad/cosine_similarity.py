# expect: failed
# caught-by: basic
# why: normalizes the embeddings and ranks by cosine similarity instead of the dot product
import numpy as np


def _unit(a):
    return a / np.linalg.norm(a, axis=-1, keepdims=True)


def two_tower_scores(user_emb, item_emb):
    return _unit(user_emb) @ _unit(item_emb).T


def top_k_items(user_vec, item_emb, k):
    scores = _unit(item_emb) @ _unit(user_vec)
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:k]
