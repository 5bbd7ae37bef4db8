"""A decorator that caches expensive predictions for a limited time."""

import time


def cache_predictions(ttl_seconds=300, maxsize=None, clock=time.monotonic):
    """Decorator factory: cache the decorated function's results for `ttl_seconds`.

    - Calls are cached by their positional and keyword arguments (the order of
      keyword arguments does not matter); calls with unhashable arguments are
      not cached (the function is simply called).
    - An entry older than `ttl_seconds` (by `clock()`) is recomputed.
    - Exceptions are not cached.
    - With `maxsize`, the least recently used entry is evicted when it is full.
    - The wrapper has `cache_info() -> (hits, misses, currsize)` and `cache_clear()`.
    """
    raise NotImplementedError
