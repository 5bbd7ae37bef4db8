# expect: failed
# caught-by: basic
# why: a FIFO cache: get does not mark the key as recently used
class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity")
        self.capacity = capacity
        self.data = {}

    def get(self, key):
        return self.data.get(key, -1)

    def put(self, key, value):
        if key in self.data:
            self.data[key] = value
            return
        if len(self.data) >= self.capacity:
            del self.data[next(iter(self.data))]
        self.data[key] = value
