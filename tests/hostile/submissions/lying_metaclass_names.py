# expect: failed
# backends: docker local
# why: get() returns a class whose __qualname__ is a str subclass with raising methods, and whose
#   metaclass makes __name__ raise and __module__ a number
class Evil(str):
    def __getitem__(self, index):
        raise RuntimeError("no slicing")

    def __str__(self):
        raise RuntimeError("no str")

    def __len__(self):
        raise RuntimeError("no len")

    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0


class Meta(type):
    @property
    def __name__(cls):
        raise RuntimeError("no name")

    @property
    def __module__(cls):
        return 42


class Slippery(metaclass=Meta):
    __qualname__ = Evil("Slippery" * 10000)


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return Slippery

    def put(self, key, value):
        pass
