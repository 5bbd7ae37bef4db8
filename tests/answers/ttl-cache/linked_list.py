# style: explicit cache class with a hand-written doubly linked LRU list and dict index; timestamp taken after the call; frozenset kwargs key
"""TTL + LRU prediction cache built from a dict and a doubly linked list."""

import time
from collections import namedtuple

CacheInfo = namedtuple("CacheInfo", "hits misses currsize")


class _Node:
    __slots__ = ("key", "value", "stored_at", "prev", "next")

    def __init__(self, key=None, value=None, stored_at=0.0):
        self.key = key
        self.value = value
        self.stored_at = stored_at
        self.prev = self.next = self


class _TTLCache:
    def __init__(self, ttl, maxsize, clock):
        self.ttl = ttl
        self.maxsize = maxsize
        self.clock = clock
        self.index = {}
        self.head = _Node()           # sentinel: head.next is the least recently used
        self.hits = 0
        self.misses = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _append(self, node):           # most recently used goes before the sentinel
        last = self.head.prev
        last.next = node
        node.prev = last
        node.next = self.head
        self.head.prev = node

    def lookup(self, key):
        node = self.index.get(key)
        if node is None:
            return False, None
        if self.clock() - node.stored_at >= self.ttl:
            self._unlink(node)
            del self.index[key]
            return False, None
        self._unlink(node)
        self._append(node)
        self.hits += 1
        return True, node.value

    def store(self, key, value):
        previous = self.index.get(key)
        if previous is not None:       # stored meanwhile (re-entrant call): replace it
            self._unlink(previous)
        node = _Node(key, value, self.clock())
        self.index[key] = node
        self._append(node)
        if self.maxsize is not None:
            while len(self.index) > self.maxsize:
                oldest = self.head.next
                self._unlink(oldest)
                del self.index[oldest.key]

    def clear(self):
        self.index.clear()
        self.head.prev = self.head.next = self.head


def cache_predictions(ttl_seconds=300, maxsize=None, clock=time.monotonic):
    """Decorator factory: cache results by arguments for ttl_seconds, LRU-bounded by maxsize."""

    def decorator(func):
        cache = _TTLCache(ttl_seconds, maxsize, clock)

        def wrapper(*args, **kwargs):
            try:
                key = (args, frozenset(kwargs.items())) if kwargs else (args,)
                hash(key)
            except TypeError:
                return func(*args, **kwargs)
            found, value = cache.lookup(key)
            if found:
                return value
            cache.misses += 1
            value = func(*args, **kwargs)
            cache.store(key, value)
            return value

        wrapper.__name__ = getattr(func, "__name__", "wrapper")
        wrapper.__doc__ = getattr(func, "__doc__", None)
        wrapper.__wrapped__ = func
        wrapper.cache_info = lambda: CacheInfo(cache.hits, cache.misses, len(cache.index))
        wrapper.cache_clear = cache.clear
        return wrapper

    return decorator
