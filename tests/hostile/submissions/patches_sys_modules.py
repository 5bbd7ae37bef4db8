# expect: failed
# backends: docker local
# why: at import, replaces sys.modules entries (json, base64, math, os, importlib) with impostors
#   the worker would use
import sys
import types

for name in ("base64", "math", "operator", "traceback", "tempfile", "importlib"):
    fake = types.ModuleType(name)
    fake.__getattr__ = lambda attr: (lambda *a, **k: 1)
    sys.modules[name] = fake


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return -1

    def put(self, key, value):
        pass
