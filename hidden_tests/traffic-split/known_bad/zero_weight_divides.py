# expect: error
# caught-by: trap
# why: rendezvous scores -ln(u) / weight for every variant, so a zero weight raises ZeroDivisionError instead of getting no users
import hashlib
import math


def assign_variant(user_id, weights, salt=""):
    if not weights or any(w < 0 for w in weights.values()):
        raise ValueError("bad weights")
    if abs(sum(weights.values()) - 1) > 1e-9:
        raise ValueError("weights must sum to 1")
    scores = {}
    for variant, w in weights.items():
        h = hashlib.sha256(f"{salt}/{variant}/{user_id}".encode()).digest()
        u = (int.from_bytes(h[:8], "big") + 0.5) / 2**64
        scores[variant] = -math.log(u) / w
    return min(scores, key=scores.get)
