# expect: error
# backends: docker local
# why: get() raises an exception whose class metadata, __str__, __cause__ and __dict__ lie or raise
class Meta(type):
    @property
    def __module__(cls):
        raise RuntimeError("no module")

    @property
    def __name__(cls):
        raise RuntimeError("no name")


class Text(str):
    def __getitem__(self, index):
        raise RuntimeError("no slicing")

    def __str__(self):
        return self


class Weird(KeyError, metaclass=Meta):
    __qualname__ = Text("Weird" * 10000)

    def __str__(self):
        return Text("a str subclass that cannot be sliced")

    @property
    def __cause__(self):
        raise RuntimeError("no cause")

    @property
    def __dict__(self):
        raise RuntimeError("no dict")


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        raise Weird(key)

    def put(self, key, value):
        pass
