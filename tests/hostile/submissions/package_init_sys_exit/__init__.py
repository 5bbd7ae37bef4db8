# expect: error
# backends: docker local
# why: a package whose __init__ calls sys.exit(0) (a "success") after defining the class
import sys


class LRUCache:
    def __init__(self, capacity):
        self.items = {}

    def get(self, key):
        return self.items.get(key, -1)

    def put(self, key, value):
        self.items[key] = value


sys.exit(0)
