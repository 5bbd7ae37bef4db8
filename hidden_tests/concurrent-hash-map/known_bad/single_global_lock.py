# expect: failed
# caught-by: concurrency
# why: segments share one global lock, so a slow compute on one key blocks puts to every other segment (no lock striping)
import threading


class ConcurrentHashMap:
    def __init__(self, segments=16):
        self.segments = segments
        self.tables = [{} for _ in range(segments)]
        self.lock = threading.Lock()

    def segment_index(self, key):
        return hash(key) % self.segments

    def get(self, key, default=None):
        with self.lock:
            return self.tables[self.segment_index(key)].get(key, default)

    def put(self, key, value):
        with self.lock:
            self.tables[self.segment_index(key)][key] = value

    def remove(self, key):
        with self.lock:
            table = self.tables[self.segment_index(key)]
            if key in table:
                del table[key]
                return True
            return False

    def compute(self, key, fn):
        with self.lock:
            table = self.tables[self.segment_index(key)]
            table[key] = fn(table.get(key))
            return table[key]

    def __len__(self):
        with self.lock:
            return sum(len(t) for t in self.tables)
