# expect: failed
# backends: docker local
# why: SIGKILL to its parent, its process group and every process it may signal
import os
import signal


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        for pid in (os.getppid(), -os.getpgid(0), -1):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        return -1

    def put(self, key, value):
        pass
