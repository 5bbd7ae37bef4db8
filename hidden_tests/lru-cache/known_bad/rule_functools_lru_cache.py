# expect: rejected
# caught-by: rule
# why: wraps functools.lru_cache, which is the answer itself (no-functools-cache)
import functools


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._values = {}

        @functools.lru_cache(maxsize=capacity)
        def slot(key):
            return self._values.get(key, -1)

        self._slot = slot

    def get(self, key):
        return self._slot(key)

    def put(self, key, value):
        self._values[key] = value
        self._slot.cache_clear()
