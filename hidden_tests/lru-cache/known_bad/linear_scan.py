# expect: failed
# caught-by: probe
# why: correct, but keeps recency in a list and scans it on every operation: O(capacity) per call
class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.keys = []
        self.values = {}

    def get(self, key):
        if key not in self.values:
            return -1
        self.keys.remove(key)
        self.keys.append(key)
        return self.values[key]

    def put(self, key, value):
        if key in self.values:
            self.keys.remove(key)
        elif len(self.keys) >= self.capacity:
            del self.values[self.keys.pop(0)]
        self.keys.append(key)
        self.values[key] = value
