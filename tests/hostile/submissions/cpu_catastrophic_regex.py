# expect: timeout
# backends: docker local
# why: catastrophic backtracking inside the regex engine (C), in put()
import re


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return -1

    def put(self, key, value):
        re.match(r"(a+)+$", "a" * 64 + "b")
