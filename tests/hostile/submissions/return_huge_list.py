# expect: error
# backends: docker local
# why: get() returns three million ints: over the codec's item limit
class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return list(range(3_000_000))

    def put(self, key, value):
        pass
