# expect: memory-limit
# backends: docker local
# why: a 2 GB NumPy array in get(): NumPy's own MemoryError subclass is still memory-limit
import numpy as np


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        block = np.ones(2**28)
        return int(block[0]) - 2

    def put(self, key, value):
        pass
