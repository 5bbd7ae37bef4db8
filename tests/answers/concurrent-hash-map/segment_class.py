# style: a Segment class owning an RLock and its dict; keys spread by a 64-bit mixing of hash() before the modulo; lock-free reads and len
"""Concurrent hash map made of Segment objects, each with its own re-entrant lock."""

import threading

_M64 = (1 << 64) - 1


class _Segment:
    __slots__ = ("lock", "data")

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.data = {}


def _mix(h: int) -> int:
    """Spread the bits of a (possibly negative or huge) hash into a 64-bit non-negative int."""
    h &= _M64
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & _M64
    h ^= h >> 33
    return h


class ConcurrentHashMap:
    def __init__(self, segments: int = 16) -> None:
        if not isinstance(segments, int) or segments < 1:
            raise ValueError("segments must be a positive int")
        self._segments = tuple(_Segment() for _ in range(segments))

    def segment_index(self, key) -> int:
        return _mix(hash(key)) % len(self._segments)

    def _segment(self, key) -> _Segment:
        return self._segments[self.segment_index(key)]

    def get(self, key, default=None):
        # a single dict lookup is atomic in CPython; writers hold the segment lock
        return self._segment(key).data.get(key, default)

    def put(self, key, value) -> None:
        seg = self._segment(key)
        with seg.lock:
            seg.data[key] = value

    def remove(self, key) -> bool:
        seg = self._segment(key)
        with seg.lock:
            if key in seg.data:
                del seg.data[key]
                return True
            return False

    def compute(self, key, fn):
        seg = self._segment(key)
        with seg.lock:
            result = fn(seg.data.get(key))
            seg.data[key] = result
            return result

    def __len__(self) -> int:
        return sum(len(seg.data) for seg in self._segments)
