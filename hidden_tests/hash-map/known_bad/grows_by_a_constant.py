# expect: failed
# caught-by: probe
# why: grows by 16 buckets at a time instead of doubling: a rehash every 12 puts makes n puts O(n^2)
class HashMap:
    GROWTH = 16

    def __init__(self):
        self.buckets = [[] for _ in range(self.GROWTH)]
        self.size = 0

    @property
    def capacity(self):
        return len(self.buckets)

    @property
    def load_factor(self):
        return self.size / len(self.buckets)

    def _bucket(self, key):
        return self.buckets[hash(key) % len(self.buckets)]

    def put(self, key, value):
        for pair in self._bucket(key):
            if pair[0] == key:
                pair[1] = value
                return
        if (self.size + 1) / len(self.buckets) > 0.75:
            old = [pair for b in self.buckets for pair in b]
            self.buckets = [[] for _ in range(len(self.buckets) + self.GROWTH)]
            for pair in old:
                self._bucket(pair[0]).append(pair)
        self._bucket(key).append([key, value])
        self.size += 1

    def get(self, key, default=None):
        for k, v in self._bucket(key):
            if k == key:
                return v
        return default

    def remove(self, key):
        bucket = self._bucket(key)
        for i, pair in enumerate(bucket):
            if pair[0] == key:
                bucket.pop(i)
                self.size -= 1
                return
        raise KeyError(key)

    def __len__(self):
        return self.size

    def __contains__(self, key):
        return any(k == key for k, _ in self._bucket(key))
