# style: closure state in an OrderedDict (move_to_end / popitem for LRU), key = (args, sorted kwargs items)
"""A decorator that caches expensive predictions for a limited time."""

import functools
import time
from collections import OrderedDict


def cache_predictions(ttl_seconds=300, maxsize=None, clock=time.monotonic):
    """Decorator factory: cache the decorated function's results for `ttl_seconds`."""

    def decorator(func):
        entries = OrderedDict()        # key -> (stored_at, result); last = most recently used
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            try:
                hash(key)
            except TypeError:
                return func(*args, **kwargs)   # unhashable argument: not cached

            now = clock()
            entry = entries.get(key)
            if entry is not None:
                stored_at, result = entry
                if now - stored_at < ttl_seconds:
                    stats["hits"] += 1
                    entries.move_to_end(key)
                    return result
                del entries[key]           # expired

            stats["misses"] += 1
            result = func(*args, **kwargs)     # an exception propagates, nothing is stored
            entries[key] = (clock(), result)   # the ttl counts from when it is stored
            entries.move_to_end(key)
            if maxsize is not None:
                while len(entries) > maxsize:
                    entries.popitem(last=False)
            return result

        def cache_info():
            return (stats["hits"], stats["misses"], len(entries))

        def cache_clear():
            entries.clear()
            stats["hits"] = stats["misses"] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
