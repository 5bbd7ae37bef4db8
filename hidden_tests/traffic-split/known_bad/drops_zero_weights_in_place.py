# expect: failed
# caught-by: mutation
# why: deletes zero-weight variants from the caller's weights dict before assigning
import hashlib
import math


def assign_variant(user_id, weights, salt=""):
    if not weights or any(w < 0 for w in weights.values()):
        raise ValueError("bad weights")
    if abs(sum(weights.values()) - 1) > 1e-9:
        raise ValueError("weights must sum to 1")
    for variant in [v for v, w in weights.items() if w == 0]:
        del weights[variant]
    best, best_score = None, math.inf
    for variant, w in weights.items():
        h = hashlib.md5(f"{salt}{variant}{user_id}".encode()).digest()
        u = (int.from_bytes(h[:8], "big") + 1) / (2**64 + 1)
        score = -math.log(u) / w
        if score < best_score:
            best, best_score = variant, score
    return best
