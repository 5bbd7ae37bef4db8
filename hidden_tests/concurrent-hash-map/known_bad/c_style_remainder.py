# expect: failed
# caught-by: trap
# why: a Java/C-style remainder (math.fmod) keeps the sign of a negative hash, so segment_index is negative for half the keys (Python's list[-k] hides it in get/put)
import math
import threading


class ConcurrentHashMap:
    def __init__(self, segments=16):
        self.n = segments
        self.tables = [{} for _ in range(segments)]
        self.locks = [threading.Lock() for _ in range(segments)]

    def segment_index(self, key):
        return int(math.fmod(hash(key), self.n))  # hash % n, as in Java

    def get(self, key, default=None):
        i = self.segment_index(key)
        with self.locks[i]:
            return self.tables[i].get(key, default)

    def put(self, key, value):
        i = self.segment_index(key)
        with self.locks[i]:
            self.tables[i][key] = value

    def remove(self, key):
        i = self.segment_index(key)
        with self.locks[i]:
            return self.tables[i].pop(key, KeyError) is not KeyError

    def compute(self, key, fn):
        i = self.segment_index(key)
        with self.locks[i]:
            value = fn(self.tables[i].get(key))
            self.tables[i][key] = value
            return value

    def __len__(self):
        return sum(len(t) for t in self.tables)
