# expect: rejected
# caught-by: rule
# why: evasion: a dict reached through an aliased import of builtins, no literal in sight
import builtins as _b

_table = getattr(_b, "dict")


class HashMap:
    def __init__(self):
        self._entries = _table()
        self._capacity = 8

    @property
    def capacity(self):
        return self._capacity

    @property
    def load_factor(self):
        return len(self._entries) / self._capacity

    def put(self, key, value):
        self._entries[key] = value
        while len(self._entries) / self._capacity > 0.75:
            self._capacity *= 2

    def get(self, key, default=None):
        return self._entries.get(key, default)

    def remove(self, key):
        self._entries.pop(key)

    def __len__(self):
        return len(self._entries)

    def __contains__(self, key):
        return key in self._entries
