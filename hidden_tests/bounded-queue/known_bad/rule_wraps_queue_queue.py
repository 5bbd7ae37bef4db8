# expect: rejected
# caught-by: rule
# why: delegates to queue.Queue; the queue module is allowed only for Full and Empty
import queue


class BoundedQueue:
    def __init__(self, maxsize):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self._q = queue.Queue(maxsize)

    def put(self, item, timeout=None):
        self._q.put(item, timeout=timeout)

    def get(self, timeout=None):
        return self._q.get(timeout=timeout)

    def qsize(self):
        return self._q.qsize()
