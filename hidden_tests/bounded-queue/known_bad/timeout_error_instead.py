# expect: error
# caught-by: error
# why: raises the builtin TimeoutError on a timeout instead of queue.Full / queue.Empty
import threading
from collections import deque


class BoundedQueue:
    def __init__(self, maxsize):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self.items = deque()
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)

    def put(self, item, timeout=None):
        with self.not_full:
            if not self.not_full.wait_for(lambda: len(self.items) < self.maxsize, timeout):
                raise TimeoutError("queue is full")
            self.items.append(item)
            self.not_empty.notify()

    def get(self, timeout=None):
        with self.not_empty:
            if not self.not_empty.wait_for(lambda: self.items, timeout):
                raise TimeoutError("queue is empty")
            item = self.items.popleft()
            self.not_full.notify()
            return item

    def qsize(self):
        with self.lock:
            return len(self.items)
