# expect: crashed
# backends: docker local
# why: get() walks sys._getframe() up to the worker's handle() and writes into the reply it is
#   building (id, timing, an error beside the result)
import sys


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        frame = sys._getframe(1)
        while frame is not None:
            reply = frame.f_locals.get("reply")
            if isinstance(reply, dict):
                reply["id"] = (reply.get("id") or 0) + 1
                reply["t"] = -1.0
                reply["err"] = {"type": "AssertionError", "module": "builtins", "args": []}
            frame = frame.f_back
        return 1

    def put(self, key, value):
        pass
