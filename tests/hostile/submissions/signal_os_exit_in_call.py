# expect: crashed
# backends: docker local
# why: os._exit(0) in get(): the worker vanishes, "successfully"
import os


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        os._exit(0)

    def put(self, key, value):
        pass
