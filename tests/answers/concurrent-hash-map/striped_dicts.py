# style: parallel lists of plain dicts and threading.Lock objects; segment = hash(key) % segments (Python's % is never negative)
"""Concurrent hash map with lock striping: one dict and one lock per segment."""

import threading

_MISSING = object()


class ConcurrentHashMap:
    def __init__(self, segments: int = 16) -> None:
        if segments < 1:
            raise ValueError("segments must be >= 1")
        self._n = segments
        self._tables = [{} for _ in range(segments)]
        self._locks = [threading.Lock() for _ in range(segments)]

    def segment_index(self, key) -> int:
        return hash(key) % self._n

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
            return self._tables[i].pop(key, _MISSING) is not _MISSING

    def compute(self, key, fn):
        i = self.segment_index(key)
        with self._locks[i]:
            table = self._tables[i]
            new = fn(table.get(key))
            table[key] = new
            return new

    def __len__(self) -> int:
        total = 0
        for lock, table in zip(self._locks, self._tables):
            with lock:
                total += len(table)
        return total
