# expect: crashed
# backends: docker local
# why: get() returns an int of 5000 digits, past the digits JSON may carry
class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return 10**5000

    def put(self, key, value):
        pass
