# expect: failed
# caught-by: trap
# why: rendezvous hashing on (variant, user) only: the salt is never used, so every experiment splits users identically instead of independently
import hashlib
import math


def _u(text):
    h = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")
    return (h + 1) / (2**64 + 1)


def assign_variant(user_id, weights, salt=""):
    if not weights:
        raise ValueError("empty weights")
    for w in weights.values():
        if w < 0:
            raise ValueError("negative weight")
    if not math.isclose(sum(weights.values()), 1.0, rel_tol=0, abs_tol=1e-9):
        raise ValueError("weights must sum to 1")
    candidates = [(-math.log(_u(f"{variant}/{user_id}")) / w, variant)
                  for variant, w in weights.items() if w > 0]
    return min(candidates)[1]
