"""LRU cache: get and put in O(1), evicting the least recently used key."""


class LRUCache:
    """A fixed-capacity cache that evicts the least recently used key."""

    def __init__(self, capacity: int) -> None:
        """Create an empty cache holding at most `capacity` keys (ValueError if < 1)."""
        raise NotImplementedError

    def get(self, key):
        """Return the value for `key` and mark it most recently used; -1 if absent."""
        raise NotImplementedError

    def put(self, key, value) -> None:
        """Store `value` under `key`, mark it most recently used, evict the LRU key if full."""
        raise NotImplementedError
