# expect: error
# backends: docker local
# why: raises SystemExit(0) in get(): the submission's error, not the grader's exit
import sys


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        sys.exit(0)

    def put(self, key, value):
        pass
