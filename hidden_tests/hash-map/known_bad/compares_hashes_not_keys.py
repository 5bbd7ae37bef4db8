# expect: failed
# caught-by: trap
# why: open addressing that treats an equal hash as the same key, so colliding keys overwrite each other
class HashMap:
    def __init__(self):
        self.slots = [None] * 8  # each slot: None or [hash, key, value]
        self.size = 0

    @property
    def capacity(self):
        return len(self.slots)

    @property
    def load_factor(self):
        return self.size / len(self.slots)

    def _index(self, h):
        i = h % len(self.slots)
        while self.slots[i] is not None and self.slots[i][0] != h:
            i = (i + 1) % len(self.slots)
        return i

    def put(self, key, value):
        h = hash(key)
        i = self._index(h)
        if self.slots[i] is not None:
            self.slots[i][1:] = [key, value]
            return
        if (self.size + 1) / len(self.slots) > 0.75:
            old = [s for s in self.slots if s is not None]
            self.slots = [None] * (2 * len(self.slots))
            for s in old:
                self.slots[self._index(s[0])] = s
            i = self._index(h)
        self.slots[i] = [h, key, value]
        self.size += 1

    def get(self, key, default=None):
        slot = self.slots[self._index(hash(key))]
        return default if slot is None else slot[2]

    def remove(self, key):
        i = self._index(hash(key))
        if self.slots[i] is None:
            raise KeyError(key)
        self.slots[i] = None
        self.size -= 1
        # re-insert the rest of the cluster so lookups keep working
        j = (i + 1) % len(self.slots)
        while self.slots[j] is not None:
            s, self.slots[j] = self.slots[j], None
            self.slots[self._index(s[0])] = s
            j = (j + 1) % len(self.slots)

    def __len__(self):
        return self.size

    def __contains__(self, key):
        return self.slots[self._index(hash(key))] is not None
