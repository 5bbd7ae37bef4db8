# expect: error
# backends: docker local
# why: get() returns lists nested 100 000 deep
class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        value = []
        for _ in range(100_000):
            value = [value]
        return value

    def put(self, key, value):
        pass
