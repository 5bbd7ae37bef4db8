# expect: failed
# caught-by: error
# why: only checks that the weights sum to 1 (and are not empty), so negative weights such as {"a": 1.5, "b": -0.5} are accepted
import hashlib
import math


def assign_variant(user_id, weights, salt=""):
    if not weights or abs(sum(weights.values()) - 1) > 1e-9:
        raise ValueError("weights must be non-empty and sum to 1")
    best, best_score = None, math.inf
    for variant, w in weights.items():
        if w <= 0:
            continue
        h = hashlib.blake2b(f"{salt}\0{variant}\0{user_id}".encode(), digest_size=8).digest()
        u = (int.from_bytes(h, "big") + 0.5) / 2**64
        score = -math.log(u) / w
        if score < best_score:
            best, best_score = variant, score
    return best
