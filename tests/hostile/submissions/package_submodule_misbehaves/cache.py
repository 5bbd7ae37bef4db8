class LRUCache:
    def __init__(self, capacity):
        self.items = {}

    def get(self, key):
        from . import helpers

        return helpers.lookup(self.items, key)

    def put(self, key, value):
        self.items[key] = value
