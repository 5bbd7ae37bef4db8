# style: blake2b per (salt, variant, user) key; maximize log(u) / w (equivalently u ** (1/w)), ties by name
"""Traffic split by a weighted lottery where every variant draws its own number per user."""

from hashlib import blake2b
from math import log


def _draw(user_id, variant, salt):
    h = blake2b(digest_size=8, person=b"traffic-split")
    for part in (salt, variant, user_id):
        encoded = str(part).encode("utf-8", "surrogatepass")
        h.update(len(encoded).to_bytes(8, "little"))
        h.update(encoded)
    n = int.from_bytes(h.digest(), "little")
    return (n + 1) / (2 ** 64 + 1)          # strictly inside (0, 1)


def assign_variant(user_id, weights, salt=""):
    items = list(weights.items())
    if not items:
        raise ValueError("no variants")
    total = 0.0
    for name, w in items:
        if w < 0:
            raise ValueError(f"negative weight for {name!r}")
        total += w
    if not abs(total - 1.0) <= 1e-9:
        raise ValueError(f"weights sum to {total}, not 1")
    winner = None
    best = None
    for name, w in sorted(items):
        if w <= 0:
            continue
        key = log(_draw(user_id, name, salt)) / w     # in (-inf, 0): larger is better
        if best is None or key > best:
            winner, best = name, key
    return winner
