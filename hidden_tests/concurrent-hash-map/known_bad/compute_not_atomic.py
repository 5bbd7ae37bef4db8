# expect: failed
# caught-by: concurrency
# why: compute is a locked get followed by a locked put: another thread's update slips in between, so increments are lost
import threading


class ConcurrentHashMap:
    def __init__(self, segments=16):
        self.segments = segments
        self.tables = [{} for _ in range(segments)]
        self.locks = [threading.RLock() for _ in range(segments)]

    def segment_index(self, key):
        return hash(key) % self.segments

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
            if key in self.tables[i]:
                del self.tables[i][key]
                return True
        return False

    def compute(self, key, fn):
        new_value = fn(self.get(key))
        self.put(key, new_value)
        return new_value

    def __len__(self):
        return sum(len(t) for t in self.tables)
