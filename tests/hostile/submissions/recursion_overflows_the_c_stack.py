# expect: crashed
# backends: docker local
# why: lifts the recursion limit and recurses through C (repr) until the C stack overflows
import sys


class _Deep:
    def __repr__(self):
        return repr(self)


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        sys.setrecursionlimit(10**8)
        return repr(_Deep())

    def put(self, key, value):
        pass
