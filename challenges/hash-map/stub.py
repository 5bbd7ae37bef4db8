"""Hash map: a key-value table built from scratch, growing past load factor 0.75."""


class HashMap:
    """A hash table mapping hashable keys to values, with O(1) average operations."""

    def __init__(self) -> None:
        """Create an empty map."""
        raise NotImplementedError

    def put(self, key, value) -> None:
        """Store `value` under `key`, replacing any value already stored there."""
        raise NotImplementedError

    def get(self, key, default=None):
        """Return the value stored under `key`, or `default` when the key is absent."""
        raise NotImplementedError

    def remove(self, key) -> None:
        """Delete `key` and its value; raise KeyError when the key is absent."""
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of keys stored."""
        raise NotImplementedError

    def __contains__(self, key) -> bool:
        """True when `key` is stored."""
        raise NotImplementedError

    @property
    def capacity(self) -> int:
        """The number of buckets (chaining) or slots (open addressing)."""
        raise NotImplementedError

    @property
    def load_factor(self) -> float:
        """len(self) / self.capacity; never above 0.75 after a put."""
        raise NotImplementedError
