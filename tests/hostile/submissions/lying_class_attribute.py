# expect: failed
# backends: docker local
# why: get() returns an object whose __class__ claims int (or str), to pass isinstance checks in the
#   worker's encoder
class PretendInt:
    @property
    def __class__(self):
        return int

    def __eq__(self, other):
        return True

    def __index__(self):
        return 1


class PretendStr:
    @property
    def __class__(self):
        return str

    def __eq__(self, other):
        return True


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return PretendInt() if key == "a" else PretendStr()

    def put(self, key, value):
        pass
