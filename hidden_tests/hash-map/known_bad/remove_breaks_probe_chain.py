# expect: failed
# caught-by: trap
# why: linear probing whose remove empties the slot (no tombstone), cutting off the keys probed past it
class HashMap:
    def __init__(self):
        self.keys = [None] * 8
        self.values = [None] * 8
        self.used = [False] * 8
        self.size = 0

    @property
    def capacity(self):
        return len(self.keys)

    @property
    def load_factor(self):
        return self.size / len(self.keys)

    def _probe(self, key):
        """Index of key's slot, or of the empty slot where it would go."""
        i = hash(key) % len(self.keys)
        while self.used[i] and self.keys[i] != key:
            i = (i + 1) % len(self.keys)
        return i

    def put(self, key, value):
        i = self._probe(key)
        if self.used[i]:
            self.values[i] = value
            return
        if (self.size + 1) / len(self.keys) > 0.75:
            old = [(k, v) for k, v, u in zip(self.keys, self.values, self.used) if u]
            n = 2 * len(self.keys)
            self.keys, self.values, self.used = [None] * n, [None] * n, [False] * n
            self.size = 0
            for k, v in old:
                self.put(k, v)
            i = self._probe(key)
        self.keys[i], self.values[i], self.used[i] = key, value, True
        self.size += 1

    def get(self, key, default=None):
        i = self._probe(key)
        return self.values[i] if self.used[i] else default

    def remove(self, key):
        i = self._probe(key)
        if not self.used[i]:
            raise KeyError(key)
        self.keys[i], self.values[i], self.used[i] = None, None, False
        self.size -= 1

    def __len__(self):
        return self.size

    def __contains__(self, key):
        return self.used[self._probe(key)]
