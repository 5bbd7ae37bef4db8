# expect: failed
# caught-by: trap
# why: rendezvous per variant, but the salt only adds one fixed offset (mod 1) to every variant's draw for every user, so two experiments' splits stay correlated instead of independent
import hashlib
import math


def _unit(text):
    return (int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) + 0.5) / 16**12


def assign_variant(user_id, weights, salt=""):
    if not weights:
        raise ValueError("empty weights")
    if min(weights.values()) < 0:
        raise ValueError("negative weight")
    if abs(sum(weights.values()) - 1) > 1e-9:
        raise ValueError("weights must sum to 1")
    offset = _unit(salt) if salt else 0.0
    best, best_score = None, float("inf")
    for variant, w in weights.items():
        if w == 0:
            continue
        u = (_unit(f"{variant}|{user_id}") + offset) % 1.0 or 0.5
        score = -math.log(u) / w
        if score < best_score:
            best, best_score = variant, score
    return best
