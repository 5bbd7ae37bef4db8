# expect: rejected
# caught-by: rule
# why: reaches OrderedDict through __import__ to dodge an import check (no-ordereddict)
_od = getattr(__import__("collections"), "OrderedDict")


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity")
        self.capacity = capacity
        self.data = _od()

    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
