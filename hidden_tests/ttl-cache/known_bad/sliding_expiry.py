# expect: failed
# caught-by: trap
# why: refreshes an entry's timestamp on every hit, so an entry that keeps being hit never expires
import time
from collections import OrderedDict
from functools import wraps


def cache_predictions(ttl_seconds=300, maxsize=None, clock=time.monotonic):
    def decorator(func):
        cache = OrderedDict()
        stats = [0, 0]

        @wraps(func)
        def wrapper(*args, **kwargs):
            try:
                key = (args, frozenset(kwargs.items()))
                hash(key)
            except TypeError:
                return func(*args, **kwargs)
            now = clock()
            if key in cache and now - cache[key][0] < ttl_seconds:
                cache[key] = (now, cache[key][1])
                cache.move_to_end(key)
                stats[0] += 1
                return cache[key][1]
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
