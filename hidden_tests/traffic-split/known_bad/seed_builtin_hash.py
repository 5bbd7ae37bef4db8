# expect: failed
# caught-by: trap
# why: the seed's "user ID hash -> route": Python's built-in hash() into 10 000 buckets laid out as consecutive intervals; hash() is salted per process, so another process splits users differently (and the intervals break the canary ramp)
def assign_variant(user_id, weights, salt=""):
    if not weights or any(w < 0 for w in weights.values()):
        raise ValueError("bad weights")
    if abs(sum(weights.values()) - 1) > 1e-9:
        raise ValueError("weights must sum to 1")
    bucket = hash(salt + user_id) % 10000
    cumulative = 0.0
    last = None
    for variant, weight in weights.items():
        if weight == 0:
            continue
        cumulative += weight * 10000
        last = variant
        if bucket < cumulative:
            return variant
    return last
