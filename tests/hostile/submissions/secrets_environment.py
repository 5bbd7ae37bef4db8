# expect: failed
# backends: docker local
# why: returns and prints its whole environment, looking for the grader's secrets
import os


class LRUCache:
    def __init__(self, capacity):
        print(dict(os.environ))

    def get(self, key):
        return repr(dict(os.environ))

    def put(self, key, value):
        pass
