"""Probe inputs for hash-map: n distinct integer keys (hashes spread well)."""


def put_then_get(n, rng):
    """Arguments of hash_harness.put_then_get: n and the seed the harness draws the keys from."""
    return [n, rng.randrange(1 << 30)]
