# expect: error
# caught-by: trap
# why: stores the exception a call raised and raises it again on later calls until it expires
"""Reference: a TTL + LRU cache decorator for expensive predictions.

The cache is an OrderedDict from a key to (stored_at, value): a hit moves its
key to the end (most recently used), eviction pops from the front, both O(1).
Keys are the positional arguments plus the keyword arguments sorted by name,
separated by a private marker so that a positional tuple can never collide
with keyword arguments. Keys are compared by equality and hash, never by their
text. A TypeError while hashing the key means an unhashable argument: that
call bypasses the cache.
"""

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import wraps
from typing import Any, NamedTuple

_KWARGS = object()  # separates positional from keyword arguments in a key


class CacheInfo(NamedTuple):
    hits: int
    misses: int
    currsize: int


def _make_key(args: tuple, kwargs: dict) -> Hashable:
    """A hashable key for the call; TypeError if an argument is unhashable."""
    key = args
    if kwargs:
        key += (_KWARGS, *sorted(kwargs.items()))
    hash(key)
    return key


def cache_predictions(ttl_seconds: float = 300, maxsize: int | None = None,
                      clock: Callable[[], float] = time.monotonic) -> Callable:
    """Decorator factory: cache the decorated function's results for `ttl_seconds`.

    - Calls are cached by their positional and keyword arguments (the order of
      keyword arguments does not matter); calls with unhashable arguments are
      not cached (the function is simply called).
    - An entry older than `ttl_seconds` (by `clock()`) is recomputed.
    - Exceptions are not cached.
    - With `maxsize`, the least recently used entry is evicted when it is full.
    - The wrapper has `cache_info() -> (hits, misses, currsize)` and `cache_clear()`.
    """

    def decorator(func: Callable) -> Callable:
        entries: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        stats = {"hits": 0, "misses": 0}
        lock = threading.Lock()  # guards the bookkeeping; func runs outside it

        def lookup(key: Hashable) -> tuple[bool, Any]:
            with lock:
                entry = entries.get(key)
                if entry is not None and clock() - entry[0] < ttl_seconds:
                    entries.move_to_end(key)
                    stats["hits"] += 1
                    return True, entry[1]
                stats["misses"] += 1
                return False, None

        def store(key: Hashable, value: Any) -> None:
            with lock:
                entries[key] = (clock(), value)
                entries.move_to_end(key)
                while maxsize is not None and len(entries) > maxsize:
                    entries.popitem(last=False)

        @wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                key = _make_key(args, kwargs)
            except TypeError:
                return func(*args, **kwargs)  # unhashable arguments: not cached
            found, value = lookup(key)
            if found:
                if isinstance(value, _Raised):
                    raise value.exc
                return value
            try:
                value = func(*args, **kwargs)
            except Exception as exc:
                store(key, _Raised(exc))
                raise
            store(key, value)
            return value

        def cache_info() -> CacheInfo:
            with lock:
                return CacheInfo(stats["hits"], stats["misses"], len(entries))

        def cache_clear() -> None:
            with lock:
                entries.clear()
                stats["hits"] = stats["misses"] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator


class _Raised:
    def __init__(self, exc):
        self.exc = exc
