# expect: crashed
# backends: docker local
# why: half a reply on the protocol pipe, then the worker exits
import gc
import os


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        worker = next(o for o in gc.get_objects()
                      if hasattr(o, "proto_out") and hasattr(o, "table"))
        worker.proto_out.write(b'{"id": 4, "ok": {"$t": [1, 2')
        os._exit(0)

    def put(self, key, value):
        pass
