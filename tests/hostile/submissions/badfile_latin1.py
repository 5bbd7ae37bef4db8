# expect: bad-input
# backends: docker local
# why: a correct answer with a Latin-1 comment: not UTF-8
# transform: latin1
class LRUCache:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.items: dict = {}

    def get(self, key):
        if key not in self.items:
            return -1
        value = self.items.pop(key)
        self.items[key] = value
        return value

    def put(self, key, value) -> None:
        if key in self.items:
            self.items.pop(key)
        elif len(self.items) >= self.capacity:
            self.items.pop(next(iter(self.items)))
        self.items[key] = value
