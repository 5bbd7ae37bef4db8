# expect: failed
# backends: docker local
# why: get() returns an object whose __hash__, __repr__, __str__, __bool__ raise and whose __len__
#   is absurd
class Hostile:
    def __hash__(self):
        raise RuntimeError("no hash for you")

    def __repr__(self):
        raise RuntimeError("no repr for you")

    __str__ = __repr__

    def __bool__(self):
        raise RuntimeError("no truth for you")

    def __len__(self):
        return 2 ** 62

    def __eq__(self, other):
        return True

    def __getattr__(self, name):
        raise RuntimeError(f"no {name} for you")


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return Hostile()

    def put(self, key, value):
        pass
