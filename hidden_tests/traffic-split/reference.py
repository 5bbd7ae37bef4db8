"""Reference traffic split: weighted rendezvous hashing.

Each (salt, variant, user) triple hashes (blake2b, fixed across processes) to a
uniform u in (0, 1); the variant's score is -ln(u) / weight, an exponential
race, and the user gets the variant with the smallest score. A variant wins
with probability weight / sum(weights), so shares match the weights.

Because every variant draws its own number, scaling all the other weights by
the same factor (a canary ramp) leaves their order among themselves unchanged:
a user either stays where they were or moves to the growing variant. The salt
is part of every hash, so two salts give independent splits. A zero weight
never wins (its score would be infinite).
"""

import math
from hashlib import blake2b

TOLERANCE = 1e-9


def _uniform(*parts: str) -> float:
    """A number in (0, 1) determined by the parts, the same in every process."""
    digest = blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
    return (int.from_bytes(digest, "big") + 0.5) / 2.0**64


def _check(weights: dict) -> None:
    if not weights:
        raise ValueError("weights must not be empty")
    for variant, weight in weights.items():
        if not math.isfinite(weight) or weight < 0:
            raise ValueError(f"weight of {variant!r} must be a finite number >= 0, got {weight}")
    total = math.fsum(weights.values())
    if abs(total - 1.0) > TOLERANCE:
        raise ValueError(f"weights must sum to 1, got {total}")


def assign_variant(user_id: str, weights: dict[str, float], salt: str = "") -> str:
    """The variant for `user_id`: deterministic, in proportion to `weights` (summing to 1)."""
    _check(weights)
    best, best_score = None, math.inf
    for variant, weight in weights.items():
        if weight == 0:
            continue
        score = -math.log(_uniform(salt, variant, user_id)) / weight
        if score < best_score:
            best, best_score = variant, score
    return best
