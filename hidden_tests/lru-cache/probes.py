"""Probe inputs for lru-cache (run in the grader; the lists cross as data)."""


def ops(n, rng):
    """n mixed operations on n/2 keys with capacity n/4: hits, misses, updates, evictions.

    A capacity growing with n is what makes an O(capacity) scan per operation show.
    """
    keys = n // 2
    seq = [("put", rng.randrange(keys), i) if rng.random() < 0.5 else ("get", rng.randrange(keys))
           for i in range(n)]
    return [max(n // 4, 1), seq]
