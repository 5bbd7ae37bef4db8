# expect: timeout
# backends: docker local
# why: get() sleeps for a billion seconds
import time


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        time.sleep(1e9)

    def put(self, key, value):
        pass
