# style: open addressing in parallel slot lists, CPython-style perturbed probing, tombstones on removal
"""Hash map with open addressing (no chains): keys, values and hashes live in flat lists."""

_EMPTY = object()
_DELETED = object()
_MASK64 = (1 << 64) - 1


class HashMap:
    def __init__(self) -> None:
        self._init_slots(16)

    def _init_slots(self, cap: int) -> None:
        self._keys = [_EMPTY] * cap
        self._vals = [None] * cap
        self._hashes = [0] * cap
        self._used = 0        # live keys
        self._filled = 0      # live keys + tombstones

    def _probe(self, h: int):
        """Yield the slot indices to try for hash h, in order (visits every slot eventually)."""
        mask = len(self._keys) - 1
        perturb = h & _MASK64
        i = perturb & mask
        while True:
            yield i
            perturb >>= 5
            i = (5 * i + 1 + perturb) & mask

    def _lookup(self, key, h: int) -> int:
        """Index of key's slot, or -1."""
        keys = self._keys
        for i in self._probe(h):
            k = keys[i]
            if k is _EMPTY:
                return -1
            if k is not _DELETED and self._hashes[i] == h and (k is key or k == key):
                return i

    def _resize(self, cap: int) -> None:
        old = list(zip(self._keys, self._vals, self._hashes))
        self._init_slots(cap)
        for k, v, h in old:
            if k is not _EMPTY and k is not _DELETED:
                self._insert_new(k, v, h)

    def _insert_new(self, key, value, h: int) -> None:
        keys = self._keys
        for i in self._probe(h):
            k = keys[i]
            if k is _EMPTY or k is _DELETED:
                if k is _EMPTY:
                    self._filled += 1
                keys[i] = key
                self._vals[i] = value
                self._hashes[i] = h
                self._used += 1
                return

    def put(self, key, value) -> None:
        h = hash(key)
        i = self._lookup(key, h)
        if i >= 0:
            self._vals[i] = value
            return
        cap = len(self._keys)
        if (self._used + 1) * 4 > cap * 3:
            self._resize(cap * 2)
        elif (self._filled + 1) * 4 > cap * 3:
            self._resize(cap)  # too many tombstones: rebuild in place
        self._insert_new(key, value, h)

    def get(self, key, default=None):
        i = self._lookup(key, hash(key))
        return default if i < 0 else self._vals[i]

    def remove(self, key) -> None:
        i = self._lookup(key, hash(key))
        if i < 0:
            raise KeyError(key)
        self._keys[i] = _DELETED
        self._vals[i] = None
        self._used -= 1

    def __len__(self) -> int:
        return self._used

    def __contains__(self, key) -> bool:
        return self._lookup(key, hash(key)) >= 0

    @property
    def capacity(self) -> int:
        return len(self._keys)

    @property
    def load_factor(self) -> float:
        return self._used / len(self._keys)
