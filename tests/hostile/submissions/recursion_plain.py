# expect: error
# backends: docker local
# why: unbounded recursion in get() under the default limit
class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return self.get(key)

    def put(self, key, value):
        pass
