# expect: docker=failed local=timeout
# backends: docker local
# why: SIGSTOP to itself (ignored by a container's init, which the worker is in Docker)
import os
import signal


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        os.kill(os.getpid(), signal.SIGSTOP)
        return -1

    def put(self, key, value):
        pass
