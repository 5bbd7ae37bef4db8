# expect: failed
# caught-by: error
# why: accepts capacity 0 instead of raising ValueError
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}

    def get(self, key):
        if key not in self.data:
            return -1
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def put(self, key, value):
        self.data.pop(key, None)
        if len(self.data) >= max(self.capacity, 1):
            del self.data[next(iter(self.data))]
        self.data[key] = value
