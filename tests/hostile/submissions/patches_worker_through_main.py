# expect: failed
# backends: docker local
# why: at import, finds the worker through sys.modules['__main__'] and replaces its op_invoke to
#   answer 1 for every get
import sys

worker_module = sys.modules["__main__"]
Worker = worker_module.Worker
_invoke = Worker.op_invoke


def op_invoke(self, msg, *rest):
    if msg.get("name") == "get":
        return 1
    return _invoke(self, msg, *rest)


Worker.op_invoke = op_invoke
worker_module.APPLY["len"] = lambda obj: 1


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return -1

    def put(self, key, value):
        pass
