# expect: failed
# caught-by: trap
# why: treats a timeout as "do not block": raises queue.Full / queue.Empty at once instead of waiting about that long
import queue
import threading
from collections import deque


class BoundedQueue:
    def __init__(self, maxsize):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self.items = deque()
        self.cond = threading.Condition()

    def put(self, item, timeout=None):
        with self.cond:
            while len(self.items) >= self.maxsize:
                if timeout is not None:
                    raise queue.Full
                self.cond.wait()
            self.items.append(item)
            self.cond.notify_all()

    def get(self, timeout=None):
        with self.cond:
            while not self.items:
                if timeout is not None:
                    raise queue.Empty
                self.cond.wait()
            item = self.items.popleft()
            self.cond.notify_all()
            return item

    def qsize(self):
        with self.cond:
            return len(self.items)
