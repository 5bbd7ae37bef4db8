# expect: failed
# backends: docker local
# why: get() returns int subclasses holding 0 whose __eq__, __int__, __index__, __repr__ and
#   __hash__ lie
class Liar(int):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __int__(self):
        return self.claimed

    def __index__(self):
        return self.claimed

    def __hash__(self):
        return hash(self.claimed)

    def __repr__(self):
        return repr(self.claimed)

    __str__ = __repr__


class LRUCache:
    def __init__(self, capacity):
        self.store = {}

    def get(self, key):
        liar = Liar(0)
        liar.claimed = self.store.get(key, -1)
        return liar

    def put(self, key, value):
        self.store[key] = value
