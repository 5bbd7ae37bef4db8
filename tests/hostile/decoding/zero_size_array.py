# expect: crashed
# backends: docker local
# why: a patched codec answers get() with a zero-size float array of shape (2**24, 0): no data,
#   so no byte limit stops it, but its .tolist() in a hidden test makes 2**24 lists
import sys

wire = sys.modules["wire"]
_encode = wire.Encoder.encode


class Empty:
    pass


def encode(self, value, depth=0):
    if type(value) is Empty:
        return {"$nd": ["<f8", [2**24, 0], ""]}
    return _encode(self, value, depth)


wire.Encoder.encode = encode


class LRUCache:
    def __init__(self, capacity):
        self.data = {}

    def get(self, key):
        return Empty()

    def put(self, key, value):
        self.data[key] = value
