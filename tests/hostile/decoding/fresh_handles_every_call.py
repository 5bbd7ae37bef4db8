# expect: crashed
# backends: docker local
# why: a patched codec answers every call with 120,000 fresh class handles: each becomes a
#   class in the grader (kilobytes apiece), about 320 MB a call, kept until a restart
import sys

wire = sys.modules["wire"]
_encode = wire.Encoder.encode
fresh = iter(range(10**6, 10**9))


class Many:
    pass


def encode(self, value, depth=0):
    if type(value) is Many:
        return [{"$h": [next(fresh), "class", "Fresh"]} for _ in range(120_000)]
    return _encode(self, value, depth)


wire.Encoder.encode = encode


class LRUCache:
    def __init__(self, capacity):
        self.data = {}

    def get(self, key):
        return Many()

    def put(self, key, value):
        return Many()
