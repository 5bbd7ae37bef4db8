# style: separate chaining, a list of bucket lists holding [key, value] pairs, doubling on growth
"""Hash map with separate chaining."""


class HashMap:
    _INITIAL = 8
    _MAX_LOAD = 0.75

    def __init__(self) -> None:
        self._buckets = [[] for _ in range(self._INITIAL)]
        self._size = 0

    def _bucket(self, key):
        return self._buckets[hash(key) % len(self._buckets)]

    @staticmethod
    def _find(bucket, key):
        for i, entry in enumerate(bucket):
            k = entry[0]
            if k is key or k == key:
                return i
        return -1

    def _grow(self) -> None:
        old = self._buckets
        new_cap = len(old) * 2
        self._buckets = [[] for _ in range(new_cap)]
        for bucket in old:
            for entry in bucket:
                self._buckets[hash(entry[0]) % new_cap].append(entry)

    def put(self, key, value) -> None:
        bucket = self._bucket(key)
        i = self._find(bucket, key)
        if i >= 0:
            bucket[i][1] = value
            return
        if (self._size + 1) / len(self._buckets) > self._MAX_LOAD:
            self._grow()
            bucket = self._bucket(key)
        bucket.append([key, value])
        self._size += 1

    def get(self, key, default=None):
        bucket = self._bucket(key)
        i = self._find(bucket, key)
        if i < 0:
            return default
        return bucket[i][1]

    def remove(self, key) -> None:
        bucket = self._bucket(key)
        i = self._find(bucket, key)
        if i < 0:
            raise KeyError(key)
        # swap with the last entry so removal from a chain is O(1) after the search
        bucket[i] = bucket[-1]
        bucket.pop()
        self._size -= 1

    def __len__(self) -> int:
        return self._size

    def __contains__(self, key) -> bool:
        return self._find(self._bucket(key), key) >= 0

    @property
    def capacity(self) -> int:
        return len(self._buckets)

    @property
    def load_factor(self) -> float:
        return self._size / len(self._buckets)
