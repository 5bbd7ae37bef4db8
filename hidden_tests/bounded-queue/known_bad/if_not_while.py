# expect: failed
# caught-by: concurrency
# why: the seed's deque + two conditions, finished with `if` instead of `while` around wait and notify_all: woken threads do not re-check, so consumers pop an empty deque and producers overfill
import queue
import time
from collections import deque
from threading import Condition, Lock


class BoundedQueue:
    def __init__(self, maxsize):
        if maxsize < 1:
            raise ValueError("maxsize must be positive")
        self.maxsize = maxsize
        self.queue = deque()
        self.lock = Lock()
        self.not_full = Condition(self.lock)
        self.not_empty = Condition(self.lock)

    def put(self, item, timeout=None):
        with self.not_full:
            if len(self.queue) >= self.maxsize:
                start = time.monotonic()
                self.not_full.wait(timeout)
                if timeout is not None and time.monotonic() - start >= timeout:
                    raise queue.Full
            self.queue.append(item)
            self.not_empty.notify_all()

    def get(self, timeout=None):
        with self.not_empty:
            if not self.queue:
                start = time.monotonic()
                self.not_empty.wait(timeout)
                if timeout is not None and time.monotonic() - start >= timeout:
                    raise queue.Empty
            item = self.queue.popleft()
            self.not_full.notify_all()
            return item

    def qsize(self):
        with self.lock:
            return len(self.queue)
