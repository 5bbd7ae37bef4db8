# expect: failed
# caught-by: error
# why: copies queue.Queue's convention that maxsize <= 0 means unbounded instead of raising ValueError
import queue
import threading
from collections import deque


class BoundedQueue:
    def __init__(self, maxsize):
        self.maxsize = maxsize if maxsize > 0 else float("inf")
        self.items = deque()
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)

    def put(self, item, timeout=None):
        with self.not_full:
            if not self.not_full.wait_for(lambda: len(self.items) < self.maxsize, timeout):
                raise queue.Full
            self.items.append(item)
            self.not_empty.notify()

    def get(self, timeout=None):
        with self.not_empty:
            if not self.not_empty.wait_for(lambda: self.items, timeout):
                raise queue.Empty
            item = self.items.popleft()
            self.not_full.notify()
            return item

    def qsize(self):
        with self.lock:
            return len(self.items)
