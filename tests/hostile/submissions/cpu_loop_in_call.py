# expect: timeout
# backends: docker local
# why: get() spins forever
class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        while True:
            pass

    def put(self, key, value):
        pass
