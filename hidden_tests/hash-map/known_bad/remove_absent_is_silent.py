# expect: failed
# caught-by: error
# why: remove of an absent key quietly does nothing instead of raising KeyError
class HashMap:
    def __init__(self):
        self.buckets = [[] for _ in range(8)]
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
        bucket = self._bucket(key)
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        if (self.size + 1) > 0.75 * len(self.buckets):
            old = [pair for b in self.buckets for pair in b]
            self.buckets = [[] for _ in range(2 * len(self.buckets))]
            for pair in old:
                self._bucket(pair[0]).append(pair)
            bucket = self._bucket(key)
        bucket.append([key, value])
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
                return True
        return False

    def __len__(self):
        return self.size

    def __contains__(self, key):
        return any(k == key for k, _ in self._bucket(key))
