# expect: crashed
# backends: docker local
# why: finds the worker's private protocol pipe and answers the grader's request itself, right,
# why: before the worker answers it wrongly: the second answer to one request is a violation
import gc
import json
import sys


def _worker():
    return next(o for o in gc.get_objects() if hasattr(o, "proto_out") and hasattr(o, "table"))


def _request_id():
    frame = sys._getframe()
    while frame is not None:
        if "msg" in frame.f_locals and isinstance(frame.f_locals["msg"], dict):
            return frame.f_locals["msg"].get("id")
        frame = frame.f_back
    return None


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        reply = {"id": _request_id(), "ok": 1 if key == "a" else 2, "t": 0.0}
        _worker().proto_out.write(json.dumps(reply).encode() + b"\n")
        return -1

    def put(self, key, value):
        pass
