# expect: failed
# caught-by: trap
# why: the key keeps keyword arguments in call order (tuple(kwargs.items())), so f(a=1, b=2) and f(b=2, a=1) miss each other
import time
from collections import OrderedDict
from functools import wraps


def cache_predictions(ttl_seconds=300, maxsize=None, clock=time.monotonic):
    def decorator(func):
        cache = OrderedDict()
        stats = [0, 0]

        @wraps(func)
        def wrapper(*args, **kwargs):
            key = (args, tuple(kwargs.items()))
            try:
                hash(key)
            except TypeError:
                return func(*args, **kwargs)
            if key in cache and clock() - cache[key][0] < ttl_seconds:
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
