# expect: failed
# backends: docker local
# why: prints well-formed protocol replies (every id, the right answers) on its stdout
import json
import sys

for _i in range(100):
    print(json.dumps({"id": _i, "ok": 1, "t": 0.0}))
sys.stdout.flush()


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        for i in range(100):
            print(json.dumps({"id": i, "ok": 1 if key == "a" else 2, "t": 0.0}), flush=True)
        return -1

    def put(self, key, value):
        pass
