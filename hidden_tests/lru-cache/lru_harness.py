"""Runs beside the submission: replays a whole operation sequence in one call."""

from lru_cache import LRUCache


def replay(capacity, ops):
    """Apply ("put", k, v) / ("get", k) operations; return the results of the gets."""
    cache = LRUCache(capacity)
    results = []
    for op in ops:
        if op[0] == "put":
            cache.put(op[1], op[2])
        else:
            results.append(cache.get(op[1]))
    return results
