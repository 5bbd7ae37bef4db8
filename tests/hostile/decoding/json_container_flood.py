# expect: crashed
# backends: docker local
# why: a patched codec answers get() with one 15 MB line of "[]," (five million empty lists):
#   inside the size limit, yet the JSON parser would build 350 MB before any check (a 60 MB line:
#   1.5 GB)
import sys

wire = sys.modules["wire"]
_dumps = wire.dumps
FLOOD = b'{"id":%d,"ok":[' + b"[]," * 5_000_000 + b'[]],"t":0.0}\n'


def dumps(message):
    if message.get("ok") == "flood":
        return FLOOD % message["id"]
    return _dumps(message)


wire.dumps = dumps


class LRUCache:
    def __init__(self, capacity):
        self.data = {}

    def get(self, key):
        return "flood"

    def put(self, key, value):
        self.data[key] = value
