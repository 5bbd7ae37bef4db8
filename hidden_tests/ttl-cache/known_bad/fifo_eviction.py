# expect: failed
# caught-by: edge
# why: with maxsize it evicts the oldest inserted entry (FIFO): a hit does not count as a use
import time
from functools import wraps


def cache_predictions(ttl_seconds=300, maxsize=None, clock=time.monotonic):
    def decorator(func):
        cache = {}
        stats = [0, 0]

        @wraps(func)
        def wrapper(*args, **kwargs):
            try:
                key = (args, frozenset(kwargs.items()))
                hash(key)
            except TypeError:
                return func(*args, **kwargs)
            if key in cache and clock() - cache[key][0] < ttl_seconds:
                stats[0] += 1
                return cache[key][1]
            stats[1] += 1
            result = func(*args, **kwargs)
            cache.pop(key, None)
            cache[key] = (clock(), result)
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
            return result

        wrapper.cache_info = lambda: (stats[0], stats[1], len(cache))
        wrapper.cache_clear = cache.clear
        return wrapper

    return decorator
