# expect: memory-limit
# backends: docker local
# why: get() grows by a touched megabyte at a time, slowly, until something stops it
import time


class LRUCache:
    hoard = []

    def __init__(self, capacity):
        pass

    def get(self, key):
        while True:
            LRUCache.hoard.append(b"x" * (1 << 20))
            time.sleep(0.002)

    def put(self, key, value):
        pass
