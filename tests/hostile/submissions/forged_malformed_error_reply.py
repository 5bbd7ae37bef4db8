# expect: crashed
# backends: docker local
# why: answers its own import with an error reply whose class description is malformed
# why: (an unhashable base, a NUL in a class name, a deep cause chain), then goes quiet
import gc
import json
import sys
import time


def _request_id():
    frame = sys._getframe()
    while frame is not None:
        if "msg" in frame.f_locals and isinstance(frame.f_locals["msg"], dict):
            return frame.f_locals["msg"].get("id")
        frame = frame.f_back
    return None


_cause = {"type": "E", "module": "m", "mro": [["m", "E\x00", 7, [[1]]]], "args": [], "str": ""}
for _ in range(2000):
    _cause = {"type": "E", "module": "m", "mro": [["m", "E", 7, [[8]]]], "args": [],
              "str": "", "cause": _cause, "attrs": {"$d": [["with_traceback", 1]]}}
_reply = {"id": _request_id(), "t": 0.0, "err": {
    "type": "X", "module": "m", "mro": [["m", "X", 5, [[6], 6]], ["m", "Y\x00", 6, [5]]],
    "args": {"$t": 5}, "str": "x", "tb": "", "cause": _cause}}
sys.setrecursionlimit(100_000)
_worker = next(o for o in gc.get_objects() if hasattr(o, "proto_out") and hasattr(o, "table"))
_worker.proto_out.write(json.dumps(_reply).encode() + b"\n")
time.sleep(60)


class LRUCache:
    pass
