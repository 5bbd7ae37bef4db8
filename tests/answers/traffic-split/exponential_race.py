# style: weighted rendezvous hashing - each variant draws -ln(u)/w from SHA-256, the smallest wins
"""Deterministic assignment of users to experiment variants."""

import hashlib
import math


def _uniform(salt: str, user_id: str, variant: str) -> float:
    data = "\x1f".join((salt, user_id, variant)).encode("utf-8", "surrogatepass")
    x = int.from_bytes(hashlib.sha256(data).digest()[:8], "big") >> 11   # 53 bits
    return (x + 0.5) / 2.0 ** 53                                          # in (0, 1)


def assign_variant(user_id: str, weights: dict[str, float], salt: str = "") -> str:
    if not weights:
        raise ValueError("weights must not be empty")
    if any(w < 0 for w in weights.values()):
        raise ValueError("weights must be non-negative")
    if abs(math.fsum(weights.values()) - 1.0) > 1e-9:
        raise ValueError("weights must sum to 1")
    best, best_score = None, math.inf
    for variant, w in weights.items():
        if w == 0:
            continue
        score = -math.log(_uniform(salt, user_id, variant)) / w
        if score < best_score or (score == best_score and variant < best):
            best, best_score = variant, score
    return best
