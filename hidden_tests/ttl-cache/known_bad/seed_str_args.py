# expect: failed
# caught-by: trap
# why: the seed's decorator (004 Coding 6), given **kwargs, cache_info and the clock: it still keys on str(args) and ignores the keyword arguments
import time
from functools import wraps


def cache_predictions(ttl_seconds=300, maxsize=None, clock=time.monotonic):
    cache = {}

    def decorator(func):
        stats = {"hits": 0, "misses": 0}

        @wraps(func)
        def wrapper(*args, **kwargs):
            key = str(args)
            if key in cache and clock() - cache[key]["time"] < ttl_seconds:
                stats["hits"] += 1
                return cache[key]["result"]
            stats["misses"] += 1
            result = func(*args, **kwargs)
            cache[key] = {"result": result, "time": clock()}
            return result

        wrapper.cache_info = lambda: (stats["hits"], stats["misses"], len(cache))
        wrapper.cache_clear = cache.clear
        return wrapper

    return decorator
