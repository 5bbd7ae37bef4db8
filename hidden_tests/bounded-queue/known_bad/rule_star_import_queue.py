# expect: rejected
# caught-by: rule
# why: evasion: `from queue import *` brings in Queue unnamed, then delegates to it
from queue import *  # noqa: F403


class BoundedQueue:
    def __init__(self, maxsize):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self._q = Queue(maxsize)  # noqa: F405

    def put(self, item, timeout=None):
        self._q.put(item, True, timeout)

    def get(self, timeout=None):
        return self._q.get(True, timeout)

    def qsize(self):
        return self._q.qsize()
