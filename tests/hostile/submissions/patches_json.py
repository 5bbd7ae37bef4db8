# expect: failed
# backends: docker local
# why: at import, replaces json.dumps/loads so every integer answer reads 1 and every request's
#   arguments are dropped
import json

_dumps, _loads = json.dumps, json.loads


def dumps(obj, *args, **kwargs):
    if isinstance(obj, dict) and type(obj.get("ok")) is int:
        obj = {**obj, "ok": 1}
    return _dumps(obj, *args, **kwargs)


def loads(text, *args, **kwargs):
    msg = _loads(text, *args, **kwargs)
    if isinstance(msg, dict) and msg.get("op") == "invoke":
        msg["args"] = []
    return msg


json.dumps, json.loads = dumps, loads


class LRUCache:
    def __init__(self, capacity=2):
        pass

    def get(self, key=None):
        return 7

    def put(self, key=None, value=None):
        pass
