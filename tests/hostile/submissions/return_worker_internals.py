# expect: failed
# backends: docker local
# why: get() returns the worker's own module, a generator, a frame and a lambda: handles only
import sys


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return [sys.modules["__main__"], (i for i in range(3)), sys._getframe(), lambda: 1]

    def put(self, key, value):
        pass
