# expect: failed
# caught-by: trap
# why: counts an update of an existing key as a new entry, so it evicts when full
class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity")
        self.capacity = capacity
        self.order = []
        self.data = {}

    def get(self, key):
        if key not in self.data:
            return -1
        self.order.remove(key)
        self.order.append(key)
        return self.data[key]

    def put(self, key, value):
        if len(self.order) >= self.capacity:
            oldest = self.order.pop(0)
            self.data.pop(oldest, None)
        if key in self.order:
            self.order.remove(key)
        self.order.append(key)
        self.data[key] = value
