# expect: failed
# caught-by: trap
# why: with a timeout it sleeps the whole timeout and then checks once, so a blocked call does not return when room or an item appears
import queue
import threading
import time
from collections import deque


class BoundedQueue:
    def __init__(self, maxsize):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self.items = deque()
        self.lock = threading.Lock()

    def _try_put(self, item):
        with self.lock:
            if len(self.items) < self.maxsize:
                self.items.append(item)
                return True
            return False

    def _try_get(self):
        with self.lock:
            if self.items:
                return True, self.items.popleft()
            return False, None

    def put(self, item, timeout=None):
        if self._try_put(item):
            return
        if timeout is not None:
            time.sleep(timeout)
            if not self._try_put(item):
                raise queue.Full
            return
        while not self._try_put(item):
            time.sleep(0.001)

    def get(self, timeout=None):
        ok, item = self._try_get()
        if ok:
            return item
        if timeout is not None:
            time.sleep(timeout)
            ok, item = self._try_get()
            if not ok:
                raise queue.Empty
            return item
        while True:
            ok, item = self._try_get()
            if ok:
                return item
            time.sleep(0.001)

    def qsize(self):
        with self.lock:
            return len(self.items)
