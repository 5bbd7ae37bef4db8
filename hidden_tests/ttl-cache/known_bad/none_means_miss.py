# expect: failed
# caught-by: trap
# why: uses the cached value itself as the "found" test (`if value is not None`), so a None result is recomputed on every call
import time
from collections import OrderedDict
from functools import wraps


def cache_predictions(ttl_seconds=300, maxsize=None, clock=time.monotonic):
    def decorator(func):
        values = OrderedDict()
        stamps = {}
        stats = [0, 0]

        @wraps(func)
        def wrapper(*args, **kwargs):
            try:
                key = (args, frozenset(kwargs.items()))
                hash(key)
            except TypeError:
                return func(*args, **kwargs)
            value = values.get(key)
            if value is not None and clock() - stamps[key] < ttl_seconds:
                values.move_to_end(key)
                stats[0] += 1
                return value
            stats[1] += 1
            value = func(*args, **kwargs)
            values[key] = value
            stamps[key] = clock()
            values.move_to_end(key)
            if maxsize is not None and len(values) > maxsize:
                old, _ = values.popitem(last=False)
                del stamps[old]
            return value

        wrapper.cache_info = lambda: (stats[0], stats[1], len(values))

        def cache_clear():
            values.clear()
            stamps.clear()

        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
