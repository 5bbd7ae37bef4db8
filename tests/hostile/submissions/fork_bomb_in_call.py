# expect: timeout
# backends: docker local
# why: get() forks without end, and so does every child; only pids limit and deadline stop it
import os


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity

    def get(self, key):
        while True:
            try:
                os.fork()
            except OSError:
                pass

    def put(self, key, value):
        pass
