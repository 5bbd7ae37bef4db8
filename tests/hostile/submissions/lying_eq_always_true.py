# expect: failed
# backends: docker local
# why: get() returns an object equal to everything (and never unequal), hashing like an int
class Anything:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 1


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return Anything()

    def put(self, key, value):
        pass
