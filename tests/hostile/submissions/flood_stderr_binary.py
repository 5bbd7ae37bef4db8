# expect: failed
# backends: docker local
# why: writes 20 MB of random bytes (not UTF-8) straight to fd 2
import os


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        for _ in range(20):
            os.write(2, os.urandom(1 << 20))
        return -1

    def put(self, key, value):
        pass
