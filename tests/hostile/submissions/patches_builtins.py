# expect: crashed
# backends: docker local
# why: at import, replaces builtins isinstance, issubclass, len, repr, print, callable and getattr
#   with liars; the standard library's json in the worker then cannot encode a reply, so the
#   worker dies
import builtins

_real_getattr = builtins.getattr
builtins.isinstance = lambda obj, cls: True
builtins.issubclass = lambda cls, base: True
builtins.len = lambda obj: 0
builtins.repr = lambda obj: "1"
builtins.print = lambda *a, **k: None
builtins.callable = lambda obj: False
builtins.getattr = lambda obj, name, *default: _real_getattr(obj, name, *default)


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return -1

    def put(self, key, value):
        pass
