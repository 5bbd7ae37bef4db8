# expect: error
# caught-by: edge
# why: looks every call up in a dict without guarding against unhashable arguments, so a list argument raises TypeError
import time
from collections import OrderedDict
from functools import wraps


def cache_predictions(ttl_seconds=300, maxsize=None, clock=time.monotonic):
    def decorator(func):
        cache = OrderedDict()
        stats = [0, 0]

        @wraps(func)
        def wrapper(*args, **kwargs):
            key = (args, frozenset(kwargs.items()))
            entry = cache.get(key)
            if entry is not None and clock() - entry[0] < ttl_seconds:
                cache.move_to_end(key)
                stats[0] += 1
                return entry[1]
            stats[1] += 1
            result = func(*args, **kwargs)
            cache[key] = (clock(), result)
            cache.move_to_end(key)
            if maxsize is not None and len(cache) > maxsize:
                cache.popitem(last=False)
            return result

        wrapper.cache_info = lambda: (stats[0], stats[1], len(cache))
        wrapper.cache_clear = cache.clear
        return wrapper

    return decorator
