# expect: rejected
# caught-by: rule
# why: evasion: reaches multiprocessing's queue through __import__ with a built-up name and getattr
_mp = __import__("multi" + "processing")
_Queue = getattr(_mp, "Queue")


class BoundedQueue:
    def __init__(self, maxsize):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self._q = _Queue(maxsize)

    def put(self, item, timeout=None):
        self._q.put(item, timeout=timeout)

    def get(self, timeout=None):
        return self._q.get(timeout=timeout)

    def qsize(self):
        return self._q.qsize()
