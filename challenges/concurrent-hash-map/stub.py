"""A thread-safe hash map that stripes its locks over segments."""


class ConcurrentHashMap:
    """A hash map split into segments, each guarded by its own lock."""

    def __init__(self, segments: int = 16) -> None:
        """Create an empty map with `segments` segments, one lock per segment."""
        raise NotImplementedError

    def segment_index(self, key) -> int:
        """Return the segment `key` belongs to, an int in range(segments)."""
        raise NotImplementedError

    def get(self, key, default=None):
        """Return the value stored under `key`, or `default` when it is absent."""
        raise NotImplementedError

    def put(self, key, value) -> None:
        """Store `value` under `key`, replacing any previous value."""
        raise NotImplementedError

    def remove(self, key) -> bool:
        """Delete `key`; return True if it was present, False otherwise."""
        raise NotImplementedError

    def compute(self, key, fn):
        """Atomically store fn(old value, or None when absent) under `key` and return it."""
        raise NotImplementedError

    def __len__(self) -> int:
        """Return the number of keys stored."""
        raise NotImplementedError
