# expect: error
# backends: docker local
# why: get() returns a NumPy object array and a structured array: no pickle, no objects
import numpy as np


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return [np.array([object(), 1], dtype=object), np.zeros(2, dtype="i4,f8")]

    def put(self, key, value):
        pass
