# expect: failed
# caught-by: basic
# why: keeps a size counter that put always increments, so replacing a key counts it twice
import threading


class ConcurrentHashMap:
    def __init__(self, segments=16):
        self.segments = segments
        self.tables = [{} for _ in range(segments)]
        self.locks = [threading.Lock() for _ in range(segments)]
        self.size = 0
        self.size_lock = threading.Lock()

    def segment_index(self, key):
        return hash(key) % self.segments

    def _add(self, delta):
        with self.size_lock:
            self.size += delta

    def get(self, key, default=None):
        i = self.segment_index(key)
        with self.locks[i]:
            return self.tables[i].get(key, default)

    def put(self, key, value):
        i = self.segment_index(key)
        with self.locks[i]:
            self.tables[i][key] = value
        self._add(1)

    def remove(self, key):
        i = self.segment_index(key)
        with self.locks[i]:
            if key not in self.tables[i]:
                return False
            del self.tables[i][key]
        self._add(-1)
        return True

    def compute(self, key, fn):
        i = self.segment_index(key)
        with self.locks[i]:
            existed = key in self.tables[i]
            value = fn(self.tables[i].get(key))
            self.tables[i][key] = value
        if not existed:
            self._add(1)
        return value

    def __len__(self):
        return self.size
