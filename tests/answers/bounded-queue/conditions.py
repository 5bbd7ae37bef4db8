# style: one lock shared by two Conditions (not_full / not_empty), a deque buffer and monotonic-clock deadlines
"""Bounded blocking FIFO queue built on threading.Condition."""

import threading
import time
from collections import deque
from queue import Empty, Full


class BoundedQueue:
    def __init__(self, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError(f"maxsize must be >= 1, got {maxsize!r}")
        self.maxsize = maxsize
        self._items = deque()
        self._lock = threading.Lock()
        self._not_full = threading.Condition(self._lock)
        self._not_empty = threading.Condition(self._lock)

    def put(self, item, timeout=None) -> None:
        with self._not_full:
            if timeout is None:
                while len(self._items) >= self.maxsize:
                    self._not_full.wait()
            else:
                deadline = time.monotonic() + timeout
                while len(self._items) >= self.maxsize:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise Full
                    self._not_full.wait(remaining)
            self._items.append(item)
            self._not_empty.notify()

    def get(self, timeout=None):
        with self._not_empty:
            if timeout is None:
                while not self._items:
                    self._not_empty.wait()
            else:
                deadline = time.monotonic() + timeout
                while not self._items:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise Empty
                    self._not_empty.wait(remaining)
            item = self._items.popleft()
            self._not_full.notify()
            return item

    def qsize(self) -> int:
        with self._lock:
            return len(self._items)
