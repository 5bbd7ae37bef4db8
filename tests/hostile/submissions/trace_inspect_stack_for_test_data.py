# expect: failed
# backends: docker local
# why: inspect.stack(), frame locals and gc.get_objects() searched for the hidden tests, expected
#   values or the reference; all it finds is returned
import gc
import inspect


def snoop():
    found = []
    for info in inspect.stack():
        found.append(f"{info.filename}:{info.function}")
        for name, value in info.frame.f_locals.items():
            found.append(f"{name}={value!r:.200}")
    for obj in gc.get_objects():
        if isinstance(obj, dict) and ("expected" in obj or "reference" in obj or "test" in obj):
            found.append(repr(obj)[:200])
        if isinstance(obj, str) and ("assert" in obj or "def test_" in obj):
            found.append(obj[:200])
    return "\n".join(found)[:20000]


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return snoop()

    def put(self, key, value):
        pass
