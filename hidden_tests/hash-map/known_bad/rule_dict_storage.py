# expect: rejected
# caught-by: rule
# why: keeps the entries in a built-in dict and only simulates buckets for capacity
class HashMap:
    def __init__(self):
        self._data = {}
        self._capacity = 8

    @property
    def capacity(self):
        return self._capacity

    @property
    def load_factor(self):
        return len(self._data) / self._capacity

    def put(self, key, value):
        self._data[key] = value
        while len(self._data) / self._capacity > 0.75:
            self._capacity *= 2

    def get(self, key, default=None):
        return self._data.get(key, default)

    def remove(self, key):
        del self._data[key]

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data
