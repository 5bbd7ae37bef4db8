# expect: failed
# backends: docker local
# why: one 50 MB line with no newline on stdout
import sys


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        sys.stdout.write("n" * (50 * 1024 * 1024))
        sys.stdout.flush()
        return -1

    def put(self, key, value):
        pass
