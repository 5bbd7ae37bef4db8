# expect: failed
# backends: docker local
# why: at import, patches the worker's codec through sys.modules['wire'] so every integer crosses as
#   1
import sys

wire = sys.modules["wire"]
_encode = wire.Encoder.encode


def encode(self, value, depth=0):
    if type(value) is int:
        return 1
    return _encode(self, value, depth)


wire.Encoder.encode = encode


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return 0

    def put(self, key, value):
        pass
