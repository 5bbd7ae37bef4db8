# expect: error
# caught-by: trap
# why: the seed's `hash(key) >> segment_shift`: large hashes index past the segment list (IndexError) and negative hashes give negative indexes
import threading
from math import log2


class Segment:
    def __init__(self):
        self.lock = threading.Lock()
        self.table = {}


class ConcurrentHashMap:
    def __init__(self, segments=16):
        self.segments = [Segment() for _ in range(segments)]
        self.segment_shift = int(log2(segments))

    def segment_index(self, key):
        return hash(key) >> self.segment_shift

    def get_segment(self, key):
        return self.segments[self.segment_index(key)]

    def get(self, key, default=None):
        seg = self.get_segment(key)
        with seg.lock:
            return seg.table.get(key, default)

    def put(self, key, value):
        seg = self.get_segment(key)
        with seg.lock:
            seg.table[key] = value

    def remove(self, key):
        seg = self.get_segment(key)
        with seg.lock:
            if key in seg.table:
                del seg.table[key]
                return True
            return False

    def compute(self, key, fn):
        seg = self.get_segment(key)
        with seg.lock:
            value = fn(seg.table.get(key))
            seg.table[key] = value
            return value

    def __len__(self):
        return sum(len(seg.table) for seg in self.segments)
