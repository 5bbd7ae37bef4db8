"""Reference bounded queue: a deque guarded by one lock and two conditions.

Producers wait on `not_full`, consumers on `not_empty`; both conditions share
the one lock that guards the deque, so checking the size and acting on it is a
single atomic step. `Condition.wait_for` re-checks the predicate after every
wake-up (another thread may have taken the room or the item first) and keeps
track of the time left, so a timeout is honoured across spurious wake-ups.
"""

import queue
import threading
from collections import deque


class BoundedQueue:
    """A FIFO queue holding at most `maxsize` items, safe to share between threads."""

    def __init__(self, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError(f"maxsize must be at least 1, got {maxsize}")
        self.maxsize = maxsize
        self._items: deque = deque()
        lock = threading.Lock()
        self._not_full = threading.Condition(lock)
        self._not_empty = threading.Condition(lock)

    def put(self, item, timeout: float | None = None) -> None:
        """Append `item`, blocking while full; queue.Full after `timeout` seconds."""
        with self._not_full:
            if not self._not_full.wait_for(lambda: len(self._items) < self.maxsize, timeout):
                raise queue.Full
            self._items.append(item)
            self._not_empty.notify()

    def get(self, timeout: float | None = None):
        """Remove and return the oldest item, blocking while empty; queue.Empty on timeout."""
        with self._not_empty:
            if not self._not_empty.wait_for(lambda: len(self._items) > 0, timeout):
                raise queue.Empty
            item = self._items.popleft()
            self._not_full.notify()
            return item

    def qsize(self) -> int:
        """The number of items in the queue now."""
        with self._not_empty:
            return len(self._items)
