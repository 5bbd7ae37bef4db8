# expect: failed
# caught-by: trap
# why: a stable md5 bucket in [0, 1) mapped onto consecutive weight intervals: shares and salts are fine, but a canary ramp shifts the interval boundaries and moves users between the other variants
import hashlib


def assign_variant(user_id, weights, salt=""):
    if not weights:
        raise ValueError("no variants")
    if any(w < 0 for w in weights.values()):
        raise ValueError("negative weight")
    if abs(sum(weights.values()) - 1.0) > 1e-9:
        raise ValueError("weights must sum to 1")
    digest = hashlib.md5(f"{salt}:{user_id}".encode()).hexdigest()
    point = int(digest[:15], 16) / 16**15
    cumulative = 0.0
    chosen = None
    for variant, weight in weights.items():
        if weight <= 0:
            continue
        cumulative += weight
        chosen = variant
        if point < cumulative:
            break
    return chosen
