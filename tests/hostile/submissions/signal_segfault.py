# expect: crashed
# backends: docker local
# why: a real segmentation fault through ctypes
import ctypes


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return ctypes.c_int.from_address(16).value

    def put(self, key, value):
        pass
