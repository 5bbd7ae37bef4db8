# expect: error
# caught-by: edge
# why: checks sum(weights) == 1 exactly, so float sums such as 0.7 + 0.2 + 0.1 = 0.9999999999999999 raise ValueError
import hashlib
import math


def assign_variant(user_id, weights, salt=""):
    if not weights:
        raise ValueError("no variants")
    if any(w < 0 for w in weights.values()):
        raise ValueError("negative weight")
    if sum(weights.values()) != 1:
        raise ValueError("weights must sum to 1")
    best, best_score = None, math.inf
    for variant, w in weights.items():
        if w == 0:
            continue
        h = hashlib.sha256(f"{salt}:{variant}:{user_id}".encode()).digest()
        u = (int.from_bytes(h[:8], "big") + 0.5) / 2**64
        if -math.log(u) / w < best_score:
            best, best_score = variant, -math.log(u) / w
    return best
