"""Reference concurrent hash map: lock striping over dict segments.

Each segment is a plain dict with its own lock. A key's segment is
`hash(key) % segments`: Python's `%` with a positive modulus is never negative,
so negative hashes and hashes far above `segments` both land in range (the
seed's `hash(key) >> shift` did neither). Every operation takes only its
segment's lock; `compute` holds it across reading the old value, calling `fn`
and storing the result, which makes the read-modify-write atomic. The size is
the sum of the segments' sizes, so no global counter (and no global lock) is
needed.
"""

import threading

_ABSENT = object()


class ConcurrentHashMap:
    """A hash map split into segments, each guarded by its own lock."""

    def __init__(self, segments: int = 16) -> None:
        if segments < 1:
            raise ValueError(f"segments must be at least 1, got {segments}")
        self._tables: list[dict] = [{} for _ in range(segments)]
        self._locks = [threading.Lock() for _ in range(segments)]

    def segment_index(self, key) -> int:
        """The segment `key` belongs to, in range(segments)."""
        return hash(key) % len(self._tables)

    def get(self, key, default=None):
        i = self.segment_index(key)
        with self._locks[i]:
            return self._tables[i].get(key, default)

    def put(self, key, value) -> None:
        i = self.segment_index(key)
        with self._locks[i]:
            self._tables[i][key] = value

    def remove(self, key) -> bool:
        i = self.segment_index(key)
        with self._locks[i]:
            return self._tables[i].pop(key, _ABSENT) is not _ABSENT

    def compute(self, key, fn):
        """Store fn(old value or None) under `key` and return it, atomically per key."""
        i = self.segment_index(key)
        with self._locks[i]:
            table = self._tables[i]
            value = fn(table.get(key))
            table[key] = value
            return value

    def __len__(self) -> int:
        total = 0
        for lock, table in zip(self._locks, self._tables, strict=True):
            with lock:
                total += len(table)
        return total
