"""Reference hash map: separate chaining over a list of buckets.

Each bucket is a list of [hash, key, value] entries. Keeping the hash beside
the key makes a lookup compare hashes first (cheap) and keys only on a hash
match, the way CPython's dict does, and lets a resize redistribute entries
without calling __hash__ again. The table doubles whenever a put would push
the load factor past 0.75, so puts stay O(1) amortized.
"""

from collections.abc import Hashable
from typing import Any

_INITIAL_CAPACITY = 8
_MAX_LOAD = 0.75


class HashMap:
    """A hash table mapping hashable keys to values, with O(1) average operations."""

    def __init__(self) -> None:
        self._buckets: list[list[list]] = [[] for _ in range(_INITIAL_CAPACITY)]
        self._size = 0

    @property
    def capacity(self) -> int:
        """The number of buckets."""
        return len(self._buckets)

    @property
    def load_factor(self) -> float:
        """len(self) / self.capacity."""
        return self._size / len(self._buckets)

    def __len__(self) -> int:
        return self._size

    def __contains__(self, key: Hashable) -> bool:
        return self._find(key, hash(key)) is not None

    def put(self, key: Hashable, value: Any) -> None:
        """Store `value` under `key`, replacing any value already stored there."""
        h = hash(key)
        entry = self._find(key, h)
        if entry is not None:
            entry[2] = value
            return
        if (self._size + 1) / len(self._buckets) > _MAX_LOAD:
            self._resize(2 * len(self._buckets))
        self._buckets[h % len(self._buckets)].append([h, key, value])
        self._size += 1

    def get(self, key: Hashable, default: Any = None) -> Any:
        """The value stored under `key`, or `default` when the key is absent."""
        entry = self._find(key, hash(key))
        return default if entry is None else entry[2]

    def remove(self, key: Hashable) -> None:
        """Delete `key`; KeyError when it is absent."""
        h = hash(key)
        bucket = self._buckets[h % len(self._buckets)]
        for i, entry in enumerate(bucket):
            if entry[0] == h and (entry[1] is key or entry[1] == key):
                # Order inside a bucket does not matter: move the last entry into the hole.
                bucket[i] = bucket[-1]
                bucket.pop()
                self._size -= 1
                return
        raise KeyError(key)

    def _find(self, key: Hashable, h: int) -> list | None:
        """The [hash, key, value] entry for `key`, or None."""
        for entry in self._buckets[h % len(self._buckets)]:
            if entry[0] == h and (entry[1] is key or entry[1] == key):
                return entry
        return None

    def _resize(self, new_capacity: int) -> None:
        buckets: list[list[list]] = [[] for _ in range(new_capacity)]
        for bucket in self._buckets:
            for entry in bucket:
                buckets[entry[0] % new_capacity].append(entry)
        self._buckets = buckets
