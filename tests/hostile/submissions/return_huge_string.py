# expect: crashed
# backends: docker local
# why: get() returns a string whose JSON form is over the 64 MB message limit
class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return "\x01" * 12_000_000

    def put(self, key, value):
        pass
